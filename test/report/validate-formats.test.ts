/**
 * Every validate format (src/report/validate/, VALIDATE_FORMATS): on a ValidationResult built by hand
 * from literal findings, and on the clean fixture test/fixtures/engine/kecil.
 */
import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../src/core/findings.js';
import { buildValidationResult, type ValidationResult } from '../../src/core/validation-result.js';
import { validateWorkspace } from '../../src/engine/validate.js';
import { VALIDATE_FORMATS } from '../../src/report/validate/index.js';
import { PLAIN, type Style } from '../../src/report/style.js';
import type { LaporanValidasi } from '../../src/types/generated/laporan-validasi.js';
import { checkOutput } from '../../src/schema/check-output.js';
import { ROOT } from '../helpers.js';
import { options, text } from './format-helpers.js';
import type { Formatted } from '../../src/report/format.js';

const jsonOf = async (x: Formatted | Promise<Formatted>) => JSON.parse(await text(x)) as LaporanValidasi;
// The annotations: the workflow commands before the report (which runs with commands stopped).
const annotations = (out: string) => out.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));

// A path with the two characters a workflow-command property must escape (`,` and `:`).
const SKP = 'skp/a,b:c.yaml';
const CSV = 'data/realisasi.csv';
// A cell value holding %, CR and LF: the message carries it, so the annotation must escape them.
const NILAI = '12%3\r\n4';

function handMade(): ValidationResult {
  return buildValidationResult(
    [
      { path: SKP, jenis: 'skp' },
      {
        path: CSV,
        jenis: 'realisasi',
        csv: {
          encoding: 'utf-8',
          pemisah: ';',
          desimal: 'koma',
          counts: { baris_dibaca: 10, baris_dipakai: 8, baris_ditolak: 1, baris_diabaikan: 1 },
        },
      },
      { path: 'unit-kerja.yaml', jenis: 'unit-kerja' },
    ],
    [
      // Given out of order: the result sorts by (path, baris, kolom, kode).
      makeFinding('NIP_TMT_MUDA', { path: SKP, baris: 4, kolom: 8, jalur: '/pegawai/nip' }, { lahir: '20000101', tmt: '201001' }),
      makeFinding(
        'NILAI_AMBIGU',
        { path: CSV, baris: 7, kolom: 4, nama_kolom: 'realisasi' },
        { nilai: '1.234', koma: 1234, titik: 1.234, dipakai: 'koma' },
      ),
      makeFinding('NIP_FORMAT', { path: SKP, baris: 4, kolom: 8, jalur: '/pegawai/nip' }, { nilai: NILAI, panjang: 7, hanya_angka: false }),
      makeFinding('CSV_FORMAT', { path: CSV }, { encoding: 'utf-8', pemisah: ';', desimal: 'koma', sumber_desimal: 'pemisah' }),
    ],
    false,
  );
}

describe('buildValidationResult', () => {
  it('groups findings by file, files by path, findings by (baris, kolom, kode)', () => {
    const r = handMade();
    expect(r.files.map((f) => [f.path, f.jenis, f.findings.map((x) => x.kode)])).toEqual([
      [CSV, 'realisasi', ['CSV_FORMAT', 'NILAI_AMBIGU']],
      [SKP, 'skp', ['NIP_FORMAT', 'NIP_TMT_MUDA']],
      ['unit-kerja.yaml', 'unit-kerja', []],
    ]);
    expect(r.counts).toEqual({ error: 1, peringatan: 2, info: 1 });
  });
});

describe('validate json', () => {
  it('passes the laporan-validasi schema, with per-file validity and the CSV accounting', async () => {
    const json = await jsonOf(VALIDATE_FORMATS.json(handMade(), options()));
    expect(checkOutput('laporan-validasi', json)).toEqual([]);
    expect(json).toMatchObject({ versi_format: 1, valid: false, ringkasan: { file: 3, error: 1, peringatan: 2, info: 1 } });
    expect(json.file.map((f) => [f.path, f.valid])).toEqual([
      [CSV, true],
      [SKP, false],
      ['unit-kerja.yaml', true],
    ]);
    expect(json.file[0]).toMatchObject({
      jenis: 'realisasi',
      encoding: 'utf-8',
      pemisah: ';',
      desimal: 'koma',
      baris_dibaca: 10,
      baris_dipakai: 8,
      baris_ditolak: 1,
      baris_diabaikan: 1,
    });
    expect(json.file[0]!.temuan[1]).toMatchObject({
      kode: 'NILAI_AMBIGU',
      tingkat: 'peringatan',
      path: CSV,
      baris: 7,
      kolom: 4,
      nama_kolom: 'realisasi',
      args: { nilai: '1.234', koma: 1234, titik: 1.234, dipakai: 'koma' },
    });
    expect(json.file[1]!.temuan[0]).toMatchObject({
      kode: 'NIP_FORMAT',
      tingkat: 'error',
      path: SKP,
      baris: 4,
      kolom: 8,
      jalur: '/pegawai/nip',
      args: { nilai: NILAI, panjang: 7, hanya_angka: false },
    });
    // A YAML file has no CSV keys.
    expect(json.file[2]).toEqual({ path: 'unit-kerja.yaml', jenis: 'unit-kerja', valid: true, temuan: [] });
  });

  it('--strict: peringatan make the report invalid; without errors it is valid otherwise', async () => {
    const warningsOnly = buildValidationResult(
      [{ path: SKP, jenis: 'skp' }],
      [makeFinding('NIP_TMT_MUDA', { path: SKP, baris: 4, kolom: 8 }, { lahir: '20000101', tmt: '201001' })],
      false,
    );
    expect((await jsonOf(VALIDATE_FORMATS.json(warningsOnly, options()))).valid).toBe(true);
    expect((await jsonOf(VALIDATE_FORMATS.json(warningsOnly, options({ strict: true })))).valid).toBe(false);
  });
});

describe('validate text', () => {
  it('per file its findings with line:col and code, then the counts; no ANSI under PLAIN', async () => {
    const out = await text(VALIDATE_FORMATS.text(handMade(), options()));
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/\u001b\[/);
    const lines = out.split('\n');
    expect(lines.find((l) => l.includes('NIP_FORMAT'))).toMatch(/^ {2}4:8 +error +NIP_FORMAT /);
    expect(lines.find((l) => l.includes('NIP_TMT_MUDA'))).toMatch(/^ {2}4:8 +peringatan +NIP_TMT_MUDA /);
    expect(lines.find((l) => l.includes('NILAI_AMBIGU'))).toMatch(/^ {2}7:4 +peringatan +NILAI_AMBIGU /);
    // A CSV's dialect is its header line, not a CSV_FORMAT finding line.
    expect(lines.some((l) => l.startsWith(`${CSV}  `))).toBe(true);
    expect(out).not.toContain('CSV_FORMAT');
    // File order: CSV before SKP (by path); a file with nothing to say is left out.
    expect(out.indexOf(CSV)).toBeLessThan(out.indexOf(SKP));
    expect(out).not.toContain('unit-kerja.yaml');
    expect(lines.at(-2)).toMatch(/^✖ 3 berkas: 1 error, 2 peringatan, 1 info$/);
  });

  it('paints each level through the style it is given', async () => {
    const mark = (tag: string) => (s: string) => `<${tag}>${s}</${tag}>`;
    const style: Style = { ...PLAIN, error: mark('e'), warning: mark('w') };
    const out = await text(VALIDATE_FORMATS.text(handMade(), options({ style })));
    expect(out).toMatch(/<e>error +<\/e> NIP_FORMAT/);
    expect(out).toMatch(/<w>peringatan<\/w> NIP_TMT_MUDA/);
    expect(out).toMatch(/<e>✖ 3 berkas/);
  });
});

describe('validate github', () => {
  it('one workflow command per finding: error / warning / notice with file, line, col and title', async () => {
    const lines = annotations(await text(VALIDATE_FORMATS.github(handMade(), options())));
    expect(lines.map((l) => l.slice(0, l.indexOf('::', 2)))).toEqual([
      `::notice file=${CSV},title=CSV_FORMAT`,
      `::warning file=${CSV},line=7,col=4,title=NILAI_AMBIGU`,
      // `,` → %2C and `:` → %3A inside a property.
      '::error file=skp/a%2Cb%3Ac.yaml,line=4,col=8,title=NIP_FORMAT',
      '::warning file=skp/a%2Cb%3Ac.yaml,line=4,col=8,title=NIP_TMT_MUDA',
    ]);
  });

  it('escapes %, CR and LF in the message', async () => {
    const out = await text(VALIDATE_FORMATS.github(handMade(), options()));
    const error = annotations(out).find((l) => l.startsWith('::error'))!;
    const data = error.slice(error.indexOf('::', 2) + 2);
    // The value's CR and LF are shown as escapes before any of it reaches the log (src/report/safe-text.ts),
    // and `%` is the workflow command's own escape.
    expect(data).toContain('12%253\\r\\n4');
    expect(data).not.toMatch(/[\r\n]/);
    // Only the escapes: the rest of the message is kept as is (`:` and `,` are allowed in data).
    expect(data.replace(/%25|%0D|%0A/g, '')).not.toContain('%');
  });

  it('quiet drops the notices; the text report follows the annotations', async () => {
    const out = await text(VALIDATE_FORMATS.github(handMade(), options({ quiet: true })));
    expect(annotations(out).map((l) => l.split(' ')[0])).toEqual(['::warning', '::error', '::warning']);
    expect(out).toContain('✖ 3 berkas: 1 error, 2 peringatan, 1 info');
    expect(out.lastIndexOf('::notice')).toBeLessThan(out.indexOf('✖'));
    expect(out.lastIndexOf('::warning')).toBeLessThan(out.indexOf('✖'));
    expect(out.indexOf('::stop-commands::')).toBeLessThan(out.indexOf('✖'));
  });
});

describe('validate formats on test/fixtures/engine/kecil', () => {
  it('a clean workspace: valid json, only notices under github', async () => {
    const result = await validateWorkspace(['test/fixtures/engine/kecil'], { cwd: ROOT });
    // 7 YAML files + 5 CSV files; the only findings are the five CSV_FORMAT dialect notes.
    expect(result.files).toHaveLength(12);
    expect(result.counts).toEqual({ error: 0, peringatan: 0, info: 5 });
    const json = await jsonOf(VALIDATE_FORMATS.json(result, options()));
    expect(checkOutput('laporan-validasi', json)).toEqual([]);
    expect(json.valid).toBe(true);
    expect(json.file.filter((f) => f.encoding !== undefined).map((f) => [f.path, f.jenis, f.pemisah])).toEqual([
      ['test/fixtures/engine/kecil/data/kompetensi.csv', 'kompetensi', ';'],
      ['test/fixtures/engine/kecil/data/penilaian.csv', 'penilaian', ';'],
      ['test/fixtures/engine/kecil/data/perilaku.csv', 'perilaku', ','],
      ['test/fixtures/engine/kecil/data/realisasi.csv', 'realisasi', ';'],
      ['test/fixtures/engine/kecil/data/skm.csv', 'skm', ';'],
    ]);
    const github = await text(VALIDATE_FORMATS.github(result, options()));
    expect(
      annotations(github).every((l) => l.startsWith('::notice file=test/fixtures/engine/kecil/data/') && l.includes(',title=CSV_FORMAT::')),
    ).toBe(true);
    expect(annotations(github)).toHaveLength(5);
    expect(await text(VALIDATE_FORMATS.text(result, options()))).toMatch(/✔ 12 berkas: 0 error, 0 peringatan, 5 info\n$/);
  });
});
