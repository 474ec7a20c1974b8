/**
 * An article's title whose quotes were lost, between the names and the journal in italics with its volume:
 * `Ann Lee, Tides of the Inner Sound, *Shore Review* 11 (2017): 39–54`. The words after the names' comma, up to the
 * comma before the italics, are the title: they are put in quotes, so the rest of the grammar reads the citation
 * as if the manuscript had them. The names are persons' in note order (`Ann Lee and Bo Chen`).
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';
import { isPersonList } from './names.js';

const ARTICLE = new RegExp(
  String.raw`^([^,“"‘${EMPHASIS_OPEN}]+?),\s+(\p{Lu}[^“"‘${EMPHASIS_OPEN}]+?),\s*(${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE}\s*\d.*)$`,
  'u',
);

export function markUnmarkedArticleTitle(text: string): string {
  const match = ARTICLE.exec(text);
  // A quote opening a word (`'Tides'`) marks a title already: the words before it are more names.
  if (!match || !isPersonList(match[1]) || match[2].split(/\s+/).length < 3 || /(?:^|\s)['‚„]/.test(match[2]))
    return text;
  // `Ann Lee, Bo Chen and Dara Eze, *Tides*, 2018`: the words after the first comma are more names, not a title.
  if (isPersonList(match[2])) return text;
  return `${match[1]}, “${match[2]},” ${match[3]}`;
}
