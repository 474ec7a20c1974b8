/**
 * A word processor's autocorrect sometimes turns a typed quotation mark the wrong way (after a dash, a
 * bracket, or when the author fixed a straight mark by hand): a title opens with a closing mark
 * (`’Foreword’, in *Tides*`) or closes with an opening one (`‘Salt Roads‘, *Quay Review*`). The citation
 * parsers pair marks by their direction, so such a title is not found. This pass turns a mark whose neighbours
 * say which way it faces: a closing mark after a space or an opening bracket and before a capital letter opens
 * (not an elision such as `’90s` or `’tis`, which a lower-case letter or a digit follows); an opening mark after a
 * letter and before a space, a punctuation mark or the end closes the quotation it ends, when one is open, and so
 * does a straight mark there (`‘salt roads' is`). A quotation opening straight inside another with the same mark
 * (`‘‘Help!’ she said’`) has its own marks made straight, as the parsers read a quotation inside a title.
 * The text keeps its length, so every position still points at its character.
 */

/** A quotation opening inside another with the same mark (`‘‘Help!’ she said’`): the inner one, to its closing mark. */
const NESTED_SAME = /(?<=\u2018)\u2018([^\u2018\u2019]*?[^\s\u2018\u2019])\u2019(?![\p{L}\p{N}])/gu;

const OPENING_PLACE = /(?<=^|[\s([{\u2014\u2013])[\u2019\u201d](?=\p{Lu})/gu;

export function rightWayQuotes(text: string): string {
  if (!/[\u2019\u201d\u2018\u201c]/.test(text)) return text;
  const chars = [
    ...text
      .replace(OPENING_PLACE, (mark) => (mark === '\u2019' ? '\u2018' : '\u201c'))
      // The inner quotation's marks straight, as a keyboard leaves them, so the outer pair is the title's.
      .replace(NESTED_SAME, "'$1'"),
  ];
  let single = 0;
  let double = 0;
  /** Straight quotations open inside a curly one (`‘'Help!' she said’`): their marks are theirs. */
  let straight = 0;
  chars.forEach((char, index) => {
    const before = chars[index - 1] ?? '';
    const after = chars[index + 1] ?? '';
    const closes = /[\p{L}\p{N}.,!?]/u.test(before) && (after === '' || /[\s,.;:!?)\]]/.test(after));
    if (char === "'" && /^$|[\s([{\u2018\u201c]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) straight++;
    else if (char === "'" && straight > 0 && !/\p{L}/u.test(after)) straight--;
    else if (char === '\u2018') {
      if (single > 0 && closes) {
        chars[index] = '\u2019';
        single--;
      } else single++;
    } else if ((char === '\u2019' || char === "'") && single > 0 && !/\p{L}/u.test(after)) {
      // A straight mark ending a quotation a curly mark opened (`‘tides' is`) closes it the same way.
      if (char === "'" && closes) chars[index] = '\u2019';
      single--;
    } else if (char === '\u201c') {
      if (double > 0 && closes) {
        chars[index] = '\u201d';
        double--;
      } else double++;
    } else if ((char === '\u201d' || char === '"') && double > 0) {
      if (char === '"' && closes) chars[index] = '\u201d';
      double--;
    }
  });
  return chars.join('');
}
