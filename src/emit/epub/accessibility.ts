/** Schema.org accessibility metadata, stated only as far as the book's content bears it out. */
import type { AccessibilityMetadata } from './package-document.js';
import { attributeOf, type StartTag } from './tags.js';

export interface AccessibilityFacts {
  /** Every image in the content documents has a non-empty `alt`. */
  imagesDescribed: boolean;
  /** Some text is marked with a language other than the book's. */
  otherLanguagesMarked: boolean;
  /** The print edition's pages are marked and listed (page-breaks.ts). */
  pageBreaks?: boolean;
  configuredSummary?: string;
}

export function accessibilityMetadata(facts: AccessibilityFacts): AccessibilityMetadata {
  const features = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'displayTransformability'];
  if (facts.imagesDescribed) features.push('alternativeText');
  if (facts.pageBreaks) features.push('pageBreakMarkers', 'pageNavigation');
  const sentences = [
    'Reflowable text structured with headings and sections, with a navigable table of contents and landmarks.',
    'Footnotes link to their text and back to the call.',
    facts.pageBreaks ? 'Page-break markers and a page list give the pages of the print edition.' : '',
    facts.otherLanguagesMarked ? 'Passages in other languages are marked with their language.' : '',
    facts.imagesDescribed
      ? 'The cover and every image have a text description.'
      : 'Some images lack a text description.',
    'No known hazards.',
  ];
  return {
    // The cover is an image, so every book has visual content; with descriptions, text alone suffices.
    accessModes: ['textual', 'visual'],
    accessModesSufficient: facts.imagesDescribed ? ['textual', 'textual,visual'] : ['textual,visual'],
    features,
    hazards: ['none'],
    summary: facts.configuredSummary ?? sentences.filter(Boolean).join(' '),
  };
}

/** Gathers the facts from the content documents' start tags as they are written. */
export function accessibilityObserver(bookLanguage: string) {
  const facts = { imagesDescribed: true, otherLanguagesMarked: false };
  const observe = (tag: StartTag) => {
    if (tag.name === 'img' && !attributeOf(tag, 'alt')?.trim()) facts.imagesDescribed = false;
    const lang = attributeOf(tag, 'lang');
    if (lang && lang !== bookLanguage) facts.otherLanguagesMarked = true;
  };
  /** Takes in what observing a document elsewhere found (a part document written ahead, part-documents.ts). */
  const include = (found: Pick<AccessibilityFacts, 'imagesDescribed' | 'otherLanguagesMarked'>) => {
    facts.imagesDescribed &&= found.imagesDescribed;
    facts.otherLanguagesMarked ||= found.otherLanguagesMarked;
  };
  return { facts, observe, include };
}
