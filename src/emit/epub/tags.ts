/**
 * A small start-tag rewriter for the render stage's serialised HTML. That HTML is machine-made
 * (hast-util-to-html: attribute values always double-quoted, `"` escaped inside them, `<` escaped in
 * text), so every `<name …>` found here is a real start tag and `[^"]*` is exactly one value. This
 * keeps EPUB-specific fixes to a linear scan instead of a second parse of the whole book.
 */
export interface StartTag {
  name: string;
  /** In source order; `undefined` for an attribute written without a value (`hidden`). */
  attributes: Array<[name: string, value: string | undefined]>;
}

const startTag = /<([a-z][a-z0-9-]*)((?:\s+[^\s"'<>/=]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const attribute = /\s+([^\s"'<>/=]+)(?:="([^"]*)")?/g;

export function parseAttributes(source: string): StartTag['attributes'] {
  return [...source.matchAll(attribute)].map((match) => [match[1], match[2]]);
}

/** Calls `visit` on every start tag with attributes; a tag it returns replaces the original. */
export function rewriteStartTags(html: string, visit: (tag: StartTag) => StartTag | undefined): string {
  return html.replace(startTag, (whole, name: string, attributeSource: string, slash: string) => {
    if (!attributeSource) return whole;
    const rewritten = visit({ name, attributes: parseAttributes(attributeSource) });
    if (!rewritten) return whole;
    const attributes = rewritten.attributes.map(([key, value]) => ` ${key}="${value ?? ''}"`).join('');
    return `<${rewritten.name}${attributes}${slash ? ' /' : ''}>`;
  });
}

/** Every start tag, in order. */
export function* startTags(html: string): Generator<StartTag> {
  for (const match of html.matchAll(startTag))
    yield { name: match[1], attributes: match[2] ? parseAttributes(match[2]) : [] };
}

export function attributeOf(tag: StartTag, name: string): string | undefined {
  return tag.attributes.find(([key]) => key === name)?.[1];
}

/** Every `id` in the fragment, in order. */
export function collectIds(html: string): string[] {
  const ids: string[] = [];
  for (const tag of startTags(html)) {
    const id = attributeOf(tag, 'id');
    if (id) ids.push(id);
  }
  return ids;
}
