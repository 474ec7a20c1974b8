/**
 * Reads what a printer's preflight looks at from a PDF: the PDF/X keys (info dictionary and XMP),
 * the output intents, each page's boxes, the colour spaces its content, images and shadings paint
 * in, transparency, and (through poppler) the fonts and the images' resolution. Only reads.
 */
import { readFile } from 'node:fs/promises';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  PDFHexString,
  type PDFObject,
} from 'pdf-lib';
import { FolioError } from '../../errors.js';
import { readColours } from './content.js';
import { listFonts, listImages, type FontRecord, type ImageRecord } from './tools.js';

export type Box = [number, number, number, number];

export interface PageFacts {
  /** 1-based. */
  number: number;
  mediaBox: Box;
  trimBox?: Box;
  bleedBox?: Box;
}

/** Where a colour space is used: counts of content operators, images and shadings, and the pages. */
export interface ColourSpaceUse {
  operators: number;
  images: number;
  shadings: number;
  pages: number[];
}

export interface OutputIntentFacts {
  subtype: string;
  identifier?: string;
  condition?: string;
  /** Components of the embedded DestOutputProfile (4 for CMYK); undefined when none is embedded. */
  profileComponents?: number;
}

export interface PreflightFacts {
  file: string;
  /** The header's version, `1.6`. */
  version: string;
  pages: PageFacts[];
  info: { gtsVersion?: string; trapped?: string; title?: string };
  /** `GTS_PDFXVersion` from the XMP packet. */
  xmpVersion?: string;
  outputIntents: OutputIntentFacts[];
  /** Colour space family (`DeviceRGB`, `DeviceCMYK`, `DeviceGray`, `ICCBased RGB`, `Separation` …) → use. */
  colours: Map<string, ColourSpaceUse>;
  /** Transparency found, one entry per kind and page. */
  transparency: Array<{ page: number; what: string }>;
  fonts: FontRecord[];
  images: ImageRecord[];
}

export async function inspectPdf(file: string): Promise<PreflightFacts> {
  const bytes = await readFile(file).catch(() => {
    throw new FolioError(`Unexpected missing file \`${file}\`, expected a PDF to preflight`);
  });
  const header = /^%PDF-(\d\.\d)/.exec(bytes.subarray(0, 1024).toString('latin1'));
  if (!header) throw new FolioError(`Unexpected content in \`${file}\`, expected a PDF (no %PDF- header)`);
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
  } catch (error) {
    throw new FolioError(
      `Unexpected content in \`${file}\` (${(error as Error).message.split('\n')[0]}), expected a readable PDF`,
    );
  }
  if (document.isEncrypted)
    throw new FolioError(
      `Unexpected encrypted PDF \`${file}\`, expected an unencrypted PDF (PDF/X forbids encryption)`,
    );
  const [fonts, images] = await Promise.all([listFonts(file), listImages(file)]);
  const facts: PreflightFacts = {
    file,
    version: header[1],
    pages: [],
    info: readInfo(document),
    xmpVersion: readXmpVersion(document),
    outputIntents: readOutputIntents(document),
    colours: new Map(),
    transparency: [],
    fonts,
    images,
  };
  readPages(document, facts);
  return facts;
}

function text(value: PDFObject | undefined): string | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  if (value instanceof PDFName) return value.decodeText();
  return undefined;
}

function readInfo(document: PDFDocument): PreflightFacts['info'] {
  const info = document.context.lookup(document.context.trailerInfo.Info);
  if (!(info instanceof PDFDict)) return {};
  return {
    gtsVersion: text(info.lookup(PDFName.of('GTS_PDFXVersion'))),
    trapped: text(info.lookup(PDFName.of('Trapped'))),
    title: text(info.lookup(PDFName.of('Title'))),
  };
}

function readXmpVersion(document: PDFDocument): string | undefined {
  const stream = document.catalog.lookup(PDFName.of('Metadata'));
  if (!(stream instanceof PDFRawStream)) return undefined;
  const xml = Buffer.from(decodePDFRawStream(stream).decode()).toString('utf8');
  return /GTS_PDFXVersion>([^<]+)</.exec(xml)?.[1] ?? /GTS_PDFXVersion="([^"]+)"/.exec(xml)?.[1];
}

function readOutputIntents(document: PDFDocument): OutputIntentFacts[] {
  const intents = document.catalog.lookup(PDFName.of('OutputIntents'));
  if (!(intents instanceof PDFArray)) return [];
  return intents.asArray().flatMap((item) => {
    const intent = document.context.lookup(item);
    if (!(intent instanceof PDFDict)) return [];
    const profile = intent.lookup(PDFName.of('DestOutputProfile'));
    const components = profile instanceof PDFRawStream ? profile.dict.lookup(PDFName.of('N')) : undefined;
    return [
      {
        subtype: text(intent.lookup(PDFName.of('S'))) ?? '',
        identifier: text(intent.lookup(PDFName.of('OutputConditionIdentifier'))),
        condition: text(intent.lookup(PDFName.of('Info'))) ?? text(intent.lookup(PDFName.of('OutputCondition'))),
        profileComponents:
          profile instanceof PDFRawStream ? (components instanceof PDFNumber ? components.asNumber() : 0) : undefined,
      },
    ];
  });
}

function box(value: PDFObject | undefined, document: PDFDocument): Box | undefined {
  const array = value instanceof PDFRef ? document.context.lookup(value) : value;
  if (!(array instanceof PDFArray) || array.size() !== 4) return undefined;
  const numbers = array.asArray().map((item) => {
    const resolved = document.context.lookup(item);
    return resolved instanceof PDFNumber ? resolved.asNumber() : Number.NaN;
  });
  const [x1, y1, x2, y2] = numbers;
  return [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)];
}

/** `DeviceRGB`, `ICCBased RGB`, `Indexed DeviceRGB`, `Separation` … for a colour space object. */
export function colourSpaceFamily(value: PDFObject | undefined, document: PDFDocument, named?: PDFDict): string {
  const resolved = value instanceof PDFRef ? document.context.lookup(value) : value;
  if (resolved instanceof PDFName) {
    const name = resolved.decodeText();
    if (['DeviceRGB', 'DeviceCMYK', 'DeviceGray', 'Pattern'].includes(name)) return name;
    if (name === 'RGB') return 'DeviceRGB';
    if (name === 'CMYK') return 'DeviceCMYK';
    if (name === 'G') return 'DeviceGray';
    const entry = named?.get(PDFName.of(name));
    return entry ? colourSpaceFamily(entry, document) : name;
  }
  if (resolved instanceof PDFArray && resolved.size() > 0) {
    const kind = text(resolved.get(0)) ?? '';
    if (kind === 'ICCBased') {
      const stream = document.context.lookup(resolved.get(1));
      const n = stream instanceof PDFRawStream ? stream.dict.lookup(PDFName.of('N')) : undefined;
      const components = n instanceof PDFNumber ? n.asNumber() : 0;
      const space = components === 4 ? 'CMYK' : components === 3 ? 'RGB' : components === 1 ? 'Gray' : components;
      return `ICCBased ${space}`;
    }
    if (kind === 'Indexed' || kind === 'I') return `Indexed ${colourSpaceFamily(resolved.get(1), document, named)}`;
    if (kind === 'Pattern' && resolved.size() > 1)
      return `Pattern ${colourSpaceFamily(resolved.get(1), document, named)}`;
    return kind;
  }
  return 'unknown';
}

/** Opacity, soft masks and blend modes in an ExtGState: what PDF/X-1a forbids. */
function transparencyOf(state: PDFDict): string[] {
  const found: string[] = [];
  for (const key of ['CA', 'ca']) {
    const value = state.lookup(PDFName.of(key));
    if (value instanceof PDFNumber && value.asNumber() < 1) found.push(`opacity ${key} ${value.asNumber()}`);
  }
  const mask = state.lookup(PDFName.of('SMask'));
  if (mask && !(mask instanceof PDFName && mask.decodeText() === 'None')) found.push('soft mask');
  const blend = state.lookup(PDFName.of('BM'));
  const mode = blend instanceof PDFArray ? text(blend.get(0)) : text(blend);
  if (mode && mode !== 'Normal' && mode !== 'Compatible') found.push(`blend mode ${mode}`);
  return found;
}

function readPages(document: PDFDocument, facts: PreflightFacts): void {
  const context = document.context;
  const use = (family: string, page: number, kind: 'operators' | 'images' | 'shadings', count = 1) => {
    const entry = facts.colours.get(family) ?? { operators: 0, images: 0, shadings: 0, pages: [] };
    entry[kind] += count;
    if (entry.pages.at(-1) !== page) entry.pages.push(page);
    facts.colours.set(family, entry);
  };
  const transparent = (page: number, what: string) => {
    if (!facts.transparency.some((item) => item.page === page && item.what === what))
      facts.transparency.push({ page, what });
  };

  document.getPages().forEach((page, index) => {
    const number = index + 1;
    const node = page.node;
    const media = box(node.getInheritableAttribute(PDFName.of('MediaBox')), document) ?? [0, 0, 0, 0];
    facts.pages.push({
      number,
      mediaBox: media,
      trimBox: box(node.get(PDFName.of('TrimBox')), document),
      bleedBox: box(node.get(PDFName.of('BleedBox')), document),
    });
    const group = node.lookup(PDFName.of('Group'));
    if (group instanceof PDFDict && text(group.lookup(PDFName.of('S'))) === 'Transparency')
      transparent(number, 'transparency group');

    const visited = new Set<PDFObject>();
    const scan = (content: Uint8Array[], resources: PDFDict | undefined, depth: number) => {
      const colourSpaces = resources?.lookupMaybe(PDFName.of('ColorSpace'), PDFDict);
      const states = resources?.lookupMaybe(PDFName.of('ExtGState'), PDFDict);
      for (const bytes of content) {
        const colours = readColours(Buffer.from(bytes).toString('latin1'));
        const ops = (names: string[]) => names.reduce((sum, name) => sum + (colours.operators.get(name) ?? 0), 0);
        if (ops(['rg', 'RG'])) use('DeviceRGB', number, 'operators', ops(['rg', 'RG']));
        if (ops(['k', 'K'])) use('DeviceCMYK', number, 'operators', ops(['k', 'K']));
        if (ops(['g', 'G'])) use('DeviceGray', number, 'operators', ops(['g', 'G']));
        for (const [name, count] of colours.selected) {
          const family = colourSpaceFamily(PDFName.of(name), document, colourSpaces);
          if (family !== 'Pattern') use(family, number, 'operators', count);
        }
        for (const space of colours.inlineImages)
          use(colourSpaceFamily(PDFName.of(space), document, colourSpaces), number, 'images');
        for (const name of colours.graphicsStates) {
          const state = states?.lookupMaybe(PDFName.of(name), PDFDict);
          for (const what of state ? transparencyOf(state) : []) transparent(number, what);
        }
      }
      const patterns = resources?.lookupMaybe(PDFName.of('Pattern'), PDFDict);
      for (const [, value] of patterns?.entries() ?? []) {
        const pattern = context.lookup(value);
        const dict = pattern instanceof PDFRawStream ? pattern.dict : pattern instanceof PDFDict ? pattern : undefined;
        const shading = dict?.lookup(PDFName.of('Shading'));
        const shadingDict =
          shading instanceof PDFRawStream ? shading.dict : shading instanceof PDFDict ? shading : undefined;
        if (shadingDict)
          use(colourSpaceFamily(shadingDict.get(PDFName.of('ColorSpace')), document, colourSpaces), number, 'shadings');
        if (pattern instanceof PDFRawStream && !visited.has(pattern) && depth < 8) {
          visited.add(pattern);
          scan(
            [decodePDFRawStream(pattern).decode()],
            pattern.dict.lookupMaybe(PDFName.of('Resources'), PDFDict),
            depth + 1,
          );
        }
      }
      const shadings = resources?.lookupMaybe(PDFName.of('Shading'), PDFDict);
      for (const [, value] of shadings?.entries() ?? []) {
        const shading = context.lookup(value);
        const dict = shading instanceof PDFRawStream ? shading.dict : shading instanceof PDFDict ? shading : undefined;
        if (dict)
          use(colourSpaceFamily(dict.get(PDFName.of('ColorSpace')), document, colourSpaces), number, 'shadings');
      }
      const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
      for (const [, value] of xobjects?.entries() ?? []) {
        const xobject = context.lookup(value);
        if (!(xobject instanceof PDFRawStream) || visited.has(xobject)) continue;
        visited.add(xobject);
        const subtype = text(xobject.dict.lookup(PDFName.of('Subtype')));
        if (subtype === 'Image') {
          if (xobject.dict.lookup(PDFName.of('ImageMask'))?.toString() !== 'true')
            use(
              colourSpaceFamily(xobject.dict.get(PDFName.of('ColorSpace')), document, colourSpaces),
              number,
              'images',
            );
          if (xobject.dict.get(PDFName.of('SMask'))) transparent(number, 'image soft mask');
        } else if (subtype === 'Form' && depth < 8) {
          const formGroup = xobject.dict.lookup(PDFName.of('Group'));
          if (formGroup instanceof PDFDict && text(formGroup.lookup(PDFName.of('S'))) === 'Transparency')
            transparent(number, 'transparency group');
          scan(
            [decodePDFRawStream(xobject).decode()],
            xobject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? resources,
            depth + 1,
          );
        }
      }
    };
    const contents = node.lookup(PDFName.of('Contents'));
    const streams = contents instanceof PDFArray ? contents.asArray().map((item) => context.lookup(item)) : [contents];
    const content = streams
      .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
      .map((stream) => decodePDFRawStream(stream).decode());
    scan(content, node.Resources(), 0);
  });
}
