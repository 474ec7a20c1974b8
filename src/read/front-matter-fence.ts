/**
 * Pandoc closes a YAML metadata block with `---` or with `...`; remark-frontmatter knows only the
 * first. The text handed to the parser gets `---` in place of a closing `...` (same length, so
 * every position still points into the file as written).
 */
export function closeFrontMatterFence(text: string): string {
  const opening = /^---[ \t]*\r?\n/.exec(text);
  if (!opening || /^[ \t]*\r?\n/.test(text.slice(opening[0].length))) return text;
  const fence = /^(---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(opening[0].length);
  const close = fence.exec(rest);
  if (!close || close[1] === '---') return text;
  const at = opening[0].length + close.index;
  return `${text.slice(0, at)}---${text.slice(at + 3)}`;
}
