/**
 * Puts every note where readers of the AST expect it: the `footnoteDefinition` goes to the end of
 * the division that first calls it (in call order), and calls and notes carry their number. Labels
 * belong to their file (each file may restart them); a call with no note text in its own file takes
 * one with its label from another file where nothing calls it (a note text that a page or chapter
 * break carried into the next file).
 */
import type { FootnoteDefinition, FootnoteReference, PhrasingContent, Root, Text } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import type { Dialect, Division } from '../book.js';

export function placeNotes(divisions: Division[], dialect: Dialect): void {
  const scoped = divisions.length > 1 && new Set(divisions.map((division) => division.file.path)).size > 1;
  const key = (division: Division, identifier: string) =>
    scoped ? `${division.file.path}\0${identifier}` : identifier;

  if (scoped) callAcrossFiles(divisions);
  const definitions = new Map<string, Array<{ definition: FootnoteDefinition; home: Division }>>();
  for (const division of divisions) {
    for (const definition of takeDefinitions(division.tree)) {
      const list = definitions.get(key(division, definition.identifier)) ?? [];
      list.push({ definition, home: division });
      definitions.set(key(division, definition.identifier), list);
    }
  }

  const callsOf = new Map<Division, FootnoteReference[]>();
  const called = new Set<string>();
  for (const division of divisions) {
    const calls: FootnoteReference[] = [];
    visit(division.tree, 'footnoteReference', (reference) => {
      calls.push(reference);
      called.add(key(division, reference.identifier));
    });
    callsOf.set(division, calls);
  }
  /** Note texts another file's call took, with that call: they take its identifier once identifiers are settled. */
  const adopted = new Map<FootnoteDefinition, FootnoteReference>();
  const adopt = (division: Division, reference: FootnoteReference) => {
    if (!scoped) return [];
    const later = divisions
      .slice(divisions.indexOf(division) + 1)
      .concat(divisions.slice(0, divisions.indexOf(division)));
    for (const other of later) {
      if (other.file.path === division.file.path) continue;
      const otherId = key(other, reference.identifier);
      const found = (definitions.get(otherId) ?? []).filter(
        ({ definition }) => !placed.has(definition) && !adopted.has(definition),
      );
      if (found.length && !called.has(otherId)) {
        for (const { definition } of found) {
          adopted.set(definition, reference);
          definition.data = { ...definition.data, source: other.file.path };
        }
        definitions.set(key(division, reference.identifier), found);
        return found;
      }
    }
    return [];
  };

  const numbers = new Map<string, number>();
  const placed = new Set<FootnoteDefinition>();
  /** In an export, a GFM footnote among the numbered notes takes the number after the highest so far. */
  let highest = 0;
  for (const division of divisions) {
    for (const reference of callsOf.get(division) ?? []) {
      const id = key(division, reference.identifier);
      const numbered = dialect === 'export' && reference.data?.number !== undefined && !numbers.has(id);
      if (numbered) highest = Math.max(highest, reference.data!.number!);
      else {
        if (!numbers.has(id)) numbers.set(id, dialect === 'clean' ? numbers.size + 1 : ++highest);
        reference.data = { ...reference.data, number: numbers.get(id) };
      }
      for (const { definition } of definitions.get(id) ?? adopt(division, reference)) {
        if (placed.has(definition)) continue;
        placed.add(definition);
        if (!numbered) definition.data = { ...definition.data, number: numbers.get(id) };
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
  for (const [definition, reference] of adopted) {
    definition.identifier = reference.identifier;
    definition.label = reference.label;
  }
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

/**
 * GFM makes `[^label]` a call only when its own file defines the label; a label defined in another
 * file of the book is left as text. Make those calls (unescaped in the source, where the text reads
 * as its source so the call's place is exact).
 */
function callAcrossFiles(divisions: Division[]): void {
  const definedIn = new Map<string, Set<string | undefined>>();
  for (const division of divisions) {
    for (const node of division.tree.children) {
      if (node.type !== 'footnoteDefinition') continue;
      const files = definedIn.get(node.identifier) ?? new Set();
      files.add(division.file.path);
      definedIn.set(node.identifier, files);
    }
  }
  const pattern = /(?<!\\)\[\^([^\]\s\\]+)\]/g;
  for (const division of divisions) {
    const source = String(division.file.value);
    const place = location(division.file);
    visit(division.tree, 'text', (text: Text, index, parent) => {
      const start = text.position?.start.offset;
      const end = text.position?.end.offset;
      if (!parent || index === undefined || start === undefined || end === undefined) return;
      if (source.slice(start, end) !== text.value || !text.value.includes('[^')) return;
      const pieces: PhrasingContent[] = [];
      let from = 0;
      for (const match of text.value.matchAll(pattern)) {
        const identifier = normalizeIdentifier(match[1]).toLowerCase();
        const files = definedIn.get(identifier);
        if (!files || files.has(division.file.path)) continue;
        if (match.index > from)
          pieces.push({
            type: 'text',
            value: text.value.slice(from, match.index),
            position: { start: place.toPoint(start + from)!, end: place.toPoint(start + match.index)! },
          });
        pieces.push({
          type: 'footnoteReference',
          identifier,
          label: match[1],
          position: {
            start: place.toPoint(start + match.index)!,
            end: place.toPoint(start + match.index + match[0].length)!,
          },
        });
        from = match.index + match[0].length;
      }
      if (pieces.length === 0) return;
      if (from < text.value.length)
        pieces.push({
          type: 'text',
          value: text.value.slice(from),
          position: { start: place.toPoint(start + from)!, end: place.toPoint(end)! },
        });
      parent.children.splice(index, 1, ...(pieces as typeof parent.children));
      return index + pieces.length;
    });
  }
}
