/**
 * A deterministic set of invented CSL-JSON items for the citation round trip: every name, title,
 * place and publisher is made up here from small word pools with a seeded generator, so the set is
 * the same on every run and owes nothing to any real bibliography.
 */
import { random } from './random.js';
export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  literal?: string;
}

export interface CslTestItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  editor?: CslName[];
  translator?: CslName[];
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  genre?: string;
  medium?: string;
  archive?: string;
  'archive-place'?: string;
  archive_location?: string;
  authority?: string;
  number?: string;
  section?: string;
  URL?: string;
  issued: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
}

export const ITEM_TYPES = [
  'book',
  'chapter',
  'article-journal',
  'article-newspaper',
  'article-magazine',
  'webpage',
  'post-weblog',
  'report',
  'thesis',
  'motion_picture',
  'interview',
  'manuscript',
  'legislation',
  'legal_case',
] as const;

const GIVEN = [
  'Alys',
  'Bram',
  'Corin',
  'Delphine',
  'Emrys',
  'Fenna',
  'Gideon',
  'Hester',
  'Ivo',
  'Jessamy',
  'Kester',
  'Linnea',
  'Magnus',
  'Nell',
  'Orrin',
  'Perpetua',
  'Quill',
  'Rosalind',
  'Soren',
  'Tamsin',
  'Ulric',
  'Verity',
  'Wynn',
  'Xanthe',
  'Yorick',
  'Zillah',
];
const INITIALS = ['A. J.', 'R.', 'M. K.', 'T. S.', 'E.'];
const FAMILY = [
  'Ashdown',
  'Brackwater',
  'Corrigall',
  'Dunmarrow',
  'Elphinstane',
  'Fairweather',
  'Gallowglass',
  'Hartigan',
  'Inchbold',
  'Jolliffe',
  'Kettleby',
  'Lowenthorpe',
  'Marchbanks',
  'Nethercott',
  'Ormerod',
  'Penhaligon',
  'Quarrington',
  'Rushworth',
  'Sallowfield',
  'Thistlewood',
  'Underhay',
  'Vellacott',
  'Wetherall',
  'Yelverton',
];
const PARTICLED = [
  ['de', 'Vrieland'],
  ['van', 'Oosterbeek'],
  ['von', 'Harrach-Lenz'],
  ['van der', 'Molenhoek'],
  ['di', 'Castelvero'],
  ['de la', 'Roncière'],
];
const ORGANISATIONS = [
  'Northfield Policy Institute',
  'Council for Coastal Research',
  'Ministry of Inland Waters',
  'Harbour Labour Observatory',
  'Society for Upland Studies',
  'Centre for Civic Archives',
];
const ADJECTIVES = [
  'Hidden',
  'Coastal',
  'Silent',
  'Northern',
  'Broken',
  'Common',
  'Unfinished',
  'Quiet',
  'Distant',
  'Rural',
  'Civic',
  'Moving',
];
const NOUNS = [
  'Harbours',
  'Ledgers',
  'Bridges',
  'Colour',
  'Labour',
  'Theatre',
  'Borders',
  'Memory',
  'Orchards',
  'Lanterns',
  'Railways',
  'Parishes',
  'Markets',
  'Songs',
  'Mills',
  'Archives',
];
const SUBJECTS = ['Trade', 'Kinship', 'Faith', 'Law', 'Weather', 'Printing', 'Schooling', 'Music', 'Medicine', 'Salt'];
const REGIONS = [
  'the Upper Vale',
  'Lowmarsh',
  'the Western Fells',
  'Port Ellery',
  'the Amber Coast',
  'Greyhaven',
  'the Saltings',
];
const CITIES = ['London', 'Oxford', 'New York', 'Chicago', 'Toronto', 'Edinburgh', 'Marrowby', 'Kingsbridge'];
const PUBLISHERS = [
  'Harrowgate Press',
  'University of Norland Press',
  'Brightwater Books',
  'Fellside Academic',
  'Quayside Publishing',
  'Lantern House',
];
const JOURNALS = [
  'Journal of Maritime Letters',
  'Review of Provincial History',
  'Quarterly of Civic Studies',
  'Northern Archive Review',
  'Studies in Rural Labour',
];
const NEWSPAPERS = [
  'The Morning Lantern',
  'Greyhaven Courier',
  'The Evening Ledger',
  'Coastal Herald',
  'The Daily Quill',
];
const MAGAZINES = ['Upland Monthly', 'The Civic Review', 'Harbour Life', 'The Weekly Gazetteer'];
const SITES = ['Fellwalker Notes', 'Archive Lantern', 'Civic Matters Online', 'The Salt Road Blog'];
const HOSTS = ['example.org', 'example.net', 'example.com'];
const UNIVERSITIES = ['University of Norland', 'Marrowby University', 'Kingsbridge College'];
const ARCHIVES = ['Greyhaven Record Office', 'Norland County Archives', 'Library of the Upper Vale'];
const COURTS = ['Supreme Court', 'Court of Appeal', 'High Court'];
const GENRES_INTERVIEW = ['Interview by', 'Interview with'];

export function generateItems(count = 308, seed = 11): CslTestItem[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const chance = (p: number) => next() < p;
  const int = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));

  const person = (): CslName => {
    const roll = next();
    if (roll < 0.15) {
      const [particle, family] = pick(PARTICLED);
      return { family, given: pick(GIVEN), 'non-dropping-particle': particle };
    }
    if (roll < 0.25) return { family: pick(FAMILY), given: pick(INITIALS) };
    return { family: pick(FAMILY), given: pick(GIVEN) };
  };
  const people = (max: number): CslName[] => {
    const count = chance(0.55) ? 1 : int(2, max);
    const list: CslName[] = [];
    while (list.length < count) {
      const name = person();
      if (!list.some((other) => other.family === name.family)) list.push(name);
    }
    return list;
  };
  const title = (subtitle = chance(0.5)): string => {
    const shape = int(0, 3);
    const main =
      shape === 0
        ? `The ${pick(ADJECTIVES)} ${pick(NOUNS)}`
        : shape === 1
          ? `${pick(NOUNS)} and ${pick(NOUNS)} in ${pick(REGIONS)}`
          : shape === 2
            ? `${pick(SUBJECTS)} among the ${pick(NOUNS)}`
            : `${pick(ADJECTIVES)} ${pick(SUBJECTS)}`;
    if (!subtitle) return main;
    const from = int(1600, 1950);
    return `${main}: ${pick([`${pick(SUBJECTS)} and ${pick(SUBJECTS)} in ${pick(REGIONS)}`, `A History of ${pick(NOUNS)}, ${from}–${from + int(10, 80)}`, `${pick(ADJECTIVES)} ${pick(NOUNS)}`])}`;
  };
  const year = () => int(1965, 2023);
  const day = () => [year(), int(1, 12), int(1, 28)];
  const pages = () => {
    const start = int(3, 400);
    return `${start}–${start + int(5, 40)}`;
  };
  const url = (id: string) =>
    `https://www.${pick(HOSTS)}/${pick(['articles', 'news', 'notes', 'reports'])}/${id}-${int(100, 999)}`;

  const items: CslTestItem[] = [];
  for (let index = 0; index < count; index++) {
    const type = ITEM_TYPES[index % ITEM_TYPES.length];
    const id = `item${index + 1}`;
    const base = { id, type } as CslTestItem;
    let item: CslTestItem;
    switch (type) {
      case 'book': {
        item = {
          ...base,
          title: title(),
          issued: { 'date-parts': [[year()]] },
          publisher: pick(PUBLISHERS),
          'publisher-place': pick(CITIES),
        };
        if (chance(0.2)) item.editor = people(3);
        else item.author = people(4);
        if (chance(0.15)) item.translator = [person()];
        break;
      }
      case 'chapter': {
        item = {
          ...base,
          title: title(chance(0.3)),
          author: people(3),
          'container-title': title(),
          editor: people(3),
          publisher: pick(PUBLISHERS),
          'publisher-place': pick(CITIES),
          page: pages(),
          issued: { 'date-parts': [[year()]] },
        };
        break;
      }
      case 'article-journal': {
        item = {
          ...base,
          title: title(),
          author: people(4),
          'container-title': pick(JOURNALS),
          volume: String(int(1, 60)),
          page: pages(),
          issued: { 'date-parts': [[year()]] },
        };
        if (chance(0.7)) item.issue = String(int(1, 4));
        if (chance(0.3)) item.URL = url(id);
        break;
      }
      case 'article-newspaper':
      case 'article-magazine': {
        item = {
          ...base,
          title: title(chance(0.3)),
          'container-title': pick(type === 'article-newspaper' ? NEWSPAPERS : MAGAZINES),
          issued: { 'date-parts': [type === 'article-magazine' && chance(0.4) ? [year(), int(1, 12)] : day()] },
        };
        if (chance(0.85)) item.author = people(2);
        if (chance(0.5)) item.URL = url(id);
        break;
      }
      case 'webpage':
      case 'post-weblog': {
        item = {
          ...base,
          title: title(chance(0.3)),
          'container-title': pick(SITES),
          issued: { 'date-parts': [day()] },
          URL: url(id),
        };
        if (chance(0.7)) item.author = people(2);
        break;
      }
      case 'report': {
        const organisation = chance(0.5);
        item = {
          ...base,
          title: title(),
          author: organisation ? [{ literal: pick(ORGANISATIONS) }] : people(3),
          publisher: pick(ORGANISATIONS),
          'publisher-place': pick(CITIES),
          issued: { 'date-parts': [[year()]] },
        };
        if (chance(0.4)) item.URL = url(id);
        break;
      }
      case 'thesis': {
        item = {
          ...base,
          title: title(),
          author: [person()],
          genre: pick(['PhD diss.', 'MA thesis']),
          publisher: pick(UNIVERSITIES),
          issued: { 'date-parts': [[year()]] },
        };
        break;
      }
      case 'motion_picture': {
        item = {
          ...base,
          title: title(chance(0.2)),
          author: [person()],
          publisher: pick(PUBLISHERS).replace(/Press|Books|Publishing|Academic|House/, 'Films'),
          'publisher-place': pick(CITIES),
          issued: { 'date-parts': [[year()]] },
        };
        break;
      }
      case 'interview': {
        item = {
          ...base,
          title: `${pick(GENRES_INTERVIEW)} ${pick(GIVEN)} ${pick(FAMILY)}`,
          author: [person()],
          'container-title': pick(NEWSPAPERS),
          issued: { 'date-parts': [day()] },
        };
        break;
      }
      case 'manuscript': {
        item = {
          ...base,
          title: title(chance(0.2)),
          author: [person()],
          archive: pick(ARCHIVES),
          'archive-place': pick(CITIES),
          archive_location: `MS ${int(10, 999)}`,
          issued: { 'date-parts': [[int(1450, 1900)]] },
        };
        break;
      }
      case 'legislation': {
        item = { ...base, title: `${pick(ADJECTIVES)} ${pick(NOUNS)} Act`, issued: { 'date-parts': [[year()]] } };
        if (chance(0.5)) item.section = String(int(1, 40));
        break;
      }
      case 'legal_case': {
        const left = pick(FAMILY);
        let right = pick(FAMILY);
        if (right === left) right = FAMILY[(FAMILY.indexOf(left) + 1) % FAMILY.length];
        item = {
          ...base,
          title: `${left} v. ${right}`,
          authority: pick(COURTS),
          volume: String(int(1, 600)),
          'container-title': pick(['U.S.', 'F.3d', 'A.C.']),
          page: String(int(1, 900)),
          issued: { 'date-parts': [[year()]] },
        };
        break;
      }
    }
    items.push(item);
  }
  return items;
}
