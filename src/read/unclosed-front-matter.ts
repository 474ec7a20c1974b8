/**
 * A file that opens with `---` and then `key: value` lines, but where no `---` (or `...`) closes
 * them, was meant to open with front matter. It is read as CommonMark and Pandoc read it (a
 * thematic break, then the lines as text: nothing is lost), with one warning at the opening fence,
 * since the author's metadata would otherwise be printed as the chapter's first paragraph unseen.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { closeFrontMatterFence, opensFrontMatter } from './front-matter-fence.js';

const opening = /^---[ \t]*(?:\r\n|\r|\n)/;
/** A YAML mapping's first line: a bare key, a colon, then a space or the line's end. */
const keyLine = /^[A-Za-z_][\w.-]*:(?:[ \t]|$)/;

export function remarkUnclosedFrontMatter() {
  return (_tree: Root, file: VFile): void => {
    const text = String(file.value);
    const open = opening.exec(text);
    if (!open || opensFrontMatter(closeFrontMatterFence(text))) return;
    const firstLine = text.slice(open[0].length).split(/\r\n|\r|\n/, 1)[0];
    if (!keyLine.test(firstLine)) return;
    const message = file.message(
      "Unexpected end of file, expected the front matter's closing `---`; the opening" +
        ' `---` is read as a scene break and the lines after it as text',
      { place: { line: 1, column: 1 }, ruleId: 'front-matter-unclosed', source: 'folio-read' },
    );
    message.fatal = false;
  };
}
