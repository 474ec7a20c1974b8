/**
 * A report printed in an official series, titled by its genre word alone or with its body
 * (`Report, Appendix to the Minutes of the Harbour Council (1850), 91`, `Report of the Board, House
 * Documents (1872), 4`): the genre word is the report's title, not its author's name, and the series
 * after it, dated in brackets, is where it was printed. Read as a report in that container.
 */
import type { FullCitation } from './parse-full.js';
import { LOCATOR } from './text.js';

const REPORT_IN_SERIES = new RegExp(
  String.raw`^((?:\p{Lu}\p{Ll}+\s+)?Reports?(?:\s+of\s+(?:the\s+)?\p{Lu}[^,()]*)?),\s+(\p{Lu}[^()]*?)\s*` +
    String.raw`\(((?:1[5-9]|20)\d\d)\)(?:,\s*(${LOCATOR}))?\.?$`,
  'u',
);

export function parseReportInSeries(text: string): FullCitation | undefined {
  const report = REPORT_IN_SERIES.exec(text.trim());
  if (!report) return undefined;
  return {
    item: {
      type: 'report',
      title: report[1],
      'container-title': report[2].trim(),
      issued: { 'date-parts': [[Number(report[3])]] },
    },
    locator: report[4] ?? null,
    etAl: false,
  };
}
