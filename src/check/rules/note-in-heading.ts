/**
 * A note call in a section heading is an error: Chicago (14.26) keeps note numbers off subheads,
 * and a reader meets it out of place in the contents. A call on a chapter's own title is not: an
 * anthology's source or affiliation note (often from a Word file) is called there, as Chicago
 * allows; the contents, running heads, EPUB navigation and PDF bookmarks take the title without it.
 */
import { problem, type Rule } from '../rule.js';

export const noteInHeading: Rule = {
  id: 'note-in-heading',
  description:
    "a note call inside a section heading (a chapter's own title may carry one: the" +
    ' contents and running heads take the title without it)',
  severity: 'error',
  check(_book, { calls }) {
    return calls
      .filter(
        ({ heading, division }) => heading && !(division.title !== '' && heading.data?.id === `${division.id}-title`),
      )
      .map(({ node, division }) =>
        problem(this, division.file, node, {
          unexpected: `call of note ${node.label ?? node.identifier} in a section heading`,
          expected: "calls in running text or on the chapter's title",
          hint: 'Move the call to the first sentence after the heading.',
        }),
      );
  },
};
