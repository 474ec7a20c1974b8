/**
 * `Although S. T. Lee (ed.), *Tides of the North* (Hull: Quay, 1984) names the warden, …`: a conjunction that opens
 * the author's sentence before the names of the work's author or editor is no part of the names.
 */
import { NOTE_NAMES } from './classify/openings.js';

const CONJUNCTION_BEFORE_NAMES = new RegExp(
  String.raw`^(?:Although|Though|While|Whilst|Whereas|Unlike)\s+(?=${NOTE_NAMES}\s*(?:\((?:eds?|trans)\.?\))?,\s*[\uE000“"‘])`,
  'u',
);

export function dropLeadConjunction(text: string): string {
  const conjunction = CONJUNCTION_BEFORE_NAMES.exec(text);
  return conjunction ? text.slice(conjunction[0].length) : text;
}
