// @ts-check
// Folios: Paged.js restarts the page counter with `counter-reset` on the page element, but current
// Chromium scopes a `counter-reset` to the element's own subtree, so the page after chapter 1's
// opener would read "12" again. FolioFolios instead sets the running counter (`counter-set`) on
// the page where the first body part starts, and writes each contents entry's folio into
// `data-folio` once layout is done (print.css shows it; Paged.js's `target-counter` would count
// with the broken reset). Folios are roman before the first body part, arabic from 1 after it.
// Chapter-by-chapter layout (chunks.ts) sets window.folioFirstFolio and window.folioTocFolios
// before a chunk is laid out, and layout.ts changes them after layout when the real ones differ.

const roman = (n) => {
  /** @type {Array<[number, string]>} */
  const table = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [value, letters] of table)
    while (n >= value) {
      out += letters;
      n -= value;
    }
  return out;
};

class FolioFolios extends window.Paged.Handler {
  beforeParsed(content) {
    // Contents folios known before layout (chapter-by-chapter layout, see chunks.ts).
    const folios = window.folioTocFolios;
    if (!folios) return;
    for (const entry of content.querySelectorAll('a.toc-entry')) {
      const folio = folios[decodeURIComponent(entry.getAttribute('href').slice(1))];
      if (folio !== undefined) entry.setAttribute('data-folio', folio);
    }
  }

  afterPageLayout(pageElement) {
    // Chapter-by-chapter layout: the chunk's first page carries the folio the pages before it
    // leave off at (window.folioFirstFolio, set before layout; see chunks.ts for when it changes).
    const first = window.folioFirstFolio;
    if (typeof first === 'number' && pageElement.classList.contains('pagedjs_first_page')) {
      pageElement.style.setProperty('counter-increment', 'none');
      pageElement.style.setProperty('counter-set', `page ${first}`);
    }
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
      if (entry.hasAttribute('data-folio')) continue; // written into the HTML before layout
      const target = document.getElementById(decodeURIComponent(entry.getAttribute('href').slice(1)));
      const page = target?.closest('.pagedjs_page');
      if (page) entry.setAttribute('data-folio', folio(pages.indexOf(page)));
    }
  }
}
