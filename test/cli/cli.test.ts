/** The CLI in-process: exit codes (PRODUCT.md), formats, language, init and schema. */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutput } from '../../src/schema/check-output.js';
import type { LaporanValidasi } from '../../src/types/generated/laporan-validasi.js';
import { copyFixture, EXAMPLE, FIXTURES, makeTempDir, ROOT, runCli } from '../helpers.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const BASE = join(FIXTURES, 'validate', 'base');

function withStaf(text: (s: string) => string): string {
  const ws = copyFixture(BASE);
  const file = join(ws, 'skp', 'staf.yaml');
  writeFileSync(file, text(readFileSync(file, 'utf8')));
  return ws;
}

describe('validate: exit codes', () => {
  it('0 on the bundled example, and 0 with an unquoted 18-digit NIP in it (read whole, said at its line)', async () => {
    const r = await runCli(['validate', EXAMPLE, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as LaporanValidasi;
    expect(report.valid).toBe(true);
    expect(report.ringkasan.error).toBe(0);
    const ws = copyFixture(EXAMPLE);
    const skp = join(ws, 'skp', 'setda', 'siti-rahmawati.yaml');
    const text = readFileSync(skp, 'utf8');
    const nip = /^ {2}nip: "(\d{18})"$/m.exec(text)![1]!;
    writeFileSync(skp, text.replace(`  nip: "${nip}"`, `  nip: ${nip}`));
    const unquoted = await runCli(['validate', ws, '--format', 'json']);
    expect(unquoted.code).toBe(0);
    const f = (JSON.parse(unquoted.stdout) as LaporanValidasi).file.flatMap((x) => x.temuan).find((t) => t.kode === 'NIP_TANPA_KUTIP');
    expect(f).toMatchObject({ tingkat: 'info', baris: 5, kolom: 8, args: { nilai: nip } });
    expect((await runCli(['score', ws, '--format', 'json'])).stdout).toContain(`"nip": "${nip}"`);
  });
  it('1 when a file has an error, and the report is still complete', async () => {
    const ws = withStaf((s) => s.replace('target: 4', 'target: 0').replace('jenjang: ahli-pertama', 'jenjang: ahli'));
    const r = await runCli(['validate', ws, '--format', 'json']);
    expect(r.code).toBe(1);
    const kodes = (JSON.parse(r.stdout) as LaporanValidasi).file.flatMap((f) => f.temuan.map((t) => t.kode));
    expect(kodes).toEqual(['SKEMA']); // schema errors first; cross-file rules need a schema-valid file
  });
  it('2 for a missing path, with a message on stderr and nothing on stdout', async () => {
    const r = await runCli(['validate', 'tidak/ada.yaml']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('path tidak ditemukan: tidak/ada.yaml');
  });
  it('2 for usage errors: unknown command, unknown option, bad --format, bad --lang', async () => {
    expect((await runCli(['nilai'])).code).toBe(2);
    expect((await runCli(['validate', '--bogus'])).code).toBe(2);
    expect((await runCli(['validate', '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['--lang', 'fr', 'validate', EXAMPLE])).code).toBe(2);
  });
  it('2 for an invalid config, with the config findings in the report', async () => {
    const ws = copyFixture(BASE);
    writeFileSync(join(ws, 'asn-kinerja.yaml'), 'kind: konfigurasi\nperilaku:\n  ambang: { di_atas: 6 }\n');
    const r = await runCli(['validate', join(ws, 'skp', 'staf.yaml'), '--format', 'json'], { cwd: ws });
    expect(r.code).toBe(2);
    const temuan = (JSON.parse(r.stdout) as LaporanValidasi).file.flatMap((f) => f.temuan);
    expect(temuan).toContainEqual(
      expect.objectContaining({ kode: 'KONFIGURASI_AMBANG_SKALA', path: 'asn-kinerja.yaml', baris: 3, kolom: 22 }),
    );
  });
  it('--config FILE overrides the root config; a missing one exits 2', async () => {
    const ws = copyFixture(BASE);
    writeFileSync(join(ws, 'lain.yaml'), 'kind: konfigurasi\nmetoda: x\n');
    expect((await runCli(['validate', ws, '--config', join(ws, 'lain.yaml')])).code).toBe(2);
    expect((await runCli(['validate', ws, '--config', join(ws, 'tidak-ada.yaml')])).code).toBe(2);
  });
  it('--strict makes a peringatan fail', async () => {
    const ws = withStaf((s) => s.replace('"199104152015032001"', '"199104152005032001"')); // appointed at 13
    expect((await runCli(['validate', ws])).code).toBe(0);
    expect((await runCli(['validate', ws, '--strict'])).code).toBe(1);
  });
  it('an info finding alone does not fail, even with --strict', async () => {
    const ws = copyFixture(BASE);
    writeFileSync(join(ws, 'lain.yaml'), 'nama: bukan berkas asn-kinerja\n');
    const r = await runCli(['validate', ws, '--strict', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as LaporanValidasi).ringkasan.info).toBe(1);
  });
});

describe('validate: reports', () => {
  it('JSON matches schemas/laporan-validasi.schema.json and counts add up', async () => {
    const ws = withStaf((s) => s.replace('unit: sekretariat', 'unit: sekretariatt').replace('target: 4', 'target: 0'));
    const r = await runCli(['validate', ws, '--format', 'json'], { cwd: ws });
    const report = JSON.parse(r.stdout) as LaporanValidasi;
    expect(checkOutput('laporan-validasi', report)).toEqual([]);
    const all = report.file.flatMap((f) => f.temuan);
    expect(report.ringkasan.error).toBe(all.filter((t) => t.tingkat === 'error').length);
    expect(report.file.map((f) => f.path)).toEqual([...report.file.map((f) => f.path)].sort());
    expect(all.map((t) => [t.kode, t.baris])).toEqual([
      ['UNIT_TIDAK_DIKENAL', 8],
      ['TARGET_NOL', 19],
    ]);
  });
  it('the PRODUCT.md JSON example matches the report schema', () => {
    const example: unknown = JSON.parse(readFileSync(join(FIXTURES, 'product-examples', 'validate.json'), 'utf8'));
    expect(checkOutput('laporan-validasi', example)).toEqual([]);
  });
  it('text: file, line:col, level, code, message and fix; English with --lang en', async () => {
    const ws = withStaf((s) => s.replace('target: 4', 'target: 0'));
    const id = await runCli(['validate', ws], { cwd: ws });
    expect(id.stdout).toContain('skp/staf.yaml\n  19:17    error      TARGET_NOL  Target 0 dengan polaritas maksimal');
    expect(id.stdout).toContain('→ Isi target > 0');
    expect(id.stdout).toContain('✖ 6 berkas: 1 error, 0 peringatan, 0 info');
    const en = await runCli(['validate', ws, '--lang', 'en'], { cwd: ws });
    expect(en.stdout).toContain('A target of 0 with polaritas maksimal');
    expect(en.stdout).toContain('✖ 6 file(s): 1 error(s), 0 warning(s), 0 info');
  });
  it('language from LC_ALL / LC_MESSAGES / LANG: the first non-empty wins', async () => {
    const ws = withStaf((s) => s.replace('target: 4', 'target: 0'));
    const en = await runCli(['validate', ws], { cwd: ws, env: { LC_ALL: '', LC_MESSAGES: 'en_US.UTF-8', LANG: 'id_ID.UTF-8' } });
    expect(en.stdout).toContain('warning(s)');
    const id = await runCli(['validate', ws], { cwd: ws, env: { LC_ALL: 'C', LANG: 'en_US.UTF-8' } });
    expect(id.stdout).toContain('peringatan');
  });
  it('github: one annotation per finding with file, line and col, then the full report', async () => {
    const ws = withStaf((s) => s.replace('target: 4', 'target: 0').replace('unit: sekretariat', 'unit: x'));
    const r = await runCli(['validate', ws], { cwd: ws, env: { GITHUB_ACTIONS: 'true' } });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^::error file=skp\/staf\.yaml,line=8,col=9,title=UNIT_TIDAK_DIKENAL::Unit 'x' /);
    expect(lines[1]).toMatch(/^::error file=skp\/staf\.yaml,line=19,col=17,title=TARGET_NOL::/);
    expect(r.stdout).toContain('✖ 6 berkas: 2 error');
    expect(r.code).toBe(1);
  });
  it('github escapes commas and colons in properties and newlines in the message', async () => {
    const ws = copyFixture(BASE);
    mkdirSync(join(ws, 'a,b:c'));
    writeFileSync(join(ws, 'a,b:c', 'x.yaml'), 'kind: rencana\n');
    const r = await runCli(['validate', ws, '--format', 'github'], { cwd: ws });
    expect(r.stdout).toContain('::error file=a%2Cb%3Ac/x.yaml,line=1,col=7,title=KIND_TIDAK_DIKENAL::');
  });
  it('--quiet hides info findings from the text report', async () => {
    const ws = copyFixture(BASE);
    writeFileSync(join(ws, 'lain.yaml'), 'nama: bukan berkas asn-kinerja\n');
    expect((await runCli(['validate', ws], { cwd: ws })).stdout).toContain('TANPA_KIND');
    expect((await runCli(['--quiet', 'validate', ws], { cwd: ws })).stdout).not.toContain('TANPA_KIND');
  });
  it('an .xls in the workspace is named with "save as .xlsx", an .xlsx cut short with why it cannot be read', async () => {
    const ws = copyFixture(BASE);
    writeFileSync(join(ws, 'realisasi.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    writeFileSync(join(ws, 'realisasi.xlsx'), 'PK\u0003\u0004');
    const r = await runCli(['validate', ws, '--format', 'json'], { cwd: ws });
    const files = (JSON.parse(r.stdout) as LaporanValidasi).file;
    expect(files).toContainEqual(
      expect.objectContaining({
        path: 'realisasi.xls',
        temuan: [expect.objectContaining({ kode: 'XLSX_SIMPAN_CSV', tingkat: 'info' })],
      }),
    );
    expect(files).toContainEqual(
      expect.objectContaining({
        path: 'realisasi.xlsx',
        temuan: [expect.objectContaining({ kode: 'XLSX_RUSAK', args: expect.objectContaining({ sebab: 'rusak' }) })],
      }),
    );
  });
  it('skips dot folders, node_modules and the config abaikan globs', async () => {
    const ws = copyFixture(BASE);
    for (const dir of ['.git', 'node_modules', 'arsip/2025']) {
      mkdirSync(join(ws, dir), { recursive: true });
      writeFileSync(join(ws, dir, 'rusak.yaml'), 'kind: [\n');
    }
    writeFileSync(join(ws, 'asn-kinerja.yaml'), 'kind: konfigurasi\nabaikan: ["arsip/**"]\n');
    const r = await runCli(['validate', ws, '--format', 'json'], { cwd: ws });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as LaporanValidasi).file.map((f) => f.path)).not.toContainEqual(expect.stringContaining('rusak'));
  });
  it('rejects over-size and binary files as findings, not crashes', async () => {
    const ws = copyFixture(BASE);
    writeFileSync(join(ws, 'besar.yaml'), 'kind: skp\n' + '#'.repeat(2048) + '\n');
    writeFileSync(join(ws, 'biner.yaml'), Buffer.from([0x6b, 0x00, 0x01, 0x02]));
    writeFileSync(join(ws, 'latin1.yaml'), Buffer.from('kind: skp\nnama: Jos\xe9\n', 'latin1'));
    const r = await runCli(['validate', ws, '--format', 'json', '--batas-ukuran', '1KB'], { cwd: ws });
    const kodes = (JSON.parse(r.stdout) as LaporanValidasi).file.flatMap((f) => f.temuan.map((t) => t.kode));
    expect(kodes).toEqual(expect.arrayContaining(['FILE_TERLALU_BESAR', 'FILE_BINER', 'FILE_ENCODING']));
    expect(r.code).toBe(1);
  });
  it("a folder inside a workspace is checked in that workspace's context, reporting only its files", async () => {
    const ws = withStaf((s) => s.replace('target: 4', 'target: 0'));
    const r = await runCli(['validate', 'skp', '--format', 'json'], { cwd: ws });
    const report = JSON.parse(r.stdout) as LaporanValidasi;
    // No REF_TIDAK_DIKENAL: the catalogue one folder up is context.
    expect(report.file.map((f) => f.path)).toEqual(['skp/kepala.yaml', 'skp/staf.yaml']);
    expect(report.file.flatMap((f) => f.temuan.map((t) => t.kode))).toEqual(['TARGET_NOL']);
    expect(r.code).toBe(1);
  });
  it('validates several workspaces independently in one report', async () => {
    const a = copyFixture(BASE);
    const b = withStaf((s) => s.replace('target: 4', 'target: 0'));
    const r = await runCli(['validate', a, b, '--format', 'json']);
    const report = JSON.parse(r.stdout) as LaporanValidasi;
    expect(report.ringkasan).toMatchObject({ file: 12, error: 1 });
    expect(r.code).toBe(1);
  });
});

describe('internal errors', () => {
  it('exit 3 with a short message; the stack only with DEBUG=asn-kinerja', async () => {
    const { run } = await import('../../src/cli/run.js');
    const broken = (env: Record<string, string>) => {
      let stderr = '';
      const ctx = {
        cwd: ROOT,
        env: { NO_COLOR: '1', ...env },
        stdout: {
          write: () => {
            throw new Error('disk penuh');
          },
        },
        stderr: { write: (s: string | Uint8Array) => (stderr += String(s)) },
      };
      return run(['validate', EXAMPLE], ctx).then((code) => ({ code, stderr }));
    };
    const plain = await broken({});
    expect(plain.code).toBe(3);
    expect(plain.stderr).toContain('kesalahan internal: disk penuh');
    expect(plain.stderr).not.toContain('    at ');
    const debug = await broken({ DEBUG: 'asn-kinerja' });
    expect(debug.stderr).toContain('    at ');
  });
});

describe('schema and init', () => {
  it('schema lists the kinds and prints one', async () => {
    const list = await runCli(['schema']);
    expect(
      list.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(' ')[0]),
    ).toEqual(['konfigurasi', 'unit-kerja', 'tim-kerja', 'katalog-indikator', 'skp', 'laporan-validasi', 'laporan-skor', 'laporan-ikm']);
    const skp = await runCli(['schema', 'skp']);
    expect((JSON.parse(skp.stdout) as { $id: string }).$id).toBe('urn:asn-kinerja:schema:skp:v1');
    expect((await runCli(['schema', 'rencana'])).code).toBe(2);
  });
  it('init scaffolds a workspace that validates clean, and never overwrites', async () => {
    const dir = join(makeTempDir('init'), 'baru');
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(0);
    const v = await runCli(['validate', dir, '--strict', '--format', 'json']);
    expect((JSON.parse(v.stdout) as LaporanValidasi).ringkasan).toMatchObject({ error: 0, peringatan: 0 });
    expect(v.code).toBe(0);
    const again = await runCli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('asn-kinerja.yaml');
  });
  it('--help and --version exit 0', async () => {
    expect((await runCli(['--help'])).code).toBe(0);
    const v = await runCli(['--version']);
    expect(v).toMatchObject({ code: 0, stdout: VERSION + '\n' });
  });
});
