/**
 * Ligature characters (U+FB00–FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) in the text, as text copied out of a PDF
 * carries them: folded to their letters (ff, fi, fl, ffi, ffl, st), so a word is spelled one way
 * for search, hyphenation and the notes' citations, and the book's fonts, which set their own
 * ligatures, have a glyph for every letter. In text and image descriptions; code keeps them.
 */
import type { Image, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const ligature = /[\ufb00-\ufb06]/g;
const fold = (text: string) => text.replace(ligature, (char) => char.normalize('NFKC'));

export function remarkLigatures() {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if (node.type === 'text') (node as Text).value = fold((node as Text).value);
      else if (node.type === 'image' && (node as Image).alt) (node as Image).alt = fold((node as Image).alt!);
    });
  };
}
