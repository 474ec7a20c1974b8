/**
 * The parts of a Word file (a zip of XML, Office Open XML): the document, its notes, styles,
 * numbering and relationships, each parsed by a real XML parser. Elements are matched by their
 * local name and namespace, never by text.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { FolioError } from '../../errors.js';
import { inflateBounded, zipProblem, type ZipLimits } from '../../limits/zip.js';
import { limits } from '../../limits/index.js';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxPackage {
  document: Element;
  footnotes?: Element;
  endnotes?: Element;
  styles?: Element;
  numbering?: Element;
  /** Relationship id → target (hyperlink URL or part path) of the document part. */
  relationships: Map<string, { target: string; external: boolean }>;
  /** Reads a part's bytes (images), by its path in the package. */
  bytes(partPath: string): Promise<Uint8Array | undefined>;
}

/** `display` names the file in the message refusing a zip bomb (a FolioError, exit 2). */
export async function openDocx(data: Uint8Array, display: string, bounds: ZipLimits = limits): Promise<DocxPackage> {
  const zip = await JSZip.loadAsync(data);
  const problem = zipProblem(zip, bounds);
  if (problem) throw new FolioError(problem, { file: display });
  const xml = async (name: string): Promise<Element | undefined> => {
    const entry = zip.file(name);
    if (!entry) return undefined;
    const text = new TextDecoder().decode(await inflateBounded(entry));
    const parsed = new DOMParser().parseFromString(text, 'application/xml');
    return parsed.documentElement ?? undefined;
  };
  const document = await xml('word/document.xml');
  if (!document) throw new Error('no word/document.xml');
  const relationships = new Map<string, { target: string; external: boolean }>();
  const rels = await xml('word/_rels/document.xml.rels');
  for (const rel of rels ? children(rels, 'Relationship') : []) {
    const id = rel.getAttribute('Id');
    const target = rel.getAttribute('Target');
    if (id && target) relationships.set(id, { target, external: rel.getAttribute('TargetMode') === 'External' });
  }
  return {
    document,
    footnotes: await xml('word/footnotes.xml'),
    endnotes: await xml('word/endnotes.xml'),
    styles: await xml('word/styles.xml'),
    numbering: await xml('word/numbering.xml'),
    relationships,
    async bytes(partPath) {
      const entry = zip.file(partPath.replace(/^\/+/, ''));
      return entry ? inflateBounded(entry) : undefined;
    },
  };
}

/** Child elements, optionally only those with a local name. */
export function children(element: Element, localName?: string): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (!localName || (node as Element).localName === localName)) found.push(node as Element);
  }
  return found;
}

export function child(element: Element, localName: string): Element | undefined {
  return children(element, localName)[0];
}

/** Descendant elements with a local name, in document order. */
export function descendants(element: Element, localName: string): Element[] {
  return Array.from(element.getElementsByTagNameNS('*', localName));
}

/** An attribute by local name in the WordprocessingML namespace (`w:val`), or any namespace. */
export function attribute(element: Element | undefined, localName: string): string | undefined {
  if (!element) return undefined;
  const value = element.getAttributeNS(W, localName) || element.getAttributeNS(R, localName);
  if (value) return value;
  for (const attr of Array.from(element.attributes)) if (attr.localName === localName) return attr.value;
  return undefined;
}

/** A toggle property (`<w:i/>`, `<w:i w:val="false"/>`). */
export function isOn(properties: Element | undefined, localName: string): boolean | undefined {
  const element = properties && child(properties, localName);
  if (!element) return undefined;
  const value = attribute(element, 'val');
  return !(value === 'false' || value === '0' || value === 'off' || value === 'none');
}
