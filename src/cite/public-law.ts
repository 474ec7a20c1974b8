/**
 * An Act of Congress cited by its name and its public law number, as the Bluebook and Chicago (14.289) cite a
 * federal statute: `Shore Records Act of 2014, Pub. L. No. 113-187, 128 Stat. 2003, 2005 (2014)`, `US Congress,
 * Shore Records Act, Public Law 114–151, 9 May 2016, https://…`. Legislation titled by the Act's name as written;
 * a body named before it (`US Congress`) is its author; the Statutes at Large, when cited, its container (`Stat.`),
 * the page cited after the first page, or the section named, the place cited. The year is the one in brackets, else
 * the date's, else the one in the Act's name. Without this the comma-separated parts were read as a list of authors.
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { collapse, findDate, plain, trimTitle, YEAR, firstAddress } from './text.js';

/** `Pub. L. No. 113-187`, `Pub. L. 113–187`, `Public Law 114–151`, `Public Law No. 116–283`. */
const PUBLIC_LAW = /,\s*Pub(?:lic|\.)\s*L(?:aw|\.)\s*(?:No\.?\s*)?(\d+\s*[-–‑]\s*\d+)\b/;
/** The Statutes at Large after it: `128 Stat. 2003`, `128 Stat. 2003, 2005`. */
const STATUTES = /^,\s*(\d+)\s+(Stat\.)\s+(\d+)(?:,\s*(\d+(?:\s*[-–]\s*\d+)?))?/;
/** The Act's word closing its name, perhaps with its year or fiscal year (`… Act of 1992`, `… Act for Fiscal Year 2021`). */
const ACT_NAME = /\bAct\b/;
const SECTION = /\b((?:Section|Sec\.|§§?)\s*\d+[\w()]*)/;

export function parsePublicLaw(text: string): FullCitation | undefined {
  const law = PUBLIC_LAW.exec(text);
  if (!law) return undefined;
  const head = collapse(plain(text.slice(0, law.index)))
    // `Audio Home Recording Act of 1992 (Title 17 of the United States Code)`: the author's gloss is no part of the name.
    .replace(/\s*\([^()]*\)/g, '');
  if (/[“"‘]/.test(head)) return undefined;
  const parts = head.split(/,\s+/);
  const at = parts.findLastIndex((part) => ACT_NAME.test(part));
  if (at < 0 || at > 1) return undefined;
  const title = trimTitle(parts.slice(at).join(', '));
  if (!/^\p{Lu}/u.test(title)) return undefined;
  // The law's number, as a bibliography prints it (`Pub. L. No. 113-187, 128 Stat. 2003`).
  const item: WorkFields = { type: 'legislation', title, number: law[1] };
  if (at === 1) item.author = [{ literal: parts[0] }];
  const tail = text.slice(law.index + law[0].length);
  const statutes = STATUTES.exec(plain(tail));
  if (statutes) {
    item['container-title'] = statutes[2];
    item.volume = statutes[1];
    item.page = statutes[3];
  }
  const bracketed = new RegExp(String.raw`\((?:[^()]*\s)?(${YEAR})\)`).exec(plain(tail));
  const date = findDate(plain(tail));
  const named = new RegExp(`\\b(${YEAR})\\b`).exec(title);
  const year = bracketed ? Number(bracketed[1]) : date ? date.parts[0] : named ? Number(named[1]) : undefined;
  if (year) item.issued = { 'date-parts': date && !bracketed ? [date.parts] : [[year]] };
  const url = firstAddress(tail);
  if (url) item.URL = url;
  const section = SECTION.exec(plain(tail).replace(/codified\s+at.*$/i, ''));
  return { item, locator: statutes?.[4] ?? section?.[1] ?? null, etAl: false };
}
