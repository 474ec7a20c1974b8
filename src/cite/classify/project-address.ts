/**
 * A digital project named in the author's sentence, then its address: `… notably the Harbour Letters Project, at
 * <https://…>, and the Quay Archive Project, at https://…`, `The Quay Reading Project, by the Library of Hull and
 * the Tide Foundation, at https://…`, `the Tide Records project in the Netherlands https://…`. Each is a web page
 * titled by the project's name (a lower-case `the` before it, or a lower-case `project` after it, is the author's
 * word); the bodies after `by`, or the institution after a comma, that made it are neither its authors nor its
 * title, and the words between the projects (`, and`) are nobody's. A name is a project's when it ends in a word
 * naming one (`Project`, `Archive`, `Catalogue`, …), is followed by the word `project`, or is made `by` bodies.
 * Names written before it (`Ann Lee, The Harbour Catalogue, at https://…`) make it an ordinary citation, left alone.
 */
import { isOrganisation } from '../names.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from '../note-text.js';
import type { Classify, Part, Segment } from './segment.js';

/** A project's name: capitalised words and the small words joining them, perhaps after `the`. */
const NAME = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|de|du|des|la|le|and|&|for|on|\p{Lu}[\p{L}'’.-]*)){1,12}`;
/** The last word of a name that says it is a project's. */
const PROJECT_WORD = /\s(?:Project|Archives?|Catalogue|Catalog|Database|Initiative|Portal|Atlas|Corpus|Collection)$/u;
/** What may stand before the address: `at`, a bracket the address sits in. */
const BEFORE_ADDRESS = String.raw`,?\s*(?:at\s*)?\[?\s*$`;
/** The name, then who made it (`by …`): the bodies' words (group 2). */
const MADE_BY = new RegExp(
  String.raw`(${NAME}),?\s+by\s+([^;${URL_OPEN}${EMPHASIS_OPEN}“"]{3,300}?)${BEFORE_ADDRESS}`,
  'u',
);
/** The name, then the lower-case word `project` and where it is (`project in the Netherlands`). */
const NAMED_PROJECT = new RegExp(
  String.raw`(${NAME})\s+project(?:\s+(?:in|at)\s+[^,;()]{2,40}?)?${BEFORE_ADDRESS}`,
  'u',
);
/** The name, then perhaps the institution that holds it after a comma (`, University of Hull`, group 2). */
const PROJECT_AT = new RegExp(String.raw`(${NAME})(?:,\s+(\p{Lu}[^,;()${URL_OPEN}]{2,60}?))?${BEFORE_ADDRESS}`, 'u');
/** An address: a link, or one written out. */
const ADDRESS = new RegExp(String.raw`${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}|https?:\/\/[^\s<>]+[^\s<>.,;)\]]`, 'gu');
/** What may come before the name: nothing, the author's lower-case word, a colon or semicolon, only punctuation. */
const OPENS_NAME = /(?:^[\s,.;:)\]]*|(?:^|[\s(])\p{Ll}+\s*|[:;]\s*)$/u;

interface Project {
  /** Where the project's name starts and its title as cited. */
  start: number;
  title: string;
}

/** The project whose name ends the text before an address, if one does. */
function projectBefore(lead: string): Project | undefined {
  const patterns: Array<[RegExp, (match: RegExpExecArray) => boolean]> = [
    [MADE_BY, (match) => isOrganisation(match[2])],
    [NAMED_PROJECT, () => true],
    // (`Harbour Archive, About, https://…`: a body, then its page's title, no institution.)
    [PROJECT_AT, (match) => PROJECT_WORD.test(match[1]) && (match[2] === undefined || isOrganisation(match[2]))],
  ];
  for (const [pattern, fits] of patterns) {
    const match = pattern.exec(lead);
    if (!match || !fits(match) || !OPENS_NAME.test(lead.slice(0, match.index))) continue;
    const title = match[1].replace(/^the\s+/, '');
    return { start: match.index, title };
  }
  return undefined;
}

/** The part cut into its projects and the author's words around them; undefined when it names no project. */
export function splitProjects(part: Part, classify: Classify): Segment[] | undefined {
  const { text, from } = part;
  if (!text.includes(URL_OPEN) && !/https?:\/\//.test(text)) return undefined;
  const out: Segment[] = [];
  let region = 0;
  let found = false;
  const rest = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.replace(/^[\s,.;:)\]]+/, '').trimEnd();
    // (`, and`, `).`: the words between the projects are nobody's.)
    if (!/\p{L}/u.test(trimmed) || /^(?:and|or)$/.test(trimmed.replace(/[\s,.]+$/, ''))) return;
    const at = start + raw.indexOf(trimmed);
    out.push(...classify({ text: trimmed, from: from + at, to: from + at + trimmed.length }));
  };
  for (const address of text.matchAll(ADDRESS)) {
    const project = projectBefore(text.slice(region, address.index));
    if (!project) continue;
    const start = region + project.start;
    let end = address.index + address[0].length;
    // `[<https://…>.]`: the bracket around a written-out address, and its full stop, close the citation.
    const close = /^\.?\]?\.?/.exec(text.slice(end));
    if (close) end += close[0].length;
    rest(region, start);
    out.push({
      kind: 'full',
      text: `${EMPHASIS_OPEN}${project.title}${EMPHASIS_CLOSE}, ${address[0]}`,
      from: from + start,
      to: from + end,
    });
    region = end;
    found = true;
  }
  if (!found) return undefined;
  rest(region, text.length);
  return out;
}
