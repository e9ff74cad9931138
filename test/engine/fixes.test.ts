/**
 * The four behaviours issue [5] fixed on the way, each on the bundled example or a copy of it with
 * one change. Every expectation below failed before the fix (shown in each test's comment).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LaporanIkm } from '../../src/types/generated/laporan-ikm.js';
import { copyFixture, EXAMPLE, makeTempDir, runCli, type Laporan62022 } from '../helpers.js';

// Nur Hidayat (bappeda): rhk-1's indicator bappeda.dokumen-perencanaan is `konsolidasi: jumlah`,
// annual target 4, with one realisasi row per quarter (data/realisasi-2026.csv).
const NUR = '198605252010112001';

describe('bug 1: --explain words a target_periode override as it was computed', () => {
  it('an override for exactly P covered in full is not pro-rated, and says so', async () => {
    const ws = copyFixture(EXAMPLE);
    const skp = join(ws, 'skp', 'bappeda', 'nur-hidayat.yaml');
    writeFileSync(skp, readFileSync(skp, 'utf8').replace('target: 4\n', 'target: 4\n        target_periode:\n          2026-TW1: 2\n'));
    const r = await runCli(['score', ws, '--periode', '2026-TW1', '--explain', NUR]);
    expect(r.code).toBe(0);
    const line = r.stdout
      .split('\n')
      .find((l) => l.includes('target =') && r.stdout.indexOf(l) > r.stdout.indexOf('bappeda.dokumen-perencanaan'))!;
    // Before: "target = 2 = 2 × 3/12 (diprorata ke bulan tercakup)" — 2 is TW1's own target, used as is.
    expect(line.trim()).toBe('target = 2 (target_periode 2026-TW1)');
    const json = JSON.parse((await runCli(['score', ws, '--periode', '2026-TW1', '--format', 'json'])).stdout) as Laporan62022;
    const ind = json.pegawai.find((p) => p.nip === NUR)!.hasil_kerja[0]!.indikator[0]!;
    expect(ind.target).toBe(2);
    // TW1 realisasi 1 against the TW1 target 2: 1 × 100 / 2 = 50.
    expect(ind.capaian).toBe(50);
  });

  it('an annual jumlah target for a quarter still shows its pro-rating', async () => {
    const r = await runCli(['score', EXAMPLE, '--periode', '2026-TW1', '--explain', NUR]);
    // 4 × 3/12 = 1: the annual target scaled to the three months covered (RULES.md §2.2).
    expect(r.stdout).toContain('target = 1 = 4 × 3/12 (diprorata ke bulan tercakup)');
  });
});

describe('bug 2: ikm --format csv goes through the one CSV writer', () => {
  const survey = (rows: string[]) => ['unit;u1;u2;u3;u4;u5;u6;u7;u8;u9;tanggal;layanan;nip_petugas', ...rows].join('\r\n') + '\r\n';

  it('a cell that needs quoting and starts with = is neutralised, then quoted', async () => {
    const dir = makeTempDir('asn-kinerja-fix-');
    const f = join(dir, 'skm.csv');
    writeFileSync(f, survey(['dinkes;4;4;4;4;4;4;4;4;4;15/03/2026;"=HYPERLINK(""http://x"";""y"")";']));
    const r = await runCli(['ikm', f, '--per', 'layanan', '--format', 'csv']);
    const row = r.stdout.split('\r\n')[1]!;
    // Before: "=HYPERLINK(""http://x"";""y"")" — quoted, but still a live formula once Excel unquotes it.
    expect(row).toContain(`;"'=HYPERLINK(""http://x"";""y"")";`);
  });

  it('--per petugas writes NIPs as text cells', async () => {
    const r = await runCli(['ikm', EXAMPLE, '--per', 'petugas', '--format', 'csv']);
    const keys = r.stdout
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(';')[0]);
    expect(keys.length).toBeGreaterThan(0);
    // Before: 197710182004042001 — which Excel shows as 1,97710E+17 and keeps only 15 digits of.
    for (const k of keys) expect(k).toMatch(/^="\d{18}"$/);
  });
});

describe('bug 3: score reports the SKM findings ikm reports for the same pooled groups', () => {
  it('the SKM_* findings of score equal those of ikm --per unit on the same workspace', async () => {
    for (const periode of ['2026', '2026-TW2']) {
      const score = JSON.parse((await runCli(['score', EXAMPLE, '--periode', periode, '--format', 'json'])).stdout) as Laporan62022;
      const ikm = JSON.parse((await runCli(['ikm', EXAMPLE, '--periode', periode, '--format', 'json'])).stdout) as LaporanIkm;
      const skm = (list: { kode: string; args: object }[]) =>
        list
          .filter((f) => f.kode.startsWith('SKM_') && f.kode !== 'SKM_TANPA_KELOMPOK')
          .map((f) => `${f.kode} ${JSON.stringify(f.args)}`)
          .sort();
      // ikm's paths are relative to where it ran, score's to the workspace: compare code and args.
      expect(skm(score.temuan)).toEqual(skm(ikm.temuan));
      // Before: score had none of them (the example's units lack some populasi_layanan).
      expect(skm(score.temuan).length).toBeGreaterThan(0);
    }
  });
});

describe('bug 4: --unit scopes teams the same way in json and csv', () => {
  it('the teams with a member in the subtree, in both outputs', async () => {
    const ws = copyFixture(EXAMPLE);
    // 198411202007021001 is in dinkes, 198605252010112001 (Nur Hidayat) in bappeda.
    writeFileSync(
      join(ws, 'tim-kerja.yaml'),
      [
        'kind: tim-kerja',
        'tim:',
        '  - id: tim-lintas',
        '    nama: Tim lintas unit',
        '    ketua: "198411202007021001"',
        '    anggota: ["198605252010112001"]',
        '  - id: tim-bappeda',
        '    nama: Tim perencanaan',
        '    ketua: "198605252010112001"',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await runCli(['score', ws, '--unit', 'dinkes', '--format', 'json'])).stdout) as Laporan62022;
    const csv = (await runCli(['score', ws, '--unit', 'dinkes', '--format', 'csv', '--tabel', 'tim'])).stdout;
    const csvIds = csv
      .split('\r\n')
      .slice(1, -1)
      .map((l) => l.split(';')[0]);
    // Before: json had no team at all, csv had both.
    expect(json.tim.map((t) => t.id)).toEqual(['tim-lintas']);
    expect(csvIds).toEqual(['tim-lintas']);
    // A team's figures are the whole team's, members outside the subtree included.
    expect(json.tim[0]!.jumlah_pegawai).toBe(2);
    const all = JSON.parse((await runCli(['score', ws, '--format', 'json'])).stdout) as Laporan62022;
    expect(all.tim.map((t) => t.id)).toEqual(['tim-bappeda', 'tim-lintas']);
  });
});
