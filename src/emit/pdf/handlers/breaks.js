// @ts-check
// Paged.js lays a page out in a CSS multi-column box and cuts the flow where the text reaches
// the second (hidden) column; whatever is still in a hidden column when the page is done is
// missing from the PDF. Three things put it there:
// - a cut inside a word: at a line that starts after a soft hyphen Paged.js measures the first
//   letters on the line above and cuts one or two letters late ("se\u00adc|uring"), and the letters
//   left behind wrap into the hidden column. onOverflow moves such a cut back to the line's start
//   (wordStart: to the word's last break opportunity before it), whether Paged.js made it or
//   keepLines moved it there.
// - the hyphen Paged.js appends at a cut inside a word: after the word's soft hyphen ("se\u00ad‑")
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

class FolioBreaks extends window.Paged.Handler {
  constructor(chunker, polisher, caller) {
    super(chunker, polisher, caller);
    if (chunker) chunker.settings.hyphenGlyph = '-';
    this.unresolved = [];
    this.moved = { widows: 0, orphans: 0 };
  }

  onPageLayout(_wrapper, startToken) {
    this.startToken = startToken;
  }

  onOverflow(overflow, rendered, _bounds, layout) {
    if (!overflow) return undefined;
    const corrected = this.wordStart(overflow);
    const kept = rendered && layout ? this.keepLines(corrected || overflow, rendered, layout) : undefined;
    // The cut keepLines moves to is measured from letters as well: correct it the same way.
    return (kept && (this.wordStart(kept) || kept)) || corrected;
  }

  // Widows and orphans: see the comment at the top of this file.
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
    if (!(wordChar.test(text[offset]) || text[offset] === '\u00ad') || !wordChar.test(text[offset - 1]))
      return undefined;
    if (getComputedStyle(node.parentElement).overflowWrap !== 'normal') return undefined;
    let start = offset;
    while (start > 0 && !breakBefore.test(text[start - 1])) start--;
    if (start === 0) return undefined;
    const corrected = overflow.cloneRange();
    corrected.setStart(node, start);
    return corrected;
  }

  afterOverflowRemoved(_removed, rendered) {
    const last = lastText(rendered);
    if (last && /\u00ad-$/.test(last.data)) last.data = last.data.replace(/\u00ad-$/, '-');
  }

  beforeRenderResult(breakToken, wrapper, layout) {
    if (!layout?.element) return;
    const bounds = layout.element.getBoundingClientRect();
    for (let attempt = 0; attempt < 3 && hiddenText(wrapper, bounds); attempt++) {
      // Undo the hyphen of the first cut: the text must match the source's again to be cut.
      const last = lastText(wrapper);
      if (last?.parentElement.classList.contains('pagedjs_hyphen') && last.data.endsWith('-')) {
        last.data = last.data.slice(0, -1);
        last.parentElement.classList.remove('pagedjs_hyphen');
      }
      if (!breakToken) {
        this.unresolved.push(wrapper.closest('.pagedjs_page'));
        return;
      }
      const token = layout.findBreakToken(wrapper, this.chunker.source, bounds, this.startToken);
      if (!token?.node || (this.startToken && token.equals(this.startToken))) {
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
      const wrapper = content?.firstElementChild;
      if (!wrapper) continue;
      if (hiddenText(wrapper, content.getBoundingClientRect()) && !this.unresolved.includes(page))
        this.unresolved.push(page);
      this.countWidowsAndOrphans(page, wrapper, pages.indexOf(page) + 1, census);
    }
    for (const page of this.unresolved) page.setAttribute('data-folio-overflow', 'true');
    window.folioBreaks = {
      overflowPages: this.unresolved
        .map((page) => pages.indexOf(page) + 1)
        .filter((n) => n > 0)
        .sort((a, b) => a - b),
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
    for (const element of document.querySelectorAll(
      '.pagedjs_page_content [data-align-last-split-element="justify"]',
    )) {
      const page = element.closest('.pagedjs_page');
      const next = pages[pages.indexOf(page) + 1];
      const continuation = next?.querySelector(`[data-split-from="${element.getAttribute('data-ref')}"]`);
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
          const match = /^\s*[^\s\u00ad\u200b\-\u2010\u2013\u2014]*[\u00ad\u200b\-\u2010\u2013\u2014]?/.exec(node.data);
          range.setStart(node, 0);
          range.setEnd(node, match[0].length);
          word = range.getBoundingClientRect().width;
        }
        break;
      }
      const space = 0.3 * parseFloat(style.fontSize);
      if (last && word > 0 && slack > word + space)
        marked.push({ element, page: pages.indexOf(page) + 1, slack: Math.round(slack), word: Math.round(word) });
    }
    const keep = new Set(marked.map((item) => item.element));
    for (const { element } of candidates) if (!keep.has(element)) element.classList.remove('folio-short-last');
    return marked.map(({ page, slack, word }) => ({ page, slack, word }));
  }

  // Paragraph fragments of one line at the head of the page (the end of a paragraph) or at its
  // foot (the start of one), as laid out.
  countWidowsAndOrphans(_page, wrapper, number, census) {
    const texts = [];
    const walker = document.createTreeWalker(wrapper, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.data.trim() && !inNote(node)) texts.push(node);
    if (!texts.length) return;
    // A block split on one side only (`split`, not `other`) that shows a single line on this page.
    const lone = (block, split, other) =>
      block?.hasAttribute(split) && !block.hasAttribute(other) && textRectLines(block).length === 1;
    if (lone(textBlockOf(texts[0], wrapper), 'data-split-from', 'data-split-to')) census.widows.push(number);
    if (lone(textBlockOf(texts[texts.length - 1], wrapper), 'data-split-to', 'data-split-from'))
      census.orphans.push(number);
  }
}
