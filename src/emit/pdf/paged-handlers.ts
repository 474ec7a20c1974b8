/**
 * Folio's Paged.js handler, injected after Paged.js by the Printer (`additionalScripts`); the book's
 * HTML itself carries no script.
 *
 * Fonts: see FolioFonts below.
 *
 * Folios: Paged.js restarts the page counter with `counter-reset` on the page element, but current
 * Chromium scopes a `counter-reset` to the element's own subtree, so the page after chapter 1's
 * opener would read "12" again. The handler instead sets the running counter (`counter-set`) on
 * the page where the first body part starts, and writes each contents entry's folio into
 * `data-folio` once layout is done (print.css shows it; Paged.js's `target-counter` would count
 * with the broken reset). Folios are roman before the first body part, arabic from 1 after it.
 */
export const pagedHandlersScript = `(() => {
  const roman = (n) => {
    const table = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
    let out = '';
    for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
    return out;
  };

  // Every face is loaded before layout starts: a face that arrives mid-layout (a unicode-range
  // subset first needed on page 40, say) changes line widths after Paged.js has chosen its page
  // breaks, and the overflowing lines are clipped from the PDF.
  class FolioFonts extends window.Paged.Handler {
    async beforeParsed() {
      await Promise.all(Array.from(document.fonts).map((face) => face.load().catch(() => undefined)));
      await document.fonts.ready;
    }
  }

  class FolioFolios extends window.Paged.Handler {
    afterPageLayout(pageElement) {
      if (pageElement.querySelector('.folio-first-body:not([data-split-from])')) {
        pageElement.style.setProperty('counter-increment', 'none');
        pageElement.style.setProperty('counter-set', 'page 1');
      }
    }

    afterRendered() {
      const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
      const firstBody = pages.findIndex((page) => page.querySelector('.folio-first-body:not([data-split-from])'));
      const folio = (index) => (firstBody >= 0 && index >= firstBody ? String(index - firstBody + 1) : roman(index + 1));
      for (const entry of document.querySelectorAll('a.toc-entry')) {
        const target = document.getElementById(decodeURIComponent(entry.getAttribute('href').slice(1)));
        const page = target && target.closest('.pagedjs_page');
        if (page) entry.setAttribute('data-folio', folio(pages.indexOf(page)));
      }
    }
  }
  window.PagedPolyfill.registerHandlers(FolioFonts, FolioFolios);
})();
`;
