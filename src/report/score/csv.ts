/** `score --format csv`: one table (`--tabel`), each row carrying the period and the rule pack. */
import { writeCsv, nipCell, type CsvCell } from '../csv-writer.js';
import { findingMessage } from '../findings.js';
import type { FormatOptions } from '../format.js';
import type { ScoreReport } from './model.js';
import { viewOf } from './packs/index.js';

import type { TabelCsv } from '../names.js';

const DIST = ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang', 'tidak_dinilai'] as const;

export function formatScoreCsv(report: ScoreReport, o: FormatOptions & { tabel?: TabelCsv }): string {
  const { laporan } = report;
  const rows: CsvCell[][] = [];
  switch (o.tabel ?? 'pegawai') {
    case 'pegawai': {
      const view = viewOf(laporan.metode);
      rows.push([...view.csvHead]);
      for (const e of laporan.pegawai) rows.push(view.csvRow(e));
      break;
    }
    case 'unit':
      rows.push([
        'id',
        'nama',
        'induk',
        'jumlah_pegawai',
        ...DIST,
        'rata_rata_capaian',
        'predikat_organisasi',
        'kurva_diperiksa',
        'kurva_sesuai',
        'kepatuhan_jp',
      ]);
      for (const u of laporan.unit)
        rows.push([
          u.id,
          u.nama,
          u.induk,
          u.jumlah_pegawai,
          ...DIST.map((k) => u.distribusi[k]),
          u.rata_rata_capaian,
          u.predikat_organisasi,
          u.kurva.diperiksa,
          u.kurva.sesuai,
          u.kepatuhan_jp,
        ]);
      break;
    case 'tim':
      rows.push(['id', 'nama', 'jumlah_pegawai', ...DIST, 'rata_rata_capaian', 'kepatuhan_jp']);
      for (const t of laporan.tim)
        rows.push([t.id, t.nama, t.jumlah_pegawai, ...DIST.map((k) => t.distribusi[k]), t.rata_rata_capaian, t.kepatuhan_jp]);
      break;
    case 'temuan':
      rows.push(['kode', 'tingkat', 'path', 'baris', 'kolom', 'nip', 'pesan']);
      for (const f of report.findings)
        rows.push([
          f.kode,
          f.tingkat,
          f.path,
          f.baris ?? null,
          f.kolom ?? null,
          f.nip ? nipCell(f.nip) : null,
          findingMessage(f, report.lang),
        ]);
      break;
  }
  const meta = [laporan.periode, report.metode];
  rows.forEach((r, i) => r.push(...(i === 0 ? ['periode', 'metode'] : meta)));
  return writeCsv(rows, o.delimiter);
}
