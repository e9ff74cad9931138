/**
 * `asn-kinerja score` end to end. The small workspace is test/fixtures/validate/base with CSVs written
 * here; every number asserted is derived by hand in the comment beside it (RULES.md §2).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutput } from '../../src/schema/check-output.js';
import { copyFixture, EXAMPLE, FIXTURES, runCli, type Laporan62022 } from '../helpers.js';

const STAF = '199104152015032001';
const KEPALA = '197805122003121002';
const v = (x: number | string) => Array(7).fill(x).join(';');

function workspace(dialect: 'excel' | 'plain' = 'excel') {
  const ws = copyFixture(join(FIXTURES, 'validate', 'base'));
  const tables: Record<string, string[][]> = {
    'realisasi.csv': [
      ['nip', 'periode', 'indikator', 'realisasi'],
      [STAF, '2026-TW1', 'dokumen-perencanaan', '1'],
      [STAF, '2026-TW2', 'dokumen-perencanaan', '2'],
      [STAF, '2026-TW2', 'laporan-tepat-waktu', '6'],
      [KEPALA, '2026-TW1', 'layanan-tepat-waktu', '99'],
      [KEPALA, '2026-TW2', 'layanan-tepat-waktu', '90'],
    ],
    'perilaku.csv': [
      [
        'nip',
        'periode',
        'penilai_nip',
        'peran',
        'berorientasi_pelayanan',
        'akuntabel',
        'kompeten',
        'harmonis',
        'loyal',
        'adaptif',
        'kolaboratif',
      ],
      [STAF, '2026', KEPALA, 'atasan', ...v(4).split(';')],
    ],
    'penilaian.csv': [
      ['nip', 'periode', 'rating_perilaku'],
      [KEPALA, '2026', 'sesuai'],
    ],
  };
  for (const [name, rows] of Object.entries(tables)) {
    const text =
      dialect === 'excel'
        ? '\ufeff' + rows.map((r, i) => (i === 0 ? r.map((h) => h.toUpperCase()) : r).join(';')).join('\r\n') + '\r\n'
        : rows.map((r) => r.join(',')).join('\n') + '\n';
    writeFileSync(join(ws, name), text);
  }
  return ws;
}

async function scoreJson(ws: string, extra: string[] = []) {
  const r = await runCli(['score', '--format', 'json', ...extra], { cwd: ws });
  return { code: r.code, report: JSON.parse(r.stdout) as Laporan62022, stderr: r.stderr };
}

describe('score on a small workspace, hand-derived', () => {
  it('year 2026', async () => {
    const { code, report } = await scoreJson(workspace());
    expect(checkOutput('laporan-skor', report)).toEqual([]);
    const [kepala, staf] = [report.pegawai.find((p) => p.nip === KEPALA)!, report.pegawai.find((p) => p.nip === STAF)!];
    // staf, dokumen-perencanaan (jumlah): 1 + 2 over 6 months; target 4 × 6/12 = 2 → 150 % → capped at 120.
    expect(staf.hasil_kerja[0]!.indikator[0]).toMatchObject({ target: 2, realisasi: 3, capaian: 120, bulan_tercakup: 6 });
    // laporan-tepat-waktu (minimal, terakhir, 3–5): 6 > 5 → (2 − 6/5) × 100 = 80.
    expect(staf.hasil_kerja[0]!.indikator[1]).toMatchObject({ realisasi: 6, capaian: 80 });
    // RHK = (120 + 80) / 2 = 100 → capaian hasil kerja 100 → Sesuai (Di Atas needs > 100).
    expect(staf).toMatchObject({
      capaian_hasil_kerja: 100,
      rating_hasil_kerja: 'Sesuai Ekspektasi',
      nilai_perilaku: 4,
      rating_perilaku: 'Di Atas Ekspektasi',
      predikat: 'Baik',
    });
    // ahli-pertama, Baik, a whole year: 100 % × 12.5 = 12.5.
    expect(staf.angka_kredit).toBe(12.5);
    // kepala: (3 × 99 + 3 × 90) / 6 = 94.5 → 94.5 / 90 = 105 → computed Di Atas; but he heads `instansi`
    // (predikat organisasi Baik) → Sesuai from the organisation; no atasan rows, the penilai's Sesuai.
    expect(kepala).toMatchObject({
      capaian_hasil_kerja: 105,
      rating_hasil_kerja_dihitung: 'Di Atas Ekspektasi',
      rating_hasil_kerja: 'Sesuai Ekspektasi',
      nilai_perilaku: null,
      rating_perilaku: 'Sesuai Ekspektasi',
      sumber_rating: { hasil_kerja: 'organisasi', perilaku: 'penilai' },
      predikat: 'Baik',
    });
    const instansi = report.unit.find((u) => u.id === 'instansi')!;
    // Both employees are in its subtree; mean capaian (105 + 100) / 2 = 102.5; 2 < 5 employees → no kurva check.
    expect(instansi).toMatchObject({
      jumlah_pegawai: 2,
      rata_rata_capaian: 102.5,
      kurva: { diperiksa: false, alasan: 'PEGAWAI_KURANG', sesuai: null },
    });
    expect(instansi.distribusi).toMatchObject({ Baik: 2, tidak_dinilai: 0 });
    expect(report.sumber.map((s) => s.jenis)).toEqual(['penilaian', 'perilaku', 'realisasi']);
    expect(code).toBe(0);
  });
  it('one triwulan: targets pro-rated, missing data null, kurva not checked', async () => {
    const { report } = await scoreJson(workspace(), ['--periode', '2026-TW1']);
    const staf = report.pegawai.find((p) => p.nip === STAF)!;
    // dokumen: 1 in TW1, target 4 × 3/12 = 1 → 100; laporan: no row in TW1 → null, left out.
    expect(staf.hasil_kerja[0]!.indikator.map((i) => i.capaian)).toEqual([100, null]);
    expect(staf.capaian_hasil_kerja).toBe(100);
    // The perilaku row is for the year, not inside TW1: no atasan score → no predikat.
    expect(staf).toMatchObject({ nilai_perilaku: null, predikat: null, alasan: ['PERILAKU_TIDAK_DINILAI'] });
    expect(report.unit[0]!.kurva.alasan).toBe('PERIODE_BUKAN_TAHUNAN');
  });
  it('plain CSV and Excel-dialect CSV give identical results', async () => {
    const a = await scoreJson(workspace('excel'));
    const b = await scoreJson(workspace('plain'));
    expect(a.report.pegawai).toEqual(b.report.pegawai);
    expect(a.report.unit).toEqual(b.report.unit);
  });
});

describe('score options', () => {
  it('--explain NIP traces rows (file:line) to the predikat; json gives a jejak', async () => {
    const ws = workspace();
    const text = await runCli(['score', '--explain', STAF], { cwd: ws });
    expect(text.stdout).toContain('[realisasi.csv:2]');
    expect(text.stdout).toContain('predikat = Baik');
    const json = await runCli(['score', '--explain', STAF, '--format', 'json'], { cwd: ws });
    expect((JSON.parse(json.stdout) as { jejak: unknown[] }).jejak.length).toBeGreaterThan(5);
    expect((await runCli(['score', '--explain', '198001012005011001'], { cwd: ws })).code).toBe(2);
    expect((await runCli(['score', '--explain', STAF, '--format', 'csv'], { cwd: ws })).code).toBe(2);
  });
  it('--unit limits to a subtree; an unknown unit exits 2', async () => {
    const ws = workspace();
    const { report } = await scoreJson(ws, ['--unit', 'sekretariat']);
    expect(report.pegawai.map((p) => p.nip)).toEqual([STAF]);
    expect(report.unit.map((u) => u.id)).toEqual(['sekretariat']);
    expect((await runCli(['score', '--unit', 'tidak-ada'], { cwd: ws })).code).toBe(2);
  });
  it('--output writes the file (stdout empty) and refuses to write over an input', async () => {
    const ws = workspace();
    const r = await runCli(['score', '--format', 'json', '--output', 'hasil.json'], { cwd: ws });
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect((JSON.parse(readFileSync(join(ws, 'hasil.json'), 'utf8')) as Laporan62022).versi_format).toBe(1);
    const before = readFileSync(join(ws, 'realisasi.csv'), 'utf8');
    expect((await runCli(['score', '--output', 'realisasi.csv'], { cwd: ws })).code).toBe(2);
    expect(readFileSync(join(ws, 'realisasi.csv'), 'utf8')).toBe(before);
    expect(existsSync(join(ws, '.hasil.json.tmp'))).toBe(false);
  });
  it('a table written with --output carries no colour, even under FORCE_COLOR', async () => {
    const ws = workspace();
    const r = await runCli(['score', '--output', 'hasil.txt'], { cwd: ws, env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(r.code).toBe(0);
    const text = readFileSync(join(ws, 'hasil.txt'), 'utf8');
    expect(text).toContain('asn-kinerja score');
    expect(text).not.toContain('\x1b[');
    // The same run to stdout is coloured, so the check above can fail.
    expect((await runCli(['score'], { cwd: ws, env: { FORCE_COLOR: '1', NO_COLOR: '' } })).stdout).toContain('\x1b[');
  });
  it('csv: BOM, NIP kept as text for Excel, decimal comma with ;', async () => {
    const r = await runCli(['score', '--format', 'csv'], { cwd: workspace() });
    expect(r.stdout.startsWith('\ufeffnip;nama;unit;')).toBe(true);
    expect(r.stdout).toContain(`="${STAF}";Staf Perencana;sekretariat;100;`);
    expect(r.stdout.split('\r\n')[1]!.endsWith(';2026;permenpan-rb-6-2022 1.0.0')).toBe(true);
    const en = await runCli(['--lang', 'en', 'score', '--format', 'csv', '--tabel', 'unit'], { cwd: workspace() });
    expect(en.stdout).toContain('instansi,Nama Instansi,,2,0,2,0,0,0,0,102.5,Baik,false,,,2026,permenpan-rb-6-2022 1.0.0');
  });
  it('usage errors exit 2: bad --periode, several SKP years with nothing to choose', async () => {
    const ws = workspace();
    expect((await runCli(['score', '--periode', '2026-TW5'], { cwd: ws })).code).toBe(2);
    writeFileSync(join(ws, 'asn-kinerja.yaml'), 'kind: konfigurasi\n');
    const skp = readFileSync(join(ws, 'skp', 'staf.yaml'), 'utf8');
    writeFileSync(join(ws, 'skp', 'lama.yaml'), skp.replace('tahun: 2026', 'tahun: 2025'));
    const r = await runCli(['score'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2025, 2026');
  });
});

describe('score on the bundled example', () => {
  it('exits 0; the report matches its schema and adds up', async () => {
    const r = await runCli(['score', EXAMPLE, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Laporan62022;
    expect(checkOutput('laporan-skor', report)).toEqual([]);
    expect(report.ringkasan.pegawai).toBe(33);
    for (const u of report.unit) {
      const total = Object.values(u.distribusi).reduce((a, b) => a + b, 0);
      expect(total).toBe(u.jumlah_pegawai);
      if (u.kurva.diperiksa) expect(u.kurva.sesuai).toBe(u.kurva.pelanggaran.length === 0);
    }
    const keys = report.pegawai.map((p) => `${p.unit}|${p.nip}`);
    expect(keys).toEqual([...keys].sort());
  });
  it('the table fits 100 columns', async () => {
    const r = await runCli(['score', EXAMPLE]);
    const widest = Math.max(
      ...r.stdout
        .split('\n')
        .filter((l) => !l.includes('  info ') && !l.includes('  peringatan ') && !l.includes('  error '))
        .map((l) => [...l].length),
    );
    expect(widest).toBeLessThanOrEqual(100);
  });
});
