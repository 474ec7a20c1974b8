/**
 * The one config the stages and writers read: the manuscript's (`folio.yaml` or front matter, already
 * validated) with what the command line set (flags.ts) laid over it, key by key.
 */
import type { ConfigOverrides } from './flags.js';
import type { FolioConfig } from './schema.js';

export function resolveConfig(config: FolioConfig, overrides: ConfigOverrides = {}): FolioConfig {
  const { pdf, bibliography, epub, notes, keepGoing } = overrides;
  if (!pdf && !bibliography && !epub && !notes && keepGoing === undefined) return config;
  return {
    ...config,
    ...(keepGoing === undefined ? {} : { keepGoing }),
    pdf: { ...config.pdf, ...pdf },
    bibliography: { ...config.bibliography, ...bibliography },
    epub: { ...config.epub, ...epub },
    notes: { ...config.notes, ...notes },
  };
}
