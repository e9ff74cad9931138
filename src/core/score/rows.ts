/**
 * The rows scoring uses, collected from the CSV reader's used rows (inside P, canonical order),
 * per employee. Pack-neutral: every rule pack reads the same collection.
 */
import type { UsedRow } from '../csv/row-checker.js';
import type { WithdrawnRow } from '../csv/settle.js';
import type { Periode } from '../period.js';
import type { RaterRole } from '../config.js';
import type { Rating } from '../csv/cells.js';
import { SkmCollector } from '../skm/pool.js';

export interface RowOrigin {
  file: number;
  line: number;
}

/**
 * Realisation rows of one indicator, flat: [bulanAwal, bulanAkhir, nilai, file, line] per row — five
 * numbers, not an object, because a workspace can hold millions of them.
 */
export type RealisasiRows = number[];
export const FIELDS_REALISASI = 5;

export function pushRealisasi(list: RealisasiRows, periode: Periode, nilai: number, origin: RowOrigin): void {
  list.push(periode.bulanAwal, periode.bulanAkhir, nilai, origin.file, origin.line);
}

/** The rows of one indicator as objects (for one employee at a time). */
export function readRealisasi(list: RealisasiRows, tahun: number): { periode: Periode; nilai: number; origin: RowOrigin }[] {
  const out = [];
  for (let i = 0; i < list.length; i += FIELDS_REALISASI) {
    const [a, b, nilai, file, line] = list.slice(i, i + FIELDS_REALISASI) as [number, number, number, number, number];
    const kode =
      a === 1 && b === 12
        ? String(tahun)
        : a === b
          ? `${tahun}-${String(a).padStart(2, '0')}`
          : b - a === 2
            ? `${tahun}-TW${b / 3}`
            : `${tahun}-S${b / 6}`;
    out.push({ periode: { kode, jenis: 'bulan' as const, tahun, bulanAwal: a, bulanAkhir: b }, nilai, origin: { file, line } });
  }
  return out;
}

/** One 360° rating row: who rated, in which role, the seven values (null = blank). */
export interface CollectedPerilakuRow {
  penilaiNip: string;
  peran: RaterRole;
  nilai: readonly (number | null)[];
  periode: Periode;
  origin: RowOrigin;
}

/** What the CSV reader collected, per employee (bounded by employees × indicators × months). */
export interface CollectedRows {
  realisasi: Map<string, Map<string, RealisasiRows>>;
  perilaku: Map<string, CollectedPerilakuRow[]>;
  /** The penilai's explicit ratings for P; under the legacy packs also the 0–100 nilai perilaku and inovasi. */
  penilaian: Map<string, { hasilKerja?: Rating; perilaku?: Rating; nilaiPerilaku?: number; inovasi?: boolean }>;
  /** null: no kompetensi CSV in the workspace (then no JP figures and no JP findings). */
  kompetensi: Map<string, number> | null;
  skm: SkmCollector;
  /** A 360° file whose rows are all for periods longer than P (PERILAKU_PERIODE_LEBIH_PANJANG, said there). */
  perilakuLebihPanjang: boolean;
  /** The used rows' non-blank `catatan`, kept only when asked (the Dokumen's umpan balik); else null. */
  catatan: CatatanRows | null;
}

/** One row's note and where it comes from. */
export interface Catatan {
  periode: Periode;
  teks: string;
  origin: RowOrigin;
}

/** Notes of the used rows, per employee, in the order the rows were read (canonical). */
export interface CatatanRows {
  /** By NIP, then indicator key. */
  realisasi: Map<string, Map<string, Catatan[]>>;
  /** By NIP: the rater of each note, so a document can show only the penilai's. */
  perilaku: Map<string, (Catatan & { penilaiNip: string; peran: RaterRole })[]>;
  penilaian: Map<string, Catatan[]>;
}

export function emptyRows(options: { catatan?: boolean } = {}): CollectedRows {
  return {
    catatan: options.catatan ? { realisasi: new Map(), perilaku: new Map(), penilaian: new Map() } : null,
    realisasi: new Map(),
    perilaku: new Map(),
    penilaian: new Map(),
    kompetensi: null,
    skm: new SkmCollector(),
    perilakuLebihPanjang: false,
  };
}

/** Adds one used row to the collection. */
export function collectRow(rows: CollectedRows, row: UsedRow): void {
  const origin = { file: row.file, line: row.line };
  switch (row.peran) {
    case 'realisasi': {
      let byIndicator = rows.realisasi.get(row.nip);
      if (!byIndicator) rows.realisasi.set(row.nip, (byIndicator = new Map<string, RealisasiRows>()));
      let list = byIndicator.get(row.indikator);
      if (!list) byIndicator.set(row.indikator, (list = []));
      pushRealisasi(list, row.periode, row.nilai, origin);
      if (rows.catatan && row.catatan !== undefined) {
        const notes = rows.catatan.realisasi.get(row.nip) ?? new Map<string, Catatan[]>();
        rows.catatan.realisasi.set(row.nip, notes);
        const own = notes.get(row.indikator) ?? [];
        notes.set(row.indikator, own);
        own.push({ periode: row.periode, teks: row.catatan, origin });
      }
      return;
    }
    case 'perilaku': {
      const list = rows.perilaku.get(row.nip) ?? [];
      rows.perilaku.set(row.nip, list);
      list.push({ penilaiNip: row.penilaiNip, peran: row.peranPenilai, nilai: row.nilai, periode: row.periode, origin });
      if (rows.catatan && row.catatan !== undefined) {
        const notes = rows.catatan.perilaku.get(row.nip) ?? [];
        rows.catatan.perilaku.set(row.nip, notes);
        notes.push({ periode: row.periode, teks: row.catatan, origin, penilaiNip: row.penilaiNip, peran: row.peranPenilai });
      }
      return;
    }
    case 'penilaian': {
      const e = rows.penilaian.get(row.nip) ?? {};
      if (row.hasilKerja !== undefined) e.hasilKerja = row.hasilKerja;
      if (row.perilaku !== undefined) e.perilaku = row.perilaku;
      if (row.nilaiPerilaku !== undefined) e.nilaiPerilaku = row.nilaiPerilaku;
      // Any row saying ya makes it so (each row's inovasi is its own statement, not a duplicate column).
      if (row.inovasi !== undefined) e.inovasi = e.inovasi === true || row.inovasi;
      rows.penilaian.set(row.nip, e);
      if (rows.catatan && row.catatan !== undefined) {
        const notes = rows.catatan.penilaian.get(row.nip) ?? [];
        rows.catatan.penilaian.set(row.nip, notes);
        notes.push({ periode: row.periode, teks: row.catatan, origin });
      }
      return;
    }
    case 'skm':
      rows.skm.add(row);
      return;
    case 'kompetensi':
      rows.kompetensi ??= new Map();
      rows.kompetensi.set(row.nip, (rows.kompetensi.get(row.nip) ?? 0) + row.jp);
      return;
  }
}

/**
 * Drops the used rows that no longer count once the session is settled (core/csv/settle.ts): a row of
 * a group that disagrees, a penilaian column contradicted by another row. Rows are found by origin.
 */
export function withdrawRows(rows: CollectedRows, withdrawn: readonly WithdrawnRow[]): void {
  const isRow = (o: RowOrigin, w: WithdrawnRow) => o.file === w.file && o.line === w.line;
  for (const w of withdrawn) {
    switch (w.peran) {
      case 'realisasi': {
        const byIndicator = rows.realisasi.get(w.nip);
        const list = byIndicator?.get(w.indikator);
        if (!byIndicator || !list) break;
        for (let i = 0; i < list.length; i += FIELDS_REALISASI)
          if (list[i + 3] === w.file && list[i + 4] === w.line) {
            list.splice(i, FIELDS_REALISASI);
            break;
          }
        // As if never collected: an indicator or an employee without rows has no entry.
        if (list.length === 0) byIndicator.delete(w.indikator);
        if (byIndicator.size === 0) rows.realisasi.delete(w.nip);
        dropNote(rows.catatan?.realisasi.get(w.nip)?.get(w.indikator), w);
        break;
      }
      case 'perilaku': {
        const list = (rows.perilaku.get(w.nip) ?? []).filter((r) => !isRow(r.origin, w));
        if (list.length > 0) rows.perilaku.set(w.nip, list);
        else rows.perilaku.delete(w.nip);
        dropNote(rows.catatan?.perilaku.get(w.nip), w);
        break;
      }
      case 'penilaian': {
        // Only the first row setting a column gave it (the others never did).
        const e = rows.penilaian.get(w.nip);
        if (w.kolom === 'hk') delete e?.hasilKerja;
        else if (w.kolom === 'perilaku') delete e?.perilaku;
        else if (w.kolom === 'nilai') delete e?.nilaiPerilaku;
        else dropNote(rows.catatan?.penilaian.get(w.nip), w);
        if (e && Object.keys(e).length === 0) rows.penilaian.delete(w.nip);
        break;
      }
    }
  }
}

function dropNote(notes: Catatan[] | undefined, w: RowOrigin): void {
  const i = notes?.findIndex((n) => n.origin.file === w.file && n.origin.line === w.line) ?? -1;
  if (i >= 0) notes!.splice(i, 1);
}

/** After a file is read: a kompetensi or SKM file with no used row still counts as present. */
export function noteFile(rows: CollectedRows, jenis: UsedRow['peran'] | null, findings: readonly { kode: string }[] = []): void {
  if (jenis === 'kompetensi') rows.kompetensi ??= new Map();
  if (jenis === 'skm') rows.skm.hasData = true;
  if (jenis === 'perilaku' && findings.some((f) => f.kode === 'PERILAKU_PERIODE_LEBIH_PANJANG')) rows.perilakuLebihPanjang = true;
}

/** An employee's 360° rows as every pack sums them (RULES.md §1): period-start order, then canonical order. */
export function perilakuInOrder(rows: CollectedRows, nip: string): CollectedPerilakuRow[] {
  return [...(rows.perilaku.get(nip) ?? [])].sort(
    (a, b) => a.periode.bulanAwal - b.periode.bulanAwal || a.origin.file - b.origin.file || a.origin.line - b.origin.line,
  );
}
