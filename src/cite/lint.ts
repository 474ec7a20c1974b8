/**
 * Citation lint: the slips a resolution reveals, as warnings placed on the citation that shows
 * them. Nothing here changes the manuscript or the items; it only reports.
 */
import type { Position } from 'unist';
import { shortName } from './names.js';
import { placeOf } from './note-text.js';
import type { Resolution, ResolvedCitation, Work } from './resolve.js';
import { sameText } from './match.js';
import { words } from './text.js';

export type CiteRule =
  | 'short-form-unmatched'
  | 'short-form-ambiguous'
  | 'short-title-mismatch'
  | 'short-form-no-page'
  | 'ibid-ambiguous'
  | 'ibid-unresolved'
  | 'full-citation-repeated'
  | 'url-multiple-titles'
  | 'url-title-mismatch';

export interface Finding<Owner> {
  owner: Owner;
  note: number;
  place?: Position;
  ruleId: CiteRule;
  reason: string;
  hint?: string;
}

const PAGINATED = new Set(['book', 'chapter', 'article-journal', 'thesis']);

export function lintCitations<Owner>(resolution: Resolution<Owner>): Array<Finding<Owner>> {
  const findings: Array<Finding<Owner>> = [];
  const state: FullState = { firstFull: new Map(), urls: new Map() };
  const paged = pagedShortForms(resolution);
  for (const resolved of resolution.notes) {
    for (const citation of resolved.citations) {
      const report = (ruleId: CiteRule, reason: string, hint?: string) =>
        findings.push({
          owner: resolved.owner,
          note: resolved.note.number,
          place: placeOf(resolved.note, citation.segment.from, citation.segment.to),
          ruleId,
          reason,
          ...(hint ? { hint } : {}),
        });
      if (citation.form === 'full') lintFull(citation, state, resolved.note.number, resolved.owner, report);
      else lintReference(citation, report, paged.has(resolved.owner));
    }
  }
  return findings;
}

type Report = (ruleId: CiteRule, reason: string, hint?: string) => void;

function lintFull(citation: ResolvedCitation, state: FullState, noteNumber: number, owner: unknown, report: Report) {
  const work = citation.work!;
  const current = work.fullCitations.find((entry) => entry.segment === citation.segment)?.item;
  const url = typeof current?.URL === 'string' ? current.URL : undefined;
  const title = typeof current?.title === 'string' ? current.title : undefined;
  if (url && title) {
    const seen = state.urls.get(url);
    if (seen && !sameText(seen.title, title)) {
      report(
        'url-multiple-titles',
        `Unexpected title \`${title}\` for ${url}, expected \`${seen.title}\` as in note ${seen.note}`,
        'One address should name one work; check which title, or which URL, is right.',
      );
    } else if (!seen) {
      state.urls.set(url, { title, note: noteNumber });
    }
  }

  // A work's first citation in each division (an anthology's chapter) may be full again.
  let firstHere = state.firstFull.get(owner);
  if (!firstHere) state.firstFull.set(owner, (firstHere = new Map()));
  const first = firstHere.get(work);
  if (first === undefined) {
    firstHere.set(work, noteNumber);
    lintUrlAgainstTitle(url, title, report);
    return;
  }
  const original = work.fullCitations[0].item;
  const hints = ['Chicago gives the full citation once, then short forms.'];
  if (url && original.URL && url !== original.URL) hints.push(`Also, its URL differs: ${url} here, ${String(original.URL)} in note ${first}.`);
  if (title && original.title && title !== original.title) hints.push(`Also, its title differs from note ${first}: \`${title}\`.`);
  report(
    'full-citation-repeated',
    `Unexpected second full citation of ${describe(work)}, expected a short form (cited in full in note ${first})`,
    hints.join(' '),
  );
}

interface FullState {
  firstFull: Map<unknown, Map<Work, number>>;
  urls: Map<string, { title: string; note: number }>;
}

/**
 * The divisions whose short forms mostly give a page. A chapter whose short forms name whole
 * works (`Lee, ‘Tides’.`) follows its own style; a page missing among paged ones is a slip.
 */
function pagedShortForms<Owner>(resolution: Resolution<Owner>): Set<Owner> {
  const counts = new Map<Owner, { paged: number; total: number }>();
  for (const resolved of resolution.notes) {
    for (const citation of resolved.citations) {
      if (citation.form !== 'short') continue;
      const count = counts.get(resolved.owner) ?? { paged: 0, total: 0 };
      count.total++;
      if (citation.locator !== null) count.paged++;
      counts.set(resolved.owner, count);
    }
  }
  return new Set([...counts].filter(([, count]) => count.paged * 2 >= count.total).map(([owner]) => owner));
}

function lintReference(citation: ResolvedCitation, report: Report, pagedDivision = true) {
  const written = citation.segment.text.replace(/[\uE000-\uE003]/g, '').trim();
  for (const quality of citation.quality) {
    switch (quality.kind) {
      case 'unresolved':
        if (citation.form === 'ibid') {
          report('ibid-unresolved', `Unexpected \`Ibid.\` with no earlier citation, expected a citation in the previous note`);
        } else {
          report(
            'short-form-unmatched',
            `Unexpected short form \`${written}\` that matches no earlier full citation, expected a full citation before it`,
            quality.suggestion ? `Did you mean ${describe(quality.suggestion)} (note ${quality.suggestion.fullNotes[0]})?` : undefined,
          );
        }
        break;
      case 'names':
        report(
          'short-form-unmatched',
          `Unexpected name \`${quality.written.join(', ')}\` in short form, expected \`${names(citation.work!)}\` as in note ${citation.work!.fullNotes[0]}`,
          `Did you mean ${describe(citation.work!)}? Resolved to it.`,
        );
        break;
      case 'title':
        report(
          'short-title-mismatch',
          `Unexpected short title \`${quality.written}\`, expected ${quality.fit === 'case' ? 'the capitals of' : 'the words of'} the full title \`${String(citation.work!.title)}\` (note ${citation.work!.fullNotes[0]})`,
        );
        break;
      case 'ambiguous':
        report(
          'short-form-ambiguous',
          `Unexpected short form \`${written}\` without a title, expected a short title: ${quality.alternatives.length} works by ${names(citation.work!)} are cited`,
          `Resolved to the latest, ${describe(citation.work!)}.`,
        );
        break;
      case 'ibid-ambiguous':
        report(
          'ibid-ambiguous',
          `Unexpected \`Ibid.\` after note ${quality.previousNote}, which cites ${quality.alternatives.length} works, expected a short form`,
          `Resolved to the last of them, ${describe(citation.work!)}.`,
        );
        break;
      default:
        break;
    }
  }
  if (pagedDivision && citation.form === 'short' && citation.locator === null && citation.work && PAGINATED.has(citation.work.item.type)) {
    report('short-form-no-page', `Unexpected short form without a page, expected a page after \`${written}\``);
  }
}

/** A URL whose words share almost nothing with its title probably belongs to another work. */
function lintUrlAgainstTitle(url: unknown, title: unknown, report: Report) {
  if (typeof url !== 'string' || typeof title !== 'string') return;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return;
  }
  const slug = path.split('/').filter(Boolean).sort((a, b) => b.length - a.length)[0] ?? '';
  if (!slug.includes('-') || /[^\p{Script=Latin}\p{P}\p{S}\p{N}\s]|[ə]/u.test(title)) return;
  const slugWords = slug.split('-').filter((word) => /^[a-z]{4,}$/i.test(word)).map((word) => word.toLowerCase());
  if (slugWords.length < 5) return;
  const titleWords = new Set(words(title).map((word) => word.slice(0, 5)));
  const shared = slugWords.filter((word) => titleWords.has(word.slice(0, 5))).length;
  if (shared / slugWords.length < 0.2) {
    report(
      'url-title-mismatch',
      `Unexpected URL ${url} for \`${title}\`, expected an address for this title`,
      'The address names another article; check that it points to the work cited.',
    );
  }
}

function names(work: Work): string {
  return work.names.map(shortName).join(', ') || 'no author';
}

function describe(work: Work): string {
  const who = work.names.length ? `${shortName(work.names[0])}, ` : '';
  return `${who}\`${String(work.title ?? work.item.URL ?? work.id)}\``;
}
