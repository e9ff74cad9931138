/**
 * `score --format xlsx`: one workbook — pegawai, hasil kerja (a row per RHK and indicator), unit, tim,
 * temuan, sumber — from the same report model and column definitions as the CSV export, so the two
 * cannot disagree on a number. Every sheet carries the period and the rule pack, as the CSV does.
 */
import type { CsvCell } from '../csv-writer.js';
import { TEMUAN_HEAD, temuanRows } from '../findings.js';
import type { FormatOptions } from '../format.js';
import { writeXlsx, type XlsxSheet } from '../xlsx-writer.js';
import type { ScoreReport } from './model.js';
import { viewOf } from './packs/index.js';

/** Two decimals, as RULES.md §1 reports them. */
const SCORES = Object.fromEntries(
  [
    'capaian_hasil_kerja',
    'nilai_perilaku',
    'angka_kredit',
    'jp_kompetensi',
    'capaian_rhk',
    'capaian_indikator',
    'rata_rata_capaian',
    'kepatuhan_jp',
  ].map((k) => [k, '0.00']),
);

export async function formatScoreXlsx(report: ScoreReport, o: FormatOptions): Promise<Uint8Array> {
  const { laporan } = report;
  const view = viewOf(laporan.metode);
  const meta: CsvCell[] = [laporan.periode, report.metode];
  const withMeta = (head: readonly string[], rows: CsvCell[][]): Pick<XlsxSheet, 'head' | 'rows'> => ({
    head: [...head, 'periode', 'metode'],
    rows: rows.map((r) => [...r, ...meta]),
  });
  const sheets: XlsxSheet[] = [
    {
      name: 'pegawai',
      ...withMeta(
        view.csvHead,
        laporan.pegawai.map((e) => view.csvRow(e)),
      ),
      formats: SCORES,
    },
    {
      name: view.detail.sheet,
      ...withMeta(
        view.detail.head,
        laporan.pegawai.flatMap((e) => view.detail.rows(e)),
      ),
      formats: SCORES,
    },
    {
      name: 'unit',
      ...withMeta(
        view.unitCsv.head,
        laporan.unit.map((u) => view.unitCsv.row(u)),
      ),
      formats: SCORES,
    },
    {
      name: 'tim',
      ...withMeta(
        view.timCsv.head,
        laporan.tim.map((t) => view.timCsv.row(t)),
      ),
      formats: SCORES,
    },
    {
      name: 'temuan',
      ...withMeta(TEMUAN_HEAD, temuanRows(report.findings, report.lang)),
    },
    {
      name: 'sumber',
      ...withMeta(
        [
          'path',
          'lembar',
          'jenis',
          'sha256',
          'encoding',
          'pemisah',
          'desimal',
          'baris_dibaca',
          'baris_dipakai',
          'baris_ditolak',
          'baris_diabaikan',
        ],
        laporan.sumber.map((s) => [
          s.path,
          s.lembar ?? null,
          s.jenis,
          s.sha256,
          s.encoding,
          s.pemisah === '\t' ? 'tab' : s.pemisah,
          s.desimal,
          s.baris_dibaca,
          s.baris_dipakai,
          s.baris_ditolak,
          s.baris_diabaikan,
        ]),
      ),
    },
  ];
  return writeXlsx(sheets, o.lang, laporan.periode);
}
