/**
 * Bounds on what Folio will take from an untrusted manuscript. Each is far beyond any real book and
 * low enough that the parsers (some quadratic in nesting) and the recursive tree walkers finish
 * in seconds: past one, the input is refused with one line and exit 2, never a hang or a crash.
 */
export const limits = {
  /** Bytes of one manuscript file (the thesis is 0.5 MB). */
  fileBytes: 32 * 2 ** 20,
  /** Characters on one line (a word-processor paragraph is one line; the thesis's longest is 1,867). */
  lineCharacters: 2 ** 20,
  /** Block quotes and list items opened on one line (`> > - >`). */
  lineNesting: 64,
  /** Emphasis and strikethrough delimiter runs (`*`, `_`, `~`) in one paragraph. */
  paragraphDelimiters: 1000,
  /** Note calls and note texts (`[^…]`, `<sup>`) in one file. */
  noteMarks: 50_000,
  /** Raw HTML elements open at once. */
  htmlNesting: 256,
  /** Depth of the parsed tree. */
  treeDepth: 256,
  /** Bytes of one image, cover or font. */
  assetBytes: 50 * 2 ** 20,
  /** Entries in a Word file's zip (a long book with many images has a few hundred). */
  zipEntries: 10_000,
  /** Bytes of a Word file's entries once inflated, all together (as their headers declare them). */
  zipUncompressedBytes: 200 * 2 ** 20,
  /** Inflated to compressed size of one entry, for entries past `zipRatioFromBytes` (XML rarely passes 20). */
  zipRatio: 100,
  zipRatioFromBytes: 10 * 2 ** 20,
} as const;
