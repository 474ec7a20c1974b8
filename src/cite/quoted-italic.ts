/**
 * A title set in italics and in quotes at once (`*‘Salt Roads’*`, `*"Salt Roads"*`): the quotes are a slip
 * of marking, no part of the title. Only a pair that encloses the whole title goes; an apostrophe inside a
 * word stays (`*‘Ann’s Quay’*` → `Ann’s Quay`), and a title that merely opens with a quotation keeps it
 * (`*“Go Now,” She Said*`).
 */
const CLOSER: Record<string, string> = { "'": "'", '‘': '’', '"': '"', '“': '”' };

export function withoutWrappingQuotes(title: string): string {
  const quoted = /^(['‘"“])(.+)(['’"”])$/su.exec(title);
  if (!quoted || CLOSER[quoted[1]] !== quoted[3]) return title;
  const inner = quoted[2].replace(/(?<=\p{L})['’](?=\p{L})/gu, '');
  if (inner.includes(quoted[1]) || inner.includes(quoted[3])) return title;
  return quoted[2].trim();
}
