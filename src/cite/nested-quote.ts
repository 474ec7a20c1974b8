/**
 * A quotation inside a title typed with the title's own straight double quotes, its closing quote closing both
 * (`Ann Lee, "Ports of the Coast: Evidence from Bo Chen's "Ledger," Shore History 37 (2010): 3–25.`): a straight
 * double quote opening a word while the title's is open opens the inner quotation (after a word: after a comma it
 * opens the title itself, a stray quote before the names coming first). It is written as single quotes,
 * the title's closing quote after it (`"… Bo Chen's 'Ledger,'" Shore History …`), so the title runs to its end.
 */
const NESTED = /^([^"]*(?:^|\s)"[^"]*[^"\s,;:]\s)"([^"\s][^"]*?)([,.]?)"(?=\s)([^"]*(?:"[^"]*"[^"]*)*)$/u;

export function nestStraightQuotes(text: string): string {
  return text.replace(
    NESTED,
    (_whole, before: string, inner: string, mark: string, rest: string) => `${before}'${inner}${mark}'"${rest}`,
  );
}
