/**
 * One resolved config: command-line flags go through the `folio.yaml` schema and lie over the
 * manuscript's settings key by key (src/config/flags.ts, src/config/resolve.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagFor, flagOptions, overridesFromFlags } from '../src/config/flags.js';
import { parseConfig } from '../src/config/load.js';
import { resolveConfig } from '../src/config/resolve.js';

const yaml = 'title: An Invented Book\npdf:\n  workers: 2\n  trim: A5\nbibliography:\n  locale: fr-FR\n';

describe('flags as config', () => {
  it('types each flag by its key: a number, a boolean, a path from where folio runs', () => {
    const cwd = path.resolve('/tmp/somewhere');
    expect(overridesFromFlags({ workers: '3', print: true, style: 'styles/house.csl', out: 'ignored' }, cwd)).toEqual({
      pdf: { workers: 3, print: true },
      bibliography: { style: path.join(cwd, 'styles/house.csl') },
    });
    expect(overridesFromFlags({ workers: 'auto', style: 'apa' }, cwd)).toEqual({
      pdf: { workers: 'auto' },
      bibliography: { style: 'apa' },
    });
  });

  it('refuses what folio.yaml refuses, naming the flag', () => {
    expect(() => overridesFromFlags({ workers: '17' }, '/')).toThrow(
      'Unexpected --workers `17`, expected a number at most 16',
    );
    expect(() => overridesFromFlags({ workers: '2.5' }, '/')).toThrow('Unexpected --workers `2.5`, expected');
    expect(() => parseConfig({ text: 'pdf:\n  workers: 17\n', file: 'folio.yaml' })).toThrow(
      'Unexpected value for `pdf.workers`, expected a number at most 16',
    );
  });

  it('says in every schema error what is expected, in words, at the key that is wrong', () => {
    const message = (text: string) => {
      try {
        parseConfig({ text: `${text}\n`, file: 'folio.yaml' });
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    // A slip names the key meant; a key nothing is near lists the keys of its table.
    expect(message('tittle: A Book')).toBe('Unexpected config key `tittle`, expected `title`');
    expect(message('pdf: {bleeed: true}')).toBe('Unexpected config key `bleeed` in `pdf`, expected `bleed`');
    expect(message('chapters: [{file: a.md, rol: part}]')).toBe(
      'Unexpected config key `rol` in `chapters.0`, expected `role`',
    );
    expect(message('layout: post')).toMatch(
      /^Unexpected config key `layout`, expected one of `title`, `subtitle`, .*`epub`$/,
    );
    // Types as a writer says them.
    expect(message('keepGoing: yes please')).toBe('Unexpected value for `keepGoing`, expected true or false');
    expect(message('authors: Jane Roe')).toBe('Unexpected value for `authors`, expected a list');
    expect(message('pdf: {timeout: -1}')).toBe('Unexpected value for `pdf.timeout`, expected a number more than 0');
    expect(message('title: ""')).toBe('Unexpected value for `title`, expected a text of at least 1 character');
    // A `{file, role}` entry is told what its role may be, not that it could also have been a text.
    expect(message('chapters: [{file: a.md, role: prologue}]')).toMatch(
      /^Unexpected value for `chapters\.0\.role`, expected one of "halftitle", .*"contributors"$/,
    );
    expect(message('front: [{role: preface}]')).toBe(
      'Unexpected `front.0` without `file`, expected `file:` with a text',
    );
    // A year may be a number; a date says its forms.
    expect(parseConfig({ text: 'date: 2017\n', file: 'folio.yaml' }).date).toBe('2017');
    expect(parseConfig({ text: 'date: 2017-03-04\n', file: 'folio.yaml' }).date).toBe('2017-03-04');
    expect(message('date: 17')).toBe('Unexpected value for `date`, expected YYYY, YYYY-MM or YYYY-MM-DD');
    expect(message('date: the Ides of March')).toBe(
      'Unexpected value for `date`, expected YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });

  it("reads Pandoc's `bibliography:` path or list as `bibliography.files`, the other keys at their defaults", () => {
    expect(parseConfig({ text: 'bibliography: refs.json\n', file: 'folio.yaml' }).bibliography).toEqual({
      include: true,
      style: 'chicago-fullnote-bibliography',
      locale: 'en-US',
      title: 'Bibliography',
      files: ['refs.json'],
    });
    expect(parseConfig({ text: 'bibliography: [a.json, b.bib]\n', file: 'folio.yaml' }).bibliography.files).toEqual([
      'a.json',
      'b.bib',
    ]);
  });

  it('lies over the manuscript config key by key, the rest kept', () => {
    const config = parseConfig({ text: yaml, file: 'folio.yaml' });
    const resolved = resolveConfig(config, overridesFromFlags({ workers: '4', locale: 'de-DE' }, '/'));
    expect(resolved.pdf).toEqual({ ...config.pdf, workers: 4 });
    expect(resolved.pdf.trim).toBe('A5');
    expect(resolved.bibliography).toEqual({ ...config.bibliography, locale: 'de-DE' });
    expect(resolved.title).toBe('An Invented Book');
    expect(resolveConfig(config, {})).toBe(config);
  });

  it('gives commands their parseArgs options and the docs each key’s flag', () => {
    expect(flagOptions('style', 'ace')).toEqual({ style: { type: 'string', short: 's' }, ace: { type: 'boolean' } });
    expect(flagFor('pdf', 'cropMarks')).toBe('--crop-marks');
    expect(flagFor('pdf', 'trim')).toBeUndefined();
  });
});
