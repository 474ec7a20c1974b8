/**
 * A web address that no URL parser can read (`http://doi:10.1234/x`, a DOI pasted after `http://`;
 * `http://example.org:page`) is a dead link in the PDF and an EPUBCheck warning in the EPUB. The author is
 * told where it is while the book is checked, instead of by a reader. Only links that name a web
 * scheme are judged; relative links and other schemes are left alone. The text is never changed.
 */
import type { Definition, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { divisions } from '../../book.js';
import type { Problem } from '../report.js';
import { problem, type Rule } from '../rule.js';

/** A link that claims to be a web address. */
const webScheme = /^https?:/i;

/** What a reader's browser and EPUBCheck cannot parse (the WHATWG URL parser both follow): a host that is no host. */
export function malformedWebAddress(url: string): boolean {
  if (!webScheme.test(url)) return false;
  try {
    return new URL(url).hostname === '';
  } catch {
    return true;
  }
}

export const linkMalformed: Rule = {
  id: 'link-malformed',
  description: 'a web address no URL parser can read (`http://doi:10.…`): a dead link in the PDF and EPUB',
  severity: 'warning',
  check(book) {
    const problems: Problem[] = [];
    for (const division of divisions(book)) {
      visit(division.tree, (node) => {
        if (node.type !== 'link' && node.type !== 'definition') return;
        const { url } = node as Link | Definition;
        if (!malformedWebAddress(url)) return;
        const doi = /^https?:\/\/doi:\s*(10\.\S+)/i.exec(url);
        problems.push(
          problem(this, division.file, node, {
            unexpected: `web address \`${url}\` that no URL parser reads`,
            expected: doi
              ? `\`https://doi.org/${doi[1]}\` for a DOI`
              : 'a host name after `//` (and a port of digits only)',
            hint: 'Correct the address in the manuscript; readers and EPUB validators reject it as it stands.',
          }),
        );
      });
    }
    return problems;
  },
};
