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
 *
 * Page breaks: see FolioBreaks below.
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
  // Paged.js lays a page out in a CSS multi-column box and cuts the flow where the text reaches
  // the second (hidden) column; whatever is still in a hidden column when the page is done is
  // missing from the PDF. Three things put it there:
  // - a cut inside a word: at a line that starts after a soft hyphen Paged.js measures the first
  //   letters on the line above and cuts one or two letters late ("se\\u00adc|uring"), and the letters
  //   left behind wrap into the hidden column. onOverflow moves such a cut back to the line's start.
  // - the hyphen Paged.js appends at a cut inside a word: after the word's soft hyphen ("se\\u00ad‑")
  //   it offers one more line break; afterOverflowRemoved drops the soft hyphen, and the hyphen is
  //   a plain one (U+002D, in every book font) rather than U+2011.
  // - anything else (Chromium's column widows and orphans, which print.css turns off; a footnote
  //   area that grows after the cut): beforeRenderResult looks for text beyond the content box as
  //   it stands when the page is done, and cuts again before it, so it starts the next page.
  const hiddenText = (wrapper, bounds) => {
    const walker = document.createTreeWalker(wrapper, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.trim()) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width > 0 && rect.height > 0 && (rect.left >= bounds.right - 1 || rect.top >= bounds.bottom - 1)) return node;
      }
    }
    return undefined;
  };
  const lastText = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let last;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.data.trim()) last = node;
    return last;
  };
  const wordChar = /[\\p{L}\\p{M}\\p{N}]/u;
  const breakBefore = /[\\s\\u00ad\\u200b\\-\\u2010\\u2013\\u2014]/;

  class FolioBreaks extends window.Paged.Handler {
    constructor(chunker, polisher, caller) {
      super(chunker, polisher, caller);
      if (chunker) chunker.settings.hyphenGlyph = '-';
      this.unresolved = [];
    }

    onPageLayout(wrapper, startToken) {
      this.startToken = startToken;
    }

    onOverflow(overflow) {
      if (!overflow) return undefined;
      const { startContainer: node, startOffset: offset } = overflow;
      if (node.nodeType !== Node.TEXT_NODE || offset <= 0 || offset >= node.data.length) return undefined;
      const text = node.data;
      // Only a cut between two letters of a word, in text that breaks lines at spaces and hyphens.
      if (!wordChar.test(text[offset]) || !wordChar.test(text[offset - 1])) return undefined;
      if (getComputedStyle(node.parentElement).overflowWrap !== 'normal') return undefined;
      let start = offset;
      while (start > 0 && !breakBefore.test(text[start - 1])) start--;
      if (start === 0) return undefined;
      const corrected = overflow.cloneRange();
      corrected.setStart(node, start);
      return corrected;
    }

    afterOverflowRemoved(removed, rendered) {
      const last = lastText(rendered);
      if (last && /\\u00ad-$/.test(last.data)) last.data = last.data.replace(/\\u00ad-$/, '-');
    }

    beforeRenderResult(breakToken, wrapper, layout) {
      if (!layout || !layout.element) return;
      const bounds = layout.element.getBoundingClientRect();
      for (let attempt = 0; attempt < 3 && hiddenText(wrapper, bounds); attempt++) {
        // Undo the hyphen of the first cut: the text must match the source's again to be cut.
        const last = lastText(wrapper);
        if (last && last.parentElement.classList.contains('pagedjs_hyphen') && last.data.endsWith('-')) {
          last.data = last.data.slice(0, -1);
          last.parentElement.classList.remove('pagedjs_hyphen');
        }
        if (!breakToken) {
          this.unresolved.push(wrapper.closest('.pagedjs_page'));
          return;
        }
        const token = layout.findBreakToken(wrapper, this.chunker.source, bounds, this.startToken);
        if (!token || !token.node || (this.startToken && token.equals(this.startToken))) {
          this.unresolved.push(wrapper.closest('.pagedjs_page'));
          return;
        }
        breakToken.node = token.node;
        breakToken.offset = token.offset;
      }
    }

    afterRendered() {
      const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
      for (const page of pages) {
        const content = page.querySelector('.pagedjs_page_content');
        const wrapper = content && content.firstElementChild;
        if (wrapper && hiddenText(wrapper, content.getBoundingClientRect()) && !this.unresolved.includes(page)) this.unresolved.push(page);
      }
      for (const page of this.unresolved) page.setAttribute('data-folio-overflow', 'true');
    }
  }

  window.PagedPolyfill.registerHandlers(FolioFonts, FolioFolios, FolioBreaks);
})();
`;
