/**
 * Pandoc closes a YAML metadata block with `---` or with `...`; Hugo fences TOML front matter with
 * `+++`; remark-frontmatter knows only `---`. The text handed to the parser gets `---` in place of a
 * closing `...` and of both `+++` fences (same length, so every position still points into the file
 * as written); `isTomlFrontMatter` tells front-matter.ts which language to read.
 */
export function closeFrontMatterFence(text: string): string {
  if (isTomlFrontMatter(text)) {
    const opening = /^\+\+\+[ \t]*\r?\n/.exec(text)?.[0] ?? '';
    const close = /^\+\+\+[ \t]*$/m.exec(text.slice(opening.length));
    if (!close) return text;
    const at = opening.length + close.index;
    return `---${text.slice(3, at)}---${text.slice(at + 3)}`;
  }
  const opening = /^---[ \t]*\r?\n/.exec(text);
  if (!opening || /^[ \t]*\r?\n/.test(text.slice(opening[0].length))) return text;
  const fence = /^(---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(opening[0].length);
  const close = fence.exec(rest);
  if (!close || close[1] === '---') return text;
  const at = opening[0].length + close.index;
  return `${text.slice(0, at)}---${text.slice(at + 3)}`;
}

/** Whether the text opens with Hugo's TOML front matter: a `+++` line first and another closing it. */
export function isTomlFrontMatter(text: string): boolean {
  const opening = /^\+\+\+[ \t]*\r?\n/.exec(text);
  return opening !== null && /^\+\+\+[ \t]*$/m.test(text.slice(opening[0].length));
}

/**
 * Whether the text opens with front matter: a `---` line first and a `---` line closing it (after
 * closeFrontMatterFence). An opening `---` that nothing closes is a thematic break, as CommonMark and
 * Pandoc read it; the parser is then run without front matter at all, since micromark's front matter
 * construct, failing at the end of the file, leaves list items and GFM note texts after it unread
 * (they become text and link definitions, and the notes vanish).
 */
export function opensFrontMatter(text: string): boolean {
  const opening = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  return opening !== null && /^---[ \t]*$/m.test(text.slice(opening[0].length));
}
