/**
 * A note (or part of one) that is nothing but addresses cites the pages they point to: a full citation.
 */
import { URL_CLOSE, URL_OPEN } from '../note-text.js';

export const ONLY_URLS = new RegExp(`^(?:\\s*${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}[\\s.]*)+$`);
