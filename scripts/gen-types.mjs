// Generates src/types/generated/*.ts from schemas/*.schema.json: the schemas are the one source of
// truth for the YAML kinds and the JSON outputs (DESIGN.md habit 6). test/schema-types.test.ts fails
// when the generated files are stale.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function generateTypes() {
  const out = {};
  for (const file of readdirSync(join(root, 'schemas'))
    .filter((f) => f.endsWith('.schema.json'))
    .sort()) {
    const schema = JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8'));
    const name = file.replace('.schema.json', '');
    const ts = await compile(forTypes(schema), typeName(name), {
      bannerComment: `/* Generated from schemas/${file} by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */`,
      additionalProperties: false,
      ignoreMinAndMaxItems: true,
      unreachableDefinitions: false,
      style: { singleQuote: true },
      format: true,
    });
    out[`${name}.ts`] = ts;
  }
  return out;
}

const typeName = (name) =>
  name
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

/**
 * A copy of the schema shaped for the type generator: titles dropped (they would
 * become dozens of type aliases), and `type: [number, object]` + if/then (how the schemas express
 * "number or range" for ajv, PRODUCT.md) rewritten as the equivalent anyOf.
 */
function forTypes(node) {
  if (Array.isArray(node)) return node.map((n) => forTypes(n));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'title' || k === '$id') continue;
    if (k === 'definitions' || k === 'properties') {
      out[k] = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, forTypes(pv)]));
    } else out[k] = forTypes(v);
  }
  // A report whose parts depend on a discriminant (score's `pegawai` by `metode`) declares them at
  // the top for ajv's additionalProperties and again in each oneOf branch: the type takes the branches'.
  if (Array.isArray(out.oneOf) && out.properties) {
    const redefined = new Set(out.oneOf.flatMap((branch) => Object.keys(branch.properties ?? {})));
    out.properties = Object.fromEntries(Object.entries(out.properties).filter(([k]) => !redefined.has(k)));
    if (Array.isArray(out.required)) out.required = out.required.filter((k) => !redefined.has(k));
  }
  if (Array.isArray(out.type) && out.type.includes('object') && out.then) {
    const { type, if: _if, then, else: _else, ...rest } = out;
    return { ...rest, anyOf: [...type.filter((t) => t !== 'object').map((t) => ({ type: t })), { ...then, type: 'object' }] };
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = join(root, 'src', 'types', 'generated');
  mkdirSync(dir, { recursive: true });
  for (const [name, ts] of Object.entries(await generateTypes())) writeFileSync(join(dir, name), ts);
}
