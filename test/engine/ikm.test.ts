/** `asn-kinerja ikm` (RULES.md §4, PermenPAN-RB 14/2017) end to end. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutput } from '../../src/schema/check-output.js';
import type { LaporanIkm } from '../../src/types/generated/laporan-ikm.js';
import type { LaporanValidasi } from '../../src/types/generated/laporan-validasi.js';
import { copyFixture, EXAMPLE, FIXTURES, runCli, type Laporan62022 } from '../helpers.js';

const HEADER = 'unit;tanggal;layanan;nip_petugas;u1;u2;u3;u4;u5;u6;u7;u8;u9';
const STAF = '199104152015032001';

/** RULES.md §7: 29 respondents answering all nine unsur, grand total 955 (172 fours, 89 threes). */
function contoh(unit = 'sekretariat'): string[] {
  let fours = 172;
  return Array.from({ length: 29 }, (_, r) => {
    const a = Array.from({ length: 9 }, () => (fours-- > 0 ? '4' : '3'));
    return `${unit};${String((r % 28) + 1).padStart(2, '0')}/03/2026;Legalisir;${STAF};${a.join(';')}`;
  });
}

function workspace(files: Record<string, string>, config?: string) {
  const ws = copyFixture(join(FIXTURES, 'validate', 'base'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(ws, name), text);
  if (config) writeFileSync(join(ws, 'asn-kinerja.yaml'), config);
  return ws;
}

async function ikmJson(ws: string, extra: string[] = []) {
  const r = await runCli(['ikm', '.', '--format', 'json', ...extra], { cwd: ws });
  return { code: r.code, report: JSON.parse(r.stdout) as LaporanIkm };
}

describe('ikm', () => {
  it('RULES.md §7: 29 respondents, total 955 → 91.48 (A); the parent unit pools its subtree', async () => {
    const { report, code } = await ikmJson(workspace({ 'skm.csv': [HEADER, ...contoh()].join('\n') + '\n' }));
    expect(checkOutput('laporan-ikm', report)).toEqual([]);
    const sek = report.kelompok.find((k) => k.kunci === 'sekretariat');
    expect(sek).toMatchObject({ responden: 29, nilai: 91.48, mutu: 'A', kinerja: 'Sangat Baik' });
    // `instansi` is sekretariat's parent: same responses, same index.
    expect(report.kelompok.find((k) => k.kunci === 'instansi')).toMatchObject({ responden: 29, nilai: 91.48 });
    expect(code).toBe(0);
  });
  it('RULES.md §7: with skm.bobot "0.111" → 91.38', async () => {
    const ws = workspace(
      { 'skm.csv': [HEADER, ...contoh()].join('\n') + '\n' },
      'kind: konfigurasi\ntahun: 2026\nskm:\n  bobot: "0.111"\n',
    );
    const { report } = await ikmJson(ws);
    expect(report.bobot).toBe('0.111');
    expect(report.kelompok.find((k) => k.kunci === 'sekretariat')!.nilai).toBe(91.38);
  });
  it('RULES.md §7: with skm.bobot "0.11" → 90.56', async () => {
    const ws = workspace({ 'skm.csv': [HEADER, ...contoh()].join('\n') + '\n' }, 'kind: konfigurasi\ntahun: 2026\nskm:\n  bobot: "0.11"\n');
    const { code, report } = await ikmJson(ws);
    expect(code).toBe(0);
    expect(report.bobot).toBe('0.11');
    // 0.11 × (955 / 29) × 25 = 90.5603…
    expect(report.kelompok.find((k) => k.kunci === 'sekretariat')!.nilai).toBe(90.56);
  });

  it('an unusable config is refused with exit 2, as score refuses it, not replaced by the defaults', async () => {
    // docs/keputusan.md [5]: "0,111" is not one of the weightings; before, ikm silently used "tepat".
    const ws = workspace(
      { 'skm.csv': [HEADER, ...contoh()].join('\n') + '\n' },
      'kind: konfigurasi\ntahun: 2026\nskm:\n  bobot: "0,111"\n',
    );
    const r = await runCli(['ikm', '.', '--format', 'json'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('SKEMA');
    expect(r.stderr).toContain('asn-kinerja.yaml');
    const score = await runCli(['score', '.'], { cwd: ws });
    expect(score.code).toBe(2);
  });

  it('RULES.md §7: N = 220 → a minimum sample of 140', async () => {
    const units =
      'kind: unit-kerja\nunit:\n  - id: instansi\n    nama: Instansi\n  - id: sekretariat\n    nama: Sekretariat\n    induk: instansi\n    populasi_layanan: 220\n';
    const ws = workspace({ 'skm.csv': [HEADER, ...contoh()].join('\n') + '\n', 'unit-kerja.yaml': units });
    const { report } = await ikmJson(ws);
    expect(report.kelompok.find((k) => k.kunci === 'sekretariat')).toMatchObject({
      sampel_minimal: 140,
      sampel_cukup: false,
    });
  });
  it('bad survey data is rejected at its line, never clamped: a 5, a 1–5 Likert file, a missing unsur column', async () => {
    const bad = [HEADER, ...contoh().slice(0, 3), `sekretariat;04/03/2026;Legalisir;${STAF};5;4;4;4;4;4;4;4;4`].join('\n') + '\n';
    const likert = [HEADER, `sekretariat;04/03/2026;;;5;5;4;3;2;1;5;5;5`, `sekretariat;05/03/2026;;;5;4;4;4;4;4;4;4;5`].join('\n') + '\n';
    const noU9 = ['unit;tanggal;u1;u2;u3;u4;u5;u6;u7;u8', 'sekretariat;04/03/2026;4;4;4;4;4;4;4;4'].join('\n') + '\n';
    const r = await runCli(['validate', '.', '--format', 'json'], {
      cwd: workspace({ 'a.csv': bad, 'likert.csv': likert, 'kurang.csv': noU9 }),
    });
    const byPath = Object.fromEntries((JSON.parse(r.stdout) as LaporanValidasi).file.map((f) => [f.path, f]));
    expect(byPath['a.csv']!.temuan.filter((t) => t.tingkat === 'error')).toEqual([
      expect.objectContaining({ kode: 'SKM_JAWABAN_TIDAK_VALID', baris: 5, nama_kolom: 'u1' }),
    ]);
    expect(byPath['a.csv']).toMatchObject({ baris_dipakai: 3, baris_ditolak: 1 });
    expect(byPath['likert.csv']).toMatchObject({ baris_dipakai: 0, baris_ditolak: 2 });
    expect(byPath['kurang.csv']!.temuan[0]).toMatchObject({ kode: 'CSV_TIDAK_DIKENALI' });
    expect(String((byPath['kurang.csv']!.temuan[0]!.args as { diharapkan: unknown }).diharapkan)).toContain(
      'skm: unit;u1;u2;u3;u4;u5;u6;u7;u8;u9',
    );
    expect(r.code).toBe(1);
  });
  it('--per layanan and --per petugas; plain and Excel dialects give the same groups', async () => {
    const excel = '\ufeff' + [HEADER.toUpperCase(), ...contoh()].join('\r\n') + '\r\n';
    const plain = [HEADER.replace(/;/g, ','), ...contoh().map((l) => l.replace(/;/g, ','))].join('\n') + '\n';
    const a = await ikmJson(workspace({ 'skm.csv': excel }), ['--per', 'layanan']);
    const b = await ikmJson(workspace({ 'skm.csv': plain }), ['--per', 'layanan']);
    expect(a.report.kelompok).toEqual(b.report.kelompok);
    expect(a.report.kelompok.map((k) => k.kunci)).toEqual(['sekretariat/Legalisir']);
    const c = await ikmJson(workspace({ 'skm.csv': excel }), ['--per', 'petugas']);
    expect(c.report.kelompok).toEqual([expect.objectContaining({ kunci: STAF, responden: 29, nilai: 91.48 })]);
  });
  it('two SKM files of one workspace pool their responses', async () => {
    const rows = contoh();
    const ws = workspace({
      'a.csv': [HEADER, ...rows.slice(0, 10)].join('\n') + '\n',
      'b.csv': [HEADER, ...rows.slice(10)].join('\n') + '\n',
    });
    const r = await runCli(['ikm', 'a.csv', 'b.csv', '--format', 'json'], { cwd: ws });
    expect((JSON.parse(r.stdout) as LaporanIkm).kelompok).toEqual([
      expect.objectContaining({ kunci: 'sekretariat', responden: 29, nilai: 91.48 }),
    ]);
  });
  it('the bundled example: every unit listed, pooled over its subtree', async () => {
    const r = await runCli(['ikm', EXAMPLE, '--format', 'json']);
    const report = JSON.parse(r.stdout) as LaporanIkm;
    expect(checkOutput('laporan-ikm', report)).toEqual([]);
    const by = Object.fromEntries(report.kelompok.map((k) => [k.kunci, k]));
    expect(by.pemkot!.responden).toBe(by.dinkes!.responden + by.disdukcapil!.responden);
    expect(by.setda).toMatchObject({ responden: 0, ikm: null });
    expect(r.code).toBe(0);
  });
});

describe('score uses the survey', () => {
  it('each unit carries its IKM and the score report still matches its schema', async () => {
    const r = await runCli(['score', EXAMPLE, '--format', 'json']);
    const report = JSON.parse(r.stdout) as Laporan62022;
    expect(checkOutput('laporan-skor', report)).toEqual([]);
    const capil = report.unit.find((u) => u.id === 'disdukcapil');
    expect(capil!.ikm).toMatchObject({ responden: 180, mutu: 'B' });
    // The head of disdukcapil has an indicator fed by the KTP-el survey (skm_lingkup: layanan).
    const head = report.pegawai.find((p) => p.nip === '197102021993021001');
    const ind = head!.hasil_kerja[0]!.indikator.find((i) => i.id === 'disdukcapil.ikm-ktp-el');
    const ikm = await runCli(['ikm', EXAMPLE, '--per', 'layanan', '--format', 'json']);
    const ktp = (JSON.parse(ikm.stdout) as LaporanIkm).kelompok.find((k) => k.kunci === 'disdukcapil/KTP-el');
    expect(ind!.realisasi).toBe(ktp!.nilai);
  });
});
