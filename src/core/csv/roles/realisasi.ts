/** Indicator realisation, one row per employee, indicator and period (PRODUCT.md "CSV inputs"). */
import type { Periode } from '../../period.js';
import { closestKey } from '../../closest.js';
import { digestOfNumber } from '../overlap.js';
import type { CsvRoleDefinition, RowBase, RowContext } from '../role-definition.js';

export interface RealisasiRow extends RowBase<'realisasi'> {
  nip: string;
  indikator: string;
  periode: Periode;
  nilai: number;
  /** The row's `catatan` (the supervisor's umpan balik on the Dokumen), when not blank. */
  catatan?: string;
}

export const realisasi: CsvRoleDefinition<RealisasiRow> = {
  header: { required: ['nip', 'periode', 'indikator', 'realisasi'], optional: ['catatan'] },
  start(file) {
    // NILAI_MUNGKIN_PECAHAN: the largest value of each `persen` indicator and its first row.
    const persenMax = new Map<string, { max: number; line: number }>();
    return {
      check(row: RowContext): RealisasiRow | null {
        const nip = row.nip('nip');
        const periode = row.period('periode');
        const indikator = row.required('indikator');
        const raw = row.cell('realisasi').trim();
        if (raw === '') {
          row.noteAt('REALISASI_KOSONG', 'realisasi', { indikator }, nip);
          return null;
        }
        const nilai = row.number('realisasi', raw);
        if (nilai < 0) row.reject('NILAI_NEGATIF', 'realisasi', { nilai: raw }, nip);
        // The months are claimed last (overlap code 0; perilaku's are 1–4):
        // a row rejected or ignored for a reason of its own — spanning two masa or none (RULES.md
        // §2.0), an indicator not in the SKP — takes no part in an overlap with the rows beside it.
        if (!row.isInPeriod(periode)) {
          // Rows outside P claim too (overlaps are checked whatever P is), except one that would be
          // rejected for its masa if P held it.
          if (row.fitsMasa(nip, periode)) row.claimMonths(periode, nip, indikator, 0, digestOfNumber(nilai));
          return row.outsidePeriod();
        }
        const plan = row.plan(nip, periode);
        const ind = plan.indikator.get(indikator);
        if (!ind)
          row.reject(
            'INDIKATOR_TIDAK_DI_SKP',
            'indikator',
            { indikator, nip, tahun: periode.tahun, saran: closestKey(indikator, plan.indikator) },
            nip,
          );
        if (ind.sumber === 'skm') {
          row.noteAt('REALISASI_SUMBER_SKM', 'indikator', { indikator }, nip);
          return null;
        }
        row.claimMonths(periode, nip, indikator, 0, digestOfNumber(nilai));
        if (ind.satuan === 'persen') {
          const seen = persenMax.get(indikator);
          if (!seen) persenMax.set(indikator, { max: nilai, line: row.line });
          else if (nilai > seen.max) seen.max = nilai;
        }
        const catatan = row.cell('catatan').trim();
        return {
          peran: 'realisasi',
          nip,
          indikator,
          periode,
          nilai,
          ...(catatan !== '' ? { catatan } : {}),
          file: row.file,
          line: row.line,
        };
      },
      finish() {
        for (const [indikator, { max, line }] of persenMax) {
          if (max <= 1.5) file.note('NILAI_MUNGKIN_PECAHAN', { baris: line, nama_kolom: 'realisasi' }, { indikator, maks: max });
        }
      },
    };
  },
};
