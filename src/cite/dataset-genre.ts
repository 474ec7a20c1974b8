/**
 * `Ann Lee, “Tide Heights at Hull, 1700–1900,” dataset, v0.2 (Shore Data Centre, 2015), doi:…`: a data set, said so
 * by its kind's word after the title (Chicago 14.257, `dataset` or `data set`, perhaps in brackets: `(dataset)`), is
 * cited as one, not as a report or a book; its publisher is the body in brackets.
 */
export const DATASET_WORD = /(?:^|[\s,.])(data\s?set)\b[,.]?|\((data\s?set)\)[,.]?/i;
