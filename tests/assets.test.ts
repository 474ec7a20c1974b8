/**
 * The asset gate (src/assets/): references resolve only inside the book's folder, after symlinks;
 * files are the type their name claims (sniffed), bounded in size; SVGs are sanitised, clean ones
 * left byte for byte. Hostile fixtures: tests/fixtures/hostile-*, with tests/fixtures/hostile-outside
 * standing for the rest of the machine.
 */
import { readFileSync } from 'node:fs';
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectAsset } from '../src/assets/load.js';
import { decodeReference } from '../src/assets/reference.js';
import { resolveAsset } from '../src/assets/resolve.js';
import { sniffFont, sniffImage } from '../src/assets/sniff.js';
import { sanitiseSvg } from '../src/assets/svg.js';
import { repoRoot } from './helpers/corpus.js';
import { temporaryFolder } from './helpers/tmp.js';

const fixtures = path.join(repoRoot, 'tests/fixtures');
const book = path.join(fixtures, 'hostile-assets');
const chapters = path.join(book, 'chapters');
const png = readFileSync(path.join(fixtures, 'hostile-outside/escaped.png'));

const tmp = temporaryFolder('folio-assets-');

describe('resolveAsset: inside the book only', () => {
  it('a relative path inside the book resolves to its real path, from the chapter folder then the book folder', () => {
    expect(resolveAsset('../images/inside.png', [chapters, book], book)).toEqual({
      kind: 'inside',
      path: path.join(book, 'images/inside.png'),
    });
    expect(resolveAsset('images/inside.png', [chapters, book], book)).toEqual({
      kind: 'inside',
      path: path.join(book, 'images/inside.png'),
    });
  });

  it('a `..` that climbs out, an absolute path, a file: URL and a symlink out are outside', () => {
    expect(resolveAsset('../../hostile-outside/secret.txt', [chapters, book], book).kind).toBe('outside');
    expect(resolveAsset('/etc/passwd', [chapters, book], book)).toEqual({ kind: 'outside', path: '/etc/passwd' });
    expect(resolveAsset('file:///etc/passwd', [chapters, book], book).kind).toBe('outside');
    expect(resolveAsset('%2Fetc%2Fpasswd', [chapters, book], book).kind).toBe('missing');
    expect(resolveAsset('..%2F..%2Fhostile-outside/secret.txt', [book], book).kind).toBe('missing');
    expect(resolveAsset('images/../../hostile-outside/escaped.png', [book], book).kind).toBe('outside');
    expect(resolveAsset('../images/escape.png', [chapters, book], book)).toEqual({
      kind: 'outside',
      path: path.join(book, 'images/escape.png'),
    });
  });

  it('a missing file inside the book is missing (the writers report it), never outside', () => {
    expect(resolveAsset('images/nowhere.png', [book], book)).toEqual({
      kind: 'missing',
      path: path.join(book, 'images/nowhere.png'),
    });
  });

  it('a book folder reached through a symlink still holds its own files', async () => {
    const link = path.join(tmp(), 'linked-book');
    await symlink(book, link);
    expect(resolveAsset('images/inside.png', [link], link)).toEqual({
      kind: 'inside',
      path: path.join(book, 'images/inside.png'),
    });
    expect(resolveAsset('images/escape.png', [link], link).kind).toBe('outside');
  });

  it('a bad percent-escape is taken literally, not thrown', () => {
    expect(decodeReference('caf%E9.png')).toBe('caf%E9.png');
    expect(decodeReference('caf%C3%A9.png')).toBe('café.png');
  });
});

describe('sniffing: the bytes decide', () => {
  it('tells PNG, JPEG, GIF, WebP and SVG apart, and refuses text', () => {
    expect(sniffImage(png)).toBe('image/png');
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(sniffImage(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('image/gif');
    expect(sniffImage(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(
      sniffImage(
        Buffer.from('\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"/>'),
      ),
    ).toBe('image/svg+xml');
    expect(sniffImage(Buffer.from('root:x:0:0:root:/root:/bin/bash\n'))).toBeUndefined();
    expect(sniffImage(Buffer.from('<html><svg></svg></html>'))).toBeUndefined();
  });

  it('fonts: TrueType, OpenType, WOFF, WOFF2', () => {
    expect(sniffFont(Buffer.from([0, 1, 0, 0, 0, 0x10]))).toBe('font/ttf');
    expect(sniffFont(Buffer.from('OTTO\0\0'))).toBe('font/otf');
    expect(sniffFont(Buffer.from('wOFF\0\0'))).toBe('font/woff');
    expect(sniffFont(Buffer.from('wOF2\0\0'))).toBe('font/woff2');
    expect(sniffFont(Buffer.from('%PDF-1.7'))).toBeUndefined();
  });

  it('inspectAsset: a name that lies, an unknown extension, a folder, a missing file, a file over 50 MB', async () => {
    expect(inspectAsset(path.join(fixtures, 'hostile-type/images/notes.png'), 'image', 'images/notes.png')).toEqual({
      ok: false,
      reason:
        'Unexpected image `images/notes.png`: named PNG but holds no recognisable data, expected a PNG, JPEG, GIF, WebP or SVG image whose content matches its name',
    });
    const jpegNamedPng = path.join(tmp(), 'photo.png');
    await writeFile(jpegNamedPng, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    expect(inspectAsset(jpegNamedPng, 'image')).toEqual({
      ok: false,
      reason:
        'Unexpected image `photo.png`: named PNG but holds JPEG data, expected a PNG, JPEG, GIF, WebP or SVG image whose content matches its name',
    });
    expect(inspectAsset(path.join(fixtures, 'hostile-outside/secret.txt'), 'image', 'secret.txt')).toEqual({
      ok: false,
      reason: 'Unexpected image `secret.txt`, expected a PNG, JPEG, GIF, WebP or SVG image',
    });
    await mkdir(path.join(tmp(), 'folder.png'));
    expect(inspectAsset(path.join(tmp(), 'folder.png'), 'image')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not a file'),
    });
    expect(inspectAsset(path.join(tmp(), 'gone.png'), 'image')).toMatchObject({
      ok: false,
      reason: 'Unexpected image `gone.png`: no such file, expected a PNG, JPEG, GIF, WebP or SVG image',
    });
    // Sparse: 51 MB on paper, nothing on disk.
    const huge = path.join(tmp(), 'huge.png');
    await writeFile(huge, png);
    await truncate(huge, 51 * 2 ** 20);
    expect(inspectAsset(huge, 'image')).toEqual({
      ok: false,
      reason: 'Unexpected image `huge.png` of 51 MB, expected at most 50 MB',
    });
    expect(inspectAsset(path.join(book, 'images/inside.png'), 'image')).toEqual({
      ok: true,
      mediaType: 'image/png',
      bytes: png.length,
    });
  });
});

describe('sanitiseSvg', () => {
  it('removes scripts, handlers, foreign objects, external references and resource-loading styles; keeps the drawing', () => {
    const { data, removed } = sanitiseSvg(readFileSync(path.join(fixtures, 'hostile-svg/images/drawing.svg')));
    const svg = Buffer.from(data).toString('utf8');
    expect(removed).toEqual([
      'event handler `onload`',
      '<script>',
      'a <style> that loads resources',
      'event handler `onclick`',
      'reference `https://tracker.invalid/tracker.png`',
      'reference `../secret.svg#shape`',
      'reference `javascript:alert(1)`',
      '<foreignObject>',
    ]);
    expect(svg).not.toMatch(/script|onload|onclick|tracker|secret|javascript|foreignObject|@import/i);
    expect(svg).toContain('viewBox="0 0 100 50"');
    expect(svg).toContain('<rect x="5" y="5" width="40" height="40" />');
    expect(svg).toContain('fill="url(#grad)"');
    expect(svg).toMatch(/<text x="50" y="45" font-size="8">Kept &(?:amp|#x26); drawn<\/text>/);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
  });

  it('drops a doctype (it could declare entities that expand without end)', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>';
    const { data, removed } = sanitiseSvg(Buffer.from(bomb));
    expect(removed).toEqual(['a doctype']);
    expect(Buffer.from(data).toString('utf8')).not.toMatch(/ENTITY|DOCTYPE/);
  });

  it("leaves a clean SVG byte for byte (the sample book's timeline)", () => {
    const timeline = readFileSync(path.join(repoRoot, 'manuscript/images/timeline.svg'));
    const { data, removed } = sanitiseSvg(timeline);
    expect(removed).toEqual([]);
    expect(Buffer.compare(Buffer.from(data), timeline)).toBe(0);
  });
});
