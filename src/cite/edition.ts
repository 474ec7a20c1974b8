/**
 * A numbered or revised edition (`2nd ed.`, `fifth edition`, `rev. ed.`): a book's mark. A person's work in
 * italics with an edition is a book even when its publisher is a body that also issues reports
 * (`Ann Lee, *Tides*, 3rd ed. (Hull: Shore Institute, 1994)`).
 */
const ORDINAL = String.raw`(?:\d+(?:st|nd|rd|th|d)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|rev(?:ised|\.)?|new|expanded|enlarged)`;
const EDITION = new RegExp(String.raw`\b${ORDINAL}\s+ed(?:ition\b|n?\.)`, 'i');

export function hasEdition(details: string): boolean {
  return EDITION.test(details);
}

/**
 * The imprint's own publisher in `Quay & Fell for the Shore Trust`: the firm before `for`, who printed the book for
 * a body (whose name would otherwise make it a report).
 */
export function printingFirm(publisher: string): string {
  return publisher.replace(/\s+for\s+(?:the\s+)?\p{Lu}.*$/u, '');
}
