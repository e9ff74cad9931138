/**
 * Issue [10] item 7, PRODUCT.md `--anonim`: NIP and nama in every output become `P-` + the first 10 hex
 * digits of HMAC-SHA256(key, NIP), the key from ASN_KINERJA_KUNCI_ANONIM; without it a random per-run key
 * and a note. The test collects every NIP (any run of 15+ digits in any input file) and every person's
 * name (and its file-name form) from the example workspace, then searches each output for them.
 */
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, copyFixture, runCli } from '../helpers.js';

const KEY = 'kunci-uji-rahasia';
const env = { ASN_KINERJA_KUNCI_ANONIM: KEY };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const inputs = filesUnder(EXAMPLE).filter((p) => /\.(ya?ml|csv)$/.test(p));
const NIPS = [...new Set(inputs.flatMap((p) => readFileSync(p, 'utf8').match(/(?<!\d)\d{15,}(?!\d)/g) ?? []))];
const NAMES = [
  ...new Set(
    inputs
      .filter((p) => p.includes('/skp/'))
      .flatMap((p) => [...readFileSync(p, 'utf8').matchAll(/^\s+nama: (.+)$/gm)].map((m) => m[1]!.trim())),
  ),
];
const slug = (n: string) => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');

function leaks(text: string): string[] {
  const lower = text.toLowerCase();
  return [...NIPS.filter((n) => text.includes(n)), ...NAMES.filter((n) => text.includes(n) || lower.includes(slug(n)))];
}

/** Written from the spec's words, not from src. */
const expected = (nip: string) => 'P-' + createHmac('sha256', KEY).update(nip).digest('hex').slice(0, 10);

describe('score --anonim', () => {
  it('the example names people: the search has something to find', () => {
    expect(NIPS.length).toBeGreaterThan(30);
    expect(NAMES.length).toBeGreaterThan(30);
    // And the search works: without --anonim the output is full of them.
  });

  it('without --anonim the JSON holds the NIPs and names (so the searches below can fail)', async () => {
    const r = await runCli(['score', EXAMPLE, '--format', 'json'], { env });
    expect(leaks(r.stdout).length).toBeGreaterThan(50);
  });

  // The third value: whether the output names people at all (the unit and team tables do not).
  const textFormats: [string, string[], boolean][] = [
    ['table', [], true],
    ['json', ['--format', 'json'], true],
    ['csv pegawai', ['--format', 'csv'], true],
    ['csv unit', ['--format', 'csv', '--tabel', 'unit'], false],
    ['csv temuan', ['--format', 'csv', '--tabel', 'temuan'], true],
    ['csv tim', ['--format', 'csv', '--tabel', 'tim'], false],
    ['explain text', ['--explain', '198507232010051001'], true],
    ['explain json', ['--explain', '198507232010051001', '--format', 'json'], true],
  ];
  for (const [name, args, people] of textFormats) {
    it(`${name}: no NIP or name survives`, async () => {
      const r = await runCli(['score', EXAMPLE, '--anonim', ...args], { env });
      expect([0, 1]).toContain(r.code);
      expect(r.stdout.length).toBeGreaterThan(100);
      expect(leaks(r.stdout)).toEqual([]);
      expect(leaks(r.stderr)).toEqual([]);
      if (people) expect(r.stdout).toMatch(/P-[0-9a-f]{10}/);
    });
  }

  it('html and xlsx: no NIP or name in the page or in any cell', async () => {
    const ws = copyFixture(EXAMPLE);
    expect((await runCli(['score', '.', '--anonim', '--format', 'html', '--output', 'r.html'], { cwd: ws, env })).code).toBe(0);
    const html = readFileSync(join(ws, 'r.html'), 'utf8');
    expect(leaks(html)).toEqual([]);
    expect(html).toContain(expected('198507232010051001'));
    expect((await runCli(['score', '.', '--anonim', '--format', 'xlsx', '--output', 'r.xlsx'], { cwd: ws, env })).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(ws, 'r.xlsx'));
    const cells: string[] = [];
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.text)))));
    expect(cells.length).toBeGreaterThan(200);
    expect(leaks(cells.join('\n'))).toEqual([]);
    expect(cells).toContain(expected('198507232010051001'));
  });

  it('keyed: each NIP and its name become HMAC-SHA256(key, NIP), the same on every run; employees re-sorted by pseudonym', async () => {
    const a = await runCli(['score', EXAMPLE, '--anonim', '--format', 'json'], { env });
    const b = await runCli(['score', EXAMPLE, '--anonim', '--format', 'json'], { env });
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toBe('');
    const plain = JSON.parse((await runCli(['score', EXAMPLE, '--format', 'json'], { env })).stdout) as {
      pegawai: { nip: string; nama: string; unit: string }[];
    };
    const anon = JSON.parse(a.stdout) as { pegawai: { nip: string; nama: string; unit: string }[] };
    const wanted = plain.pegawai.map((p) => ({ unit: p.unit, nip: expected(p.nip), nama: expected(p.nip) }));
    wanted.sort((x, y) => (x.unit < y.unit ? -1 : x.unit > y.unit ? 1 : x.nip < y.nip ? -1 : x.nip > y.nip ? 1 : 0));
    expect(anon.pegawai.map((p) => ({ unit: p.unit, nip: p.nip, nama: p.nama }))).toEqual(wanted);
    // Only NIPs and names change: every result is as it was.
    type Row = { nip: string; capaian_hasil_kerja: unknown; nilai_perilaku: unknown; predikat: unknown; angka_kredit: unknown };
    const pick = (p: Row) => [p.capaian_hasil_kerja, p.nilai_perilaku, p.predikat, p.angka_kredit];
    const byCode = new Map((anon.pegawai as unknown as Row[]).map((p) => [p.nip, pick(p)]));
    for (const p of plain.pegawai as unknown as Row[]) expect(byCode.get(expected(p.nip))).toEqual(pick(p));
  });

  it('without a key: a random per-run key, different pseudonyms each run, and a note that says so', async () => {
    const a = await runCli(['score', EXAMPLE, '--anonim', '--format', 'json'], { env: { ASN_KINERJA_KUNCI_ANONIM: '' } });
    const b = await runCli(['score', EXAMPLE, '--anonim', '--format', 'json'], { env: { ASN_KINERJA_KUNCI_ANONIM: '' } });
    expect(leaks(a.stdout)).toEqual([]);
    expect(a.stdout).not.toBe(b.stdout);
    expect(a.stdout).not.toContain(expected('198507232010051001'));
    expect(a.stderr).toContain('ASN_KINERJA_KUNCI_ANONIM');
    expect(a.stderr).toMatch(/tidak dapat diulang/);
  });

  it('--explain accepts the pseudonym an anonymised report showed', async () => {
    const r = await runCli(['score', EXAMPLE, '--anonim', '--explain', expected('198507232010051001')], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(expected('198507232010051001'));
    expect(leaks(r.stdout)).toEqual([]);
  });
});
