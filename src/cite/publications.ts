/**
 * What kind of publication an italic name in a note is. The CSL type of an article depends on it
 * (newspaper, magazine, report, web page), which the note itself does not say. Names are compared
 * folded and without a leading "The".
 */
import { fold } from './text.js';

export type PublicationKind = 'newspaper' | 'magazine' | 'organisation' | 'website';

const NEWSPAPERS = [
  'APA',
  'Armenian Mirror-Spectator',
  'Armenian Weekly',
  'Armenpress',
  'Aravot',
  'Asbarez',
  'Asia Times',
  'Azatutyun',
  'Azernews',
  'BBC News',
  'BBC News Azerbaijan',
  'Caspian News',
  'Caucasian Knot',
  'Civilnet',
  'Daily Sabah',
  'Defense News',
  'DW',
  'Eurasianet',
  'France24',
  'Guardian',
  'Haaretz',
  'Hetq',
  'Hill',
  'JAM News',
  'Jerusalem Post',
  'Kommersant',
  'Lragir',
  'Los Angeles Times',
  'Massis Post',
  'Mediamax',
  'Meydan.tv',
  'Moscow Times',
  'National Public Radio',
  'New York Times',
  'OC Media',
  'Politico',
  'Public Radio of Armenia',
  'Regnum',
  'Reuters',
  'RFE/RL',
  'TASS',
  'Voice of America',
  'Washington Post',
];

const MAGAZINES = [
  'Barrons',
  'Economist',
  'EVN Report',
  'Forber',
  'Forbes',
  'Foreign Policy',
  'Hyperallergic',
  'Newlines Magazine',
  'Newsweek',
  'Spectator',
  'Unherd',
  'Vice News',
  'Vox',
  'Drive',
];

/** Think tanks, NGOs and institutes: what they publish is a report, and they are its publisher. */
const ORGANISATIONS = [
  'Amnesty International',
  'Carnegie Endowment for International Peace',
  'Carnegie Europe',
  'Carnegie Moscow Center',
  'Center for Insights in Survey Research',
  'Center for Strategic and International Studies',
  'Centre for Eastern Studies',
  'Chatham House',
  'Crude Accountability',
  'European Policy Centre',
  'Human Rights Watch',
  'International Crisis Group',
  'International Federation of Journalists',
  'Jamestown Foundation',
  'Reporters Without Borders',
  'Syrian Observatory for Human Rights',
];

/**
 * Sites whose names the keyword test below would take for a think tank or NGO but which publish
 * journalism or other web pages, not reports: the Pulitzer Center publishes its grantees' stories.
 */
const WEBSITES = ['Pulitzer Center'];

const key = (name: string) => fold(name).replace(/^the\s+/, '').trim();
const kinds = new Map<string, PublicationKind>([
  ...NEWSPAPERS.map((name) => [key(name), 'newspaper'] as const),
  ...MAGAZINES.map((name) => [key(name), 'magazine'] as const),
  ...ORGANISATIONS.map((name) => [key(name), 'organisation'] as const),
  ...WEBSITES.map((name) => [key(name), 'website'] as const),
]);

export function publicationKind(name: string): PublicationKind {
  const known = kinds.get(key(name));
  if (known) return known;
  if (/\b(times|post|news|herald|gazette|daily|tribune)\b/i.test(name)) return 'newspaper';
  if (/\bmagazine\b/i.test(name)) return 'magazine';
  if (/\b(institute|foundation|centre|center|watch|council|endowment|group|international)\b/i.test(name)) {
    return 'organisation';
  }
  return 'website';
}
