/**
 * The EPUB 3 publication from the rendered book: a cover page, one content document per part (the
 * half title is print-only), the contents as the navigation document, and the package around them.
 */
import { readAsset } from '../../assets/load.js';
import type { Store } from '../../cache.js';
import { roleFacts } from '../../roles.js';
import type { RenderedBook, RenderedPart } from '../../render/types.js';
import { accessibilityMetadata, accessibilityObserver } from './accessibility.js';
import { assembleContainer, containerPaths, type PackagedFile } from './container.js';
import { coverImage, coverPage, type CoverImage } from './cover.js';
import { cachedFrontCover } from './cover-drawing.js';
import { coverPageHref, documentId, planFiles, type PlannedPart } from './files.js';
import { embeddedFonts, fontStyles } from './fonts.js';
import { formatModified, modificationTime, publicationIdentifier } from './identity.js';
import { indexIds, type LinkIndex } from './links.js';
import { packageMetadata } from './metadata.js';
import { navDocument, ncxDocument, partEntry, type Landmark } from './navigation.js';
import type { PageBreak } from './page-breaks.js';
import { pageBreakSource, pageListNav } from './page-list.js';
import { packageDocument, type ManifestItem, type SpineItem } from './package-document.js';
import { epubStylesheet } from './stylesheet.js';
import { reusableDocument, writePartDocument, type PreparedDocuments } from './part-documents.js';
import { contentDocument, toXhtmlFragment } from './xhtml.js';

export interface EpubOptions {
  /** Folder the cover, fonts and images resolve against (the manuscript's). */
  baseDir: string;
  /** The manuscript's files; their newest change dates the EPUB when nothing else does. */
  sourceFiles: string[];
  /** Told about problems that do not stop the build (e.g. a link to a missing id). */
  warn?: (message: string) => void;
  /** Defaults to `process.env.SOURCE_DATE_EPOCH`. */
  sourceDateEpoch?: string;
  /** Where the cover drawn from the print cover's front is kept between builds (the build's `covers` store). */
  coverStore?: Store;
  /** The print edition's page-break markers, already in the parts (page-breaks.ts); they get a page list. */
  pageBreaks?: PageBreak[];
  /** Told when each step starts (`--debug`, for the bench's stages). */
  debug?: (message: string) => void;
  /** The cover, when the build started drawing it as soon as the book was read (startCover); else drawn here. */
  cover?: Promise<CoverImage>;
  /** Part documents written ahead while the bibliography was formatted (prepareDocuments); reused where unchanged. */
  prepared?: PreparedDocuments;
}

/**
 * The EPUB's cover image (cover.ts), rasterised on libuv's pool: it needs only the book's metadata
 * and config, so a build starts it once the book is read, and it is drawn while the text is.
 */
export function startCover(
  {
    metadata,
    config,
    baseDir,
  }: { metadata: RenderedBook['metadata']; config: RenderedBook['config']; baseDir: string },
  store?: Store,
): Promise<CoverImage> {
  return coverImage(metadata, config.cover?.epub, baseDir, config.cover, () =>
    cachedFrontCover({ metadata, config, baseDir }, store),
  );
}

/** The EPUB's parts, each with its file, and the contents part among them. */
function planParts(rendered: RenderedBook): { planned: PlannedPart[]; tocPart: PlannedPart } {
  const planned = planFiles(rendered.parts.filter((part) => !roleFacts(part.role).printOnly));
  const tocPart = planned.find(({ part }) => part.role === 'toc');
  if (!tocPart) throw new Error('The rendered book has no contents part');
  return { planned, tocPart };
}

/**
 * The content documents of a draft of the book (assembled before its bibliography is formatted),
 * for makeEpub to take over where the finished book has the same parts (part-documents.ts).
 */
export function prepareDocuments(draft: RenderedBook): PreparedDocuments {
  const { planned, tocPart } = planParts(draft);
  const links = linkIndex(planned);
  return new Map(
    planned
      .filter((entry) => entry !== tocPart)
      .map((entry) => [entry.href, writePartDocument(entry.part.html, entry.href, links, draft.metadata.language)]),
  );
}

export async function makeEpub(rendered: RenderedBook, options: EpubOptions): Promise<Buffer> {
  const { metadata, config } = rendered;
  const warn = options.warn ?? (() => {});
  const { planned, tocPart } = planParts(rendered);

  // The cover is rasterised on libuv's pool while this thread writes the parts.
  const coverDrawn = options.cover ?? startCover({ metadata, config, baseDir: options.baseDir }, options.coverStore);
  coverDrawn.catch(() => undefined); // awaited below
  options.debug?.('epub: writing the parts as XHTML');
  const accessibility = accessibilityObserver(metadata.language);
  const links = linkIndex(planned);
  const reportBroken = brokenLinkReporter(warn);
  const xhtmlOf = (html: string, file: string) =>
    toXhtmlFragment(html, {
      file,
      links,
      onTag: accessibility.observe,
      onBrokenLink: (target) => reportBroken(file, target),
    });
  const documents = planned
    .filter((entry) => entry !== tocPart)
    .map((entry) => {
      const part =
        reusableDocument(options.prepared, entry, links) ??
        writePartDocument(entry.part.html, entry.href, links, metadata.language);
      accessibility.include(part.facts);
      for (const target of part.broken) reportBroken(entry.href, target);
      return {
        href: entry.href,
        xhtml: contentDocument({
          language: metadata.language,
          title: entry.part.title || roleFacts(entry.part.role).label,
          bodyType: `${entry.part.kind}matter`,
          body: part.body,
        }),
      };
    });
  options.debug?.('epub: waiting for the cover');
  const cover = await coverDrawn;
  options.debug?.('epub: navigation, fonts, images, package');
  documents.unshift({ href: coverPageHref, xhtml: coverPage(cover, metadata) });

  const identifier = publicationIdentifier(metadata);
  const nav = navDocument({
    language: metadata.language,
    title: tocPart.part.title,
    toc: xhtmlOf(tocPart.part.html, containerPaths.navDocument),
    landmarks: landmarks(planned),
    pageList: options.pageBreaks?.length
      ? xhtmlOf(pageListNav(options.pageBreaks), containerPaths.navDocument)
      : undefined,
  });
  const ncx = ncxDocument({
    identifier,
    title: metadata.title,
    // The parts the contents list: those after it that have a title.
    entries: planned
      .slice(planned.indexOf(tocPart) + 1)
      .filter(({ part }) => part.title)
      .map(({ part, href }) => partEntry(part.title, href, part.sections)),
  });

  const fonts = await embeddedFonts(config.epub.fonts, options.baseDir);
  const images = await Promise.all(
    rendered.assets.map(async (asset) => {
      const { data, removed } = await readAsset(asset.path, 'image');
      if (removed.length) warn(`${asset.href}: removed from the SVG: ${removed.join(', ')}`);
      return { ...asset, data };
    }),
  );
  const resources: Array<PackagedFile & { mediaType: string; id: string; properties?: string[] }> = [
    { id: 'cover-image', href: cover.href, mediaType: cover.mediaType, data: cover.data, properties: ['cover-image'] },
    ...images.map((image, index) => ({
      id: `image-${index + 1}`,
      href: image.href,
      mediaType: image.mediaType,
      data: image.data,
    })),
    ...fonts.map((font, index) => ({
      id: `font-${index + 1}`,
      href: font.href,
      mediaType: font.mediaType,
      data: font.data,
    })),
  ];

  const manifest: ManifestItem[] = [
    { id: 'nav', href: containerPaths.navDocument, mediaType: 'application/xhtml+xml', properties: ['nav'] },
    { id: 'ncx', href: containerPaths.ncx, mediaType: 'application/x-dtbncx+xml' },
    { id: 'style', href: containerPaths.stylesheet, mediaType: 'text/css' },
    ...documents.map((document) => ({
      id: documentId(document.href),
      href: document.href,
      mediaType: 'application/xhtml+xml',
    })),
    ...resources.map(({ id, href, mediaType, properties }) => ({ id, href, mediaType, properties })),
  ];
  const spine: SpineItem[] = [
    { idref: documentId(coverPageHref) },
    ...planned.map((entry) => ({ idref: entry === tocPart ? 'nav' : documentId(entry.href) })),
  ];
  const modified = await modificationTime({
    configured: config.modified ?? metadata.modified,
    sourceDateEpoch: options.sourceDateEpoch ?? process.env.SOURCE_DATE_EPOCH,
    date: metadata.date,
    files: options.sourceFiles,
  });
  const packageFacts = {
    identifier,
    modified: formatModified(modified),
    accessibility: accessibilityMetadata({
      ...accessibility.facts,
      pageBreaks: Boolean(options.pageBreaks?.length),
      configuredSummary: config.epub.accessibilitySummary,
    }),
    coverImageId: 'cover-image',
    pageBreakSource: options.pageBreaks?.length ? pageBreakSource(metadata) : undefined,
    warn,
  };

  options.debug?.('epub: zipping');
  return assembleContainer({
    title: metadata.title,
    language: metadata.language,
    packageDocument: packageDocument({
      metadata: packageMetadata(metadata, packageFacts),
      manifest,
      spine,
      ncxId: 'ncx',
    }),
    navDocument: nav,
    ncx,
    stylesheet: epubStylesheet(fontStyles(fonts)),
    contentDocuments: documents,
    resources,
    modified,
  });
}

/** Where each id of the book landed: the file of the first part that holds it. */
function linkIndex(planned: PlannedPart[]): LinkIndex {
  return indexIds(planned.map(({ href, part }) => ({ href, html: part.html })));
}

/** Reports each link to an id nowhere in the book once, in the order the documents are written (it is unlinked). */
function brokenLinkReporter(warn: (message: string) => void) {
  const reported = new Set<string>();
  return (file: string, target: string) => {
    if (!reported.has(target)) warn(`${file}: link to \`${target}\`, which is nowhere in the book (unlinked)`);
    reported.add(target);
  };
}

function landmarks(planned: PlannedPart[]): Landmark[] {
  const first = (test: (part: RenderedPart) => boolean) => planned.find(({ part }) => test(part))?.href;
  const candidates: Array<[type: string, label: string, href: string | undefined]> = [
    ['cover', 'Cover', coverPageHref],
    ['titlepage', 'Title page', first((part) => part.role === 'titlepage')],
    ['toc', 'Contents', containerPaths.navDocument],
    ['bodymatter', 'Start of content', first((part) => part.kind === 'body')],
    ['bibliography', 'Bibliography', first((part) => part.role === 'bibliography')],
  ];
  return candidates.flatMap(([type, label, href]) => (href ? [{ type, label, href }] : []));
}
