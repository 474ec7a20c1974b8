/**
 * The author's remark on a word, after a citation: `Lee, *Tides*, 230; "harbour-masters" is 231.` A quoted word in
 * lower case, followed by the author's lower-case words (no comma closing it as a title), is no short form: a
 * title, even in sentence style, opens with a capital.
 */
export const QUOTED_WORD_REMARK = /^[“"‘]\p{Ll}[^“”"‘’]*[”"’]\s+\p{Ll}/u;
