/** Competency development activities, counted in JP (PRODUCT.md "CSV inputs"). */
import type { Tanggal } from '../cells.js';
import type { CsvRoleDefinition, RoleRowCheck, RowBase, RowContext } from '../role-definition.js';

export interface KompetensiRow extends RowBase<'kompetensi'> {
  nip: string;
  tanggal: Tanggal;
  jp: number;
}

const JENIS = new Set(['klasikal', 'nonklasikal']);

const rowCheck: RoleRowCheck<KompetensiRow> = {
  check(row: RowContext): KompetensiRow | null {
    const nip = row.nip('nip');
    const tanggal = row.date('tanggal');
    row.required('kegiatan');
    const jpRaw = row.required('jp');
    const jp = row.number('jp', jpRaw);
    if (!(jp > 0)) row.reject('JP_TIDAK_VALID', 'jp', { nilai: jpRaw }, nip);
    // PRODUCT.md: klasikal / nonklasikal. Anything else is a row not as it seems (a shifted column too).
    const jenis = row.cell('jenis').trim();
    if (jenis !== '' && !JENIS.has(jenis.toLowerCase().replace(/[\s-]+/g, '')))
      row.reject('JENIS_KOMPETENSI_TIDAK_VALID', 'jenis', { nilai: jenis }, nip);
    if (!row.inPeriod({ tahun: tanggal.tahun, bulanAwal: tanggal.bulan, bulanAkhir: tanggal.bulan })) return null;
    row.skp(nip, tanggal.tahun);
    return { peran: 'kompetensi', nip, tanggal, jp, file: row.file, line: row.line };
  },
};

export const kompetensi: CsvRoleDefinition<KompetensiRow> = {
  header: { required: ['nip', 'tanggal', 'kegiatan', 'jp'], optional: ['jenis', 'penyelenggara'] },
  start: () => rowCheck,
};
