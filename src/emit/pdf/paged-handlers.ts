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
        pageElement.style.setProperty('counter-set', 'page ' + first);
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
  //   left behind wrap into the hidden column. onOverflow moves such a cut back to the line's start
  //   (wordStart: to the word's last break opportunity before it), whether Paged.js made it or
  //   keepLines moved it there.
  // - the hyphen Paged.js appends at a cut inside a word: after the word's soft hyphen ("se\\u00ad‑")
  //   it offers one more line break; afterOverflowRemoved drops the soft hyphen, and the hyphen is
  //   a plain one (U+002D, in every book font) rather than U+2011.
  // - anything else (Chromium's column widows and orphans, which print.css turns off; a footnote
  //   area that grows after the cut): beforeRenderResult looks for text beyond the content box as
  //   it stands when the page is done, and cuts again before it, so it starts the next page.
  // Widows and orphans are kept here instead, where the cut is decided (onOverflow): the lines of
  // the paragraph around the cut are counted from its laid-out text (visible column: this page;
  // hidden columns: the next). One line left on this page (an orphan): the cut moves before the
  // paragraph, and before the headings that lead into it. One line for the next page (a widow):
  // the cut moves up to the start of the last visible line, or before the paragraph if that would
  // leave an orphan. A cut never moves to the page's start (unavoidable cases stay), and moving it
  // only takes more into the removed overflow, so a note's call and its float go over together
  // (Paged.js drops the floats of removed calls and lays them out again with the call).
  // A split paragraph's last line on the page is justified (Paged.js sets text-align-last); when
  // that line is short because the next word went over with its note call, afterRendered marks
  // the fragment folio-short-last (print.css: not justified).
  // window.folioBreaks collects what the handler did for the post-render checks: pages the safety
  // net could not fix (also data-folio-overflow on the page), widows and orphans left, cuts moved.
  const blockDisplays = new Set(['block', 'list-item']);
  const leadsInto = (element) => /^H[1-6]$/.test(element.tagName) || element.getAttribute('data-break-after') === 'avoid';
  const inNote = (node) => Boolean(node.parentElement && node.parentElement.closest('[data-note]'));
  const textBlockOf = (node, wrapper) => {
    for (let element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node; element && element !== wrapper; element = element.parentElement) {
      if (blockDisplays.has(getComputedStyle(element).display)) return element.closest('td, th, pre, table, figure') ? undefined : element;
    }
    return undefined;
  };
  // The block's lines around the cut, laid out as the next page will see them: notes not yet
  // moved to the footnote area are hidden (the caller restores them), so a note's call line is
  // not made taller by its note. Lines are told apart by column (the page and the hidden ones) and
  // height; each keeps its text rects in document order. before: the lines with text before the
  // cut (this page's); after: the lines with text after it; width: the width of that text.
  const hideNotes = (block) => {
    const notes = Array.from(block.querySelectorAll('[data-note]')).filter((note) => note.style.display !== 'none');
    for (const note of notes) note.style.display = 'none';
    return () => { for (const note of notes) note.style.removeProperty('display'); };
  };
  const blockLines = (block, cut, layout) => {
    const live = layout.element.getBoundingClientRect();
    const stride = live.width + (parseFloat(getComputedStyle(layout.element).columnGap) || 0);
    const style = getComputedStyle(block);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
    const items = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const add = (node, from, to, side) => {
      range.setStart(node, from);
      range.setEnd(node, to);
      for (const rect of range.getClientRects()) {
        if (rect.width <= 0 || rect.height <= 0) continue;
        const column = Math.max(0, Math.floor((rect.left - live.left + 1) / stride)) + (rect.top >= live.bottom - 1 ? 1000 : 0);
        items.push({ node, rect, column, side });
      }
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.trim() || inNote(node)) continue;
      if (node === cut.startContainer) {
        add(node, 0, cut.startOffset, 'before');
        const split = items.length;
        add(node, cut.startOffset, node.data.length, 'after');
        // A range that starts after a soft hyphen at a line's end also reports the hyphen.
        const beforeRects = items.filter((item) => item.node === node && item.side === 'before').map((item) => item.rect);
        const echoes = items.slice(split).filter((item) => beforeRects.some((rect) => Math.abs(rect.top - item.rect.top) < 1 && item.rect.left < rect.right - 0.5));
        for (const echo of echoes) items.splice(items.indexOf(echo), 1);
      } else {
        add(node, 0, node.data.length, cut.comparePoint(node, 0) < 0 ? 'before' : 'after');
      }
    }
    const lines = [];
    const byColumn = new Map();
    for (const item of items) {
      if (!byColumn.has(item.column)) byColumn.set(item.column, []);
      byColumn.get(item.column).push(item);
    }
    for (const list of byColumn.values()) {
      const sorted = list.slice().sort((a, b) => a.rect.top - b.rect.top);
      let line;
      for (const item of sorted) {
        if (!line || item.rect.top > line.top + 0.5 * lineHeight) lines.push((line = { top: item.rect.top, items: [] }));
        line.items.push(item);
      }
    }
    for (const line of lines) line.items.sort((a, b) => items.indexOf(a) - items.indexOf(b));
    const order = (line) => items.indexOf(line.items[0]);
    const before = lines.filter((line) => line.items.some((item) => item.side === 'before')).sort((a, b) => order(a) - order(b));
    const after = lines.filter((line) => line.items.some((item) => item.side === 'after')).length;
    const width = items.filter((item) => item.side === 'after').reduce((sum, item) => sum + item.rect.width, 0);
    const measure = block.getBoundingClientRect().width;
    const afterOnly = lines.filter((line) => line.items.every((item) => item.side === 'after')).length;
    return { before, after: after === 2 && width < 0.95 * measure ? 1 : after, afterOnly, lineHeight };
  };
  // A laid-out block's lines on its page (text rects grouped by line, top to bottom).
  const textRectLines = (block) => {
    const style = getComputedStyle(block);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
    const rects = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.trim() || inNote(node)) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) rects.push(rect);
    }
    rects.sort((a, b) => a.top - b.top);
    const lines = [];
    let top = -Infinity;
    for (const rect of rects) {
      if (rect.top > top + 0.5 * lineHeight) {
        lines.push([]);
        top = rect.top;
      }
      lines[lines.length - 1].push(rect);
    }
    return lines;
  };
  // A block's text without notes, spaces and soft hyphens.
  const plain = (root) => {
    let text = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!inNote(node)) text += node.data;
    return text.replace(/[\\s\\u00ad]+/g, '');
  };

  // A block laid out piece by piece (a continued paragraph, a container such as a bibliography
  // entry) may still lack its last pieces when the cut is made: copies of them are added for the
  // count (the caller removes them). undefined when the rendered end cannot be matched.
  const addRest = (block, source) => {
    const ref = block.getAttribute('data-ref');
    const original = ref && source.querySelector('[data-ref="' + ref + '"]');
    if (!original) return undefined;
    if (plain(original).endsWith(plain(block))) return () => undefined;
    const last = block.lastChild;
    if (!last) return undefined;
    const children = Array.from(original.childNodes);
    let index = children.length - 1;
    for (; index >= 0; index--) {
      const child = children[index];
      if (last.nodeType === Node.ELEMENT_NODE ? child.nodeType === Node.ELEMENT_NODE && child.getAttribute('data-ref') === last.getAttribute('data-ref') : child.nodeType === Node.TEXT_NODE && child.data.endsWith(last.data)) break;
    }
    if (index < 0) return undefined;
    const copies = children.slice(index + 1).map((child) => block.appendChild(child.cloneNode(true)));
    return () => { for (const copy of copies) copy.remove(); };
  };
  const hasContentBefore = (element, wrapper) => {
    for (let node = element; node && node !== wrapper; node = node.parentNode) {
      for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
        if (sibling.textContent.trim() || (sibling.nodeType === Node.ELEMENT_NODE && sibling.querySelector('img, svg, hr, table, figure'))) return true;
        if (sibling.nodeType === Node.ELEMENT_NODE && /^(IMG|SVG|HR|TABLE|FIGURE)$/i.test(sibling.tagName)) return true;
      }
    }
    return false;
  };
  // Where the block moves whole to the next page: before it, the headings that lead into it, and
  // the containers it opens; undefined when nothing would be left on the page.
  const blockStart = (block, wrapper) => {
    let target = block;
    for (;;) {
      const previous = target.previousElementSibling;
      if (previous && leadsInto(previous)) target = previous;
      else if (!previous && target.parentElement && target.parentElement !== wrapper && !(target.previousSibling && target.previousSibling.textContent.trim())) target = target.parentElement;
      else break;
    }
    return hasContentBefore(target, wrapper) ? target : undefined;
  };
  // The DOM position where a visible line starts.
  const lineStart = (line, lineHeight) => {
    const { node } = line.items[0];
    const range = document.createRange();
    let offset = 0;
    for (; offset < node.data.length; offset++) {
      if (/\\s/.test(node.data[offset])) continue;
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      // The first letter after a soft hyphen at a line's end also reports the hyphen, on the line
      // above: the letter is on this line when any of its rects is.
      if (Array.from(range.getClientRects()).some((r) => r.width > 0 && r.top > line.top - 0.5 * lineHeight)) break;
    }
    if (offset >= node.data.length) return undefined;
    if (node.data.slice(0, offset).trim()) return { node, offset };
    // The line starts with the text node: cut before the outermost inline element it opens.
    let target = node;
    while (target.parentElement && !blockDisplays.has(getComputedStyle(target.parentElement).display) && target.parentNode.firstChild === target) target = target.parentElement;
    return target === node ? { node, offset } : { before: target };
  };
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
      this.moved = { widows: 0, orphans: 0 };
    }

    onPageLayout(wrapper, startToken) {
      this.startToken = startToken;
    }

    onOverflow(overflow, rendered, bounds, layout) {
      if (!overflow) return undefined;
      const corrected = this.wordStart(overflow);
      const kept = rendered && layout ? this.keepLines(corrected || overflow, rendered, layout) : undefined;
      // The cut keepLines moves to is measured from letters as well: correct it the same way.
      return (kept && (this.wordStart(kept) || kept)) || corrected;
    }

    // Widows and orphans: see the comment above.
    keepLines(overflow, wrapper, layout) {
      const { startContainer: container, startOffset: offset } = overflow;
      const at = container.nodeType === Node.TEXT_NODE ? container : container.childNodes[offset];
      if (!at || !wrapper.contains(at)) return undefined;
      if (at.nodeType === Node.ELEMENT_NODE && blockDisplays.has(getComputedStyle(at).display)) return undefined;
      const block = textBlockOf(at, wrapper);
      if (!block) return undefined;
      const removeRest = addRest(block, this.chunker.source);
      const restore = hideNotes(block);
      try {
        return this.keepBlockLines(overflow, wrapper, layout, block, Boolean(removeRest));
      } finally {
        restore();
        if (removeRest) removeRest();
      }
    }

    keepBlockLines(overflow, wrapper, layout, block, whole) {
      const { before, after, afterOnly, lineHeight } = blockLines(block, overflow, layout);
      if (before.length === 0 || after === 0) return undefined;
      const continued = block.hasAttribute('data-split-from');
      const toNextPage = () => {
        const target = !continued && blockStart(block, wrapper);
        if (!target) return undefined;
        const moved = overflow.cloneRange();
        moved.setStartBefore(target);
        return moved;
      };
      if (before.length === 1) {
        const moved = toNextPage();
        if (moved) this.moved.orphans++;
        return moved;
      }
      if (after !== 1 || !whole) return undefined;
      // Keep at least two lines here and send at least two over; the text after the cut may share
      // the last line here (a note call that went over with its word), so count again from there.
      let keep = before.length - 1;
      while (keep >= 2 && before.length - keep + afterOnly < 2) keep--;
      const start = keep >= 2 && lineStart(before[keep], lineHeight);
      if (!start) {
        const moved = toNextPage();
        if (moved) this.moved.widows++;
        return moved;
      }
      const moved = overflow.cloneRange();
      if (start.before) moved.setStartBefore(start.before);
      else moved.setStart(start.node, start.offset);
      this.moved.widows++;
      return moved;
    }

    wordStart(overflow) {
      const { startContainer: node, startOffset: offset } = overflow;
      if (node.nodeType !== Node.TEXT_NODE || offset <= 0 || offset >= node.data.length) return undefined;
      const text = node.data;
      // Only a cut between two letters of a word (or before a soft hyphen after a letter, which
      // leaves a stray hyphen and letters behind), in text that breaks lines at spaces and hyphens.
      if (!(wordChar.test(text[offset]) || text[offset] === '\u00ad') || !wordChar.test(text[offset - 1])) return undefined;
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
      const shortLast = this.unjustifyShortLastLines(pages);
      const census = { widows: [], orphans: [] };
      for (const page of pages) {
        const content = page.querySelector('.pagedjs_page_content');
        const wrapper = content && content.firstElementChild;
        if (!wrapper) continue;
        if (hiddenText(wrapper, content.getBoundingClientRect()) && !this.unresolved.includes(page)) this.unresolved.push(page);
        this.countWidowsAndOrphans(page, wrapper, pages.indexOf(page) + 1, census);
      }
      for (const page of this.unresolved) page.setAttribute('data-folio-overflow', 'true');
      window.folioBreaks = {
        overflowPages: this.unresolved.map((page) => pages.indexOf(page) + 1).filter((n) => n > 0).sort((a, b) => a - b),
        widows: census.widows,
        orphans: census.orphans,
        moved: { ...this.moved },
        shortLastLines: shortLast,
      };
    }

    // A fragment's last line before a cut is justified unless it is short: it is when the first
    // word on the next page (with its note call, which never breaks from it) would have fit.
    unjustifyShortLastLines(pages) {
      const candidates = [];
      for (const element of document.querySelectorAll('.pagedjs_page_content [data-align-last-split-element="justify"]')) {
        const page = element.closest('.pagedjs_page');
        const next = pages[pages.indexOf(page) + 1];
        const continuation = next && next.querySelector('[data-split-from="' + element.getAttribute('data-ref') + '"]');
        if (continuation) candidates.push({ element, page, continuation });
      }
      for (const { element } of candidates) element.classList.add('folio-short-last');
      const range = document.createRange();
      const marked = [];
      for (const { element, page, continuation } of candidates) {
        const lines = textRectLines(element);
        const last = lines[lines.length - 1];
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        const right = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
        const slack = last ? right - Math.max(...last.map((rect) => rect.right)) : 0;
        let word = 0;
        const walker = document.createTreeWalker(continuation, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.data.trim() || inNote(node)) continue;
          const glue = node.parentElement.closest('.noteref-glue');
          if (glue) {
            word = glue.getBoundingClientRect().width;
          } else {
            const match = /^\\s*[^\\s\\u00ad\\u200b\\-\\u2010\\u2013\\u2014]*[\\u00ad\\u200b\\-\\u2010\\u2013\\u2014]?/.exec(node.data);
            range.setStart(node, 0);
            range.setEnd(node, match[0].length);
            word = range.getBoundingClientRect().width;
          }
          break;
        }
        const space = 0.3 * parseFloat(style.fontSize);
        if (last && word > 0 && slack > word + space) marked.push({ element, page: pages.indexOf(page) + 1, slack: Math.round(slack), word: Math.round(word) });
      }
      const keep = new Set(marked.map((item) => item.element));
      for (const { element } of candidates) if (!keep.has(element)) element.classList.remove('folio-short-last');
      return marked.map(({ page, slack, word }) => ({ page, slack, word }));
    }

    // Paragraph fragments of one line at the head of the page (the end of a paragraph) or at its
    // foot (the start of one), as laid out.
    countWidowsAndOrphans(page, wrapper, number, census) {
      const texts = [];
      const walker = document.createTreeWalker(wrapper, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.data.trim() && !inNote(node)) texts.push(node);
      if (!texts.length) return;
      const first = textBlockOf(texts[0], wrapper);
      if (first && first.hasAttribute('data-split-from') && !first.hasAttribute('data-split-to') && textRectLines(first).length === 1) census.widows.push(number);
      const last = textBlockOf(texts[texts.length - 1], wrapper);
      if (last && last.hasAttribute('data-split-to') && !last.hasAttribute('data-split-from') && textRectLines(last).length === 1) census.orphans.push(number);
    }
  }

  window.PagedPolyfill.registerHandlers(FolioFonts, FolioFolios, FolioBreaks);
})();
`;
