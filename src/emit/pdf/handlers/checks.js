// @ts-check
// Paged.js looks for a page's overflow once the text added to the page reaches maxChars
// characters (its Layout.renderTo), but it counts from the page's start and never moves the mark
// while the page is not full: past maxChars, every element it adds is followed by a look (the
// `layout` hook, then findBreakToken: a layout of the page and a walk of its boxes). Where the
// elements are small, a bibliography's entries with their names, titles and links in spans, that
// is a look after every few characters: about eighty per page, half of a bibliography chunk's
// layout time. Here the mark moves on from where a look found the page not yet full (the
// twinBASIC documentation's Paged.js notes, "additive backoff"): the next look waits for
// maxChars more characters. The cut is the same: the first box past the page is found however
// much text follows it (the page's columns fill in order, column-fill: auto), and what follows
// is taken off with it. A look that finds an overflow but no place to cut (Paged.js waits for
// the rest of an element) leaves the mark where it was, so the next element is looked at as
// before. Layout is not among Paged.js's exports: its prototype is taken from the first page's
// layout (the onPageLayout hook, before that page's first element is added).
// window.folioChecks counts the looks that found no overflow (tests).

class FolioChecks extends window.Paged.Handler {
  constructor(chunker, polisher, caller) {
    super(chunker, polisher, caller);
    window.folioChecks = { empty: 0 };
  }

  onPageLayout(_wrapper, _breakToken, layout) {
    if (!layout) return;
    const proto = Object.getPrototypeOf(layout);
    if (!Object.hasOwn(proto, 'folioEvery')) moveMark(proto);
    // The first page's layout was made before the prototype changed: its maxChars is its own.
    if (Object.hasOwn(layout, 'maxChars')) {
      const every = layout.maxChars;
      delete layout.maxChars;
      layout.maxChars = every;
    }
    layout.folioLength = 0;
    layout.folioLooked = 0;
  }
}

// renderTo compares the text added so far (`length`) with `this.maxChars`: maxChars becomes the
// mark, the last empty look's length plus the step Paged.js set. append counts the text as
// renderTo does (the returned node's textContent), findOverflow says whether the page was full.
/** @param {any} proto */
const moveMark = (proto) => {
  const { append, findOverflow, findBreakToken } = proto;
  Object.defineProperty(proto, 'folioEvery', { value: true });
  Object.defineProperty(proto, 'maxChars', {
    configurable: true,
    /** @this {any} */
    get() {
      return (this.folioLooked || 0) + this.folioStep;
    },
    /** @this {any} */
    set(step) {
      this.folioStep = step;
    },
  });
  /** @this {any} */
  proto.append = function (...args) {
    const rendered = append.apply(this, args);
    this.folioLength = (this.folioLength || 0) + rendered.textContent.length;
    return rendered;
  };
  /** @this {any} */
  proto.findOverflow = function (...args) {
    const overflow = findOverflow.apply(this, args);
    this.folioFull = Boolean(overflow);
    return overflow;
  };
  /** @this {any} */
  proto.findBreakToken = function (...args) {
    this.folioFull = false;
    const token = findBreakToken.apply(this, args);
    if (!token && !this.folioFull) {
      this.folioLooked = this.folioLength || 0;
      window.folioChecks.empty++;
    }
    return token;
  };
};
