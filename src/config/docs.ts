/**
 * The README's `folio.yaml` table, read off the schema: each key's description and default (or
 * what happens when it is absent), and the flag that sets it. `npm run docs` writes it; a test
 * fails when the README is out of step.
 */
import type { z } from 'zod';
import { flagFor } from './flags.js';
import { configSchema } from './schema.js';

interface KeyDoc {
  description?: string;
  absent?: string;
}

type AnySchema = z.core.$ZodType;

export function configTable(): string {
  const rows = ['| key | default | flag | meaning |', '| --- | --- | --- | --- |'];
  for (const [key, schema] of Object.entries(configSchema.shape) as Array<[string, AnySchema]>) {
    const section = objectInside(schema);
    if (hasDoc(schema) || !section) rows.push(row(key, schema, flagFor('', key)));
    if (!section) continue;
    for (const [inner, innerSchema] of Object.entries(section._zod.def.shape) as Array<[string, AnySchema]>) {
      rows.push(row(`${key}.${inner}`, innerSchema, flagFor(key, inner)));
    }
  }
  return rows.join('\n');
}

function row(key: string, schema: AnySchema, flag: string | undefined): string {
  const docs = keyDoc(schema);
  if (!docs.description) throw new Error(`config key \`${key}\` has no description in src/config/schema.ts`);
  const shown = docs.absent ?? defaultShown(schema);
  return `| \`${key}\` | ${shown} | ${flag ? `\`${flag}\`` : ''} | ${docs.description.replace(/\|/g, '\\|')} |`;
}

function keyDoc(schema: AnySchema): KeyDoc {
  return ((schema as z.ZodType).meta?.() ?? {}) as KeyDoc;
}

function hasDoc(schema: AnySchema): boolean {
  return keyDoc(schema).description !== undefined;
}

/** The default the schema fills in, as the README shows it. */
function defaultShown(schema: AnySchema): string {
  let current: AnySchema | undefined = schema;
  while (current) {
    const def = current._zod.def as { type: string; defaultValue?: unknown; innerType?: AnySchema };
    if (def.type === 'default') return shown(def.defaultValue);
    current = def.type === 'optional' || def.type === 'prefault' ? def.innerType : undefined;
  }
  return '';
}

function shown(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '`[]`' : value.map((item) => `\`${String(item)}\``).join(', ');
  return `\`${String(value)}\``;
}

/** The mapping a key holds (`pdf`, `cover`), through defaults, options and preprocessing. */
function objectInside(schema: AnySchema): z.core.$ZodObject | undefined {
  let current: AnySchema | undefined = schema;
  while (current) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; out?: AnySchema };
    if (def.type === 'object') return current as z.core.$ZodObject;
    current = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
  }
  return undefined;
}
