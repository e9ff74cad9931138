/** `score --format csv`: one table (`--tabel`), each row carrying the period and the rule pack. */
import { writeCsv, type CsvCell } from '../csv-writer.js';
import { TEMUAN_HEAD, temuanRows } from '../findings.js';
import type { FormatOptions } from '../format.js';
import type { ScoreReport } from './model.js';
import { viewOf } from './packs/index.js';

import type { TabelCsv } from '../names.js';

export function formatScoreCsv(report: ScoreReport, o: FormatOptions & { tabel?: TabelCsv }): string {
  const { laporan } = report;
  const view = viewOf(laporan.metode);
  const rows: CsvCell[][] = [];
  switch (o.tabel ?? 'pegawai') {
    case 'pegawai':
      rows.push([...view.csvHead]);
      for (const e of laporan.pegawai) rows.push(view.csvRow(e));
      break;
    case 'unit':
      rows.push([...view.unitCsv.head]);
      for (const u of laporan.unit) rows.push(view.unitCsv.row(u));
      break;
    case 'tim':
      rows.push([...view.timCsv.head]);
      for (const t of laporan.tim) rows.push(view.timCsv.row(t));
      break;
    case 'temuan':
      rows.push([...TEMUAN_HEAD], ...temuanRows(report.findings, report.lang));
      break;
  }
  const meta = [laporan.periode, report.metode];
  rows.forEach((r, i) => r.push(...(i === 0 ? ['periode', 'metode'] : meta)));
  return writeCsv(rows, o.delimiter);
}
