/** The supervisor's explicit ratings (PRODUCT.md "CSV inputs"); RULES.md §2.6: only rows for exactly P count. */
import type { Periode } from '../../period.js';
import { parseRatingCell, RATINGS, type Rating } from '../cells.js';
import type { CsvRoleDefinition, FileContext, RoleRowCheck, RowBase, RowContext } from '../role-definition.js';

export interface PenilaianRow extends RowBase<'penilaian'> {
  nip: string;
  periode: Periode;
  /** Only the columns this row is the first to set for the employee and period (settle.ts may withdraw them). */
  hasilKerja?: Rating;
  perilaku?: Rating;
  nilaiPerilaku?: number;
  inovasi?: boolean;
  /** The row's `catatan`, when not blank (the Dokumen's catatan/rekomendasi). */
  catatan?: string;
}

function start(file: FileContext): RoleRowCheck<PenilaianRow> {
  // nilai_perilaku, inovasi and rating cells the active rule pack does not read: counted, one finding each for the file.
  let ignoredNilai = 0;
  let ignoredInovasi = 0;
  let ignoredRating = 0;
  return {
    check(row: RowContext): PenilaianRow | null {
      const nip = row.nip('nip');
      const periode = row.period('periode');
      const set: { hk?: Rating; perilaku?: Rating; nilai?: number } = {};
      for (const [name, key] of [
        ['rating_hasil_kerja', 'hk'],
        ['rating_perilaku', 'perilaku'],
      ] as const) {
        const raw = row.cell(name).trim();
        if (raw === '') continue;
        if (!row.refs.ratings) {
          ignoredRating++;
          continue;
        }
        const r = parseRatingCell(raw);
        if (!r.ok) row.reject(r.predikat ? 'RATING_PREDIKAT' : 'RATING_TIDAK_VALID', name, { nilai: raw, label: RATINGS }, nip);
        set[key] = r.rating;
      }
      const nilaiRaw = row.cell('nilai_perilaku').trim();
      if (nilaiRaw !== '' && row.refs.nilaiPerilaku) {
        // The legacy packs' 0–100 nilai perilaku (RULES.md §6): outside the scale rejects, never clamps.
        const v = row.number('nilai_perilaku', nilaiRaw);
        if (v < 0 || v > 100) row.reject('PERILAKU_DI_LUAR_SKALA', 'nilai_perilaku', { nilai: nilaiRaw, min: 0, maks: 100 }, nip);
        set.nilai = v;
      } else if (nilaiRaw !== '') ignoredNilai++;
      const inovasiRaw = row.cell('inovasi').trim().toLowerCase();
      let inovasi: boolean | undefined;
      if (inovasiRaw !== '' && row.refs.inovasi) {
        if (inovasiRaw !== 'ya' && inovasiRaw !== 'tidak') row.reject('INOVASI_TIDAK_VALID', 'inovasi', { nilai: inovasiRaw }, nip);
        inovasi = inovasiRaw === 'ya';
      } else if (inovasiRaw !== '') ignoredInovasi++;
      if (set.hk === undefined && set.perilaku === undefined && set.nilai === undefined && inovasi === undefined) {
        // A row whose only value is an ignored column is told once, for the file.
        if (
          nilaiRaw === '' &&
          inovasiRaw === '' &&
          row.cell('rating_hasil_kerja').trim() === '' &&
          row.cell('rating_perilaku').trim() === ''
        )
          row.note('PENILAIAN_KOSONG', { baris: row.line, nip }, {});
        return null;
      }
      const P = row.refs.periode;
      if (P !== null && periode.kode !== P.kode) return row.outsidePeriod();
      row.skp(nip, periode.tahun);
      // A column already set for this employee and period, in any file, repeats or contradicts the
      // first row setting it: this row never gives it (settle.ts says which, and whether the first stands).
      const firsts = row.shared.penilaian.record(nip, periode.kode, row.file, row.line, set, inovasi !== undefined);
      const used: { hasilKerja?: Rating; perilaku?: Rating; nilaiPerilaku?: number } = {};
      for (const k of firsts) {
        if (k === 'hk') used.hasilKerja = set.hk;
        else if (k === 'perilaku') used.perilaku = set.perilaku;
        else used.nilaiPerilaku = set.nilai;
      }
      // A row that only repeats columns set before is rejected; one stating inovasi is not.
      if (firsts.length === 0 && inovasi === undefined) row.rejectRow();
      return {
        peran: 'penilaian',
        nip,
        periode,
        ...used,
        ...(inovasi !== undefined ? { inovasi } : {}),
        ...(row.cell('catatan').trim() !== '' ? { catatan: row.cell('catatan').trim() } : {}),
        file: row.file,
        line: row.line,
      };
    },
    finish() {
      if (ignoredNilai > 0) file.note('NILAI_PERILAKU_DIABAIKAN', {}, { jumlah: ignoredNilai });
      if (ignoredInovasi > 0) file.note('INOVASI_DIABAIKAN', {}, { jumlah: ignoredInovasi });
      if (ignoredRating > 0) file.note('RATING_DIABAIKAN', {}, { jumlah: ignoredRating });
    },
  };
}

export const penilaian: CsvRoleDefinition<PenilaianRow> = {
  header: {
    required: ['nip', 'periode'],
    anyOf: ['rating_hasil_kerja', 'rating_perilaku', 'nilai_perilaku', 'inovasi'],
    optional: ['rating_hasil_kerja', 'rating_perilaku', 'nilai_perilaku', 'inovasi', 'catatan'],
  },
  start,
};
