/**
 * A note giving an author's post and e-mail address (`Research Fellow, Shore Institute, Hull; PhD (Quay),
 * Email: ann.lee@shore.example.org`) is the author's affiliation, not a citation: it holds an e-mail address, no
 * web address and no title in quotes or italics.
 */
import { EMPHASIS_OPEN, URL_OPEN } from '../note-text.js';

const EMAIL = /(?:^|[\s:(<])(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;
const WEB_ADDRESS = /https?:\/\/|www\./i;

export function isAffiliation(text: string): boolean {
  const plainText = text.replace(new RegExp(`${URL_OPEN}mailto:`, 'g'), ' ');
  return (
    EMAIL.test(plainText) &&
    !WEB_ADDRESS.test(plainText) &&
    !plainText.includes(EMPHASIS_OPEN) &&
    !/[“‘"]\p{Lu}|(?:^|\s)'\p{Lu}[^']*'/u.test(plainText)
  );
}
