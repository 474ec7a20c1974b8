/**
 * A personal communication (Chicago 14.214): a message to the author, cited by who sent it, how, and when —
 * `Ann Lee, email message to author, October 1, 2019.`, `Ann Lee, telephone conversation with the author, 4 May
 * 2010.`, `Email communication between Ann Lee and the author, 23 July 2020.`, `Email from Ann Lee to the author, 4
 * May 2010.` It has no title: the sender is the author, the date `issued` (type personal_communication).
 */
import type { FullCitation } from './parse-full.js';
import { parseNoteNames } from './names.js';
import { findDate } from './text.js';

/** A person's name: capitalised words, initials, particles. */
const PERSON = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|da|del|della|di|du|van|von|der|den|le|la|\p{Lu}[\p{L}'’.-]*)){0,5}`;
/**
 * How the message came, a word or two naming its medium before the kind of exchange: `email message`, `telephone
 * conversation`, `personal communication`, `video call`.
 */
const MEDIUM = String.raw`(?:[\p{L}-]+\s+){0,2}?(?:messages?|conversations?|communications?|correspondence|exchanges?|call)`;
const AUTHOR = String.raw`(?:the\s+)?(?:present\s+)?(?:author|writer|me)`;
/** `Ann Lee, email message to author, `: the sender first. */
const SENDER_FIRST = new RegExp(
  String.raw`^(${PERSON}),\s+(?:an?\s+)?(?:e-?mail|${MEDIUM})\s+(?:to|with)\s+${AUTHOR}[,.]?\s+`,
  'iu',
);
/** `Email communication between Ann Lee and the author, `, `Email from Ann Lee to the author, `. */
const MEDIUM_FIRST = new RegExp(
  String.raw`^(?:e-?mail|${MEDIUM})\s+(?:between\s+(${PERSON})\s+and|from\s+(${PERSON})\s+to|with\s+(${PERSON})(?:,|\s+by))\s+${AUTHOR}[,.]?\s+`,
  'iu',
);

/** A word every personal communication here has: a quick test before the patterns. */
const TO_THE_AUTHOR = /\b(?:author|writer|me)\b/i;

export function parsePersonalMessage(text: string): FullCitation | undefined {
  if (!TO_THE_AUTHOR.test(text)) return undefined;
  const match = SENDER_FIRST.exec(text) ?? MEDIUM_FIRST.exec(text);
  if (!match) return undefined;
  const sender = match[1] ?? match[2] ?? match[3] ?? match[4];
  // The sender's name starts with a capital (the flags make the words around it case-blind, not the name).
  if (!sender || !/^\p{Lu}/u.test(sender)) return undefined;
  const date = findDate(text.slice(match[0].length));
  if (!date || date.index > 2) return undefined;
  const author = parseNoteNames(sender).names;
  if (!author.length) return undefined;
  return {
    item: { type: 'personal_communication', author, issued: { 'date-parts': [date.parts] } },
    locator: null,
    etAl: false,
  };
}

/**
 * Where a personal communication opening the text ends (after its date and full stop), for the classifier, which
 * reads it as a full citation and what follows on its own (`… 4 May 2010. She recalled the strike.`).
 */
export function personalMessageEnd(text: string): number | undefined {
  if (!TO_THE_AUTHOR.test(text)) return undefined;
  const match = SENDER_FIRST.exec(text) ?? MEDIUM_FIRST.exec(text);
  if (!match || !parsePersonalMessage(text)) return undefined;
  const date = findDate(text.slice(match[0].length));
  if (!date) return undefined;
  const end = match[0].length + date.index + date.length;
  return end + (/^[.,]?/.exec(text.slice(end))?.[0].length ?? 0);
}
