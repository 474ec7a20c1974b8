/**
 * A quoted title whose imprint names a person as its publisher (a printer or bookseller) is a book; a body
 * named there is still a report's publisher (person-publisher.ts, infer-type.ts). Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseFullCitation } from '../src/cite/parse-full.js';

const type = (text: string) => parseFullCitation(text).item.type;

describe('a publisher named as a person', () => {
  it('makes a book of a quoted title with its imprint', () => {
    expect(type('Ann Lee, “Eine Beschreibung der Häfen” (Hull: Bo Chen, 1687).')).toBe('book');
    expect(type('Ann Lee, “A Survey of the Harbours” (London: B. Dane; C. Eze, 1660), 12.')).toBe('book');
  });

  it('leaves a body named as the publisher a report’s', () => {
    expect(type('Ann Lee, “Tides at Risk” (Hull: Harbour Board, 2012).')).toBe('report');
    expect(type('Ann Lee, “Tides at Risk” (Hull: Tide Watch Institute, 2012).')).toBe('report');
  });
});
