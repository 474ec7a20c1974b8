/** The package document (content.opf): metadata, manifest, spine. */
import { escapeXml, xmlDeclaration } from './xml.js';

export interface ManifestItem {
  id: string;
  href: string;
  mediaType: string;
  properties?: string[];
}

export interface SpineItem {
  idref: string;
  linear?: boolean;
}

export interface AccessibilityMetadata {
  accessModes: string[];
  /** Each entry one sufficient combination, e.g. `textual` or `textual,visual`. */
  accessModesSufficient: string[];
  features: string[];
  hazards: string[];
  summary: string;
}

export interface PackageMetadata {
  identifier: string;
  title: string;
  subtitle?: string;
  creators: string[];
  language: string;
  date?: string;
  publisher?: string;
  description?: string;
  rights?: string;
  /** `CCYY-MM-DDThh:mm:ssZ` */
  modified: string;
  accessibility: AccessibilityMetadata;
  /** Manifest id of the cover image. */
  coverImageId?: string;
  /** The print edition the page-break markers come from (page-list.ts). */
  pageBreakSource?: string;
}

export interface PackageDocument {
  metadata: PackageMetadata;
  manifest: ManifestItem[];
  spine: SpineItem[];
  /** Manifest id of the NCX, for EPUB 2 reading systems. */
  ncxId: string;
}

export function packageDocument({ metadata, manifest, spine, ncxId }: PackageDocument): string {
  return (
    `${xmlDeclaration}
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id"` +
    ` xml:lang="${escapeXml(metadata.language)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
${metadataElements(metadata).join('\n')}
</metadata>
<manifest>
${manifest.map(manifestElement).join('\n')}
</manifest>
<spine toc="${ncxId}">
${spine.map((item) => `<itemref idref="${item.idref}"${item.linear === false ? ' linear="no"' : ''} />`).join('\n')}
</spine>
</package>
`
  );
}

function metadataElements(metadata: PackageMetadata): string[] {
  const out: string[] = [];
  const element = (name: string, value: string | undefined, id?: string) => {
    if (value) out.push(`<${name}${id ? ` id="${id}"` : ''}>${escapeXml(value)}</${name}>`);
  };
  const meta = (property: string, value: string, refines?: string, scheme?: string) =>
    out.push(
      `<meta${refines ? ` refines="#${refines}"` : ''}` +
        ` property="${property}"${scheme ? ` scheme="${scheme}"` : ''}>${escapeXml(value)}` +
        `</meta>`,
    );

  element('dc:identifier', metadata.identifier, 'pub-id');
  element('dc:title', metadata.title, 'title');
  meta('title-type', 'main', 'title');
  if (metadata.subtitle) {
    element('dc:title', metadata.subtitle, 'subtitle');
    meta('title-type', 'subtitle', 'subtitle');
  }
  metadata.creators.forEach((creator, index) => {
    const id = `creator-${index + 1}`;
    element('dc:creator', creator, id);
    meta('role', 'aut', id, 'marc:relators');
    meta('display-seq', String(index + 1), id);
  });
  element('dc:language', metadata.language);
  element('dc:date', metadata.date);
  element('dc:publisher', metadata.publisher);
  element('dc:description', metadata.description);
  element('dc:rights', metadata.rights);
  if (metadata.pageBreakSource) {
    element('dc:source', metadata.pageBreakSource, 'pagination-source');
    meta('source-of', 'pagination', 'pagination-source');
  }
  meta('dcterms:modified', metadata.modified);
  const { accessibility } = metadata;
  for (const mode of accessibility.accessModes) meta('schema:accessMode', mode);
  for (const modes of accessibility.accessModesSufficient) meta('schema:accessModeSufficient', modes);
  for (const feature of accessibility.features) meta('schema:accessibilityFeature', feature);
  for (const hazard of accessibility.hazards) meta('schema:accessibilityHazard', hazard);
  meta('schema:accessibilitySummary', accessibility.summary);
  if (metadata.coverImageId) out.push(`<meta name="cover" content="${metadata.coverImageId}" />`);
  return out;
}

function manifestElement(item: ManifestItem): string {
  const properties = item.properties?.length ? ` properties="${item.properties.join(' ')}"` : '';
  return `<item id="${item.id}" href="${escapeXml(item.href)}" media-type="${item.mediaType}"${properties} />`;
}
