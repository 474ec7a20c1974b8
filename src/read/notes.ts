/**
 * Puts every note where readers of the AST expect it: the `footnoteDefinition` goes to the end of
 * the division that first calls it (in call order), and calls and notes carry their number.
 */
import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Dialect, Division } from '../book.js';

export function placeNotes(divisions: Division[], dialect: Dialect): void {
  const scoped = divisions.length > 1 && new Set(divisions.map((division) => division.file.path)).size > 1;
  const key = (division: Division, identifier: string) => (scoped ? `${division.file.path}\0${identifier}` : identifier);

  const definitions = new Map<string, Array<{ definition: FootnoteDefinition; home: Division }>>();
  for (const division of divisions) {
    for (const definition of takeDefinitions(division.tree)) {
      const list = definitions.get(key(division, definition.identifier)) ?? [];
      list.push({ definition, home: division });
      definitions.set(key(division, definition.identifier), list);
    }
  }

  const numbers = new Map<string, number>();
  const placed = new Set<FootnoteDefinition>();
  for (const division of divisions) {
    const calls: FootnoteReference[] = [];
    visit(division.tree, 'footnoteReference', (reference) => {
      calls.push(reference);
    });
    for (const reference of calls) {
      const id = key(division, reference.identifier);
      if (dialect === 'clean') {
        if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
        reference.data = { ...reference.data, number: numbers.get(id) };
      }
      for (const { definition } of definitions.get(id) ?? []) {
        if (placed.has(definition)) continue;
        placed.add(definition);
        if (dialect === 'clean') definition.data = { ...definition.data, number: numbers.get(id) };
        division.tree.children.push(definition);
      }
    }
  }
  for (const list of definitions.values()) {
    for (const { definition, home } of list) {
      if (!placed.has(definition)) home.tree.children.push(definition);
    }
  }

  if (scoped) disambiguateIdentifiers(divisions);
}

function takeDefinitions(tree: Root): FootnoteDefinition[] {
  const taken = tree.children.filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition');
  tree.children = tree.children.filter((node) => node.type !== 'footnoteDefinition');
  return taken;
}

/** In a multi-file book each file may restart its labels (`[^1]`); make identifiers unique book-wide. */
function disambiguateIdentifiers(divisions: Division[]): void {
  const filesByIdentifier = new Map<string, Set<string | undefined>>();
  for (const division of divisions) {
    visit(division.tree, (node) => {
      if (node.type !== 'footnoteReference' && node.type !== 'footnoteDefinition') return;
      const files = filesByIdentifier.get(node.identifier) ?? new Set();
      files.add(division.file.path);
      filesByIdentifier.set(node.identifier, files);
    });
  }
  for (const division of divisions) {
    visit(division.tree, (node) => {
      if (node.type !== 'footnoteReference' && node.type !== 'footnoteDefinition') return;
      if ((filesByIdentifier.get(node.identifier)?.size ?? 0) > 1) {
        node.identifier = `${division.file.stem}-${node.identifier}`;
        node.label = node.identifier;
      }
    });
  }
}
