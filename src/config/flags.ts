/**
 * Command-line flags that set config keys. Each flag names its key, and its value goes through that
 * key's schema (schema.ts), so `--workers 0` is refused as `pdf.workers: 0` is in `folio.yaml`.
 * What a command line sets lies over the manuscript's config (resolve.ts); nothing else reads flags.
 */
import path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { FolioError } from '../errors.js';
import { expectedOf } from './issues.js';
import { configSchema, type FolioConfig } from './schema.js';

/** The config sections a flag may set; `''` is the top level (`keepGoing`). */
export type FlagSection = 'pdf' | 'bibliography' | 'epub' | 'notes';

export interface ConfigFlag {
  section: FlagSection | '';
  key: string;
  type: 'boolean' | 'string';
  short?: string;
  /** The flag's text as the key's value, before the schema sees it (`cwd`: where folio runs). */
  parse?: (text: string, cwd: string) => unknown;
}

/** A number stays a number, so the schema can say what range it expects. */
const numberOrText = (text: string): unknown => (/^-?\d+(?:\.\d+)?$/.test(text.trim()) ? Number(text) : text);

/** A style name stays a name; a .csl path is taken relative to where folio runs. */
const stylePath = (text: string, cwd: string): string =>
  text.endsWith('.csl') || text.includes('/') ? path.resolve(cwd, text) : text;

export const configFlags = {
  print: { section: 'pdf', key: 'print', type: 'boolean' },
  bleed: { section: 'pdf', key: 'bleed', type: 'boolean' },
  'crop-marks': { section: 'pdf', key: 'cropMarks', type: 'boolean' },
  layout: { section: 'pdf', key: 'layout', type: 'string' },
  workers: { section: 'pdf', key: 'workers', type: 'string', parse: numberOrText },
  style: { section: 'bibliography', key: 'style', type: 'string', short: 's', parse: stylePath },
  locale: { section: 'bibliography', key: 'locale', type: 'string', short: 'l' },
  ace: { section: 'epub', key: 'ace', type: 'boolean' },
  restyle: { section: 'notes', key: 'restyle', type: 'boolean' },
  'keep-going': { section: '', key: 'keepGoing', type: 'boolean', short: 'k' },
} as const satisfies Record<string, ConfigFlag>;

export type ConfigFlagName = keyof typeof configFlags;

/** What a command line sets: part of the config, typed as the config is. */
export type ConfigOverrides = { [S in FlagSection]?: Partial<FolioConfig[S]> } & { keepGoing?: boolean };

/** The `parseArgs` options for the config flags a command takes. */
export function flagOptions(...names: ConfigFlagName[]): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(
    names.map((name) => {
      const flag: ConfigFlag = configFlags[name];
      return [name, flag.short ? { type: flag.type, short: flag.short } : { type: flag.type }];
    }),
  );
}

/** The flag that sets a config key (`pdf.workers` → `--workers`), for the docs. */
export function flagFor(section: string, key: string): string | undefined {
  const found = Object.entries(configFlags).find(([, flag]) => flag.section === section && flag.key === key);
  return found && `--${found[0]}`;
}

/**
 * The config flags among parsed argv values, each validated by its key's schema. A bad value is
 * one line, "Unexpected --flag `value`, expected …" (exit 2).
 */
export function overridesFromFlags(values: Record<string, unknown>, cwd: string): ConfigOverrides {
  const overrides: ConfigOverrides = {};
  for (const [name, flag] of Object.entries(configFlags) as Array<[ConfigFlagName, ConfigFlag]>) {
    const given = values[name];
    if (given === undefined) continue;
    const value = typeof given === 'string' && flag.parse ? flag.parse(given, cwd) : given;
    const parsed = configSchema.safeParse(
      flag.section ? { [flag.section]: { [flag.key]: value } } : { [flag.key]: value },
    );
    if (!parsed.success) {
      throw new FolioError(`Unexpected --${name} \`${String(given)}\`, ${expectedOf(parsed.error.issues[0])}`);
    }
    if (!flag.section) {
      (overrides as Record<string, unknown>)[flag.key] = (parsed.data as Record<string, unknown>)[flag.key];
      continue;
    }
    const section: Record<string, unknown> = (overrides[flag.section] ??= {});
    section[flag.key] = (parsed.data[flag.section] as Record<string, unknown>)[flag.key];
  }
  return overrides;
}
