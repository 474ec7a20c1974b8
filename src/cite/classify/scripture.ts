/**
 * A reference to the Bible by book, chapter and verse (Chicago 14.238–14.241): `Deut 6:4-5`, `1 Cor 13:4–7`, `Gen
 * 3:1-24 (NRSV)`, `John 7:20-26`, `Prov 6:14, 19`. Scripture is cited by its own divisions, never by an edition a
 * bibliography lists, so such a part of a note (after its signal, if any) is the author's words: no citation, and no
 * short form that names no work (`Prov, 6:14` was one). The books are named in full or by the abbreviations of the
 * Chicago Manual (10.48–10.49) and the SBL Handbook of Style (8.3), as a closed list, like the months' names: the
 * names of the canon, not of any book cited. A verse after the chapter's colon tells them from a name and a page.
 */

/** The books of the Bible and the deuterocanonical books, in full and abbreviated (without their stops). */
const BOOKS = [
  'Genesis|Gen|Gn|Exodus|Exod|Exo|Ex|Leviticus|Lev|Lv|Numbers|Num|Nm|Nb|Deuteronomy|Deut|Dt|Joshua|Josh|Jos',
  'Judges|Judg|Jgs|Jdg|Ruth|Ru|Rth|Samuel|Sam|Sm|Kings|Kgs|Kg|Chronicles|Chron|Chr|Ezra|Ezr|Nehemiah|Neh',
  'Esther|Esth|Est|Job|Jb|Psalms|Psalm|Pss|Psa|Ps|Proverbs|Prov|Prv|Pr|Ecclesiastes|Eccles|Eccl|Qoheleth|Qoh',
  'Song\\s+of\\s+(?:Songs|Solomon)|Song|Cant|Isaiah|Isa|Is|Jeremiah|Jer|Lamentations|Lam|Ezekiel|Ezek|Ez|Daniel',
  'Dan|Dn|Hosea|Hos|Joel|Jl|Amos|Am|Obadiah|Obad|Ob|Jonah|Jon|Micah|Mic|Nahum|Nah|Habakkuk|Hab|Zephaniah|Zeph',
  'Haggai|Hag|Zechariah|Zech|Malachi|Mal|Matthew|Matt|Mt|Mark|Mk|Luke|Lk|John|Jn|Acts|Romans|Rom|Corinthians|Cor',
  'Galatians|Gal|Ephesians|Eph|Philippians|Phil|Colossians|Col|Thessalonians|Thess|Timothy|Tim|Titus|Tit|Philemon',
  'Philem|Phlm|Hebrews|Heb|James|Jas|Peter|Pet|Pt|Jude|Revelation|Rev|Rv|Tobit|Tob|Judith|Jdt|Wisdom|Wis|Sirach',
  'Sir|Baruch|Bar|Maccabees|Macc',
].join('|');
/** Verses of one chapter: `4-5`, `14, 19`, `1–3:2` (into the next chapter). */
const VERSES = String.raw`\d{1,3}(?:\s*[-–]\s*\d{1,3}(?::\d{1,3})?)?(?:,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*[a-c]?`;
/** One reference: the book (perhaps numbered: `1 Cor`, `2 Kgs`), the chapter, its colon and the verses. */
const REFERENCE = String.raw`(?:[1-4]\s?)?(?:${BOOKS})\.?\s+\d{1,3}:${VERSES}`;
/** The translation cited, after the reference: `(NRSV)`, `KJV`. */
const VERSION = String.raw`(?:,?\s*\(?(?:NRSV|RSV|NIV|KJV|ESV|NASB|NAB|NJB|JB|NEB|REB|LXX|MT|Vulg\.?)\)?)?`;
/** A further chapter of the same book: `10:12`. */
const CHAPTER = String.raw`\d{1,3}:${VERSES}`;
/** After a signal (`See`, `Cf.`), references parted by commas, semicolons or `and`, then perhaps the translation. */
const SCRIPTURE = new RegExp(
  String.raw`^(?:(?:see(?:\s+also)?|cf\.|compare|e\.g\.)[,:]?\s+)?${REFERENCE}(?:\s*(?:[,;]|and)\s*(?:${REFERENCE}|${CHAPTER}))*${VERSION}[.\s]*$`,
  'iu',
);

export function isScriptureReference(text: string): boolean {
  // (A quick test first: this runs on every part of every note.)
  return /\d:\d/.test(text) && SCRIPTURE.test(text.trim());
}
