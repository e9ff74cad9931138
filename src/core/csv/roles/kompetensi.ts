/** Competency development activities, counted in JP (PRODUCT.md "CSV inputs"). */
import type { Tanggal } from '../cells.js';
import type { CsvRoleDefinition, RoleRowCheck, RowBase, RowContext } from '../role-definition.js';

export interface KompetensiRow extends RowBase<'kompetensi'> {
  nip: string;
  tanggal: Tanggal;
  jp: number;
}

const rowCheck: RoleRowCheck<KompetensiRow> = {
  check(row: RowContext): KompetensiRow | null {
    const nip = row.nip('nip');
    const tanggal = row.date('tanggal');
    row.required('kegiatan');
    const jpRaw = row.required('jp');
    const jp = row.number('jp', jpRaw);
    if (!(jp > 0)) row.reject('JP_TIDAK_VALID', 'jp', { nilai: jpRaw }, nip);
    if (!row.inPeriod({ tahun: tanggal.tahun, bulanAwal: tanggal.bulan, bulanAkhir: tanggal.bulan })) return null;
    row.skp(nip, tanggal.tahun);
    return { peran: 'kompetensi', nip, tanggal, jp, file: row.file, line: row.line };
  },
};

export const kompetensi: CsvRoleDefinition<KompetensiRow> = {
  header: { required: ['nip', 'tanggal', 'kegiatan', 'jp'], optional: ['jenis', 'penyelenggara'] },
  start: () => rowCheck,
};
