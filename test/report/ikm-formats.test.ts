/**
 * Every ikm format (src/report/ikm/, IKM_FORMATS) on the SKM rows of test/fixtures/engine/kecil/data/skm.csv:
 *   line 2  bidang 2026-02-03  4 4 4 4 4 4 4 4 4
 *   line 3  bidang 2026-05-12  3 3 3 3 3 3 3 3 3
 *   line 4  induk  2026-09-21  4 3 4 3 4 3 4 3 2
 * unit-kerja.yaml: induk ⊃ bidang; populasi_layanan induk 20, bidang 10. Hand-derived (RULES.md §4):
 *   bidang (rows 2–3): NRR_u = 7/2 = 3.5 for every u → ikm 3.5, nilai 87.5 → B (76.61–88.30), Baik;
 *     weakest: all tie → u1; Krejcie–Morgan N = 10 → 10; 2 < 10 → sampel_cukup false.
 *   induk pooling its subtree (rows 2–4): NRR = 11/3 for u1, u3, u5, u7; 10/3 for u2, u4, u6, u8; 3 for u9;
 *     Σ = 44/3 + 40/3 + 3 = 31 → ikm 31/9 = 3.4444…, nilai 775/9 = 86.11 → B, Baik; weakest u9;
 *     N = 20 + 10 = 30 → s = round(3.841·30·0.25 / (0.0025·29 + 3.841·0.25)) = round(27.89) = 28.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computeIkm, type IkmRequest, type IkmResult } from '../../src/engine/ikm.js';
import { IKM_FORMATS } from '../../src/report/ikm/index.js';
import type { LaporanIkm } from '../../src/types/generated/laporan-ikm.js';
import { checkOutput } from '../../src/schema/check-output.js';
import { ROOT } from '../helpers.js';
import { options, text } from './format-helpers.js';

const WS = 'test/fixtures/engine/kecil';
const SKM = `${WS}/data/skm.csv`;
const BOM = '\ufeff';

async function ikm(request: Omit<IkmRequest, 'cwd'> = { paths: [WS] }): Promise<IkmResult> {
  const r = await computeIkm({ cwd: ROOT, ...request });
  if (!r.ok) throw new Error('config refused');
  return r;
}

const INDUK_NRR = [3.6667, 3.3333, 3.6667, 3.3333, 3.6667, 3.3333, 3.6667, 3.3333, 3];

describe('ikm json', () => {
  it('passes the laporan-ikm schema and carries the hand-derived figures', async () => {
    const json = JSON.parse(await text(IKM_FORMATS.json(await ikm(), options()))) as LaporanIkm;
    expect(checkOutput('laporan-ikm', json)).toEqual([]);
    expect(json).toMatchObject({ versi_format: 1, periode: '2026', per: 'unit', bobot: 'tepat' });
    expect(json.sumber).toMatchObject([{ path: SKM, baris_dibaca: 3, baris_dipakai: 3, baris_ditolak: 0, baris_diabaikan: 0 }]);
    expect(json.sumber[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.kelompok).toEqual([
      {
        kunci: 'bidang',
        unit: 'bidang',
        layanan: null,
        responden: 2,
        nrr: Array(9).fill(3.5),
        ikm: 3.5,
        nilai: 87.5,
        mutu: 'B',
        kinerja: 'Baik',
        unsur_terlemah: 1,
        sampel_minimal: 10,
        sampel_cukup: false,
      },
      {
        kunci: 'induk',
        unit: 'induk',
        layanan: null,
        responden: 3,
        nrr: INDUK_NRR,
        ikm: 3.4444,
        nilai: 86.11,
        mutu: 'B',
        kinerja: 'Baik',
        unsur_terlemah: 9,
        sampel_minimal: 28,
        sampel_cukup: false,
      },
    ]);
    // Too few respondents in both groups; the dialect note for the file.
    expect(json.temuan.map((f) => [f.kode, f.tingkat, f.args])).toEqual([
      ['CSV_FORMAT', 'info', { encoding: 'utf-8', pemisah: ';', desimal: 'koma', sumber_desimal: 'pemisah' }],
      ['SKM_SAMPEL_KURANG', 'peringatan', { kunci: 'bidang', responden: 2, sampel_minimal: 10 }],
      ['SKM_SAMPEL_KURANG', 'peringatan', { kunci: 'induk', responden: 3, sampel_minimal: 28 }],
    ]);
  });

  it('--periode 2026-S1 keeps rows 2–3 only: induk then has the same 2 responses as bidang', async () => {
    const json = JSON.parse(await text(IKM_FORMATS.json(await ikm({ paths: [WS], periode: '2026-S1' }), options()))) as LaporanIkm;
    expect(checkOutput('laporan-ikm', json)).toEqual([]);
    expect(json.periode).toBe('2026-S1');
    expect(json.kelompok.map((k) => [k.kunci, k.responden, k.nilai])).toEqual([
      ['bidang', 2, 87.5],
      ['induk', 2, 87.5],
    ]);
    // The September row is outside P: read, ignored.
    expect(json.sumber[0]).toMatchObject({ baris_dibaca: 3, baris_dipakai: 2, baris_diabaikan: 1 });
  });

  it('a bare CSV file groups by its own `unit` column, without pooling the subtree', async () => {
    const json = JSON.parse(await text(IKM_FORMATS.json(await ikm({ paths: [SKM] }), options()))) as LaporanIkm;
    expect(checkOutput('laporan-ikm', json)).toEqual([]);
    // induk's own row only: NRR = the answers 4 3 4 3 4 3 4 3 2; ikm = 30/9 = 3.3333, nilai 83.33;
    // its own populasi 20 → s = round(19.205 / 1.00775) = 19.
    const induk = json.kelompok.find((k) => k.kunci === 'induk');
    expect(induk).toMatchObject({
      responden: 1,
      nrr: [4, 3, 4, 3, 4, 3, 4, 3, 2],
      ikm: 3.3333,
      nilai: 83.33,
      mutu: 'B',
      unsur_terlemah: 9,
      sampel_minimal: 19,
    });
  });
});

describe('ikm csv', () => {
  const HEAD =
    'kunci;unit;layanan;responden;nrr_u1;nrr_u2;nrr_u3;nrr_u4;nrr_u5;nrr_u6;nrr_u7;nrr_u8;nrr_u9;ikm;nilai;mutu;kinerja;unsur_terlemah;sampel_minimal;sampel_cukup;periode;bobot';

  it('one row per group, decimal comma under `;`, the period and weighting on every row', async () => {
    expect(await text(IKM_FORMATS.csv(await ikm(), options()))).toBe(
      BOM +
        [
          HEAD,
          'bidang;bidang;;2;3,5;3,5;3,5;3,5;3,5;3,5;3,5;3,5;3,5;3,5;87,5;B;Baik;1;10;false;2026;tepat',
          'induk;induk;;3;3,6667;3,3333;3,6667;3,3333;3,6667;3,3333;3,6667;3,3333;3;3,4444;86,11;B;Baik;9;28;false;2026;tepat',
        ]
          .map((l) => l + '\r\n')
          .join(''),
    );
  });

  it('decimal point under `,`', async () => {
    const rows: string[][] = parse(await text(IKM_FORMATS.csv(await ikm(), options({ delimiter: ',' }))), { bom: true });
    expect(rows[0]).toEqual(HEAD.split(';'));
    expect(rows.slice(1).map((r) => [r[0], r[5], r[13], r[14]])).toEqual([
      ['bidang', '3.5', '3.5', '87.5'],
      ['induk', '3.3333', '3.4444', '86.11'],
    ]);
  });
});

describe('ikm table', () => {
  it('each group with its nine unsur, the index and mutu, the non-info codes, no ANSI under PLAIN', async () => {
    const out = await text(IKM_FORMATS.table(await ikm(), options()));
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/\u001b\[/);
    for (let u = 1; u <= 9; u++) expect(out).toContain(`U${u}`);
    expect(out).toMatch(/^bidang {2}2 responden$/m);
    expect(out).toMatch(/^induk {2}3 responden$/m);
    expect(out).toMatch(/IKM 3\.5000 .* 87\.50 .* B/);
    expect(out).toMatch(/IKM 3\.4444 .* 86\.11 .* B/);
    // u9 of induk: NRR 3 → 3 × 25 = 75.00 → C (65.00–76.60).
    expect(out).toMatch(/U9 .*3\.0000 .*75\.00 .*C/);
    expect(out).toContain('SKM_SAMPEL_KURANG');
    // Info findings are not listed under the table.
    expect(out).not.toContain('CSV_FORMAT');
  });
});
