// @ts-check
// The step between Paged.js's overflow looks (maxChars, see checks.js) is meant to follow the
// pages' text: the chunker averages the last four pages' lengths, but Page.layout copies that
// into the settings its pages share only while they have none, so the second page's estimate
// (the first page's length: a chapter opener's few lines, a half-title's few words) stays the
// step for the whole document. Here every page sets it, to the longest of the last sixteen
// pages (the twinBASIC documentation's Paged.js notes, "maxChars propagation + running max"): a
// full page's text, which short pages (a chapter's end, an opener) do not pull down; and never
// less than the step Paged.js takes for the first page. With checks.js the looks a page needs
// are then about one per page-full of text; where they fall does not move the cut (checks.js).

class FolioSteps extends window.Paged.Handler {
  constructor(chunker, polisher, caller) {
    super(chunker, polisher, caller);
    /** @type {number[]} */
    this.lengths = [];
    this.least = 0;
    if (!chunker) return;
    chunker.recoredCharLength = (length) => {
      if (length === 0) return;
      this.lengths.push(length);
      if (this.lengths.length > 16) this.lengths.shift();
      chunker.maxChars = Math.max(this.least, ...this.lengths);
      chunker.settings.maxChars = chunker.maxChars;
    };
  }

  // The first page's step: Paged.js's default, or the settings' own (checks.js reads it through).
  onPageLayout(_wrapper, _breakToken, layout) {
    if (layout && !this.least) this.least = layout.maxChars;
  }
}
