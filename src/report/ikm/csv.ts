/** `ikm --format csv`: one row per group, through the one CSV writer (NIPs of `--per petugas` as text). */
import { UNSUR } from '../../core/rules/skm-14-2017/ikm.js';
import type { IkmResult } from '../../engine/ikm.js';
import { nipCell, writeCsv, type CsvCell } from '../csv-writer.js';
import type { FormatOptions } from '../format.js';
import { buildIkmReport } from './json.js';
import type { LaporanIkm } from '../../types/generated/laporan-ikm.js';

/** The columns of a group, shared by the CSV and XLSX exports. */
export const IKM_HEAD = [
  'kunci',
  'unit',
  'layanan',
  'responden',
  ...UNSUR.map((_, u) => `nrr_u${u + 1}`),
  'ikm',
  'nilai',
  'mutu',
  'kinerja',
  'unsur_terlemah',
  'sampel_minimal',
  'sampel_cukup',
  'periode',
  'bobot',
];

export function ikmRows(report: LaporanIkm): CsvCell[][] {
  return report.kelompok.map((k) => [
    report.per === 'petugas' ? nipCell(k.kunci) : k.kunci,
    k.unit,
    k.layanan,
    k.responden,
    ...k.nrr,
    k.ikm,
    k.nilai,
    k.mutu,
    k.kinerja,
    k.unsur_terlemah,
    k.sampel_minimal,
    k.sampel_cukup,
    report.periode ?? '',
    report.bobot,
  ]);
}

export function formatIkmCsv(result: IkmResult, o: FormatOptions): string {
  return writeCsv([IKM_HEAD, ...ikmRows(buildIkmReport(result, o.lang))], o.delimiter);
}
