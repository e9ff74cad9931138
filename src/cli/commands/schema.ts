import { loadSchema } from '../../schema/validator.js';
import { SCHEMA_FILES, type SchemaName } from '../../schema/kinds.js';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../context.js';

/** The schema with each `description` in English where it has an `x-description-en` (the rest as written). */
function inEnglish(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(inEnglish);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  const obj = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'x-description-en') continue;
    out[k] = k === 'description' && typeof obj['x-description-en'] === 'string' ? obj['x-description-en'] : inEnglish(v);
  }
  return out;
}

export function runSchema(kind: string | undefined, ctx: CliContext, lang: 'id' | 'en' = 'id'): number {
  const names = Object.keys(SCHEMA_FILES) as SchemaName[];
  if (kind === undefined) {
    for (const name of names) ctx.stdout.write(`${name.padEnd(20)} ${String(loadSchema(name).title)}\n`);
    return 0;
  }
  if (!(names as string[]).includes(kind)) {
    throw new UsageError({
      id: `jenis tidak dikenal: '${kind}'; pilih ${names.join(', ')}`,
      en: `unknown kind '${kind}'; choose ${names.join(', ')}`,
    });
  }
  const schema = loadSchema(kind as SchemaName);
  ctx.stdout.write(JSON.stringify(lang === 'en' ? inEnglish(schema) : schema, null, 2) + '\n');
  return 0;
}
