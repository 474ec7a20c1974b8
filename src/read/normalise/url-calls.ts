/**
 * remark plugin: a note call right after a bare address, `see https://example.org/page.[^4]`. GFM's
 * literal autolink (micromark's) runs before the call is read and takes `.[^4` into the address,
 * leaving `]` as text: the note loses its call and the link points nowhere. The address ends before
 * the `[^`, less the punctuation GFM leaves outside an address's end (`.`, `,`, `:`, `;`, `!`, `?`); the
 * call is read as a call when this file defines its note, and is given back as text otherwise (the
 * reader then links it to a note of another file, or `check` reports a call without its note).
 */
import type { FootnoteReference, Link, Parent, Root, Text } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { isLiteral } from './wrapped-urls.js';

/** The call GFM took into the address: `[^label` at its end. */
const swallowedCall = /\[\^([^\]\s[]+)$/;
/** Punctuation GFM leaves outside a literal autolink when it ends the address. */
const trailing = /[.,:;!?]+$/;

export default function remarkUrlCalls() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    if (!/(?:https?:\/\/|www\.)\S*\[\^/i.test(source)) return;
    const defined = new Set<string>();
    visit(tree, 'footnoteDefinition', (node) => void defined.add(node.identifier));
    const place = location(file);
    visit(tree, 'link', (link: Link, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const label = link.children.length === 1 && link.children[0].type === 'text' ? link.children[0] : undefined;
      if (!label || !isLiteral(link.url, label.value)) return;
      const call = swallowedCall.exec(label.value);
      const next = parent.children[index + 1];
      if (!call || next?.type !== 'text' || !next.value.startsWith(']')) return;
      const identifier = normalizeIdentifier(call[1] ?? '').toLowerCase();
      const address = label.value.slice(0, call.index);
      const punctuation = trailing.exec(address)?.[0] ?? '';
      const kept = address.slice(0, address.length - punctuation.length);
      link.url = link.url.slice(0, link.url.length - (label.value.length - kept.length));
      label.value = kept;
      const end = link.position?.end.offset;
      const callStart = end === undefined ? undefined : end - call[0].length;
      const at = (offset: number | undefined) => (offset === undefined ? undefined : place.toPoint(offset));
      const linkEnd = at(callStart === undefined ? undefined : callStart - punctuation.length);
      if (linkEnd && link.position) link.position = { ...link.position, end: linkEnd };
      if (linkEnd && label.position) label.position = { ...label.position, end: linkEnd };
      const callEnd = at(end === undefined ? undefined : end + 1);
      const callPoint = at(callStart);
      if (!defined.has(identifier)) {
        // The call as text, where the source has it.
        next.value = call[0] + next.value;
        if (callPoint && next.position) next.position = { ...next.position, start: callPoint };
        if (punctuation) parent.children.splice(index + 1, 0, { type: 'text', value: punctuation });
        return index + 1;
      }
      const reference: FootnoteReference = {
        type: 'footnoteReference',
        identifier,
        label: call[1],
        ...(callEnd && callPoint ? { position: { start: callPoint, end: callEnd } } : {}),
      };
      const added: Array<Text | FootnoteReference> = punctuation
        ? [{ type: 'text', value: punctuation }, reference]
        : [reference];
      next.value = next.value.slice(1);
      if (callEnd && next.position) next.position = { ...next.position, start: callEnd };
      parent.children.splice(index + 1, next.value ? 0 : 1, ...added);
      return index + 1 + added.length;
    });
  };
}
