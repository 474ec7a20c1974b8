/**
 * Lower-case words that join or belong to names and titles (`and`, `van`, `eds`, `of`): never a sign
 * of the author's prose. One list, read by the rules that tell names from sentences.
 */

export const NAME_CONNECTORS = new Set([
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
