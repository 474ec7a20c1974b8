/**
 * The OCF container, assembled by epub-gen-memory: mimetype first and stored, META-INF/container.xml,
 * and our documents under OEBPS/ through its template options (contentOPF, tocXHTML, tocNCX,
 * chapterXHTML).
 *
 * Its content pipeline is bypassed on purpose: it would rename images to random ids and fetch them,
 * replace empty (decorative) alt text, and drop attributes outside its allow-list (`start`, `scope`…).
 * So each chapter's `content` is empty and the finished XHTML travels in an extra field the chapter
 * template prints. Its downloaders (fonts, images, cover) are overridden: resources are files Folio
 * has already read from disk, and nothing is ever fetched. Its entries are zipped by zip.ts, each
 * dated the book's modification time, so the archive is byte-identical from one build to the next.
 */
import { EPub, type Chapter, type Options } from 'epub-gen-memory';
import { writeZip } from './zip.js';

export interface PackagedFile {
  /** Path inside OEBPS/, e.g. `assets/map.svg`. */
  href: string;
  data: Uint8Array | string;
}

export interface ContainerContents {
  title: string;
  language: string;
  packageDocument: string;
  navDocument: string;
  ncx: string;
  stylesheet: string;
  /** Content documents other than the navigation document; hrefs without folders. */
  contentDocuments: Array<{ href: string; xhtml: string }>;
  /** Images, fonts, the cover image. */
  resources: PackagedFile[];
  modified: Date;
}

/** Paths epub-gen-memory gives the documents it writes; the package document must list them so. */
export const containerPaths = { navDocument: 'toc.xhtml', ncx: 'toc.ncx', stylesheet: 'style.css' } as const;

type FolioChapter = Chapter & { xhtml: string };

class Container extends EPub {
  constructor(
    options: Options,
    chapters: FolioChapter[],
    private readonly resources: PackagedFile[],
  ) {
    super(options, chapters);
  }

  protected override async downloadAllFonts(): Promise<void> {}

  protected override async downloadAllImages(): Promise<void> {
    for (const resource of this.resources) this.zip.file(`OEBPS/${resource.href}`, resource.data);
  }

  protected override async makeCover(): Promise<void> {}

  /** The entries epub-gen-memory laid out, in its order, zipped by zlib (zip.ts) rather than by JSZip's own deflate. */
  async toBuffer(modified: Date): Promise<Buffer> {
    await this.render();
    const entries = await Promise.all(
      Object.values(this.zip.files).map(async (entry) => ({
        name: entry.name,
        data: entry.dir ? new Uint8Array() : await entry.async('uint8array'),
        store: entry.options.compression === 'STORE',
      })),
    );
    return writeZip(entries, modified);
  }
}

/** Zip timestamps are DOS dates, which start in 1980. */
const earliestZipDate = Date.UTC(1980, 0, 1);

export async function assembleContainer(contents: ContainerContents): Promise<Buffer> {
  const options: Options & Pick<ContainerContents, 'packageDocument' | 'navDocument' | 'ncx'> = {
    title: contents.title,
    lang: contents.language,
    version: 3,
    date: contents.modified.toISOString(),
    css: contents.stylesheet,
    contentOPF: '<%- packageDocument %>',
    tocXHTML: '<%- navDocument %>',
    tocNCX: '<%- ncx %>',
    chapterXHTML: '<%- xhtml %>',
    packageDocument: contents.packageDocument,
    navDocument: contents.navDocument,
    ncx: contents.ncx,
    verbose: false,
  };
  const chapters: FolioChapter[] = contents.contentDocuments.map((document) => ({
    title: document.href,
    filename: document.href,
    content: '',
    excludeFromToc: true,
    xhtml: document.xhtml,
  }));
  const zipDate = new Date(Math.max(contents.modified.getTime(), earliestZipDate));
  return new Container(options, chapters, contents.resources).toBuffer(zipDate);
}
