// @ts-check
// What FolioBreaks (breaks.js) measures on a page being laid out: the block a cut falls in, the
// lines of that block on either side of the cut, where a line starts, and text left in a hidden
// column. Plain functions of the DOM as it stands, kept apart from the handler so it reads as
// decisions only.

const blockDisplays = new Set(['block', 'list-item']);
const leadsInto = (element) => /^H[1-6]$/.test(element.tagName) || element.getAttribute('data-break-after') === 'avoid';
const inNote = (node) => Boolean(node.parentElement?.closest('[data-note]'));
const textBlockOf = (node, wrapper) => {
  for (
    let element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    element && element !== wrapper;
    element = element.parentElement
  ) {
    if (blockDisplays.has(getComputedStyle(element).display))
      return element.closest('td, th, pre, table, figure') ? undefined : element;
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
  return () => {
    for (const note of notes) note.style.removeProperty('display');
  };
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
      const column =
        Math.max(0, Math.floor((rect.left - live.left + 1) / stride)) + (rect.top >= live.bottom - 1 ? 1000 : 0);
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
      const echoes = items
        .slice(split)
        .filter((item) =>
          beforeRects.some((rect) => Math.abs(rect.top - item.rect.top) < 1 && item.rect.left < rect.right - 0.5),
        );
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
  const before = lines
    .filter((line) => line.items.some((item) => item.side === 'before'))
    .sort((a, b) => order(a) - order(b));
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
  return text.replace(/[\s\u00ad]+/g, '');
};

// A block laid out piece by piece (a continued paragraph, a container such as a bibliography
// entry) may still lack its last pieces when the cut is made: copies of them are added for the
// count (the caller removes them). undefined when the rendered end cannot be matched.
const addRest = (block, source) => {
  const ref = block.getAttribute('data-ref');
  const original = ref && source.querySelector(`[data-ref="${ref}"]`);
  if (!original) return undefined;
  if (plain(original).endsWith(plain(block))) return () => undefined;
  const last = block.lastChild;
  if (!last) return undefined;
  const children = Array.from(original.childNodes);
  let index = children.length - 1;
  for (; index >= 0; index--) {
    const child = children[index];
    if (
      last.nodeType === Node.ELEMENT_NODE
        ? child.nodeType === Node.ELEMENT_NODE && child.getAttribute('data-ref') === last.getAttribute('data-ref')
        : child.nodeType === Node.TEXT_NODE && child.data.endsWith(last.data)
    )
      break;
  }
  if (index < 0) return undefined;
  const copies = children.slice(index + 1).map((child) => block.appendChild(child.cloneNode(true)));
  return () => {
    for (const copy of copies) copy.remove();
  };
};
const hasContentBefore = (element, wrapper) => {
  for (let node = element; node && node !== wrapper; node = node.parentNode) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (
        sibling.textContent.trim() ||
        (sibling.nodeType === Node.ELEMENT_NODE && sibling.querySelector('img, svg, hr, table, figure'))
      )
        return true;
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
    else if (
      !previous &&
      target.parentElement &&
      target.parentElement !== wrapper &&
      !target.previousSibling?.textContent.trim()
    )
      target = target.parentElement;
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
    if (/\s/.test(node.data[offset])) continue;
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
  while (
    target.parentElement &&
    !blockDisplays.has(getComputedStyle(target.parentElement).display) &&
    target.parentNode.firstChild === target
  )
    target = target.parentElement;
  return target === node ? { node, offset } : { before: target };
};
const hiddenText = (wrapper, bounds) => {
  const walker = document.createTreeWalker(wrapper, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.data.trim()) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width > 0 && rect.height > 0 && (rect.left >= bounds.right - 1 || rect.top >= bounds.bottom - 1))
        return node;
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
const wordChar = /[\p{L}\p{M}\p{N}]/u;
const breakBefore = /[\s\u00ad\u200b\-\u2010\u2013\u2014]/;
