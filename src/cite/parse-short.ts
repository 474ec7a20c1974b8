/**
 * A short form: `Hakobyan, *Green and Black*, 231.`, `Croissant, 8.`, `Broers, “Defaulting to War,” 16.`,
 * `"Preventing a Bloody Harvest." *International Crisis Group*`, or an unmarked `Black Garden, 263.`
 */
import { withoutGlosses } from './classify/glossed-places.js';
import { DIVISIONS } from './classical-work.js';
import { parseGermanTitleShort } from './german-note.js';
import { parseGermanLegalShort } from './german-law.js';
import { partInShortBook } from './classify/part-in-short-book.js';
import { withoutProvisionHeading } from './classify/provision-heading.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';
import { LABELLED_PLACE } from './classify/short.js';
import { INTERVIEW_WITH } from './interview-with.js';
import { NAME_PARTICLES, isOrganisation, isPersonName } from './names.js';
import { withoutNoteReference } from './note-reference.js';
import { AUTHOR_DATE_NAMES, LOCATOR, cleanLocator, collapse, plain, trimTitle, withInlineUrls } from './text.js';

export interface ShortCitation {
  /** Names as written (`de Waal`, `Chorbajian`, `Human Rights Watch`). */
  authors: string[];
  /** The short title as written, when marked by italics or quotes. */
  title?: string;
  /** The italic name after a quoted title. */
  container?: string;
  /** The title was read from unmarked words after the names (`Ames, Interview with Bo Chen`): it may be a place. */
  unmarked?: boolean;
  /** Unmarked text that may be names or a title (`Green and Black`). */
  bare?: string;
  /** A court named in the names' place (`BGH, (Fn. 16), Rn. 23`, german-law.ts): its decision, which has no author. */
  court?: string;
  /** The names end in `et al.` (`Lee et al., *Tides*`): the first of the work's several names. */
  etAl?: boolean;
  locator: string | null;
}

const PASSIM = new RegExp(`(?<=\\d[a-z]?)\\s+${EMPHASIS_OPEN}?passim${EMPHASIS_CLOSE}?$`);

const TRAILING_LABELLED_PLACE = new RegExp(`(^|[\\s,.”"’'${EMPHASIS_CLOSE}])\\s*(${LABELLED_PLACE})$`);

const TRAILING_LOCATOR = new RegExp(`(^|[\\s,.”"’'${EMPHASIS_CLOSE}])\\s*(${LOCATOR})$`);
/** A classical work's divisions after its title or its author's one name: `3.192–96`, `12.552c–d`, `14.1.2`. */
const CLASSICAL_PLACE = new RegExp(`(${EMPHASIS_CLOSE}|^\\p{Lu}\\p{Ll}+)\\s+(${DIVISIONS})[\\s.]*$`, 'u');

/**
 * `Lee (2004), p. 95`, `Lee and Chen (2004: 95)`: author-date's names and year in brackets, read as `Lee, 2004, 95`;
 * a person's given names or initials before the family name are left out (`Ann Lee (2004)`, `S. van Vliet (1999)`),
 * and a body's name is kept whole (`Harbour Board (2004)`).
 */
const NAMES_THEN_YEAR = new RegExp(
  String.raw`^((?:(?:\p{Lu}\p{Ll}+|\p{Lu}\.)\s+)*?)((?:${NAME_PARTICLES}\s+)*${AUTHOR_DATE_NAMES})\s*\(((?:1[5-9]|20)\d\d)[a-z]?(?::\s*([^()]+))?\)(?=[,:.;]|\s*$)`,
  'u',
);

export function parseShortCitation(source: string): ShortCitation {
  const found = NAMES_THEN_YEAR.exec(source.trim());
  // (Words before the family name are a person's given names, or the start of a body's name.)
  const body = found?.[1] && isOrganisation(`${found[1]}${found[2]}`);
  if (found && (!found[1] || body || isPersonName(`${found[1]}${found[2]}`))) {
    const [whole, given, family, year, page] = found;
    const names = body ? `${given}${family}` : family;
    // (The page label goes, so the year reads as the first of the places: `Lee, 2004, 95`.)
    const after = source
      .trim()
      .slice(whole.length)
      .replace(/^,\s*pp?\.\s*/, ', ');
    return parseShortCitation(`${names}, ${year}${page ? `, ${page}` : ''}${after}`);
  }
  // `Lee, (Fn. 3), Rn. 40`, `BGH, (Fn. 16), Rn. 23`: a German legal short form pointing at its note (german-law.ts).
  const legal = parseGermanLegalShort(collapse(source));
  if (legal) return legal;
  // `Lee; Chen: Tides, 2015, S. 41 f.`: Zotero's German short form (german-note.ts).
  const german = parseGermanTitleShort(collapse(source));
  if (german) return german;
  // `Lee, Letter IV (1770), in *Letters*, 43.`: the book's short title names the work (classify/part-in-short-book.ts).
  const part = partInShortBook(collapse(source));
  if (part) return { ...part, locator: cleanLocator(part.locator) };
  const citation = parseShort(source);
  // `Lee et al., *Tides*`, `Lee and others, 4`: only the names say it, before the title.
  const names = source.split(/[“"‘\uE000]/)[0];
  if (/\s(?:et\.?\s*al\b|and others\b)/.test(names) && citation.authors.length) citation.etAl = true;
  return citation;
}

/** `, quotation from 196`, `, quoted at pp. 12–13`, `; quotations on 40`: after a page, up to the citation's end. */
const QUOTATION_FROM =
  /(?<=\d)\s*[,;]\s*(?:the\s+)?(?:quotations?|quoted|quote)\s+(?:(?:is|are)\s+)?(?:from|on|at)\s+(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?(?=[\s.]*$)/i;

/** `, introduction to *Tides*`: a book's front or back matter before its title, in a short form. */
const FRONT_MATTER_OF = new RegExp(
  `,\\s*(?:the\\s+)?(?:introduction|preface|foreword|afterword|epilogue|prologue|conclusion)\\s+(?:to|of|in)\\s+(?=${EMPHASIS_OPEN})`,
  'i',
);

function parseShort(source: string): ShortCitation {
  // `op. cit.`, `supra`, `infra n. 12`, German `a.a.O.` (am angegebenen Ort) point back to a work without naming it: the name does.
  // (`…, 12–13, § 50 (limiting the licence to residents)`: the author's glosses on the places, classify/glossed-places.ts.)
  let text = collapse(withoutProvisionHeading(withoutGlosses(withoutNoteReference(source).text)))
    // `Interview with Ames (n 3) 12` (OSCOLA): the person interviewed names the work.
    .replace(INTERVIEW_WITH, '')
    // `‘Tides’, *p. 3.*`: a page set in italics by mistake is still the page.
    .replace(new RegExp(`${EMPHASIS_OPEN}\\s*(${LOCATOR})[\\s.]*${EMPHASIS_CLOSE}[\\s.]*$`), ' $1')
    // `Lee, “Tides,” 213, quotation from 196.`: where a quotation stands, after the place cited, glosses it.
    .replace(QUOTATION_FROM, '')
    .replace(
      /,?\s*\b(?:op\.\s*cit\.?|loc\.\s*cit\.?|a\.\s?a\.\s?O\.?|aaO|(?:supra|infra)(?:,?\s*(?:note|nn?\.)\s*\d+)?)(?=[\s,.]|$)/gi,
      '',
    )
    .replace(/[\s.,;]+$/, '')
    // `Lee and Chen, introduction to *Tides*, 25`: the book's front or back matter names the book, cited by its title.
    .replace(FRONT_MATTER_OF, ', ')
    // `Lee and Chen, eds., Tides`: the editors' mark kept in a short form is no part of its title.
    .replace(/^([^,]+(?:,[^,]+)*?),\s*eds?\.s?(?=,)/, '$1');
  // `Lee v. Chen, 156 F.3d at 14 (2d Cir. 1998)`: a case's court and year after the page.
  if (/\sat\s+\d/.test(text)) text = text.replace(/\s*\([^()]*\b(?:1[5-9]|20)\d\d\)$/, '');
  let locator: string | null = null;
  // `Lee, 160–98 *passim*` (Chicago 14.146): `passim` after the pages, in italics or not, belongs to the place cited.
  const passim = text.includes('passim') ? PASSIM.exec(text) : null;
  if (passim) text = text.slice(0, passim.index);
  // `Article 7(3) HDR.`, `s. 12 QAST`: the provision first, then the act's abbreviation (or short name), which links
  // the act as any announced abbreviation does (resolve.ts); the provision is the place cited.
  const provision =
    /^((?:[Aa]rts?|[Aa]rticles?|s|ss|[Ss]ec|§§?|[Pp]aras?|[Rr]ecitals?)\.?\s*\d+[\w()]*),?\s+(?=\p{Lu}\S*[.\s]*$)/u.exec(
      text,
    );
  if (provision) {
    locator = provision[1];
    text = text.slice(provision[0].length);
  }
  // `Homer, *Iliad* 3.192–96`, `Strabo 14.1.2`, `Athenaeus 12.552c–d`: a classical work's own divisions, parted by
  // full stops (classical-work.ts), after its title or its author's one name.
  const divisions = provision ? null : CLASSICAL_PLACE.exec(text);
  if (divisions) {
    locator = divisions[2];
    text = text.slice(0, divisions.index + divisions[1].length).replace(/[\s.,]+$/, '');
  }
  const labelled = provision || divisions ? null : TRAILING_LABELLED_PLACE.exec(text);
  const page = provision || labelled || divisions ? null : TRAILING_LOCATOR.exec(text);
  if (labelled) {
    // `Lee, “Tides,” Table 1`: a table or figure of the work is the place cited.
    locator = labelled[2];
    text = text.slice(0, labelled.index + labelled[1].length).replace(/[\s.,]+$/, '');
  }
  if (page) {
    locator = cleanLocator(page[2]);
    if (passim) locator = `${locator} passim`;
    text = text.slice(0, page.index + page[1].length).replace(/[\s.,]+$/, '');
    // `GDPR, point (a) of art 6(1)`: the point of a provision belongs to the place cited.
    const point = /(?:^|[\s,])((?:point|indent|sub-?paragraph)\s*\([\w.]{1,4}\)\s+of)$/i.exec(text);
    if (point) {
      locator = `${point[1]} ${locator}`;
      text = text.slice(0, point.index).replace(/[\s.,]+$/, '');
    }
    // `Hall MS 260, fol. 64v`: the number after a shelfmark's `MS` names the manuscript; the folio is the place cited.
    const shelfmark = /^(\d+[A-Za-z]?),\s*(?=(?:fols?|ff?|pp?)\.?\s)/.exec(locator ?? '');
    if (shelfmark && /\b(?:MSS?|Ms\.?|Cod\.?|Codex)$/.test(text)) {
      text = `${text} ${shelfmark[1]}`;
      locator = locator!.slice(shelfmark[0].length);
    }
  }

  // `Lee v. Chen 156:14` (MLA): a case's volume and page; the page is cited.
  if (/\sv\.?\s/.test(text) && locator) locator = locator.replace(/^\d+:(\d+)$/, '$1');
  // A single quote closes a title only before what follows one, so `Users' Terms` stays inside it.
  // Of a double and a single quote, the one opening first is the title's (`'Of "just" Data'`).
  const double = /[“"]([^”"]*)[”"]/.exec(text);
  const single =
    new RegExp(
      String.raw`(?:^|[\s,])[‘']((?:[^’']|[’'](?![,.;:)\]]|\s+(?:in\s|\uE000|\(|\d)|\s*$))*)[’']` +
        String.raw`(?=[,.;:)\]]|\s+(?:in\s|\uE000|\(|\d)|\s*$)`,
      'u',
    ).exec(text) ?? /(?:^|[\s,])[‘']((?:[^’']|[’'](?=\p{L}))*)[’']/u.exec(text);
  const quote = double && (!single || double.index < single.index || !single[1].includes(double[0])) ? double : single;
  const italic = new RegExp(`${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]*)${EMPHASIS_CLOSE}`).exec(text);

  if (quote && (!italic || quote.index < italic.index)) {
    const citation: ShortCitation = {
      authors: splitAuthors(text.slice(0, quote.index)),
      title: trimTitle(withInlineUrls(quote[1])),
      locator,
    };
    if (italic) citation.container = trimTitle(italic[1]);
    return citation;
  }
  if (italic) {
    return {
      authors: splitAuthors(text.slice(0, italic.index)),
      title: trimTitle(withInlineUrls(italic[1])),
      locator,
    };
  }
  const bare = trimTitle(plain(text));
  // `Lee v. Chen, 156 F.3d at 14`: a case is short-cited by its name.
  const caseName = /^([^,]+?\sv\.?\s[^,]+?)(?:,|$)/.exec(bare);
  if (caseName) return { authors: [], title: caseName[1], locator };
  // `Lee, 156 F.3d at 14`: a case short-cited by its first party, then the reporter.
  const party = /^([^,]+),\s*\d+\s+\p{Lu}[\p{L}.\d ]*$/u.exec(bare);
  if (party && locator) return { authors: [], title: party[1], locator };
  // `Ames, Interview with Bo Chen`: after the name, words in lower case make an unmarked title.
  const unmarked = /^([^,]+),\s*(.+)$/.exec(bare);
  if (
    unmarked?.[2]
      .split(/\s+/)
      .some(
        (word) =>
          /^\p{Ll}/u.test(word) &&
          !/^(?:and|et|al\.?|de|da|del|della|di|du|la|le|van|von|der|den|ter|ten|ibn|al|el)$/.test(word),
      )
  ) {
    return { authors: splitAuthors(unmarked[1]), title: unmarked[2], unmarked: true, locator };
  }
  return { authors: splitAuthors(bare), bare, locator };
}

export function splitAuthors(text: string): string[] {
  // `Lee et al.` (`Lee and others`): the first author stands for all.
  const names = collapse(plain(text))
    .replace(/[\s.,]+$/, '')
    .replace(/,?\s+(?:et al|and others)\.?$/, '');
  if (!names) return [];
  return (
    names
      // (`Vogt / Brandt`, `Vogt/Brandt`: German notes part their names with a slash.)
      .split(/\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+|\s*\/\s*(?=\p{Lu})/u)
      .map((name) => name.trim())
      // `Lee and Chen, eds., Tides`: the editors' mark kept in a short form names no one.
      .filter((name) => name && !/^eds?\.?s?$/.test(name))
  );
}
