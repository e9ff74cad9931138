/** The schemas are the one source of shape: complete, documented, matching the spec's examples and the types. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../src/io/yaml-file.js';
import { validateAgainstSchema, loadSchema } from '../src/schema/validator.js';
import { SCHEMA_FILES, YAML_KINDS, type SchemaName } from '../src/schema/kinds.js';
import { FIXTURES, ROOT } from './helpers.js';
import { generateTypes } from '../scripts/gen-types.mjs';
import { compileValidators } from '../scripts/compile-schemas.mjs';

/** Every `properties` entry, with its JSON path inside the schema. */
function* properties(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) yield* properties(n, `${path}/${i}`);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties') {
      for (const [name, prop] of Object.entries(value as Record<string, Record<string, unknown>>)) {
        yield [`${path}/properties/${name}`, prop];
        yield* properties(prop, `${path}/properties/${name}`);
      }
    } else yield* properties(value, `${path}/${key}`);
  }
}

describe.each(Object.keys(SCHEMA_FILES) as SchemaName[])('schema %s', (name) => {
  const schema = loadSchema(name);
  it('has an $id, a title and a description', () => {
    expect(schema.$id).toBe(`urn:asn-kinerja:schema:${name}:v1`);
    expect(schema.title).toBeTruthy();
    expect(schema.description).toBeTruthy();
  });
  it('explains every property with a title and a description (for the YAML language server)', () => {
    const missing = [...properties(schema, '#')].filter(([, p]) => !('$ref' in p) && (!p.title || !p.description)).map(([path]) => path);
    expect(missing).toEqual([]);
  });
});

describe('PRODUCT.md YAML examples are normative', () => {
  it.each(YAML_KINDS)('the %s example validates against its schema', (kind) => {
    const text = readFileSync(join(FIXTURES, 'product-examples', `${kind}.yaml`), 'utf8');
    const parsed = parseYaml(`${kind}.yaml`, text);
    expect(parsed.findings).toEqual([]);
    expect(validateAgainstSchema(kind, parsed.data, `${kind}.yaml`)).toEqual([]);
  });
});

describe('the threshold keys say whether they are strict or inclusive (RULES.md §2.4)', () => {
  const k = loadSchema('konfigurasi') as {
    properties: Record<string, { properties: Record<string, { properties: Record<string, { description: string }> }> }>;
  };
  it('hasil_kerja.ambang.di_atas is strict, perilaku.ambang.di_atas inclusive', () => {
    expect(k.properties.hasil_kerja!.properties.ambang!.properties.di_atas!.description).toMatch(/KETAT/);
    expect(k.properties.perilaku!.properties.ambang!.properties.di_atas!.description).toMatch(/INKLUSIF/);
  });
});

describe('types generated from the schemas', () => {
  it('are up to date (run `npm run gen:types` after changing a schema)', async () => {
    const generated = await generateTypes();
    const dir = join(ROOT, 'src', 'types', 'generated');
    expect(readdirSync(dir).sort()).toEqual(Object.keys(generated).sort());
    for (const [file, text] of Object.entries(generated)) expect(readFileSync(join(dir, file), 'utf8'), file).toBe(text);
  });
});

describe('validators compiled from the schemas', () => {
  it('are up to date (run `npm run gen:validators` after changing a schema)', () => {
    expect(readFileSync(join(ROOT, 'src', 'schema', 'generated', 'validators.js'), 'utf8')).toBe(compileValidators());
  });
});
