/**
 * EPUB content documents are XHTML: the shared HTML fragment of a part, made well-formed XML and
 * wrapped in a document that carries the book's language (as `lang` and `xml:lang`) and stylesheet.
 */
import { resolveFragment, type LinkIndex } from './links.js';
import { rewriteStartTags, type StartTag } from './tags.js';
import { escapeXml, stripForbiddenCharacters, xmlDeclaration } from './xml.js';

export interface FragmentContext {
  /** The file the fragment goes into, e.g. `chapter-1.xhtml`. */
  file: string;
  links: LinkIndex;
  /** Told about links whose target is nowhere in the book (they are unlinked). */
  onBrokenLink?: (href: string) => void;
  /** Sees every start tag that has attributes, as written in the part. */
  onTag?: (tag: StartTag) => void;
}

/** The part's HTML as XHTML: `xml:lang` beside every `lang`, values on bare attributes, links across files. */
export function toXhtmlFragment(html: string, context: FragmentContext): string {
  const fixed = rewriteStartTags(html, (tag) => fixTag(tag, context));
  return stripForbiddenCharacters(fixed);
}

function fixTag(tag: StartTag, context: FragmentContext): StartTag | undefined {
  context.onTag?.(tag);
  let changed = false;
  const attributes: StartTag['attributes'] = [];
  for (const [name, value] of tag.attributes) {
    if (value === undefined) {
      // HTML's bare boolean attributes (`hidden`, `open`) are not XML.
      attributes.push([name, name]);
      changed = true;
    } else if (name === 'href') {
      const href = resolveFragment(value, context.file, context.links);
      if (href === undefined) context.onBrokenLink?.(value);
      else attributes.push([name, href]);
      changed ||= href !== value;
    } else if (name === 'align' && (tag.name === 'td' || tag.name === 'th')) {
      // GFM table alignment comes out as HTML4's `align`, which EPUB's XHTML no longer allows.
      attributes.push(['style', `text-align: ${value}`]);
      changed = true;
    } else {
      attributes.push([name, value]);
      if (name === 'lang' && !tag.attributes.some(([other]) => other === 'xml:lang')) {
        attributes.push(['xml:lang', value]);
        changed = true;
      }
    }
  }
  return changed ? { name: tag.name, attributes } : undefined;
}

export interface ContentDocumentOptions {
  language: string;
  title: string;
  /** `frontmatter`, `bodymatter` or `backmatter` on `<body>`. */
  bodyType?: string;
  body: string;
  stylesheet?: string;
}

export function contentDocument(options: ContentDocumentOptions): string {
  const language = escapeXml(options.language);
  const bodyType = options.bodyType ? ` epub:type="${options.bodyType}"` : '';
  return (
    `${xmlDeclaration}
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"` +
    ` lang="${language}" xml:lang="${language}">
<head>
<meta charset="UTF-8" />
<title>${escapeXml(options.title)}</title>
<link rel="stylesheet" type="text/css" href="${options.stylesheet ?? 'style.css'}" />
</head>
<body${bodyType}>
${options.body}
</body>
</html>
`
  );
}
