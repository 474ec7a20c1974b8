/**
 * Author-date styles cite in the text: a note that holds nothing but citations leaves the book, and
 * each call of it becomes the citation, `(Author Year, 23)`, set before the sentence's punctuation as
 * author-date styles want (`… the harbour (Pell 2004, 9).`). The notes that remain are numbered
 * again without gaps, each run of numbers (a chapter that starts again at 1) as before.
 */
import type { FootnoteDefinition, FootnoteReference, Parent, PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** Each note's calls in a tree, by identifier, with the node that holds them. */
export type Calls = Map<string, Array<{ node: FootnoteReference; parent: Parent }>>;

export function callsOf(tree: Root): Calls {
  const calls: Calls = new Map();
  visit(tree, 'footnoteReference', (node: FootnoteReference, _index, parent) => {
    if (!parent) return;
    const list = calls.get(node.identifier) ?? [];
    list.push({ node, parent });
    calls.set(node.identifier, list);
  });
  return calls;
}

/** Replaces every call of `definition` by `citation`, and removes the note from `tree`. Returns the calls replaced. */
export function moveIntoText(
  tree: Root,
  calls: Calls,
  definition: FootnoteDefinition,
  citation: PhrasingContent[],
): number {
  const found = calls.get(definition.identifier) ?? [];
  for (const { node, parent } of found) {
    const index = parent.children.indexOf(node as Parent['children'][number]);
    if (index < 0) continue;
    const inserted = placed(parent, index, structuredClone(citation));
    parent.children.splice(index, 1, ...(inserted as Parent['children']));
  }
  calls.delete(definition.identifier);
  const at = tree.children.indexOf(definition);
  if (at >= 0) tree.children.splice(at, 1);
  else {
    visit(tree, 'footnoteDefinition', (node, index, parent) => {
      if (node !== definition || !parent || index === undefined) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  }
  return found.length;
}

/** The citation where the call stood: a full stop, comma, colon or semicolon just before the call moves after it. */
function placed(parent: Parent, index: number, citation: PhrasingContent[]): PhrasingContent[] {
  const previous = parent.children[index - 1];
  if (previous?.type !== 'text') return [{ type: 'text', value: ' ' }, ...citation];
  const stop = /([.,;:])([”’"']*)$/.exec(previous.value);
  if (!stop) return [{ type: 'text', value: /\s$/.test(previous.value) ? '' : ' ' }, ...citation];
  previous.value = previous.value.slice(0, previous.value.length - stop[0].length) + stop[2];
  return [{ type: 'text', value: ' ' }, ...citation, { type: 'text', value: stop[1] }];
}

/**
 * New numbers for the notes that remain, given every note in reading order and whether it left:
 * a note's number goes down by the notes that left before it in its run of numbers. Calls and
 * note texts get the new number; returns it per note (undefined for a note that left).
 */
export function renumber(
  notes: Array<{ calls: Calls; definition: FootnoteDefinition; number: number; removed: boolean }>,
): Array<number | undefined> {
  let removedInRun = 0;
  let last = 0;
  return notes.map(({ calls, definition, number, removed }) => {
    if (number <= last) removedInRun = 0;
    last = number;
    if (removed) {
      removedInRun++;
      return undefined;
    }
    const renumbered = number - removedInRun;
    if (renumbered !== number) {
      definition.data = { ...definition.data, number: renumbered };
      for (const { node } of calls.get(definition.identifier) ?? []) node.data = { ...node.data, number: renumbered };
    }
    return renumbered;
  });
}
