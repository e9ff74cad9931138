import { loadSchema } from '../../schema/validator.js';
import { SCHEMA_FILES, type SchemaName } from '../../schema/kinds.js';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../context.js';

export function runSchema(kind: string | undefined, ctx: CliContext): number {
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
  ctx.stdout.write(JSON.stringify(loadSchema(kind as SchemaName), null, 2) + '\n');
  return 0;
}
