// @ts-check
// Nothing is painted while Paged.js lays out. Chromium paints and rasters the page being filled on
// every frame it shows, though no one looks at it before the print: about a tenth of Chromium's
// time in a chapter (measured over three thesis chapters laid out and printed). The document is
// made invisible (visibility: hidden, which leaves every box where it is: layout, measures and
// breaks are the same) before Paged.js parses it, and visible again in afterRendered, before
// anything reads the pages' text (innerText skips invisible text) or prints them. Nothing in the
// book or Paged.js's own styles sets `visibility: visible`, which would show a part of the page
// again. window.folioUnpainted records that layout ran unpainted and ended painted (tests).

class FolioUnpainted extends window.Paged.Handler {
  beforeParsed() {
    document.documentElement.style.setProperty('visibility', 'hidden');
    window.folioUnpainted = { hidden: true, shown: false };
  }

  afterRendered() {
    document.documentElement.style.removeProperty('visibility');
    if (document.documentElement.getAttribute('style') === '') document.documentElement.removeAttribute('style');
    window.folioUnpainted = { hidden: true, shown: true };
  }
}
