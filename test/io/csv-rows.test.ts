/** readCsvFile hands every used row, typed, to the caller (what score and ikm consume). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../src/io/csv-file.js';
import { loadWorkspace } from '../../src/io/workspace.js';
import { buildCsvReferences } from '../../src/core/csv/build-references.js';
import { createCsvSession } from '../../src/core/csv/session.js';
import { resolveConfig } from '../../src/core/config.js';
import { parsePeriode } from '../../src/core/period.js';
import type { UsedRow } from '../../src/core/csv/row-checker.js';
import { copyFixture, FIXTURES } from '../helpers.js';

const STAF = '199104152015032001';
const KEPALA = '197805122003121002';

async function rowsOf(name: string, text: string, periode = '2026') {
  const ws = copyFixture(join(FIXTURES, 'validate', 'base'));
  writeFileSync(join(ws, name), text);
  const loaded = loadWorkspace(ws, { cwd: ws, sizeLimit: 1e9, yamlSizeLimit: 1e9 });
  const refs = buildCsvReferences(loaded.docs, resolveConfig(loaded.config?.data), parsePeriode(periode));
  const rows: UsedRow[] = [];
  const r = await readCsvFile(join(ws, name), name, {
    sizeLimit: 1e9,
    cap: 1000,
    refs,
    shared: createCsvSession(),
    onRow: (row) => rows.push(row),
  });
  return { rows, counts: r.counts };
}

describe('typed rows', () => {
  it('realisasi: only used rows, with value, period and line', async () => {
    const { rows, counts } = await rowsOf(
      'r.csv',
      `nip;periode;indikator;realisasi\n${STAF};2026-TW1;dokumen-perencanaan;1,5\n${STAF};2026-TW2;dokumen-perencanaan;\n${STAF};2026-TW3;dokumen-perencanaan;2\n`,
      '2026-S2',
    );
    expect(rows).toEqual([
      {
        peran: 'realisasi',
        nip: STAF,
        indikator: 'dokumen-perencanaan',
        periode: expect.objectContaining({ kode: '2026-TW3' }),
        nilai: 2,
        file: 0,
        line: 4,
      },
    ]);
    expect(counts).toEqual({ baris_dibaca: 3, baris_dipakai: 1, baris_ditolak: 0, baris_diabaikan: 2 });
  });
  it('perilaku: the seven values with blanks as null', async () => {
    const { rows } = await rowsOf(
      'p.csv',
      `nip;periode;penilai_nip;peran;berorientasi_pelayanan;akuntabel;kompeten;harmonis;loyal;adaptif;kolaboratif\n${STAF};2026-S1;${KEPALA};atasan;4;3,5;;4;4;4;5\n`,
    );
    expect(rows[0]).toMatchObject({ peran: 'perilaku', penilaiNip: KEPALA, peranPenilai: 'atasan', nilai: [4, 3.5, null, 4, 4, 4, 5] });
  });
  it('penilaian: only the columns this row sets first', async () => {
    const { rows } = await rowsOf(
      'n.csv',
      `nip;periode;rating_hasil_kerja;rating_perilaku;inovasi\n${STAF};2026;di atas;;ya\n${STAF};2026;sesuai;dibawah;\n`,
    );
    expect(rows).toEqual([
      {
        peran: 'penilaian',
        nip: STAF,
        periode: expect.objectContaining({ kode: '2026' }),
        hasilKerja: 'Di Atas Ekspektasi',
        // 6/2022 does not read inovasi (INOVASI_DIABAIKAN): the row does not carry it.
        file: 0,
        line: 2,
      },
      {
        peran: 'penilaian',
        nip: STAF,
        periode: expect.objectContaining({ kode: '2026' }),
        perilaku: 'Di Bawah Ekspektasi',
        file: 0,
        line: 3,
      },
    ]);
  });
  it('skm: answers as numbers, layanan and petugas', async () => {
    const { rows } = await rowsOf(
      's.csv',
      `unit;tanggal;layanan;nip_petugas;u1;u2;u3;u4;u5;u6;u7;u8;u9\nsekretariat;2026-03-01;Legalisir;${STAF};4;3;;4;4;4;3;2;1\n`,
    );
    expect(rows[0]).toMatchObject({
      peran: 'skm',
      unit: 'sekretariat',
      layanan: 'Legalisir',
      nipPetugas: STAF,
      jawaban: [4, 3, null, 4, 4, 4, 3, 2, 1],
    });
  });
});
