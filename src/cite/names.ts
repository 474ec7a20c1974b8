/**
 * Author lists into CSL names, in the two orders Chicago writes them. Bibliography order inverts
 * the first author (`de Waal, Thomas`) and sometimes the later ones (`Broers, Laurence and
 * Ohanyan, Anna`); note order does not (`Mary Beard`, `John K Ousterhout and Ann Lee`,
 * `Lia Ames, Bo Chen, and Dara Eze`). Organisations become literal names. Names are recorded as
 * written, slips included.
 */
import { collapse, fold, memo } from './text.js';

export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  literal?: string;
  suffix?: string;
}

export interface ParsedNames {
  names: CslName[];
  /** `ed.` after the names: they are editors. */
  editors: boolean;
  /** `trans.` after the names (and no `ed.`): they translated the work. */
  translators?: boolean;
  /** `et al.` after the names: more authors, not listed. */
  etAl: boolean;
  /** A social-media handle given after the name, `@ryanmofarrell`. */
  handle?: string;
}

import { endsGenerational, withoutHonorific } from './name-parts.js';

const PARTICLE = /^((?:(?:de|da|del|della|di|du|la|le|van|von|der|den|ter|ten|op|ibn|al|el)\s+)+)(.+)$/;

/**
 * The particles that open a family name written in lower case inside a run of names (`Bo van der Berg`, `S. de
 * Vliet`), as the name-word patterns of the citation grammar list them (a pattern's source).
 */
export const NAME_PARTICLES = '(?:van|von|de|der|den|da|di|du|la|le)';

export function parseNames(block: string): ParsedNames {
  let text = trimName(block);
  let handle: string | undefined;
  text = collapse(
    text.replace(/(?:^|[\s.])(@\w+)\.?/, (match, found: string) => {
      handle = found;
      return match.startsWith('@') ? '' : match[0];
    }),
  );
  text = trimName(text);
  if (!text) return { names: handle ? [{ literal: handle }] : [], editors: false, etAl: false, handle };

  let editors = false;
  let translators = false;
  let etAl = false;
  text = text.replace(ROLE, (role: string) => {
    if (/\bed|\bcomp/i.test(role)) editors = true;
    else translators = true;
    return '';
  });
  text = text.replace(/,?\s*\bet al\.?$/, () => {
    etAl = true;
    return '';
  });
  // `On tides in general, see: Ann Lee. *Title*`: the author's words before a colon, then the names (as in note order).
  const lead = /^\p{Lu}[^:]*?\s\p{Ll}[^:]*:\s+(.+)$/u.exec(text);
  if (lead && personList(lead[1])) text = lead[1];

  // `Lee, Ann; Chen, Bo`, `Lee, Ann/Chen, Bo`: names in bibliography order, each pair parted by a semicolon or a slash
  // (German styles, Zotero's among them).
  const pairs = text.split(/\s*[;/]\s*/);
  if (pairs.length > 1 && pairs.every((pair) => INVERTED_PAIR.test(pair)))
    return {
      names: pairs.map((pair) =>
        invertedPerson(pair.slice(0, pair.indexOf(',')).trim(), pair.slice(pair.indexOf(',') + 1).trim()),
      ),
      editors,
      etAl,
      handle,
      ...(translators ? { translators } : {}),
    };
  // `Ann Lee. *Title*`, `Ann Lee, Bo Chen and Dara Eze. ‘Title’`: names in note order before a bibliography's
  // full stop. A bibliography inverts its first name (`Lee, Ann`), so a first part that is a whole person's
  // name opens a list in note order.
  const persons = personList(text);
  if (
    persons &&
    (!isOrganisation(text) || personsJoined(text)) &&
    (!text.includes(',') ||
      persons.length >= 3 ||
      // `Ann Lee, Bo Chen, et al.`: `et al.` ends a list of persons, never an inverted name.
      (etAl && persons.length >= 2) ||
      /\s(?:and|&|et|und)\s/.test(text) ||
      // `Ann B. Lee, Bo Chen`: an initial inside the first part; a family name has none.
      /^\S+\s+(?:\p{Lu}\.\s*)+\S+\s*,/u.test(text)) &&
    !CAPITAL_PARTICLE_FIRST.test(text)
  )
    return { names: persons.map(uninvertedName), editors, etAl, handle, ...(translators ? { translators } : {}) };
  const mixed = personsAndOrganisations(text);
  if (mixed) return { names: mixed, editors, etAl, handle, ...(translators ? { translators } : {}) };
  if (!text.includes(',')) {
    return { names: text ? [{ literal: text }] : [], editors, etAl, handle, ...(translators ? { translators } : {}) };
  }

  // `Shore Government, Department of Waters`: an organisation and its division, never a family and a given name.
  const units = text.split(/\s*,\s*/);
  if (units.every((unit) => isOrganisation(unit) && !isPersonName(unit)))
    return { names: [{ literal: text }], editors, etAl, handle, ...(translators ? { translators } : {}) };
  // `Pickman. Sarah`: a full stop typed for a comma between family and given name.
  text = text.replace(/(\p{L}{2,})\. (?=\p{Lu})/gu, '$1, ');
  const parts = withSuffixes(
    text
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
      .map((part) => part.trim())
      .filter(Boolean),
  );

  const names: CslName[] = [];
  for (let index = 0; index < parts.length; ) {
    const part = parts[index].text;
    const next = parts[index + 1];
    // `Ann Lee, Jr.`: one name in note order with its suffix, not a family name of two words.
    if (index === 0 && next === undefined && parts[index].suffix && isPersonName(part)) {
      names.push({ ...uninverted(part), suffix: parts[index].suffix });
      index += 1;
    } else if (index === 0 || (!part.includes(' ') && next !== undefined) || /^\p{Ll}/u.test(part)) {
      const name = next ? invertedPerson(part, next.text) : person(part);
      const suffix = next?.suffix ?? parts[index].suffix;
      names.push(suffix ? { ...name, suffix } : name);
      index += next === undefined ? 1 : 2;
    } else {
      const suffixed = /\s(?:Jr|Sr)\.?$|\sI[IV]I?$/.test(part);
      names.push(
        isOrganisation(part) && !isPersonName(part)
          ? { literal: part }
          : suffixed
            ? uninvertedName(part)
            : uninverted(part),
      );
      index += 1;
    }
  }
  return { names, editors, etAl, handle, ...(translators ? { translators } : {}) };
}

/**
 * The role written after the names: `ed.`, `eds.` (or its slip `ed.s`), `(eds)`, `editors`, `comp.`, `ed. and trans.` (editors), or
 * `trans.`, `translator` alone (translators).
 */
const ROLE =
  /,?\s*(?:\b(?:ed\.s|eds?\.?|Eds\.|editors?|comps?\.?|compilers?)|\((?:[Ee]ds?|comps?)\.?\))(?:\s+(?:and|&)\s+trans(?:\.|lators?)?)?$|,?\s*\b(?:trans\.?|translators?)$/;

/** `Lee, Ann`, `de Waal, T. K.`: a family name (its particles first), a comma, given names or initials. */
const INVERTED_PAIR = new RegExp(
  String.raw`^(?:${NAME_PARTICLES}\s+)*\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$`,
  'u',
);

/** `Jr.`, `Sr.`, `III`: what follows a name, never a name of its own. */
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;
/** `Van Berg, José`: a capitalised particle opens a family name, which a bibliography puts first. */
const CAPITAL_PARTICLE_FIRST = /^(?:De|Da|Del|Della|Di|Du|La|Le|Van|Von|Der|Den|Ter|Ten)\s+\S+\s*,/;

/** The parts of a list of names, a suffix part (`Lee, Ann, Jr.`) joined to the part before it. */
function withSuffixes(parts: string[]): Array<{ text: string; suffix?: string }> {
  const joined: Array<{ text: string; suffix?: string }> = [];
  for (const part of parts) {
    const last = joined.at(-1);
    if (SUFFIX.test(part) && last) last.suffix = part;
    else joined.push({ text: part });
  }
  return joined;
}

/** Drops trailing punctuation but keeps the full stop of an initial (`Avodyan, L.`) or a suffix (`Lee, Ann, Jr.`). */
function trimName(text: string): string {
  // A name never holds an asterisk: Markdown's emphasis around punctuation (`Ann Lee*,* Bo Chen`) left as written.
  const trimmed = collapse(text.replace(/\*+/g, ' '))
    .replace(/\s+,/g, ',')
    .replace(/[\s,]+$/, '');
  // The full stop of an initial, a suffix or a company's abbreviation (`Quay, Inc.`, `Fell Ltd.`) is the name's own.
  return /(?:^|[\s,.-])(?:\p{Lu}|Jr|Sr|Inc|Ltd|Co|Corp|Bros)\.$/u.test(trimmed)
    ? trimmed
    : trimmed.replace(/[\s.,]+$/, '');
}

/**
 * `Lee, Ann B. Jr.` (a suffix moved beside the given name), or `Lee Jr., Ann B.` and `Lee III, Ann` (left beside
 * the family name, as the name was written before it was inverted): the family, the given name and the suffix.
 */
function invertedPerson(family: string, given: string): CslName {
  const suffix = /\s+((?:Jr|Sr)\.?|II|III|IV)$/.exec(given);
  if (suffix) return { ...person(family, given.slice(0, suffix.index)), suffix: suffix[1] };
  const familySuffix = /^(\S.*?)\s+((?:Jr|Sr)\.?|II|III|IV)$/.exec(family);
  return familySuffix ? { ...person(familySuffix[1], given), suffix: familySuffix[2] } : person(family, given);
}

function person(family: string, given?: string): CslName {
  const particle = PARTICLE.exec(family);
  const name: CslName = particle ? { family: particle[2], 'non-dropping-particle': particle[1].trim() } : { family };
  if (given && withoutHonorific(given)) name.given = withoutHonorific(given);
  return name;
}

function uninverted(text: string): CslName {
  const words = text.split(' ');
  if (endsGenerational(words)) return person(words.slice(-2).join(' '), words.slice(0, -2).join(' '));
  const familyStart = words.findIndex(
    (word, index) => index > 0 && (PARTICLE.test(`${word} x`) || index === words.length - 1),
  );
  return person(words.slice(familyStart).join(' '), words.slice(0, familyStart).join(' '));
}

/** The name as a short form would write it: `de Waal`, `Human Rights Watch`. */
export function shortName(name: CslName): string {
  if (name.literal) return name.literal;
  return [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
}

// Every short form's names are compared with every earlier work's: their keys are worth keeping.
const nameKeys = new Map<string, string>();

export function nameKey(name: string): string {
  return memo(nameKeys, name, () =>
    fold(name)
      .replace(/[^\p{L}\p{N}@]+/gu, ' ')
      .trim(),
  );
}

/**
 * Words that make a name an organisation's (general English vocabulary, no particular names):
 * `Harbour Labour Observatory`, `Ministry of Inland Waters`, `Example Policy Institute`.
 */
const ORGANISATION_WORD_LIST = [
  'Institute',
  'Institution',
  'Council',
  'Ministry',
  'Observatory',
  'Society',
  'Centre',
  'Center',
  'Association',
  'Committee',
  'Office',
  'Department',
  'Agency',
  'Bank',
  'Commission',
  'Foundation',
  'Group',
  'Watch',
  'University',
  'College',
  'Trust',
  'Union',
  'Organi[sz]ation',
  'Board',
  'Bureau',
  'Service',
  'Parliament',
  'Government',
  'Assembly',
  'League',
  'Federation',
  'Network',
  'Project',
  'Fund',
  'Programme',
  'Program',
  'Library',
  'Museum',
  'Archives?',
  'Company',
  'Corporation',
  'Inc',
  'Ltd',
  'Consulting',
  'Consultants',
  'Party',
  'Movement',
  'Church',
  'Academy',
  'Coalition',
  'Alliance',
  'Initiative',
  'Forum',
  'Partnership',
  'Authority',
  'Staff',
  'Secretariat',
  'Congress',
  'Senate',
  'Court',
  'Tribunal',
  'Police',
  'Army',
  'Navy',
  'Press',
  'News',
  'Times',
  'Post',
  'Radio',
  'Television',
  'Agency',
  'International',
  'Nations',
  'Republic',
  'Kingdom',
  'Federal',
  'National',
  'Royal',
  'House',
  'Team',
  'Lab',
  'Laboratory',
  'Consortium',
  'Collective',
  'Unit',
  'Division',
  'Directorate',
  'Commissioner',
  'School',
  'Hospital',
  'Network',
  'System',
  'Technology',
  'Technologies',
  'Solution',
  'Studio',
  'Publisher',
  'Partner',
  'Associate',
  'Industries',
  'State',
];
/** The words above, singular or plural (`Electricity Networks`, `Health Services`). */
const ORGANISATION_WORDS = new RegExp(String.raw`\b(?:${ORGANISATION_WORD_LIST.join('|')})s?\b`);
/**
 * The same nouns in German, French, Italian and Spanish, which German joins to the words before them
 * (`Hafeninstitut`, `Küstengesellschaft`): a name ending in one, or holding one as a word, is a body's.
 */
const FOREIGN_BODY_WORDS =
  /(?:Institut|Gesellschaft|Gemeinschaft|Verein|Verband|Bund|Verbund|Netzwerk|Gruppe|Stiftung|Akademie|Ministerium|Amt|Behörde|Archiv|Bibliothek|Universität|Hochschule|Kommission|Zentrum|Société|Fondation|Ministère|Université|Istituto|Società|Fondazione|Università|Instituto|Sociedad|Fundación|Universidad)(?:e?s|en|i)?(?![\p{L}])/iu;

/** A German company's or association's legal form after its name: `e. V.`, `GmbH`, `gGmbH`, `AG`, `KG`. */
const LEGAL_FORM = /\s(?:e\.\s?V\.|g?GmbH|AG|KG|mbH)(?=$|[\s,;)])/u;

/**
 * Capitalised nouns that name things, never a person (general English vocabulary): a publication's
 * (`Shore Gazette`), a field's or a cause's (`Harbour Rights`, `Coastal Research`). A name holding one is
 * not read as a person's, though it need not be an organisation's.
 */
const THING_WORDS = new RegExp(
  `^(?:${[
    'Journal',
    'Review',
    'Magazine',
    'Gazette',
    'Herald',
    'Tribune',
    'Chronicle',
    'Daily',
    'Weekly',
    'Quarterly',
    'Bulletin',
    'Observer',
    'Telegraph',
    'Mail',
    'Express',
    'Blog',
    'Wiki',
    'Media',
    'Research',
    'Studies',
    'Statistics',
    'Rights',
    'Policy',
    'Data',
    'Health',
    'Affairs',
    'Development',
    'Science',
    'Sciences',
    'Digital',
    'Global',
    'Online',
    'Open',
    'Social',
    'Public',
    'Human',
    'Report',
    'Project',
    'Archive',
  ].join('|')})$`,
);

/** Lower-case words that occur in persons' names (particles, `et al.`, roles), not in an organisation's. */
export const PERSON_NAME_WORDS: ReadonlySet<string> = new Set([
  'and',
  'van',
  'von',
  'der',
  'den',
  'del',
  'della',
  'dos',
  'das',
  'ter',
  'ten',
  'bin',
  'binti',
  'ibn',
  'eds',
  'trans',
  'others',
]);

export function isOrganisation(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (ORGANISATION_WORDS.test(text) || FOREIGN_BODY_WORDS.test(text) || LEGAL_FORM.test(text) || /&/.test(text))
    return true;
  // `UN Secretary-General`, `US Congress`: a state's or an international body's acronym first.
  if (words.length > 1 && BODY_ACRONYM.test(words[0])) return true;
  // `Shore Electricity Networks (SEN)`: an acronym given after the name.
  if (/\(\p{Lu}{2,}\)/u.test(text)) return true;
  // Persons' names have no lower-case words but their particles; `Friends of the Earth` and
  // `Shore History working group` do. A name in lower case throughout (`danah boyd`) is a person's.
  if (/,/.test(text) || !words.some((word) => /^\p{Lu}/u.test(word))) return false;
  // `Sailors Without Harbours`, `Women's Harbour Watch`: a capitalised linking word or a possessive.
  if (
    words.length > 1 &&
    words.some((word, index) => (index > 0 && CAPITAL_LINK_WORD.test(word)) || POSSESSIVE.test(word))
  )
    return true;
  return words.some(
    (word, index) =>
      index > 0 &&
      (/^(?:of|for|the|on|in)$/.test(word) || (/^\p{Ll}{3,}$/u.test(word) && !PERSON_NAME_WORDS.has(word))),
  );
}

/** Lower-case particles inside a person's name (`Quill van der Molenhoek`, `Laura de Mello e Souza`). */
const NAME_PARTICLE =
  /^(?:de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|ten|op|ibn|al|el|bin|binti|e|y|zu)$/;
/** Capitalised linking words inside a body's name (`Sailors Without Harbours`, `Friends Of The Quay`), never a person's. */
const CAPITAL_LINK_WORD = /^(?:Without|With|Of|For|The|And|In|On|At|By|To|From|Against|Beyond|Across|Under|Over)$/;
/** A possessive (`Sailors' Rest`, `Women's Harbour`): a thing's or a body's name, never a person's. */
const POSSESSIVE = /^\p{L}{2,}(?:['’]s|s['’])$/u;
/**
 * The acronyms of states and of international and intergovernmental bodies, which open a body's name (`UN
 * Secretary-General`, `US Congress`, `EU Commission`, `UNESCO Expert Meeting`), never a person's: without them such
 * a name read as a person's initials and family name (`Secretary-General, UN`).
 */
const BODY_ACRONYM =
  /^(?:UN|US|USA|UK|EU|EC|AU|OAS|OSCE|OECD|NATO|ASEAN|UNESCO|UNICEF|UNHCR|UNDP|UNEP|WHO|WTO|IMF|ILO|ICC|ICJ|ICRC|ICTY|ICTR|ECHR|ECtHR|CJEU)$/;
/** Words that open a phrase, never a person's name (`The Shore Trust`). */
const OPENING_WORD = /^(?:The|A|An|Of|For|On|In|At|By|To|From|See|And|With|Our|My|This|These)$/;

/**
 * One person's name in note order: `Ann Lee`, `John K Ousterhout`, `A. B. Lee`, `Bo T. Chen Jr.`,
 * `Quill van der Molenhoek`, `danah boyd`. Two to six words, the last a capitalised word (not an
 * initial), no word of an organisation's or a thing's (`Harbour Watch`, `Shore Gazette`), unless the
 * name's shape is a person's (`Ann D. Royal`: an initial before the family name).
 */
export function isPersonName(text: string): boolean {
  // `Virtová` may be written with a combining accent.
  const words = text
    .normalize('NFC')
    .trim()
    .replace(/,?\s+(?:Jr\.?|Sr\.?|III?|IV)$/, '')
    .split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (words.length <= 3 && words.every((word) => /^\p{Ll}[\p{Ll}'’-]+$/u.test(word))) return true;
  const last = words.at(-1)!;
  if (!/^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(last) || OPENING_WORD.test(words[0]) || BODY_ACRONYM.test(words[0]))
    return false;
  if (words.some((word, index) => (index > 0 && CAPITAL_LINK_WORD.test(word)) || POSSESSIVE.test(word))) return false;
  const initial = (word: string) => /^(?:\p{Lu}\.?-?){1,3}$/u.test(word) || /^(?:\p{Lu}\.\s*)+$/u.test(word);
  let particles = 0;
  let full = 0;
  for (const [index, word] of words.entries()) {
    if (NAME_PARTICLE.test(word) && index > 0 && index < words.length - 1) particles++;
    else if (initial(word) && index < words.length - 1) continue;
    else if (/^\p{Lu}[\p{L}'’-]*\p{L}$/u.test(word)) full++;
    else return false;
  }
  if (!particles && full > 4) return false;
  const before = words.slice(0, -1).join(' ');
  const named = ORGANISATION_WORDS.test(before) || words.some((word) => THING_WORDS.test(word));
  const personShape = /(?:^|\s)\p{Lu}\.$/u.test(before);
  return !named && (!ORGANISATION_WORDS.test(last) || personShape);
}

/** `Ann Lee et al.`, `Ann Lee and Bo Chen, eds.`: persons' names in note order, and nothing else. */
export function isPersonList(text: string): boolean {
  const names = collapse(text)
    .replace(/[\s,]+$/, '')
    .replace(/,?\s*(?:\b(?:eds?\.?|editors?)|\(eds?\.?\)|\bet al\.?|and others)$/, '')
    .replace(/[\s,]+$/, '');
  return personList(names) !== undefined;
}

/**
 * The words joining the last of a list of names: `and`, `&`, `with`, and as French and German notes write it, `et`
 * and `und` (`Ann Lee et Bo Chen`; `et al.` is no name).
 */
const NAME_JOIN = /\s*,\s*(?:(?:and|&|et(?!\s+al\b)|und)\s+)?|\s+(?:and|&|with|et(?!\s+al\b)|und)\s+/;

/** `Ann Lee, Bo Chen and Dara Eze`, `Ann Lee with Bo Chen`: every part a person's name in note order, or undefined. */
function personList(text: string): string[] | undefined {
  const parts = text
    .split(NAME_JOIN)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length && parts.every(isPersonName) ? parts : undefined;
}

/**
 * Names in note order: `Kester Underhay, Emrys Quarrington, and R. Gallowglass`,
 * `Quill van der Molenhoek`, `Northfield Policy Institute`, `Ann Lee et al.`, `…, eds.`.
 */
export function parseNoteNames(block: string): ParsedNames {
  let text = trimName(block).replace(/[\s,]+$/, '');
  let editors = false;
  let translators = false;
  let etAl = false;
  text = text.replace(ROLE, (role: string) => {
    if (/\bed|\bcomp/i.test(role)) editors = true;
    else translators = true;
    return '';
  });
  text = text.replace(/,?\s*\b(?:et al\.?|and others)$/, () => {
    etAl = true;
    return '';
  });
  text = trimName(text)
    .replace(/[\s,]+$/, '')
    .replace(/^(?:edited|compiled)\s+by\s+/i, () => {
      editors = true;
      return '';
    });
  // `Starting with: Ann Lee,`: the author's words before a colon, then the names.
  const lead = /^\p{Lu}[^:]*?\s\p{Ll}[^:]*:\s+(.+)$/u.exec(text);
  if (lead && personList(lead[1])) text = lead[1];
  text = ownersOfWork(text);
  // `Ann Lee, comment on Bo Chen, “Tides,” …` (Chicago 14.209): the comment's writer; the post's author is no author.
  text = text.replace(/,\s*(?:comment|reply|response)\s+(?:on|to)\s+.*$/i, '');
  if (!text) return { names: [], editors, etAl, ...(translators ? { translators } : {}) };
  // `Ann Lee, Jr.,`: the suffix stays with its name.
  text = text.replace(/,\s*((?:Jr|Sr)\.?|II|III|IV)(?=\s*(?:,|$|\s(?:and|&)\s))/g, ' $1');
  const persons = personList(text);
  if (persons) return { names: persons.map(uninvertedName), editors, etAl, ...(translators ? { translators } : {}) };
  const pairs = invertedPairs(text);
  if (pairs) return { names: pairs, editors, etAl, ...(translators ? { translators } : {}) };
  const mixed = personsAndOrganisations(text);
  if (mixed) return { names: mixed, editors, etAl, ...(translators ? { translators } : {}) };
  if (fieldsJoined(text)) return { names: [{ literal: text }], editors, etAl, ...(translators ? { translators } : {}) };
  // `A. Lee & B. Chen`: an ampersand between persons' initialled names, not a firm's.
  const initialled =
    /^(?:\p{Lu}\.\s*)+[\p{L}'’-]+(?:\s*[,&]\s*(?:\p{Lu}\.\s*)+[\p{L}'’-]+)+$/u.test(text) || personsJoined(text);
  if (isOrganisation(text) && !initialled && !/,\s*(?:and\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text))
    return { names: [{ literal: text }], editors, etAl, ...(translators ? { translators } : {}) };
  const parts = text
    .split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  // `Ashdown, Orrin, and Bo Chen`: the first name inverted, as in a bibliography.
  // (`Lee and Bo Chen`: a family name and `and` are two names; a bibliography inverts with a comma.)
  const inverted =
    parts.length >= 2 &&
    /^\s*,/.test(text.slice(text.indexOf(parts[0]) + parts[0].length)) &&
    (!/\s/.test(parts[0]) || PARTICLE.test(parts[0]) || CAPITAL_PARTICLE_FIRST.test(`${parts[0]},`)) &&
    /^\p{Lu}/u.test(parts[1]) &&
    !isOrganisation(parts[1]);
  const rest = inverted ? parts.slice(2) : parts;
  const names: CslName[] = inverted ? [invertedPerson(parts[0], parts[1])] : [];
  for (const part of rest) {
    if (isOrganisation(part)) names.push({ literal: part });
    // `SHA, ‘Title’`: a word in capitals alone is a body's acronym, not a person's family name.
    else if (!part.includes(' ')) names.push(/^\p{Lu}{2,}$/u.test(part) ? { literal: part } : { family: part });
    else names.push(uninvertedName(part));
  }
  return { names, editors, etAl, ...(translators ? { translators } : {}) };
}

/**
 * `Ann Lee's *Tides*`, `Bo Chen and Ann Lee's *Tides*`, `Quaywiki's "Tides"`, `Ann Lee in *Tides*`: the author's
 * sentence names a work by its owners' possessive or by their names and `in`, neither a part of their names. Taken off
 * where what is left is persons' names in note order, or for a possessive a single capitalised word (a family name
 * alone, a body's or a site's name); a body's name that holds a possessive (`Women's Harbour Watch`) does not end
 * with it.
 */
function ownersOfWork(text: string): string {
  const within = /^(.*\p{L})\s+in$/u.exec(text);
  if (within) return personList(within[1]) ? within[1] : text;
  const owner = /^(.*\p{L})(['’]s|(?<=s)['’])$/u.exec(text);
  if (!owner) return text;
  // `Hughes' *Tables*`: the bare apostrophe after an `s` only for a person's name (`Sailors'` is a word).
  const word = owner[2].length > 1 && /^\p{Lu}[\p{L}\d.-]*\p{L}$/u.test(owner[1]);
  return personList(owner[1]) || word ? owner[1] : text;
}

/**
 * `Ann Lee and Harbour Authority Ireland`, `Shore Trust and Bo Chen`, `Ann Lee and Institute for Tides and
 * Harbours` (the organisation's own `and` kept in its name): persons in note order and organisations
 * as co-authors, each part whole (the organisation a literal name, never `Ireland, Harbour Authority`). Every
 * part must be one or the other, and both kinds must be there: `Ministry of Trade and Industry` stays one name.
 */
/**
 * A person, then organisations, joined as co-authors (`Ann Lee and Institute for Tides and Harbours`), as below: no
 * lower-case word but the linking words of a body's name (`and`, `of`, `for`, `the`), so no prose.
 */
export function isJointAuthorship(text: string): boolean {
  const names = text.trim().replace(/[\s,]+$/, '');
  const found = personsAndOrganisations(names);
  return (
    found !== undefined &&
    !found[0].literal &&
    names.split(/\s+/).every((word) => /^\p{Lu}/u.test(word) || /^(?:and|&|of|for|the|on|in)$/.test(word))
  );
}

function personsAndOrganisations(text: string): CslName[] | undefined {
  const parts = text
    .split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  const organisation = (part: string) => /\s/.test(part) && isOrganisation(part) && !isPersonName(part);
  // `Ann Lee and Institute for Tides and Harbours`: the organisation last, its own name holding `and`.
  for (const joint of text.matchAll(/\s+(?:and|&)\s+(?=\p{Lu})/gu)) {
    const before = personList(text.slice(0, joint.index));
    const body = text.slice(joint.index + joint[0].length);
    const opening = body.split(/\s+(?:and|&)\s+/)[0];
    if (before && organisation(body) && !isPersonName(opening) && /\s(?:of|for|on)\s/.test(opening))
      return [...before.map(uninvertedName), { literal: body }];
  }
  if (parts.length < 2 || !parts.some(isPersonName) || !parts.some(organisation)) return undefined;
  if (!parts.every((part) => isPersonName(part) || organisation(part))) return undefined;
  return parts.map((part) => (organisation(part) ? { literal: part } : uninvertedName(part)));
}

/**
 * `Marine and Coastal Affairs`: one capitalised word joined by `and` to words that are no person's name (`Coastal
 * Affairs`), a body named by the two fields it keeps, never a family name alone and then a person's.
 */
function fieldsJoined(text: string): boolean {
  const joined = /^\p{Lu}[\p{Ll}'’-]+\s+and\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,4})$/u.exec(text);
  return joined !== null && !isPersonName(joined[1]);
}

/** `Lee, Ann, Chen, Bo, and Eze, Dara`, `Lee, A., Chen, B., & Eze, D.`: every name inverted, family and given in turn. */
function invertedPairs(text: string): CslName[] | undefined {
  const parts = text
    .split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  const family = /^(?:(?:de|da|del|della|di|du|la|le|van|von|der|den|ter|ten)\s+)*\p{Lu}[\p{L}'’-]+$/u;
  const given = /^(?:\p{Lu}[\p{L}'’-]*\.?|(?:\p{Lu}\.\s*)+)$/u;
  // `and` opens the last name, its family and given name after it (`…, and Eze, Dara`), never a given name alone.
  if (/(?:^|\s)(?:and|&)\s+[^,]*$/.test(text)) return undefined;
  if (parts.length < 4 || parts.length % 2 || !parts.every((part, index) => (index % 2 ? given : family).test(part)))
    return undefined;
  const names: CslName[] = [];
  for (let index = 0; index < parts.length; index += 2) names.push(person(parts[index], parts[index + 1]));
  return names;
}

/**
 * `Ann Lee & Bo T. Chen`, `Ann Lee, Bo Chen, & Dara van Eze`: persons' names (two to four capitalised words each, a
 * family name's particles besides) joined by
 * an ampersand (`Lee & Roe`, `Quay & Sons` are firms).
 */
function personsJoined(text: string): boolean {
  if (!text.includes('&')) return false;
  const parts = text.split(/\s*,\s*(?:&\s*)?|\s*&\s*/);
  const person =
    /^(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}(?:(?:de|van|von|der|den|la|le|di|da|du|del)\s+)*\p{Lu}[\p{L}'’-]+$/u;
  return parts.length > 1 && parts.every((part) => person.test(part) && !ORGANISATION_WORDS.test(part));
}

/**
 * `Gregory XIX`, `Leo XIV`, `Anne Marie II`: a regnal name, one or two given names and a numeral, no family name
 * (`Vicki L`, `Ann C` end in an initial).
 */
export const REGNAL_NAME = /^\p{Lu}\p{Ll}+(\s\p{Lu}\p{Ll}+)?\s+([IVXL]{2,}|I|V|X)$/u;

/** `R. Gallowglass`, `John K Ousterhout`, `Quill van der Molenhoek`, `Verity de la Roncière`. */
function uninvertedName(written: string): CslName {
  // (A generational suffix stops at `IV` and follows a family name, so one given name before `II` is regnal too.)
  const regnal = REGNAL_NAME.exec(written);
  if (regnal && (!/^(?:II|III|IV)$/.test(regnal[2]) || !regnal[1])) return { family: written };
  const suffix = /,?\s+(Jr\.?|Sr\.?|III?|IV)$/.exec(written);
  const name = familyAndGiven(suffix ? written.slice(0, suffix.index) : written);
  return suffix ? { ...name, suffix: suffix[1] } : name;
}

function familyAndGiven(text: string): CslName {
  const words = text.split(' ');
  if (endsGenerational(words)) return person(words.slice(-2).join(' '), words.slice(0, -2).join(' '));
  // `Clark P.`, `Lee A. B.`: a family name, then the initials with their stops (the Harvard and Vancouver order).
  const initialsLast = /^(\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+)?)((?:\s\p{Lu}\.)+)$/u.exec(text);
  if (initialsLast) return { family: initialsLast[1], given: initialsLast[2].trim() };
  let familyStart = words.length - 1;
  while (
    familyStart > 1 &&
    /^(?:de|da|del|della|di|du|la|le|van|von|der|den|ter|ten|op|ibn|al|el|bin|dos|das)$/.test(words[familyStart - 1])
  )
    familyStart--;
  // A capitalised particle after the given name belongs to the family name: `José Van Dijk` is Van Dijk.
  let capitalStart = words.length - 1;
  while (
    familyStart === words.length - 1 &&
    capitalStart > 1 &&
    /^(?:De|Da|Del|Della|Di|Du|La|Le|Van|Von|Der|Den|Ter|Ten)$/.test(words[capitalStart - 1])
  )
    capitalStart--;
  if (capitalStart < words.length - 1) {
    return { family: words.slice(capitalStart).join(' '), given: words.slice(0, capitalStart).join(' ') };
  }
  const particle = words.slice(familyStart, words.length - 1).join(' ');
  const name: CslName = { family: words[words.length - 1] };
  if (particle) name['non-dropping-particle'] = particle;
  const given = withoutHonorific(words.slice(0, familyStart).join(' '));
  if (given) name.given = given;
  return name;
}
