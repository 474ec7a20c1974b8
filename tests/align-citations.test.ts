/** The scorer's pairing of labelled citations with found ones (helpers/align-citations.ts). */
import { expect, it } from 'vitest';
import { alignCitations } from './helpers/align-citations.js';

const equal = (a: string, b: string) => Number(a === b);

it('pairs by position when every citation is found', () => {
  expect(alignCitations(['a', 'b', 'c'], ['a', 'b', 'c'], equal)).toEqual([0, 1, 2]);
});

it('leaves a missed citation unpaired instead of shifting the ones after it', () => {
  expect(alignCitations(['a', 'b', 'c'], ['a', 'c'], equal)).toEqual([0, undefined, 1]);
});

it('skips a found citation that no label has', () => {
  expect(alignCitations(['a', 'c'], ['a', 'x', 'c'], equal)).toEqual([0, 2]);
});

it('keeps order: two works found in the other order pair only once', () => {
  expect(alignCitations(['a', 'b'], ['b', 'a'], equal)).toHaveLength(2);
  expect(alignCitations(['a', 'b'], ['b', 'a'], equal).filter((pair) => pair !== undefined)).toHaveLength(1);
});

it('pairs citations that agree on nothing by position, so a wrong citation is still scored as wrong', () => {
  expect(alignCitations(['a', 'b'], ['x', 'y'], equal)).toEqual([0, 1]);
});
