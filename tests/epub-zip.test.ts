/**
 * The EPUB's zip (src/emit/epub/zip.ts): read back by another zip reader, its entries are the ones
 * given, in order, with their bytes; `mimetype` first and stored; every entry dated the same.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../src/emit/epub/zip.js';

const text = (value: string) => new TextEncoder().encode(value);

describe('the EPUB zip', () => {
  const date = new Date(Date.UTC(2021, 4, 1, 13, 45, 30));
  const entries = [
    { name: 'mimetype', data: text('application/epub+zip'), store: true },
    { name: 'OEBPS/', data: new Uint8Array() },
    { name: 'OEBPS/chapter-1.xhtml', data: text('<p>Élan, naïve café — </p>'.repeat(500)) },
    { name: 'OEBPS/assets/café.png', data: Uint8Array.from({ length: 4096 }, (_, index) => (index * 7) % 256) },
  ];

  it('holds the entries in order with their bytes, dated the book’s time', async () => {
    const zip = await JSZip.loadAsync(await writeZip(entries, date));
    expect(Object.keys(zip.files)).toEqual(entries.map((entry) => entry.name));
    for (const entry of entries) {
      const read = zip.files[entry.name];
      expect(read.dir).toBe(entry.name.endsWith('/'));
      if (!read.dir) expect(await read.async('uint8array')).toEqual(entry.data);
      expect(read.date.toISOString()).toBe('2021-05-01T13:45:30.000Z');
    }
  });

  it('stores the mimetype first, uncompressed and without an extra field, as OCF asks', async () => {
    const bytes = await writeZip(entries, date);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.readUInt16LE(28)).toBe(0);
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.subarray(38, 58).toString()).toBe('application/epub+zip');
  });

  it('deflates what compresses', async () => {
    const bytes = await writeZip(entries, date);
    expect(bytes.length).toBeLessThan(entries[2].data.length / 4);
  });
});
