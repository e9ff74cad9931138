/** 360° behaviour ratings: one row per employee, rater and period, the seven values (PRODUCT.md "CSV inputs"). */
import { meets } from '../../masa.js';
import type { Periode } from '../../period.js';
import type { RaterRole } from '../../config.js';
import { parseRaterRoleCell } from '../cells.js';
import { digestOf } from '../overlap.js';
import type { CsvRoleDefinition, RowBase, RowContext } from '../role-definition.js';

export const NILAI_PERILAKU = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'] as const;

export interface PerilakuRow extends RowBase<'perilaku'> {
  nip: string;
  penilaiNip: string;
  peranPenilai: RaterRole;
  periode: Periode;
  /** In NILAI_PERILAKU order; null: not rated. */
  nilai: (number | null)[];
  /** The row's `catatan`, when not blank (the penilai's umpan balik on the Dokumen). */
  catatan?: string;
}

// Overlap codes 1–4, apart from realisasi's 0.
const OVERLAP_CODE = { atasan: 1, rekan: 2, bawahan: 3, diri: 4 } as const satisfies Record<RaterRole, number>;

export const perilaku: CsvRoleDefinition<PerilakuRow> = {
  header: { required: ['nip', 'periode', 'penilai_nip', 'peran', ...NILAI_PERILAKU], optional: ['catatan'] },
  start(file) {
    // Rater warnings once per employee and rater in a file.
    const warned = new Set<string>();
    const notPenilai = new Set<string>();
    // Rows the active rule pack does not read (RULES.md §6): counted as ignored, never checked, said once.
    let ignored = 0;
    return {
      check(row: RowContext): PerilakuRow | null {
        if (!row.refs.perilaku360) {
          ignored++;
          return null;
        }
        const nip = row.nip('nip');
        const periode = row.period('periode');
        const rater = row.nip('penilai_nip');
        const roleRaw = row.required('peran');
        const role = parseRaterRoleCell(roleRaw);
        if (!role) row.reject('PERAN_TIDAK_VALID', 'peran', { nilai: roleRaw }, nip);
        if (role === 'diri' && rater !== nip) row.reject('PERILAKU_DIRI_NIP', 'penilai_nip', { nip, penilai_nip: rater }, nip);
        if (role !== 'diri' && rater === nip) row.reject('PERILAKU_PENILAI_DIRI', 'penilai_nip', { peran: role }, nip);
        const { min, maks } = row.refs.skala;
        let answered = 0;
        const nilai: (number | null)[] = [];
        for (const name of NILAI_PERILAKU) {
          const raw = row.cell(name).trim();
          if (raw === '') {
            nilai.push(null);
            continue;
          }
          answered++;
          const v = row.number(name, raw);
          if (v < min || v > maks) row.reject('PERILAKU_DI_LUAR_SKALA', name, { nilai: raw, min, maks }, nip);
          nilai.push(v);
        }
        if (answered === 0) row.reject('PERILAKU_KOSONG', NILAI_PERILAKU[0], {}, nip);
        // The months are claimed last: a row rejected or ignored for its SKP takes no part in an overlap.
        if (!row.isInPeriod(periode)) {
          row.claimMonths(periode, nip, rater, OVERLAP_CODE[role], digestOf(nilai), role);
          row.inPeriod(periode); // counted as outside P (and as longer than P when it holds all of P)
          return null;
        }
        const skp = row.skp(nip, periode.tahun);
        row.claimMonths(periode, nip, rater, OVERLAP_CODE[role], digestOf(nilai), role);
        const pair = `${nip}|${rater}`;
        if (!warned.has(pair)) {
          warned.add(pair);
          if (!row.refs.isKnownNip(rater)) row.noteAt('PENILAI_TANPA_SKP', 'penilai_nip', { penilai_nip: rater }, nip);
        }
        if (role === 'atasan' && !notPenilai.has(pair)) {
          // After a mutasi the employee has had several penilai: any SKP whose masa the row meets counts.
          const penilai = skp.rencana.filter((r) => meets(r.masa, periode) && r.penilaiNip !== undefined).map((r) => r.penilaiNip!);
          if (penilai.length > 0 && !penilai.includes(rater)) {
            notPenilai.add(pair);
            row.noteAt('ATASAN_BUKAN_PENILAI', 'penilai_nip', { penilai_nip: rater, penilai_skp: penilai[0]! }, nip);
          }
        }
        const catatan = row.cell('catatan').trim();
        return {
          peran: 'perilaku',
          nip,
          penilaiNip: rater,
          peranPenilai: role,
          periode,
          nilai,
          ...(catatan !== '' ? { catatan } : {}),
          file: row.file,
          line: row.line,
        };
      },
      finish() {
        if (ignored > 0) file.note('PERILAKU_DIABAIKAN', {}, { jumlah: ignored });
        // RULES.md §2.5 takes the rows inside P: a quarter scored from a file of semester rows has none.
        // Said once for the file, not as a missing atasan for every employee.
        if (file.counts.baris_dipakai === 0 && file.longerThanP.jumlah > 0 && file.refs.periode)
          file.note(
            'PERILAKU_PERIODE_LEBIH_PANJANG',
            {},
            { periode: file.refs.periode.kode, contoh: file.longerThanP.contoh, jumlah: file.longerThanP.jumlah },
          );
      },
    };
  },
};
