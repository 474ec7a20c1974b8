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
      'Unexpected --workers `17`, expected number at most 16',
    );
    expect(() => overridesFromFlags({ workers: '2.5' }, '/')).toThrow('Unexpected --workers `2.5`, expected');
    expect(() => parseConfig({ text: 'pdf:\n  workers: 17\n', file: 'folio.yaml' })).toThrow(
      'Unexpected value for `pdf.workers`, expected number at most 16',
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
