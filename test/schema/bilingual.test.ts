/**
 * Issue [8] item 6: the schemas (inputs and reports) explain every key in both languages — `description` in Indonesian
 * (what the editor's YAML language server shows) and `x-description-en` in English, which
 * `asn-kinerja schema KIND --lang en` prints as the description.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

const INPUT_KINDS = [
  'konfigurasi',
  'unit-kerja',
  'tim-kerja',
  'katalog-indikator',
  'skp',
  'laporan-validasi',
  'laporan-skor',
  'laporan-ikm',
];

function* described(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(node)) {
    for (const [i, x] of node.entries()) yield* described(x, `${path}/${i}`);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  if (typeof obj.description === 'string') yield [path, obj];
  for (const [k, v] of Object.entries(obj)) yield* described(v, `${path}/${k}`);
}

describe('schema descriptions in both languages', () => {
  it.each(INPUT_KINDS)('%s: every description has its English beside it', (kind) => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8')) as unknown;
    const all = [...described(schema, '#')];
    expect(all.length).toBeGreaterThan(5);
    const missing = all.filter(([, o]) => typeof o['x-description-en'] !== 'string' || o['x-description-en'].trim() === '').map(([p]) => p);
    expect(missing).toEqual([]);
  });

  it('schema --lang en prints the English descriptions, schema --lang id the Indonesian ones', async () => {
    const en = JSON.parse((await runCli(['--lang', 'en', 'schema', 'skp'])).stdout) as Record<string, unknown>;
    const id = JSON.parse((await runCli(['--lang', 'id', 'schema', 'skp'])).stdout) as Record<string, unknown>;
    const raw = JSON.parse(readFileSync(join(ROOT, 'schemas', 'skp.schema.json'), 'utf8')) as Record<string, unknown>;
    expect(en.description).toBe(raw['x-description-en']);
    expect(JSON.stringify(en)).not.toContain('x-description-en');
    expect(id.description).toBe(raw.description);
  });
});
