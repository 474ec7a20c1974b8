/**
 * Finds the citations in a note's text and says what each one is: a full citation, a short form,
 * Ibid., or the author's own commentary. Several citations in one note are separated by `;`.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-text.js';
import { LOCATOR, MONTH_DATE, cleanLocator, plain } from './text.js';
import { PROVISION_FIRST } from './parse-full.js';
import { SUB_VERBO } from './sub-verbo.js';

export type SegmentKind = 'full' | 'short' | 'ibid' | 'commentary';

export interface Segment {
  kind: SegmentKind;
  /** The segment's text, markers included, trimmed. */
  text: string;
  /** Offsets of `text` in the note's flattened text. */
  from: number;
  to: number;
  /** A short form only if it names a work cited before (`Lee 23.`); else the author's words (`Note 1.`). */
  weak?: boolean;
}

/** `Ibid.`, and `Idem.` used for it (the same work as the note before). */
const IBID = new RegExp(
  `^${EMPHASIS_OPEN}?\\s*(?:ibid|idem)\\.?\\s*${EMPHASIS_CLOSE}?[\\s.,]*(${LOCATOR})?[\\s.,]*$`,
  'i',
);
const TRAILING_IBID = new RegExp(`[.!?]\\s+(${EMPHASIS_OPEN}?ibid\\b.*)$`, 'i');
const ONLY_URLS = new RegExp(`^(?:\\s*${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}[\\s.]*)+$`);
/**
 * An address: a link, or one written out as text (a word processor's file keeps `https://…` unlinked,
 * where Markdown would have made it a link).
 */
const ADDRESS = new RegExp(`${URL_OPEN}|(?:^|[\\s(<:])(?:https?://|www\\.)[^\\s${URL_CLOSE}]`);
/** `de Waal, Thomas.`, `Hovannisian, Richard, ed.`, `Avodyan, L.`: a person with a given name. */
const PERSON_WITH_GIVEN = /^[\p{L}' ’-]+, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*(?:, ed)?\.(?:\s|$)/u;

export function ibidLocator(text: string): string | null | undefined {
  const match = IBID.exec(text.trim());
  if (!match) return undefined;
  return match[1] ? cleanLocator(match[1]) : null;
}

export function classifyNote(text: string): Segment[] {
  return splitCitations(text)
    .flatMap(splitQuotedIn)
    .map(dropSignal)
    .flatMap(classifySegment)
    .flatMap(splitLeadIn)
    .flatMap(splitJoined);
}

/** A lower-case word that leads into a citation inside the author's sentence: `… can be seen in Lee, *Songs*, 4.` */
const LEAD_WORD = /(?<=\s)(?:in|by|see|also|from|following|include|including|cf\.)\s+(?=[\p{Lu}\uE000“"‘])/gu;

/**
 * The author's sentence that ends in a citation with no signal of its own (`The same holds for ports,
 * as can be seen in Lee, *Songs*, 66-7.`): the sentence is commentary, the rest from the names on is
 * the citation, when that rest is the note's last sentence and opens as a citation (names, then a
 * marked title) and reads as a short form or a full citation.
 */
function splitLeadIn(segment: Segment): Segment[] {
  // A short sentence (`It is set out in Lee, “Tides.”`) may have been taken for a short form as a whole.
  const sentence = segment.kind === 'commentary' || (segment.kind === 'short' && !opensWithNames(segment.text));
  if (!sentence) return [segment];
  for (const match of segment.text.matchAll(LEAD_WORD)) {
    const at = match.index + match[0].length;
    const tail = segment.text.slice(at);
    if ([...tail.matchAll(SENTENCE_END)].length) continue;
    // `… include Ann Lee, *Salt Roads* (Hull: Quay Press, 2004), but these …`: the remark after the imprint.
    const remark = IMPRINT_THEN_REMARK.exec(tail);
    const work = remark ? tail.slice(0, remark.index + 1) : tail;
    const full = NOTE_OPENING.test(work) && looksLikeFull(work);
    if (remark && full) {
      const prose = segment.text.slice(0, match.index).trim();
      const after = tail.slice(remark.index + remark[0].length);
      return [
        { kind: 'commentary', text: prose, from: segment.from, to: segment.from + prose.length },
        { kind: 'full', text: work, from: segment.from + at, to: segment.from + at + work.length },
        { kind: 'commentary', text: after, from: segment.to - after.length, to: segment.to },
      ];
    }
    const short =
      SHORT_OPENING.test(tail) &&
      (SHORT_SENTENCE.test(tail.trim()) || /^[^,]+,\s*[.,]?$/.test(plain(withoutTitles(tail)).trim()));
    if (!full && !short) continue;
    const prose = segment.text.slice(0, match.index).trim();
    return [
      { kind: 'commentary', text: prose, from: segment.from, to: segment.from + prose.length },
      { kind: full ? 'full' : 'short', text: tail, from: segment.from + at, to: segment.to },
    ];
  }
  return [segment];
}

/** A full citation's imprint closing with its year, then the author's clause (`(Hull, 2004), but these …`). */
const IMPRINT_THEN_REMARK = /(?<=\b(?:1[5-9]|20)\d\d)\),\s+(?=(?:but|which|where|though|although|while)\s)/u;

/** A short form's opening: family names, then a marked title (`Lee, *`, `Lee and Chen, “`, `Lee et al., '`). */
const SHORT_OPENING = new RegExp(
  String.raw`^(?:(?:de|van|von|da|di|du|la|le)\s+)?\p{Lu}[\p{L}'’-]+(?:(?:,\s+|,?\s+(?:and|&)\s+)\p{Lu}[\p{L}'’-]+)*` +
    String.raw`(?:\s+et\s+al\.?)?,\s*[\uE000“"‘']`,
  'u',
);
/** Where a citation may end before `and` opens the next: a page, or a title's closing mark and its comma. */
const CITATION_END = new RegExp(String.raw`(?:(?:^|[\s,])(?:${LOCATOR})(?:\s*\(\d+\))?|[\uE001”"’'],?)$`, 'u');

/**
 * Two works joined by `and` instead of `;`: `Lee, *Songs*, 66-7 and Chen and Eze, *Rivers*, 43` or
 * `Ann Lee, “Tides,” and Bo Chen, “Rivers,” *Shore Studies* 5 (1996)`. Split where what comes before
 * ends with a page or a title and what follows opens as a citation (names, then a marked title).
 */
function splitJoined(segment: Segment): Segment[] {
  if (segment.kind !== 'full' && segment.kind !== 'short') return [segment];
  const masked = maskTitles(segment.text);
  for (const match of masked.matchAll(/,?\s+and\s+/g)) {
    const head = segment.text.slice(0, match.index);
    const tail = segment.text.slice(match.index + match[0].length);
    if (!CITATION_END.test(plain(head).trim()) || !(NOTE_OPENING.test(tail) || SHORT_OPENING.test(tail))) continue;
    if (!/[\uE000“"‘']/.test(head)) continue;
    const tailFrom = segment.from + match.index + match[0].length;
    const kindOf = (text: string): SegmentKind =>
      looksLikeFull(text) || (segment.kind === 'full' && NOTE_OPENING.test(text)) ? 'full' : 'short';
    return [
      { kind: kindOf(head), text: head, from: segment.from, to: segment.from + head.length },
      ...splitJoined({ kind: kindOf(tail), text: tail, from: tailFrom, to: segment.to }),
    ];
  }
  return [segment];
}

/**
 * A signal before a citation (`See`, `See also:`, `Cf.`, `For a critique, see`, `On *ratio*, see`, `quoted in`,
 * the `and` of `…; and Lee, *Songs*`) is the author's word, not part of the work: the citation starts after it.
 */
const SIGNAL = new RegExp(
  String.raw`^(?:[\p{Lu}](?:[^.;:“"‘\uE000]|\uE000[^\uE001]*\uE001|“[^”]*”|"[^"]*"|‘[^’]*’){0,200}?` +
    String.raw`(?:,\s*|(?<=,[”"’])\s+))?(?:(?:see(?:\s+also)?|cf\.|compare|e\.g\.),?:?` +
    String.raw`(?:\s+(?:for\s+(?:example|instance)|e\.g\.|especially|esp\.),?)?|quoted\s+in|cited\s+in` +
    String.raw`|as\s+cited\s+in|reprinted\s+in|as\s+(?:argued|noted|shown|suggested|discussed|quoted)\s+` +
    String.raw`(?:by|in))\s+(?=[\p{Lu}\uE000“"‘'])|^(?:and|with\s+reference\s+to|citing|quoting)\s+` +
    String.raw`(?=[\p{Lu}\uE000“"‘'])`,
  'iu',
);

/**
 * A title in straight single quotes (`'Open Data', 3`): the quote opens at a word's start and closes
 * before what follows a title (punctuation, `in`, italics, a bracket, a number or the end), so
 * apostrophes (`Users' View`, `world's`) stay inside it.
 */
const STRAIGHT_SINGLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])'(?=\S)(?:[^']|'(?![,.;:)\]]|\s+(?:in\s|\uE000|\(|\d)|\s*$))*'` +
    String.raw`(?=[,.;:)\]]|\s+(?:in\s|\uE000|\(|\d)|\s*$)`,
  'gu',
);

/** Titles in italics, in double or single curly quotes (apostrophes inside), in straight quotes. */
const TITLES = [
  new RegExp(`${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]*${EMPHASIS_CLOSE}`, 'g'),
  /“[^”]*”|"[^"]*"|‘(?:[^’]|’(?=\p{L}))*’/gu,
  STRAIGHT_SINGLE,
];

/** The text with quoted and italic titles blanked out. */
function withoutTitles(text: string): string {
  return TITLES.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}

/** The text with each quoted or italic title's characters replaced by `x`, so offsets still hold. */
function maskTitles(text: string): string {
  return TITLES.reduce((rest, pattern) => rest.replace(pattern, (title) => 'x'.repeat(title.length)), text);
}

function dropSignal(part: { text: string; from: number; to: number }): { text: string; from: number; to: number } {
  const signal = SIGNAL.exec(part.text);
  if (!signal || /^ibid/i.test(part.text)) return part;
  // `…, see the published version.`: a signal before the author's own words leads to no citation.
  const rest = part.text.slice(signal[0].length);
  if (/^\p{Ll}/u.test(rest) && !/^(?:ibid|(?:de|van|von|da|di|du|la|le|der|den|al|el|ibn)\s)/i.test(rest)) return part;
  return { text: part.text.slice(signal[0].length), from: part.from + signal[0].length, to: part.to };
}

/** `Lee, *Songs*, 4, quoted in Chen, *Rivers*, 9`: two works, the second the source of the quotation. */
function splitQuotedIn(part: {
  text: string;
  from: number;
  to: number;
}): Array<{ text: string; from: number; to: number }> {
  const match = /,\s+(?=(?:quoted|cited)\s+in\s)/.exec(part.text);
  if (!match || match.index === 0) return [part];
  const first = part.text.slice(0, match.index);
  const second = part.text.slice(match.index + match[0].length);
  return [
    { text: first, from: part.from, to: part.from + first.length },
    { text: second, from: part.to - second.length, to: part.to },
  ];
}

/**
 * Splits at `;` outside quotes, emphasis, brackets, parentheses and URLs: `(Leeds; York: Fell
 * Books, 1998)` names two places of one work. A parenthesis counts only when it closes later in the
 * note, so a stray `(` does not hide the rest of the note's separators.
 */
export function splitCitations(text: string): Array<{ text: string; from: number; to: number }> {
  const parts: Array<{ text: string; from: number; to: number }> = [];
  const enclosed = parenthesised(text);
  const quoted = straightQuoted(text);
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) parts.push({ text: trimmed, from: start + leading, to: start + leading + trimmed.length });
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '“' || char === '[' || char === EMPHASIS_OPEN || char === URL_OPEN) depth++;
    else if (char === '”' || char === ']' || char === EMPHASIS_CLOSE || char === URL_CLOSE)
      depth = Math.max(0, depth - 1);
    else if (char === ';' && depth === 0 && !quoted[index] && !enclosed[index]) {
      push(index);
      start = index + 1;
    }
  }
  push(text.length);
  return mergePlaces(text, parts);
}

/** `Hull: Quay Press, 2004`: a publisher's place, name and year alone. */
const PLACE_AND_PUBLISHER =
  /^\p{Lu}[\p{L}.'’-]*(?:,?\s+[\p{L}.'’-]+){0,3}:\s*[^:;“"‘\uE000]+,\s*(?:1[5-9]|20)\d\d[.,]?$/u;

/**
 * `*Salt Roads*. Leeds; New York: Quay Press, 2004`: a part that is only a place, publisher and year
 * continues the part before (a second place after a semicolon), never a citation of its own.
 */
function mergePlaces(
  text: string,
  parts: Array<{ text: string; from: number; to: number }>,
): Array<{ text: string; from: number; to: number }> {
  const merged: Array<{ text: string; from: number; to: number }> = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (previous && PLACE_AND_PUBLISHER.test(part.text) && !/[.)]$/.test(previous.text.trim())) {
      merged[merged.length - 1] = { text: text.slice(previous.from, part.to), from: previous.from, to: part.to };
    } else merged.push(part);
  }
  return merged;
}

/**
 * For each position, whether it lies inside a pair of straight double quotes: a quote that opens a
 * title (at a word's start) pairs with the next that closes one (at a word's end); an opening quote
 * never closed before the next opening one (`"Mining the Port, website, <…>; Bo Chen, "Tides," …`)
 * is a slip of the author's and hides no separator.
 */
function straightQuoted(text: string): boolean[] {
  const inside = new Array<boolean>(text.length).fill(false);
  let open: number | undefined;
  for (let index = 0; index < text.length; index++) {
    if (text[index] !== '"') continue;
    const before = text[index - 1] ?? ' ';
    const after = text[index + 1] ?? ' ';
    const opens = /[\s([\uE000\uE001'‘]/.test(before) && /\S/.test(after);
    if (open === undefined) {
      if (opens || /\S/.test(after)) open = index;
    } else if (opens && !/[\s,.;:!?)\]]/.test(after)) {
      // Another opening quote before this one closed: the first was never closed.
      open = index;
    } else {
      inside.fill(true, open, index + 1);
      open = undefined;
    }
  }
  return inside;
}

/** For each position, whether it lies inside a matched pair of parentheses. */
function parenthesised(text: string): boolean[] {
  const inside = new Array<boolean>(text.length).fill(false);
  const open: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '(') open.push(index);
    else if (text[index] === ')' && open.length) {
      const start = open.pop()!;
      if (open.length === 0) inside.fill(true, start, index + 1);
    }
  }
  return inside;
}

/**
 * `Ibid., 41. Emphasis in original.`, `Ibid., 4, citing Lee, *Songs*`: Ibid., then the author's sentence or another
 * work.
 */
const LEADING_IBID = new RegExp(
  `^(${EMPHASIS_OPEN}?\\s*ibid\\.?\\s*${EMPHASIS_CLOSE}?[\\s,]*(?:${LOCATOR})?)` +
    `(?:\\.\\s+(?=\\p{Lu})|,\\s+(?=(?:with\\s+reference\\s+to|citing|quoting)\\s))`,
  'iu',
);

/** `… the figures vary. See Lee, …`, `… the figures vary. For the ports, see Lee, …`. */
const PROSE_THEN_SIGNAL = new RegExp(
  String.raw`[.!?)]\s+(?=(?:\p{Lu}[^.;:“"‘\uE000]{0,200}?,\s*)?(?:[Ss]ee(?:\s+also)?|[Cc]f\.` +
    String.raw`|Compare)[,:]?\s+(?:(?:for\s+(?:example|instance)|especially),?\s+)?[\p{Lu}\uE000“"‘'])`,
  'u',
);

function classifySegment(part: { text: string; from: number; to: number }): Segment[] {
  const { text, from, to } = part;
  if (IBID.test(text)) return [{ kind: 'ibid', text, from, to }];
  // `The figures vary by sector. See Lee, ‘Tides’, 4.`: the author's sentences, then a signalled citation.
  const signalled = PROSE_THEN_SIGNAL.exec(text);
  if (signalled && signalled.index > 0 && !IBID.test(text.slice(0, signalled.index + 1))) {
    const prose = text.slice(0, signalled.index + 1);
    const restFrom = from + signalled.index + signalled[0].length;
    // A lead-in sentence (`For the ports, see …`) never belongs to a citation: the split is safe.
    const leadIn = !/^(?:See|Cf\.|Compare)\b/.test(text.slice(signalled.index + signalled[0].length));
    const isProse = looksLikeProse(prose) || opensWithProse(prose);
    // `*Songs* (1850), 4. See also Chen, *Rivers*, 9.`: a citation, then `See` and another citation.
    const signalledWork = dropSignal({ text: text.slice(signalled.index + signalled[0].length), from: restFrom, to });
    const twoCitations =
      (looksLikeFull(prose) ||
        SHORT_SENTENCE.test(prose.trim()) ||
        AUTHOR_PAGE.test(plain(prose).trim()) ||
        endsWithPage(prose)) &&
      (NOTE_OPENING.test(signalledWork.text) ||
        SHORT_OPENING.test(signalledWork.text) ||
        looksLikeFull(signalledWork.text));
    if (leadIn || isProse || twoCitations) {
      const before = { text: prose, from, to: from + prose.length };
      return [
        // Before the lead-in may stand a citation (`Lee, *Songs*, 4. For the ports, see …`) or prose holding one.
        ...(isProse ? (splitProse(before) ?? [{ kind: 'commentary' as const, ...before }]) : classifySegment(before)),
        ...classifySegment(dropSignal({ text: text.slice(signalled.index + signalled[0].length), from: restFrom, to })),
      ];
    }
  }
  const leading = LEADING_IBID.exec(text);
  if (leading && IBID.test(leading[1])) {
    const restFrom = from + leading[0].length;
    return [
      { kind: 'ibid', text: leading[1], from, to: from + leading[1].length },
      ...classifySegment(dropSignal({ text: text.slice(leading[0].length), from: restFrom, to })),
    ];
  }
  if (/^hereafter\b/i.test(text)) return [{ kind: 'commentary', text, from, to }];
  if (ONLY_URLS.test(text)) return [{ kind: 'full', text, from, to }];
  const quotation = QUOTATION_THEN_CITATION.exec(text);
  if (quotation && isQuotation(quotation[1])) {
    // `“The port was closed for a year.” Ann Lee, *Salt Roads* (…)`: the author quotes, then cites.
    const restFrom = from + quotation[0].length;
    return [
      { kind: 'commentary', text: quotation[1], from, to: from + quotation[1].length },
      ...classifySegment({ text: text.slice(quotation[0].length), from: restFrom, to }),
    ];
  }
  if (isQuotation(text)) return [{ kind: 'commentary', text, from, to }];
  const colon = colonLeadIn(text);
  if (colon !== undefined) {
    const prose = text.slice(0, colon).trimEnd();
    const rest = text.slice(colon).trimStart();
    return [
      { kind: 'commentary', text: prose, from, to: from + prose.length },
      ...classifySegment({ text: rest, from: to - rest.length, to }),
    ];
  }
  const remarked = shortThenRemark(part);
  if (remarked) return remarked;
  const prose = !TRAILING_IBID.test(text) && opensWithProse(text);
  if (prose && !ADDRESS.test(text)) return splitProse(part) ?? [{ kind: 'commentary', text, from, to }];
  // `Lee v. Chen, 156 F.3d at 14`, `Lee, 156 F.3d at 14`: a case's repeat cites its page `at`, never its first page.
  if (CASE_REPEAT.test(plain(text))) return [{ kind: 'short', text, from, to }];
  const leadIn = addressLeadIn(text);
  if (leadIn) {
    const prose = text.slice(0, leadIn.start).trim();
    const work = text.slice(leadIn.start, leadIn.end).trim();
    const rest = text.slice(leadIn.end);
    return [
      { kind: 'commentary', text: prose, from, to: from + prose.length },
      ...classifySegment({ text: work, from: from + leadIn.start, to: from + leadIn.start + work.length }),
      ...(rest.trim() ? classifySegment({ text: rest.trim(), from: to - rest.trim().length, to }) : []),
    ];
  }
  // The author's sentences, then a citation that gives an address.
  const afterProse = prose ? splitProse(part) : undefined;
  if (afterProse) return afterProse;
  if (looksLikeFull(text) || PROVISION_FIRST.test(text))
    return splitFullAtSentence(part) ?? [{ kind: 'full', text, from, to }];

  const trailing = TRAILING_IBID.exec(text);
  if (trailing && IBID.test(trailing[1])) {
    const split = from + trailing.index + trailing[0].indexOf(trailing[1]);
    const prose = text.slice(0, trailing.index + 1);
    return [
      { kind: 'commentary', text: prose, from, to: from + prose.length },
      { kind: 'ibid', text: trailing[1], from: split, to },
    ];
  }
  if (looksLikeProse(text)) return splitProse(part) ?? [{ kind: 'commentary', text, from, to }];
  if (looksLikeRemark(text)) return [{ kind: 'commentary', text, from, to }];
  if (!looksLikeShortForm(text)) return [{ kind: 'short', text, from, to, weak: true }];
  return [{ kind: 'short', text, from, to }];
}

/**
 * The author's sentence that introduces a citation after a colon (`Work on ports flourished in those
 * years, including: Ann Lee, *Salt Roads* (…)`): where the citation starts, when what precedes the colon
 * opens as the author's prose and what follows opens as a note's full citation (names, then a marked title).
 */
function colonLeadIn(text: string): number | undefined {
  // A colon inside a title (`“Tides: A Reply”`) introduces nothing.
  const colon = /:\s+(?=\p{Lu})/u.exec(maskTitles(text));
  if (!colon) return undefined;
  const start = colon.index + colon[0].length;
  const rest = text.slice(start);
  if (!opensWithProse(text.slice(0, colon.index)) || !NOTE_OPENING.test(rest) || !looksLikeFull(rest)) return undefined;
  return start;
}

/**
 * A short form of a work named by its title alone, its page closing the sentence (`Final Report of the
 * Board, 368–78, tit. 10.`): names or a title's capitalised words, no sentence of the author's, a number last.
 */
function endsWithPage(text: string): boolean {
  return opensWithNames(text) && !looksLikeProse(text) && /\d[a-z]?\.$/.test(plain(text).trim());
}

const CASE_REPEAT = /^[^,]+,\s*\d+\s+\p{Lu}[\p{L}.\d ]*?\s+at\s+\d+/u;

/** Names in note order: `Ann Lee`, `A. J. Eze and Bo Chen`, `Ann Lee, Bo Chen, and Dara Eze`. */
const NOTE_NAMES =
  String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}(?:(?:,\s+|,?\s+(?:and|&)\s+)\p{Lu}[\p{L}.'’-]*` +
  String.raw`(?:\s+\p{Lu}[\p{L}.'’-]*){1,4})*`;

/**
 * A note's full citation opening: `Ann Lee, “`, `A. J. Eze and Bo Chen, *` (names in note order, then a
 * title), with the editors' mark between them for an edited book (`Ann Lee and Bo Chen (eds.), *`, `…, eds., *`).
 */
const NOTE_OPENING = new RegExp(
  String.raw`^${NOTE_NAMES}(?:\s*\((?:eds?|trans)\.?\)|,\s*(?:eds?|trans)\.)?,\s*[\uE000“"‘]`,
  'u',
);

/**
 * A book whose italics were lost, in note order: names, the title's words, then the imprint with its
 * place (`Ann Lee, Salt Roads of the North (Hull: Quay Press, 2004)`). Its title may hold many
 * lower-case words (a title in another language) without being the author's sentence.
 */
const UNMARKED_BOOK = new RegExp(
  String.raw`^${NOTE_NAMES},\s+\p{Lu}(?:(?![.!?]\s)[^()]){1,250}\([^():]+:\s*[^()]*\b(?:1[5-9]|20)\d\d\)`,
  'u',
);

/**
 * Two full citations separated by a full stop instead of a semicolon: `… (Hull: Quay Press, 2004), 3.
 * Bo Chen, “Tides,” …`. Split where the sentence before holds a year and the next opens as a
 * note's citation does (names in note order, then a marked title); a bibliography-form citation
 * (`Lee, Ann. *Title*. …`) never opens that way after its own full stops.
 */
function splitFullAtSentence(part: { text: string; from: number; to: number }): Segment[] | undefined {
  const { text, from, to } = part;
  const masked = maskTitles(text);
  for (const match of text.matchAll(SENTENCE_END)) {
    // A full stop inside a title (`“Law in the U.S. Courts”`) ends no sentence.
    if (masked[match.index + match[0].trimEnd().length] === 'x') continue;
    const end = match.index + match[0].length;
    const head = text.slice(0, end).trim();
    const tail = text.slice(end);
    // The next work opens as a note's citation, or is given in a sentence of the author's with its address.
    const next =
      (NOTE_OPENING.test(tail) && looksLikeFull(tail)) ||
      UNMARKED_BOOK.test(plain(tail)) ||
      addressLeadIn(tail) !== undefined ||
      /^(?:quoted|cited)\s+in\s+\p{Lu}/iu.test(tail);
    if (!next) continue;
    // Before it: a full citation with its year, names in note order and a title (`Ann Lee, “Tides.”`), or a short form.
    const full = (/\b(?:1[5-9]|20)\d\d\b/.test(withoutTitles(head)) && looksLikeFull(head)) || NOTE_OPENING.test(head);
    // (`et al.` stops no sentence.)
    const short =
      !full &&
      SHORT_SENTENCE.test(head.replace(/\bet\s+al\./g, 'et al')) &&
      opensWithNames(head) &&
      !looksLikeProse(head);
    if (!full && !short) continue;
    return [
      { kind: full ? 'full' : 'short', text: head, from, to: from + head.length },
      ...classifySegment(dropSignal({ text: tail, from: from + end, to })),
    ];
  }
  return undefined;
}

/** A quotation that ends a sentence inside its quotes, then a note's citation (names, then a marked title). */
const QUOTATION_THEN_CITATION = new RegExp(
  String.raw`^([“"](?:[^”"]|(?<=\p{L})"(?=\p{L}))+[.!?][”"])\s+(?=${NOTE_NAMES}(?:,\s*[\uE000“"‘]|,\s+\p{Lu}))`,
  'u',
);

/**
 * A quotation of the author's sources (`“Northampton was indeed remote, as far from Boston as Hull”`):
 * the whole text in quotes, with at least five lower-case words, more than a title holds.
 */
function isQuotation(text: string): boolean {
  const quoted = /^[“"]([^”"]+)[”"][.,;]?$/.exec(text.trim());
  if (!quoted) return false;
  const inside = quoted[1].split(/\s+/);
  const lower = inside.filter((word) => /^\p{Ll}/u.test(word) && !NAME_CONNECTORS.has(word.toLowerCase()));
  return inside.length >= 8 && lower.length >= 5 && lower.length * 2 > inside.length;
}

/** The names before a title (`Ann Lee, `, `Ann Lee and Bo Chen, `) that close the author's words. */
const NAMES_BEFORE_TITLE = new RegExp(String.raw`(?:^|\s)${NOTE_NAMES},\s*$`, 'u');

/**
 * A sentence of the author's that gives a work with its address (`An annotated version appears on
 * *Maps of Shores*, <https://x.org/>.`, `The data can be obtained from <https://x.org/>.`): where the
 * work starts (its names, its marked title, or the address itself) and where its sentence ends, or
 * undefined when the text opens as a citation rather than a sentence, or has no address in its first sentence.
 */
function addressLeadIn(text: string): { start: number; end: number } | undefined {
  if (!ADDRESS.test(text) || opensWithNames(text) || !opensWithSentence(text)) return undefined;
  const masked = maskTitles(text);
  const sentence = SENTENCE_END.exec(masked);
  SENTENCE_END.lastIndex = 0;
  const first = sentence ? text.slice(0, sentence.index + 1) : text;
  const address = ADDRESS.exec(first);
  if (!address) return undefined;
  const title = /[\uE000“"‘]/.exec(first.slice(0, address.index));
  let start = title ? title.index : address.index + (/^[\s(<:]/.test(address[0]) ? 1 : 0);
  const names = NAMES_BEFORE_TITLE.exec(text.slice(0, start));
  if (names) start = names.index + (names[0].length - names[0].trimStart().length);
  const prose = text.slice(0, start);
  if (lostOpeningQuote(prose)) return undefined;
  return proseWordCount(prose) >= 3 ? { start, end: first.length } : undefined;
}

/** `Troops were killed.” *TASS*. …`: a title whose opening quote was lost (a page break), not the author's sentence. */
function lostOpeningQuote(text: string): boolean {
  return (text.match(/”/g) ?? []).length > (text.match(/“/g) ?? []).length;
}

/** Lower-case words of a run of the author's text, titles aside. */
function proseWordCount(text: string): number {
  return plain(withoutTitles(text))
    .split(/[\s,;:]+/)
    .filter((word) => /^\p{Ll}/u.test(word) && !NAME_CONNECTORS.has(word.toLowerCase())).length;
}

/** Where a sentence ends and the next opens with a capital, a quote or italics. */
const SENTENCE_END = /[.!?][”"’]{0,2}\s+(?=[\p{Lu}\uE000“"‘])/gu;
/** A short form closing a sentence: `Lee, *Songs*, 30-53.`, `Lee, “Tides,” 23.`, `Lee, 'Tides', p. 4.` */
const SHORT_SENTENCE = new RegExp(`^[^.]*?(?:${EMPHASIS_CLOSE}|[”"’'])[,.]?\\s*,?\\s*(?:${LOCATOR}|passim)\\.?$`, 'u');
/**
 * A short form, then the author's remark after its page (`Lee, *Songs*, 190––repeating his 1978 view.`,
 * `Lee, Songs, 185, again quoting himself.`): the short form, and where the remark starts.
 */
const SHORT_THEN_REMARK = new RegExp(
  `^([^.;]*?[^\\s,.;],\\s*(?:${LOCATOR}|passim))(?:\\s*(?:--|[—–]){1,2}\\s*|,\\s+)(?=\\p{Ll}[\\p{L}’']*[\\s,]+\\p{Ll})`,
  'u',
);

/** A text that opens with a short form and goes on with the author's remark: the two, or undefined. */
function shortThenRemark(part: { text: string; from: number; to: number }): Segment[] | undefined {
  const match = SHORT_THEN_REMARK.exec(part.text);
  if (!match) return undefined;
  const short = match[1];
  const bare = plain(short).trim();
  const full = NOTE_OPENING.test(short) && looksLikeFull(short);
  if (!full && !(SHORT_OPENING.test(short) && SHORT_SENTENCE.test(short)) && !UNMARKED_SHORT.test(bare))
    return undefined;
  const remark = part.text.slice(match[0].length);
  // `Ann Lee, “Tides,” *Shore Review* 5 (1996): 9-18, was the first …`: a full citation, then the remark.
  const kind = full ? 'full' : 'short';
  return [
    { kind, text: short, from: part.from, to: part.from + short.length },
    { kind: 'commentary', text: remark, from: part.from + match[0].length, to: part.to },
  ];
}

/** The author alone and the page closing a sentence: `Lee and Chen, 12, 19 and 47.` */
const AUTHOR_PAGE = new RegExp(`^\\p{Lu}[^,.;:()]{0,60},\\s*(?:${LOCATOR})\\.?$`, 'u');

/**
 * A note mixing the author's sentences with a citation that has no signal before it: `In 1640 the
 * parties were small. Ann Lee, *Salt Roads* (Hull: Quay Press, 2004), 41.` (prose, then the
 * citation), or `Lee, *Salt Roads*, 30. Again, the figures are small.` (a short form, then prose).
 * The split is made at a sentence's end, only where the citation side opens with names or a title.
 */
function splitProse(part: { text: string; from: number; to: number }): Segment[] | undefined {
  const { text, from, to } = part;
  if (lostOpeningQuote(text)) return undefined;
  const ends = [...text.matchAll(SENTENCE_END)].map((match) => match.index + match[0].length);
  // A short form first, then the author's sentences.
  const first = ends[0];
  if (first !== undefined) {
    const head = text.slice(0, first).trim();
    if (SHORT_SENTENCE.test(head) && opensWithNames(head)) {
      const rest = text.slice(first);
      return [
        { kind: 'short', text: head, from, to: from + head.length },
        ...classifySegment({ text: rest, from: from + first, to }),
      ];
    }
  }
  // A full citation, then the author's sentences (`Ann Lee, *Salt Roads* (Hull: Quay Press, 2004). The book …`).
  for (const end of ends) {
    const head = text.slice(0, end).trim();
    const tail = text.slice(end);
    if (!opensWithNames(head) || opensWithProse(head) || !looksLikeFull(head)) continue;
    if (!/\b(?:1[5-9]|20)\d\d\b/.test(withoutTitles(head)) || !opensWithSentence(tail)) continue;
    return [
      { kind: 'full', text: head, from, to: from + head.length },
      ...classifySegment({ text: tail, from: from + end, to }),
    ];
  }
  // The author's sentences, then a citation (the earliest sentence from which the rest is one).
  for (const end of ends) {
    const tail = text.slice(end);
    if (!opensWithNames(tail) || opensWithProse(tail)) continue;
    const short =
      (SHORT_SENTENCE.test(tail.trim()) ||
        AUTHOR_PAGE.test(plain(tail).trim()) ||
        UNMARKED_SHORT.test(plain(tail).trim())) &&
      !looksLikeProse(tail);
    if (!looksLikeFull(tail) && !short) continue;
    // A citation between the author's sentences (`… Lee, Origins, 186. The notice is …`): sentence by sentence.
    if (ends.some((later) => later > end && opensWithSentence(text.slice(later)))) break;
    const prose = text.slice(0, end).trim();
    const cited = { text: tail, from: from + end, to };
    return [
      { kind: 'commentary', text: prose, from, to: from + prose.length },
      ...(looksLikeFull(tail)
        ? (splitFullAtSentence(cited) ?? [{ kind: 'full' as const, ...cited }])
        : [{ kind: 'short' as const, ...cited }]),
    ];
  }
  return splitSentences(part, ends);
}

/**
 * A short form whose title lost its italics, closing a sentence: `Lee, Salt Roads, 23.`, `Lee et al., Networks
 * in the Port, 17-21.` (names, then a few capitalised words with their small words, then the page).
 */
const UNMARKED_SHORT = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’-]+(?:(?:,\s+|,?\s+(?:and|&)\s+)\p{Lu}[\p{L}'’-]+)*(?:\s+et\s+al\.?)?,\s+` +
    String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|in|on|for|to|a|an)){0,7},\s*(?:${LOCATOR})\.?$`,
  'u',
);

/**
 * A note of the author's sentences with a citation as one of them (`The notice ran for a year. Lee,
 * *Salt Roads*, 186. The price rose later.`): each sentence that is a citation by itself (names, then a
 * title or a page; or a full citation that opens with names) is one, the others are commentary.
 */
function splitSentences(part: { text: string; from: number; to: number }, ends: number[]): Segment[] | undefined {
  const { text, from } = part;
  const bounds = [0, ...ends, text.length];
  const segments: Segment[] = [];
  let cited = false;
  for (let index = 0; index + 1 < bounds.length; index++) {
    const raw = text.slice(bounds[index], bounds[index + 1]);
    const sentence = raw.trim();
    if (!sentence) continue;
    const start = from + bounds[index] + (raw.length - raw.trimStart().length);
    const piece = { text: sentence, from: start, to: start + sentence.length };
    const bare = plain(sentence);
    const citation =
      opensWithNames(sentence) &&
      !opensWithProse(sentence) &&
      !looksLikeProse(sentence) &&
      (SHORT_SENTENCE.test(sentence) || AUTHOR_PAGE.test(bare) || UNMARKED_SHORT.test(bare) || looksLikeFull(sentence));
    const remarked = citation ? undefined : shortThenRemark(piece);
    if (citation || remarked) {
      cited = true;
      segments.push(...(remarked ?? classifySegment(piece)));
    } else {
      const previous = segments.at(-1);
      if (previous?.kind === 'commentary')
        segments[segments.length - 1] = {
          ...previous,
          text: text.slice(previous.from - from, piece.to - from),
          to: piece.to,
        };
      else segments.push({ kind: 'commentary', ...piece });
    }
  }
  return cited ? segments : undefined;
}

/**
 * A citation opens with a title in quotes or italics, or with names: up to its first comma, a few
 * capitalised words (`Ann Lee`, `A. J. Eze and Bo Chen`, `Harbour Labour Observatory`).
 */
function opensWithNames(text: string): boolean {
  if (/^[\uE000“"‘]/.test(text)) return true;
  const head = /^([^,]*),/.exec(plain(text))?.[1];
  if (!head) return false;
  const tokens = head.trim().split(/\s+/);
  if (tokens.length > 8) return false;
  return tokens.every((token) => /^\p{Lu}/u.test(token) || NAME_CONNECTORS.has(token.replace(/\.$/, '').toLowerCase()));
}

/**
 * A short form names a work: a title in quotes or italics, or a name and a page separated by a
 * comma (`Lee, 23.`, `Lee and Chen, *Songs*, 4`). `Note 1.` or `Chapter 3.` has no comma: prose.
 */
function looksLikeShortForm(text: string): boolean {
  if (text.includes(EMPHASIS_OPEN) || /[“"‘]/.test(text) || withoutTitles(text) !== text) return true;
  const bare = plain(text).trim();
  if (!/,/.test(bare)) return !/\d/.test(bare) && /^\p{Lu}/u.test(bare) && bare.split(/\s+/).length <= 6;
  return /^(?:\p{Lu}|(?:de|van|von|di|da|du|la|le|der|den|al|el|ibn)\s)/u.test(bare);
}

const NAME_CONNECTORS = new Set([
  'and',
  'et',
  'al',
  'eds',
  'ed',
  'de',
  'van',
  'der',
  'von',
  'den',
  'di',
  'da',
  'du',
  'la',
  'le',
  'of',
  'the',
  'in',
  'on',
]);

/** A short remark ("See above.") rather than a short form: no title, no page, and words that are not names. */
function looksLikeRemark(text: string): boolean {
  if (text.includes(EMPHASIS_OPEN) || /[“"‘]/.test(text) || withoutTitles(text) !== text) return false;
  const bare = plain(text);
  if (/\d/.test(bare)) return false;
  return bare
    .split(/[\s,.;:]+/)
    .filter(Boolean)
    .some((word) => /^\p{Ll}/u.test(word) && !NAME_CONNECTORS.has(word.toLowerCase()));
}

function looksLikeFull(text: string): boolean {
  if (ADDRESS.test(text)) return true;
  const bare = plain(text);
  // Facts are read outside marked titles: a short title may hold a date or a colon (`*Ledgers, 1912–1972*`).
  const outsideTitles = plain(
    text
      .replace(new RegExp(`${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]*${EMPHASIS_CLOSE}|[“‘"][^”’"]*[”’"]`, 'g'), ' ')
      .replace(STRAIGHT_SINGLE, ' '),
  );
  if (MONTH_DATE.test(outsideTitles)) return true;
  // A marked title and a year outside it (`Ann Lee, *Songs*, 1970, p. 12`); a case (`Lee v. Chen, 156 F.3d 851`).
  // (A number after `p.` is a page, not a year: `Lee, ‘Tides’, p. 1150.`)
  if (outsideTitles !== bare && /(?:^|[\s,(])(?<!\bpp?\.?\s?)(?:1\d|20)\d\d(?:[\s,.)]|$)/.test(outsideTitles))
    return true;
  if (/^\S[^,]*\sv\.?\s[^,]+,\s*(?:\d+\s+\S+\s+\d+\b(?!\s*:)|\uE000)/.test(text)) return true;
  if (/\([^()]*\b(?:1\d|20)\d\d\)/.test(outsideTitles)) return true;
  if (/\b\p{Lu}[\p{L} ,]*:\s*(?:[^:]*,\s*)?(?:1[5-9]|20)\d\d\b/u.test(outsideTitles)) return true;
  // `Lee, Ann.` is a bibliography entry's name; `Lee, *The Long Road.*` a short form's title.
  if (
    PERSON_WITH_GIVEN.test(
      plain(text.replace(new RegExp(`${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]*${EMPHASIS_CLOSE}`, 'g'), '\uFFFC')),
    )
  )
    return true;
  if (CONTAINER_AFTER_TITLE.test(text) || SHELFMARK.test(bare) || SUB_VERBO.test(bare)) return true;
  return /(^|\.\s)@\w+\./.test(bare);
}

/**
 * Names in note order (a given name and a family name), a marked title, then a container's name and its
 * volume or pages (`Ann Lee, “Tides,” Shore Quarterly 53: 1119–55.`, `Ann Lee, “Tides,” Journal of Shores,
 * 1–41.`): a first citation with no year, never a short form (`Lee, “Tides,” 23.` gives no container).
 */
const CONTAINER_AFTER_TITLE = new RegExp(
  String.raw`^${NOTE_NAMES},\s*(?:“[^”]*”|"[^"]*"|‘[^’]*’|${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]*${EMPHASIS_CLOSE})[,.]?\s+` +
    String.raw`\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|the|and|for|in|on|\p{Lu}[\p{L}'’.&-]*))*,?\s+` +
    String.raw`(?:\d+\s*:\s*\d|\d+\s*[-–—]+\s*\d|\d+,\s*no\.)`,
  'u',
);

/** An archival item's repository and shelfmark with its folio: `Quay College Library MS 412, fol. 9v`. */
const SHELFMARK =
  /\b\p{Lu}[\p{L}'’-]*\s+(?:Library|Archives?|Museum|Record Office)(?:\s+\p{Lu}[\p{L}'’-]*)*,?\s+(?:Add\.\s+)?MSS?\.?\s+[\p{L}\d.]*\d/u;

/**
 * A note that opens with a sentence of the author's ("The afterword to the *Apostle* records that
 * work began on April 19, 1563") is commentary even when it mentions a title or a date: a citation
 * opens with a name, an organisation or a title, never with a run of lower-case words.
 */
function opensWithProse(text: string): boolean {
  if (UNMARKED_BOOK.test(plain(text))) return false;
  const outsideTitles = withoutTitles(text).replace(/\[[^\]]*\]/g, ' ');
  const firstSentence = plain(outsideTitles).split(/[.!?](?:\s|$)/)[0] ?? '';
  const words = firstSentence.split(/[\s,;:]+/).filter(Boolean);
  const lowerCase = words.filter((word) => /^\p{Ll}/u.test(word) && !NAME_CONNECTORS.has(word.toLowerCase()));
  return words.length > 8 && lowerCase.length >= 4;
}

/**
 * After a full citation, a sentence of the author's (`An annotated version appears on *Maps*, <…>.`):
 * its first sentence, titles aside, has at least five words, three of them in lower case and neither
 * names' particles nor locator labels.
 */
function opensWithSentence(text: string): boolean {
  const firstSentence = plain(withoutTitles(text)).split(/[.!?](?:\s|$)/)[0] ?? '';
  const words = firstSentence.split(/[\s,;:]+/).filter((word) => /\p{L}/u.test(word));
  const lower = words.filter(
    (word) =>
      /^\p{Ll}/u.test(word) &&
      !NAME_CONNECTORS.has(word.toLowerCase()) &&
      !/^(?:pp?|nn?|fols?|paras?|chaps?|ch|arts?|ll?|ed|eds|trans|vol|no)\.?$/.test(word),
  );
  return words.length >= 5 && lower.length >= 3;
}

/** The author's own remarks: a sentence, not a name or title followed by a page. */
function looksLikeProse(text: string): boolean {
  const outsideTitles = withoutTitles(text);
  // Words, not page numbers or stray commas; a sentence has lower-case words that are not names'
  // particles or locator labels (`Lee, Chen, and van der Berg, *Songs*, p. 233.` is a list of names).
  const tokens = plain(outsideTitles)
    .split(/\s+/)
    .filter((token) => /\p{L}/u.test(token));
  const lower = tokens.filter(
    (token) =>
      /^\p{Ll}/u.test(token) &&
      !NAME_CONNECTORS.has(token.replace(/[.,;:]+$/, '').toLowerCase()) &&
      !/^(?:pp?|nn?|fols?|paras?|chaps?|ch|arts?|ll?)\.?,?$/.test(token),
  );
  return tokens.length > 8 && lower.length >= 3;
}
