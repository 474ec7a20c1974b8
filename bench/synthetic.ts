/**
 * Synthetic long books for the benchmark: the thesis's body repeated `factor` times, in the same
 * word-processor export dialect, with notes renumbered so they stay continuous (1 … 1085 × factor).
 * Chapters, pages, notes per page and the citation mix keep the thesis's shape. The text is
 * generated at run time from ../shared/corpus and never stored in the repository.
 */
export function repeatThesis(source: string, factor: number): string {
  if (factor === 1) return source;
  const bodyStart = source.search(/^# \*Introduction\*/m);
  if (bodyStart === -1) throw new Error('expected the thesis to have an Introduction heading');
  const head = source.slice(0, bodyStart);
  const body = source.slice(bodyStart).replace(/\s*$/, '\n');
  const notes = Math.max(...[...body.matchAll(/<sup>(\d+)<\/sup>/g)].map((match) => Number(match[1])));
  const copies: string[] = [];
  for (let copy = 0; copy < factor; copy++) {
    const offset = copy * notes;
    const part = body
      .replace(/<sup>(\d+)<\/sup>/g, (_, number: string) => `<sup>${Number(number) + offset}</sup>`)
      .replace(/^# \*(.+)\*$/gm, (_, title: string) =>
        copy === 0 ? `# *${title}*` : `# *${title} (Part ${copy + 1})*`,
      );
    copies.push(part);
  }
  // Each copy ends on a page of notes; a page break keeps the next copy's first page apart.
  return head + copies.join('\n---\n\n');
}
