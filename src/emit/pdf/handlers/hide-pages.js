// @ts-check
// Finished pages are hidden while later pages are laid out. Paged.js measures every page it fills
// (getBoundingClientRect on each node, its notes, its overflow) and each measure after a change
// makes Chromium lay out the whole document again, every finished page included: the cost of a
// page grew with the pages before it. A page is hidden (display: none) once it is finished
// (finalizePage, after Paged.js has set its margin boxes, which read the page's styles), and all
// are shown again in afterRendered, before anything that measures them: this handler is
// registered before FolioFolios and FolioBreaks, whose afterRendered read positions on every
// page, and layout.ts reads pages only after the layout. Nothing measures a finished page while
// it is hidden: Paged.js reads only the previous page's styles (text-align of a split
// paragraph), which do not need its layout. A hidden page stops watching its own size (Paged.js
// re-lays out from a page that grows while later pages are laid out): hiding and showing it
// would otherwise re-measure every page once more. Pages added after layout (the blank verso
// that closes a chunk, layout.ts) stay visible. window.folioHiddenPages counts the pages hidden
// and shown again (tests).

class FolioHidePages extends window.Paged.Handler {
  constructor(chunker, polisher, caller) {
    super(chunker, polisher, caller);
    this.hidden = [];
    this.laidOut = false;
  }

  finalizePage(pageElement, page) {
    if (this.laidOut) return;
    if (page && typeof page.removeListeners === 'function') page.removeListeners();
    pageElement.style.setProperty('display', 'none');
    this.hidden.push(pageElement);
  }

  afterRendered() {
    this.laidOut = true;
    for (const pageElement of this.hidden) pageElement.style.removeProperty('display');
    window.folioHiddenPages = this.hidden.length;
    this.hidden = [];
  }
}
