import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/io/yaml-file.js';

describe('parseYaml', () => {
  it('keeps every digit of an unquoted 18-digit NIP', () => {
    const r = parseYaml('a.yaml', 'nip: 198703152010012003\n');
    expect(r.data).toEqual({ nip: '198703152010012003' });
    // What a default YAML parser would have made of it:
    expect(Number('198703152010012003')).toBe(198703152010012000);
  });
  it('treats a plain empty, ~ or null value as absent, a quoted one as a string', () => {
    const r = parseYaml('a.yaml', 'a:\nb: ~\nc: null\nd: ""\ne: "null"\n');
    expect(r.data).toEqual({ d: '', e: 'null' });
  });
  it('locates values and keys by JSON pointer', () => {
    const text = 'kind: skp\nhasil_kerja:\n  - id: rhk-1\n    bobot: 50\n';
    const r = parseYaml('a.yaml', text);
    expect(r.locate('/hasil_kerja/0/bobot')).toEqual({ baris: 4, kolom: 12 });
    expect(r.locate('/hasil_kerja/0/bobot', 'kunci')).toEqual({ baris: 4, kolom: 5 });
    // A missing key points at the map that lacks it.
    expect(r.locate('/hasil_kerja/0/uraian')).toEqual({ baris: 3, kolom: 5 });
    expect(r.locate('')).toEqual({ baris: 1, kolom: 1 });
  });
  it('reports a duplicate key at the second occurrence', () => {
    const r = parseYaml('a.yaml', 'a: 1\nb: 2\na: 3\n');
    expect(r.findings.map((f) => [f.kode, f.baris, f.kolom, f.args.kunci])).toEqual([['KUNCI_GANDA', 3, 1, 'a']]);
    expect(r.data).toBeUndefined();
  });
  it('reports a second document', () => {
    const r = parseYaml('a.yaml', 'kind: skp\n---\nkind: skp\n');
    expect(r.findings.map((f) => [f.kode, f.baris])).toEqual([['DOKUMEN_GANDA', 2]]);
  });
  it('stops an alias bomb at the alias being expanded', () => {
    const lines = ['a: &a [x,x,x,x,x,x,x,x,x,x]'];
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
    ]) {
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const r = parseYaml('a.yaml', lines.join('\n') + '\n');
    expect(r.findings.map((f) => f.kode)).toEqual(['YAML_ALIAS']);
    expect(r.data).toBeUndefined();
  });
  it('keeps a key named __proto__ a plain key', () => {
    const r = parseYaml('a.yaml', '__proto__: { polluted: "yes" }\n');
    expect(Object.getPrototypeOf(r.data)).toBe(Object.prototype);
    expect(Object.keys(r.data as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('locates a syntax error at the offending line', () => {
    expect(parseYaml('a.yaml', 'a:\n  b: 1\n c: 2\n').findings).toMatchObject([{ kode: 'YAML_SINTAKS', baris: 3, kolom: 1 }]);
    expect(parseYaml('a.yaml', 'a:\n\tb: 1\n').findings).toMatchObject([{ kode: 'YAML_SINTAKS', baris: 2, kolom: 1 }]);
  });
});
