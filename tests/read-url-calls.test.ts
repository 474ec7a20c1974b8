/**
 * A note call right after a bare address (src/read/normalise/url-calls.ts): GFM's literal autolink takes
 * `.[^4` into the address; the reader ends the address before the call (its closing punctuation left
 * outside) and reads the call, or gives it back as text when no note of that label is written, so that
 * `check` reports it where it stands.
 */
import type { Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { expectNormalised, fixtures, readFixture } from './helpers/normalise.js';

describe('note calls after bare addresses (read-url-calls)', () => {
  it('normalises with each call outside its address', async () => {
    await expectNormalised('read-url-calls');
  });

  it('reads the links and the calls, in order, with their places', async () => {
    const book = await readFixture('read-url-calls');
    const found: string[] = [];
    visit(book.body[0].tree, (node) => {
      if (node.type === 'link') found.push(`link ${(node as Link).url} ${toString(node)}`);
      if (node.type === 'footnoteReference')
        found.push(`call ${node.identifier} ${node.position?.start.line}:${node.position?.start.column}`);
    });
    expect(found).toEqual([
      'link https://example.org/tides_2019 https://example.org/tides_2019',
      'call a 3:50',
      'link https://example.org/gauges https://example.org/gauges',
      'call b 4:27',
      'link http://www.example.net/quay www.example.net/quay',
      'call c 4:69',
      'link https://example.org/moorings https://example.org/moorings',
      'link https://example.org/tables/2019 https://example.org/tables/2019',
    ]);
  });

  it('reports a call whose note is not written, at its place', async () => {
    const { code, stdout } = await run(['check', 'input.md'], `${fixtures}/read-url-calls`);
    expect(code).toBe(1);
    expect(stdout).toContain('5:29-5:41 error Unexpected call of note unwritten with no note text');
    expect(stdout).toContain('1 chapters, 3 notes: 1 error, 0 warnings');
  });
});
