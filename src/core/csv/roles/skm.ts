/** Citizen survey responses, Permenpan RB 14/2017: one row per respondent, answers u1–u9 (PRODUCT.md "CSV inputs"). */
import { parseTanggalCell } from '../cells.js';
import type { CsvRoleDefinition, RowBase, RowContext } from '../role-definition.js';

export const UNSUR_SKM = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;

export interface SkmRow extends RowBase<'skm'> {
  unit: string;
  layanan: string | null;
  nipPetugas: string | null;
  /** In UNSUR_SKM order, 1–4; null: not answered. */
  jawaban: (number | null)[];
}

export const skm: CsvRoleDefinition<SkmRow> = {
  header: { required: ['unit', ...UNSUR_SKM], optional: ['tanggal', 'periode', 'layanan', 'nip_petugas', 'responden_id'] },
  start(file) {
    const hasPeriode = file.has('periode');
    const hasTanggal = file.has('tanggal');
    // Without a date or period every row is in scope: said once.
    const withoutPeriod = !hasTanggal && !hasPeriode;
    if (withoutPeriod) file.note('SKM_TANPA_PERIODE', { baris: 1 }, {});
    return {
      check(row: RowContext): SkmRow | null {
        const unit = row.required('unit');
        const units = row.refs.units;
        if (units && !units.has(unit)) row.reject('SKM_UNIT_TIDAK_DIKENAL', 'unit', { unit, id: units.idByNama(unit) ?? null });
        let answered = 0;
        const jawaban: (number | null)[] = [];
        for (const name of UNSUR_SKM) {
          const raw = row.cell(name).trim();
          if (raw === '') {
            jawaban.push(null);
            continue;
          }
          if (raw !== '1' && raw !== '2' && raw !== '3' && raw !== '4')
            row.reject('SKM_JAWABAN_TIDAK_VALID', name, { nilai: raw, unsur: name });
          jawaban.push(raw.charCodeAt(0) - 48);
          answered++;
        }
        if (answered === 0) row.reject('SKM_KOSONG', UNSUR_SKM[0], {});
        const petugas = row.cell('nip_petugas').trim();
        const nipPetugas = petugas !== '' ? row.nip('nip_petugas') : null;
        const layanan = row.cell('layanan').trim() || null;
        if (!withoutPeriod) {
          let when: { tahun: number; bulanAwal: number; bulanAkhir: number };
          if (hasPeriode) {
            const p = row.period('periode');
            when = p;
            if (hasTanggal && row.cell('tanggal').trim() !== '') {
              const t = parseTanggalCell(row.cell('tanggal'));
              // The period decides; a date outside it is only noted.
              if (t.ok && (t.tanggal.tahun !== p.tahun || t.tanggal.bulan < p.bulanAwal || t.tanggal.bulan > p.bulanAkhir)) {
                row.noteAt('SKM_PERIODE_TIDAK_COCOK', 'tanggal', { tanggal: row.cell('tanggal').trim(), periode: p.kode });
              }
            }
          } else {
            const t = row.date('tanggal');
            when = { tahun: t.tahun, bulanAwal: t.bulan, bulanAkhir: t.bulan };
          }
          if (!row.inPeriod(when)) return null;
        }
        return { peran: 'skm', unit, layanan, nipPetugas, jawaban, file: row.file, line: row.line };
      },
    };
  },
};
