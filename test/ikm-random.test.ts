/**
 * `asn-kinerja ikm` against a plain re-implementation of RULES.md §4 on random survey files, written
 * both as plain CSV and as an Indonesian Excel writes it: responden, NRR per unsur, nilai, mutu — under
 * each of the three weightings of `skm.bobot` (exact 1/9, and the spreadsheets' 0.111 and 0.11).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../scripts/random.mjs';
import type { LaporanIkm } from '../src/types/generated/laporan-ikm.js';
import { makeTempDir, runCli } from './helpers.js';

const r = (x: number, d: number) => {
  const s = Number(x.toPrecision(15));
  return Math.round(s * 10 ** d + 1e-9) / 10 ** d;
};

describe('ikm against a plain re-implementation', () => {
  for (const seed of [11, 12, 13, 14, 15]) {
    it(`seed ${seed}`, async () => {
      const rand = mulberry32(seed);
      // RULES.md §4.2: tepat = Σ NRR / k; a printed weight w = w × Σ NRR × 9 / k.
      const bobot = (['tepat', '0.111', '0.11'] as const)[seed % 3]!;
      const units = ['u1', 'u2', 'u3'];
      const rows: (string | null)[][] = [];
      for (let i = 0; i < 40 + Math.floor(rand() * 80); i++) {
        const unit = units[Math.floor(rand() * units.length)]!;
        const ans: (string | null)[] = Array.from({ length: 9 }, (_, u) =>
          rand() < (u === 3 ? 0.6 : 0.05) ? null : String(1 + Math.floor(rand() * 4)),
        );
        if (!ans.some((a) => a !== null)) ans[0] = '3';
        rows.push([unit, ...ans]);
      }
      const header = ['unit', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'];
      const dirs = ['plain', 'excel'].map((dialect) => {
        const dir = makeTempDir('ikm');
        const text =
          dialect === 'plain'
            ? [header, ...rows].map((x) => x.map((c) => c ?? '').join(',')).join('\n') + '\n'
            : '\ufeff' + [header.map((h) => h.toUpperCase()), ...rows].map((x) => x.map((c) => c ?? '').join(';')).join('\r\n') + '\r\n';
        writeFileSync(join(dir, 'skm.csv'), text);
        writeFileSync(join(dir, 'asn-kinerja.yaml'), `kind: konfigurasi\nskm:\n  bobot: "${bobot}"\n`);
        return dir;
      });
      const reports: LaporanIkm[] = [];
      for (const dir of dirs)
        reports.push(JSON.parse((await runCli(['ikm', join(dir, 'skm.csv'), '--format', 'json'])).stdout) as LaporanIkm);
      expect(reports[0]!.kelompok).toEqual(reports[1]!.kelompok);
      expect(reports[0]!.bobot).toBe(bobot);
      for (const unit of units) {
        const mine = rows.filter((x) => x[0] === unit);
        if (mine.length === 0) continue;
        const nrr = Array.from({ length: 9 }, (_, u) => {
          const a = mine
            .map((x) => x[u + 1])
            .filter((v): v is string => v !== null)
            .map(Number);
          return a.length ? a.reduce((s, v) => s + v, 0) / a.length : null;
        });
        const present = nrr.filter((x): x is number => x !== null);
        const sum = present.reduce((s, v) => s + v, 0);
        const nilai = (bobot === 'tepat' ? sum / present.length : (Number(bobot) * sum * 9) / present.length) * 25;
        const mutu = r(nilai, 2) >= 88.31 ? 'A' : r(nilai, 2) >= 76.61 ? 'B' : r(nilai, 2) >= 65 ? 'C' : 'D';
        const got = reports[0]!.kelompok.find((k) => k.kunci === unit);
        expect(got).toMatchObject({ responden: mine.length, nilai: r(nilai, 2), mutu });
        expect(got!.nrr).toEqual(nrr.map((x) => (x === null ? null : r(x, 4))));
      }
    });
  }
});
