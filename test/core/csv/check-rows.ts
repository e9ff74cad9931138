/** Literal cells through the shared row checker: hand-built header map and references, no files. */
import type { Finding } from '../../../src/core/findings.js';
import { parsePeriode } from '../../../src/core/period.js';
import type { CsvReferences, SkpIndikatorRef } from '../../../src/core/csv/references.js';
import type { CsvRole } from '../../../src/core/csv/role-definition.js';
import { RowChecker, type SharedCsvState, type UsedRow } from '../../../src/core/csv/row-checker.js';
import { createCsvSession } from '../../../src/core/csv/session.js';
import { applySettlement, settleSession } from '../../../src/core/csv/settle.js';

export const STAF = '199104152015032001';
export const KEPALA = '197805122003121002';
/** A valid NIP without an SKP. */
export const NO_SKP = '198703152010012003';
/** A NIP whose 2026 SKP failed its schema. */
export const BAD_SKP = '198410172009072001';

/** Moved in July (RULES.md §2.0): skp/mutasi-1.yaml for 2026-01..06 (rated by KEPALA), skp/mutasi-2.yaml after. */
export const MUTASI = '198907212014022004';
/** A CPNS appointed in May 2026: one SKP with masa 2026-05..2026-12. */
export const CPNS = '199802102026052001';

const indikator = (o: Record<string, SkpIndikatorRef>) => new Map(Object.entries(o));
const YEAR = { bulanAwal: 1, bulanAkhir: 12 };
const SKPS: Record<string, ReturnType<CsvReferences['skp']>> = {
  [`${STAF}|2026`]: {
    rencana: [
      {
        path: 'skp/staf.yaml',
        valid: true,
        masa: YEAR,
        indikator: indikator({
          'dokumen-perencanaan': { satuan: 'dokumen', sumber: 'realisasi' },
          'tepat-waktu': { satuan: 'persen', sumber: 'realisasi' },
          kepuasan: { satuan: 'persen', sumber: 'skm' },
        }),
        penilaiNip: KEPALA,
      },
    ],
  },
  [`${KEPALA}|2026`]: {
    rencana: [
      {
        path: 'skp/kepala.yaml',
        valid: true,
        masa: YEAR,
        indikator: indikator({ 'layanan-tepat-waktu': { satuan: 'persen', sumber: 'realisasi' } }),
        penilaiNip: undefined,
      },
    ],
  },
  [`${MUTASI}|2026`]: {
    rencana: [
      {
        path: 'skp/mutasi-1.yaml',
        valid: true,
        masa: { bulanAwal: 1, bulanAkhir: 6 },
        indikator: indikator({ 'dokumen-perencanaan': { satuan: 'dokumen', sumber: 'realisasi' } }),
        penilaiNip: KEPALA,
      },
      {
        path: 'skp/mutasi-2.yaml',
        valid: true,
        masa: { bulanAwal: 7, bulanAkhir: 12 },
        indikator: indikator({ 'layanan-tepat-waktu': { satuan: 'persen', sumber: 'realisasi' } }),
        penilaiNip: STAF,
      },
    ],
  },
  [`${CPNS}|2026`]: {
    rencana: [
      {
        path: 'skp/cpns.yaml',
        valid: true,
        masa: { bulanAwal: 5, bulanAkhir: 12 },
        indikator: indikator({ 'dokumen-perencanaan': { satuan: 'dokumen', sumber: 'realisasi' } }),
        penilaiNip: KEPALA,
      },
    ],
  },
};

/** STAF (rated by KEPALA) and KEPALA have 2026 SKPs; units instansi and sekretariat; scale 1–5; P = 2026. */
export function makeRefs(overrides: Partial<CsvReferences> = {}): CsvReferences {
  const known = [STAF, KEPALA, BAD_SKP, MUTASI, CPNS];
  return {
    periode: parsePeriode('2026'),
    skp: (nip, tahun) => SKPS[`${nip}|${tahun}`],
    hasInvalidSkp: (nip, tahun) => nip === BAD_SKP && tahun === 2026,
    isKnownNip: (nip) => known.includes(nip),
    nipMirip: () => null,
    findByPrefix15: (prefix) => known.filter((n) => n.startsWith(prefix)),
    units: {
      has: (id) => id === 'instansi' || id === 'sekretariat',
      idByNama: (nama) => (nama.trim().toLowerCase() === 'sekretariat' ? 'sekretariat' : undefined),
    },
    skala: { min: 1, maks: 5 },
    nilaiPerilaku: false,
    inovasi: false,
    ratings: true,
    perilaku360: true,
    ...overrides,
  };
}

export interface CheckOptions {
  refs?: CsvReferences;
  shared?: SharedCsvState;
  cap?: number;
  convention?: 'koma' | 'titik';
  path?: string;
}

/**
 * Header on line 1, `rows` from line 2; the session is settled after the file (core/csv/settle.ts), so
 * the result is the file's as a job sees it. With a `shared` session the earlier files' rows take part
 * (their own results were returned before this file's rows were read: see checkFiles).
 */
export function checkRows(role: CsvRole, header: readonly string[], rows: readonly (readonly string[])[], o: CheckOptions = {}) {
  return checkFiles(role, header, [{ path: o.path ?? 'data.csv', rows }], o)[0]!;
}

/** Several files of one role read in one session, in this order, then settled together. */
export function checkFiles(
  role: CsvRole,
  header: readonly string[],
  files: readonly { path: string; rows: readonly (readonly string[])[] }[],
  o: Omit<CheckOptions, 'path'> = {},
) {
  const shared = o.shared ?? createCsvSession();
  const refs = o.refs ?? makeRefs();
  const read = files.map(({ path, rows }) => {
    const used: UsedRow[] = [];
    const checker = new RowChecker({
      path,
      role,
      columns: new Map(header.map((name, i) => [name, i])),
      headerLength: header.length,
      convention: o.convention ?? 'koma',
      refs,
      shared,
      cap: o.cap ?? 1000,
      onRow: (row) => used.push(row),
    });
    rows.forEach((cells, i) => checker.row(cells, i + 2));
    return { used, file: checker.file, result: { findings: checker.finish(), counts: checker.counts } };
  });
  const settled = settleSession(shared, refs.periode);
  const gone = (row: UsedRow) => settled.withdrawn.some((w) => w.file === row.file && w.line === row.line && w.peran !== 'penilaian');
  return read.map(({ used, file, result }) => {
    const { findings, counts } = applySettlement(result, settled.files.get(file));
    return { rows: used.filter((row) => !gone(row)), findings, counts, codes: findings.map(at), withdrawn: settled.withdrawn };
  });
}

/** `KODE baris:kolom`, the way the tests name a finding. */
export function at(f: Finding): string {
  return `${f.kode} ${f.baris ?? '-'}:${f.kolom ?? '-'}`;
}
