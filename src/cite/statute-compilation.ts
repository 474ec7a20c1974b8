/**
 * A jurisdiction's statutes gathered in one publication (Chicago 14.288–14.290): `Revised Statutes of the State of
 * Quay (1852), 2:245–320`, `Public Statutes of Shore County (1859), 643–47, ch. 75`, `Quay Compiled Laws`, `The Code
 * of Civil Procedure of the State of Quay (1880), 419–20`. Unsigned, titled by the kind of compilation, it is
 * legislation, its volume and page the place cited; a title that only mentions one (`A Republic of Statutes`, `The
 * Politics of the Civil Code of 1866`) is a book's.
 */
export const STATUTE_COMPILATION =
  /^(?:The\s+)?(?:(?:Revised|Public|General|Compiled|Consolidated)\s+(?:Statutes|Laws)\s+of\s+(?:the\s+)?\p{Lu}|Code\s+of\s+(?:Civil|Criminal)\s+Procedure\s+of\s+(?:the\s+)?\p{Lu}|(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:Revised\s+Statutes|Compiled\s+Laws)$)/u;
