/** Escaping for text and attribute values in the XML documents the EPUB is made of. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Characters XML 1.0 forbids (control characters a PDF export may leave behind); any one makes a document unreadable.
 */
const forbiddenCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function stripForbiddenCharacters(text: string): string {
  return text.replace(forbiddenCharacters, '');
}

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>';
