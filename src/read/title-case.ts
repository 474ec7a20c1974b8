const minorWords = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/**
 * Title-cases text typed in capitals (`THE PAST, PRESENT, AND FUTURE` → `The Past, Present, and Future`). Mixed case
 * is left alone.
 */
export function titleCase(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  const words = text.toLowerCase().split(/(\s+)/);
  let wordIndex = 0;
  return words
    .map((word, index) => {
      if (/^\s+$/.test(word)) return word;
      const isFirst = wordIndex++ === 0;
      const isLast = index === words.length - 1;
      const afterColon = index >= 2 && /[:.]$/.test(words[index - 2]);
      if (!isFirst && !isLast && !afterColon && minorWords.has(word.replace(/[^\p{L}]/gu, ''))) return word;
      return word
        .replace(/\p{L}/u, (letter) => letter.toUpperCase())
        .replace(/-(\p{L})/gu, (_, letter: string) => `-${letter.toUpperCase()}`);
    })
    .join('');
}
