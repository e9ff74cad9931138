/** `score --format csv`: one table (`--tabel`), each row carrying the period and the rule pack. */
import { writeCsv, nipCell, type CsvCell } from '../csv-writer.js';
import { findingMessage } from '../findings.js';
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
      rows.push(['kode', 'tingkat', 'path', 'baris', 'kolom', 'lembar', 'sel', 'nip', 'pesan']);
      for (const f of report.findings)
        rows.push([
          f.kode,
          f.tingkat,
          f.path,
          f.baris ?? null,
          f.kolom ?? null,
          f.lembar ?? null,
          f.sel ?? null,
          f.nip ? nipCell(f.nip) : null,
          findingMessage(f, report.lang),
        ]);
      break;
  }
  const meta = [laporan.periode, report.metode];
  rows.forEach((r, i) => r.push(...(i === 0 ? ['periode', 'metode'] : meta)));
  return writeCsv(rows, o.delimiter);
}
