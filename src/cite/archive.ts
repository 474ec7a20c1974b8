/**
 * Archival items, as a note cites them from the repository that holds them: a shelfmark after the
 * repository's name (`Harbour Library MS 12, fol. 3r`, `Quay Museum, MS. Ames 7`, `HL MS Additional 40`),
 * or a titled document said to be a manuscript, then dated, then held (`“Letter of the warden.” Manuscript.
 * Hull, May 4, 1702. Quay Archive (QA), Ships, box 3, doc. 41.`), or a repository named first (`Quay Archive,
 * “Minutes of the Board.” Manuscript, fl. 9.`), or a register in italics after the body that keeps it (`Quay Parish
 * (Hull), *Baptisms, Book 1*, fl. 40.`), or a box of a series (`QSA, SH-NO, box 7, doc. 212.`). The repository is the
 * container; the box, document or folio
 * is the cited place. No repository's name is looked up: it is the capitalised name before the shelfmark, after
 * the date, or before the title.
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { findDate, trimTitle } from './text.js';

/** `MS 260`, `MS. Ames 7`, `MSS Add. 12`, `MS Additional 40`: a manuscript's shelfmark. */
export const SHELFMARK = String.raw`(?:Add(?:itional)?\.?\s+)?MSS?\.?\s+(?:\p{Lu}[\p{L}]*\.?\s+){0,2}[\w./-]*\d[\w./-]*`;
/** One archival place: `box 10`, `folder 3`, `doc. 1836`, `fol. 28r`, `fols 3r–4v`, `fl. 53`, `ff. 2–4`, `item 4`. */
const PLACE = String.raw`(?:box|folder|file|bundle|item|doc|docs|fols?|fls?|ff?)\.?\s*\d+[rv]?(?:\s*[-–]\s*\d+[rv]?)?`;
export const ARCHIVAL_PLACE = String.raw`${PLACE}(?:,\s*${PLACE})*`;
/** A repository's name: capitalised words and their particles (`Biblioteca del Museo Correr`, `BL`). */
export const REPOSITORY = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|do|dos|das|del|della|di|du|des|of|the|für|y)\s+)*\p{Lu}[\p{L}'’.-]*)*`;
/**
 * Words that name a repository rather than a person (general vocabulary, several languages), also at the end of a
 * German compound (`Staatsbibliothek`, `Landesarchiv`).
 */
const REPOSITORY_WORD =
  /\b(?:Archives?|Archiv(?:e|o|io)?|Arquivo|Library|Librar(?:y|ies)|Bibliot(?:eca|hèque|hek|eka)|Museum|Museo|Record\s+Office|Collections?|Register)\b|[a-z](?:bibliothek|archiv)\b/;

const SHELFMARK_ITEM = new RegExp(
  String.raw`^(?:([^()]*?),\s+)?(${REPOSITORY}),?\s+(${SHELFMARK})(?:,\s*(${ARCHIVAL_PLACE}))?\s*[.,]?(?:\s+\p{Lu}.*)?$`,
  'u',
);

/** `MS 12, fol. 3r, Harbour Library, Hull.`: the shelfmark first, the repository (named as one) and its town after it. */
const SHELFMARK_FIRST = new RegExp(
  String.raw`^(${SHELFMARK})(?:,\s*(${ARCHIVAL_PLACE}))?,\s+(${REPOSITORY})(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)?` +
    String.raw`(?:,\s*(${ARCHIVAL_PLACE}))?\s*[.,]?$`,
  'u',
);

/**
 * `Quay County Archive, Register of the Harbour Court, fol. 28r.`, `Quay Archive, “Minutes of the Board.”
 * Manuscript, fl. 9.`: the repository named first, then the register or document (its title quoted or not, perhaps
 * said to be a manuscript), then the folio or other archival place.
 */
const REPOSITORY_FIRST = new RegExp(
  String.raw`^(${REPOSITORY}),\s+(?:[“"‘]([^”"’]+?)[.,]?[”"’][.,]?|(\p{Lu}[^“”"‘’;]*?))(?:,?\s+Manuscript)?[.,]?\s+(${ARCHIVAL_PLACE})\s*\.?$`,
  'u',
);

/** A folio side: `28r`, `40`, `26f` (a folha's front, `frente`). */
const SIDE = String.raw`\d+(?:[rvf](?!\p{L}))?`;
const FOLIO_LABEL = String.raw`(?:fols?|fls?|ff?)\.?\s*`;
/** One folio or a run of them: `fl. 40`, `fols. 3r–4v`, `fl. 12v-13f, 15v-17f, and fl. 30v-31f`. */
const FOLIOS =
  String.raw`${FOLIO_LABEL}${SIDE}(?:\s*[-–]\s*${SIDE})?` +
  String.raw`(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:${FOLIO_LABEL})?${SIDE}(?:\s*[-–]\s*${SIDE})?)*`;

/**
 * `Quay Parish (Hull, Shore County), *Baptisms, Book 1, 1700–1728*, fl. 40.`, `Quay State Archive (QSA), Division of
 * Manuscripts, *Land Grants, Book 2*, fols. 25v–26r.`: a body that keeps registers (a repository by its name, or any
 * body with its place or initials in brackets), its divisions, then a register in italics and the folio cited in it.
 * What follows the folio in other sentences (the entry's own title, a microfilm) describes the same item.
 */
const REGISTER_ITEM = new RegExp(
  String.raw`^(${REPOSITORY})(\s*\((?!(?:[Ee]ds?|[Tt]rans|[Cc]omp)\b)\p{Lu}[^()\d]*\))?((?:,\s+\p{Lu}[^,\d\uE000\uE001“”"]*?)*),\s+\uE000([^\uE001]+)\uE001,?\s+(${FOLIOS})` +
    String.raw`(?=\s*\.?\s*$|\.\s+\S)`,
  'u',
);

/**
 * `QSA, Shore-North, box 7, doc. 212.`: a repository by its initials, a series by its code (capitals, digits, dashes),
 * then the box and document cited; the series is no title.
 */
const INITIALS_ITEM = new RegExp(
  String.raw`^(\p{Lu}{2,6})((?:,\s+[\p{Lu}\d][\p{Lu}\d./-]*)*),\s+((?:box|folder|bundle|doc)\.?\s*\d+(?:,\s*${PLACE})*)\s*\.?$`,
  'u',
);

/** A register held by a body and its folio, or a box and document of a repository's series; undefined otherwise. */
export function parseRegisterItem(text: string): FullCitation | undefined {
  const register = REGISTER_ITEM.exec(text.trim());
  if (register && (REPOSITORY_WORD.test(register[1]) || register[2])) {
    const item: WorkFields = {
      type: 'manuscript',
      title: trimTitle(register[4]),
      'container-title': `${register[1]}${register[2] ?? ''}${register[3]}`.trim(),
    };
    return { item, locator: register[5].trim(), etAl: false };
  }
  const initials = INITIALS_ITEM.exec(text.trim());
  if (initials)
    return { item: { type: 'manuscript', 'container-title': initials[1] }, locator: initials[3], etAl: false };
  return undefined;
}

/** The repository's item, read from a text that names the repository first; undefined for any other text. */
export function parseRepositoryItem(text: string): FullCitation | undefined {
  const register = parseRegisterItem(text);
  if (register) return register;
  const match = REPOSITORY_FIRST.exec(text.trim());
  if (!match || !REPOSITORY_WORD.test(match[1])) return undefined;
  const item: WorkFields = {
    type: 'manuscript',
    title: trimTitle(match[2] ?? match[3].replace(/,$/, '')),
    'container-title': match[1].trim(),
  };
  return { item, locator: match[4], etAl: false };
}

/** `Harbour Library MS 12, fol. 3r.`: the shelfmark is the title, the repository the container. */
export function parseShelfmarkItem(text: string): FullCitation | undefined {
  const repositoryFirst = parseRepositoryItem(text);
  if (repositoryFirst) return repositoryFirst;
  if (/[“"‘\uE000]/.test(text.slice(0, text.search(/\bMSS?\b/)))) return undefined;
  const first = SHELFMARK_FIRST.exec(text);
  if (first && REPOSITORY_WORD.test(first[3])) {
    const item: WorkFields = {
      type: 'manuscript',
      title: first[1].trim().replace(/[.,]+$/, ''),
      'container-title': first[3].trim().replace(/[.,]+$/, ''),
    };
    return { item, locator: first[2] ?? first[4] ?? null, etAl: false };
  }
  const match = SHELFMARK_ITEM.exec(text);
  if (!match) return undefined;
  const [, lead, repository, shelfmark, place] = match;
  if (lead && /\d/.test(lead)) return undefined;
  const item: WorkFields = {
    type: 'manuscript',
    title: shelfmark.trim().replace(/[.,]+$/, ''),
    'container-title': repository.trim(),
  };
  return { item, locator: place ?? null, etAl: false };
}

/**
 * The repository and the cited place of a document said to be a manuscript, from the facts after its title:
 * `Hull, May 4, 1702. Quay Archive (QA), Ships, box 3` → `Quay Archive`, `box 3`.
 */
export function archiveOf(details: string): { repository?: string; place?: string } {
  const place = new RegExp(String.raw`(?:^|[\s,])(${ARCHIVAL_PLACE})[.\s]*$`, 'u').exec(details);
  const body = place ? details.slice(0, place.index) : details;
  const date = findDate(body);
  const after = date ? body.slice(date.index + date.length) : body.replace(/^[\s.,]*Manuscript[.,]?/i, '');
  const repository = new RegExp(String.raw`^[\s.,]*(${REPOSITORY})`, 'u').exec(after)?.[1];
  return {
    ...(repository && !/^Manuscript$/i.test(repository) ? { repository: trimTitle(repository) } : {}),
    ...(place ? { place: place[1] } : {}),
  };
}

/** The names before a document's title are its repository's (`Quay Archive, “Minutes,” Manuscript`). */
export function isRepository(name: string): boolean {
  return REPOSITORY_WORD.test(name);
}
