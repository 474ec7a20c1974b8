/**
 * Quotation marks a word processor turned the wrong way (src/cite/quote-direction.ts): turned back before the
 * citation parsers pair them, the text keeping its length; marks already right, apostrophes and elisions left
 * alone. Every note here is made up.
 */
import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { rightWayQuotes } from '../src/cite/quote-direction.js';

const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`);
const item = (text: string) => parseFullCitation(rightWayQuotes(marked(text))).item;

describe('a quotation mark turned the wrong way', () => {
  it('opens a title that starts with a closing mark', () => {
    const text = 'Ann Lee, ’Foreword’, in Bo Chen (ed.), *Tides*, Hull: Quay Press, 2017, p. 11.';
    expect(rightWayQuotes(text)).toBe('Ann Lee, ‘Foreword’, in Bo Chen (ed.), *Tides*, Hull: Quay Press, 2017, p. 11.');
    expect(item(text)).toMatchObject({ type: 'chapter', title: 'Foreword', 'container-title': 'Tides' });
  });

  it('closes a title that ends with an opening mark, single or double', () => {
    expect(rightWayQuotes('Ann Lee, ‘Salt Roads‘, *Quay Review* 22 (2018): 293.')).toBe(
      'Ann Lee, ‘Salt Roads’, *Quay Review* 22 (2018): 293.',
    );
    expect(rightWayQuotes('Ann Lee, “Salt Roads,“ *Quay Review* 22 (2018): 293.')).toBe(
      'Ann Lee, “Salt Roads,” *Quay Review* 22 (2018): 293.',
    );
    expect(item('Ann Lee, ‘Salt Roads‘, *Quay Review* 22 (2018): 293.')).toMatchObject({
      type: 'article-journal',
      title: 'Salt Roads',
      'container-title': 'Quay Review',
    });
  });

  it('closes a curly quotation with the straight mark that ends it', () => {
    expect(rightWayQuotes("The notion of ‘tidal memory' is old. See Ann Lee, ‘Tides’ in *Seas*.")).toBe(
      'The notion of ‘tidal memory’ is old. See Ann Lee, ‘Tides’ in *Seas*.',
    );
  });

  it('makes straight the marks of a quotation inside a title quoted with the same mark', () => {
    const text = 'Ann Lee, ‘‘Send boats.’ Towns flood’, *Quay Times*, 30 August 2017.';
    expect(rightWayQuotes(text)).toBe("Ann Lee, ‘'Send boats.' Towns flood’, *Quay Times*, 30 August 2017.");
    expect(item(text)).toMatchObject({ title: "'Send boats.' Towns flood", 'container-title': 'Quay Times' });
  });

  it('leaves right marks, apostrophes and elisions alone, and keeps the length', () => {
    for (const text of [
      'Ann Lee, ‘Salt Roads’, *Quay Review* 22 (2018): 293.',
      'Bo O’Neil’s ‘Harbour’ of the ’90s and ’tis so.',
      'Ann Lee, “The ‘Tide’ Turns,” *Quay Review* 2 (2018).',
      "Ann Lee, 'Salt Roads', *Quay Review* 22 (2018).",
    ])
      expect(rightWayQuotes(text)).toBe(text);
    const wrong = 'Ann Lee, ’Foreword’ and ‘Salt‘, *Tides*.';
    expect(rightWayQuotes(wrong)).toHaveLength(wrong.length);
  });
});
