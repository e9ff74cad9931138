/**
 * Checks the rows of one CSV file, in canonical order, and keeps its accounting (PRODUCT.md
 * "Accounting": baris_dibaca = dipakai + ditolak + diabaikan). Every rejected row gets an error
 * finding at its line and column; nothing is dropped silently and no number is ever clamped.
 * What a row means is its role's business (roles/); the cell readers and per-file summaries are here.
 */
import type { Finding, FindingArgs, FindingInput, Kode } from '../findings.js';
import { checkNip } from '../nip.js';
import { isWithin, type Periode } from '../period.js';
import { parseNumberCell, type Desimal } from './number.js';
import { parsePeriodeCell, parseTanggalCell, type Tanggal } from './cells.js';
import { resolvePlan, type CsvReferences, type SkpPlanRef, type SkpRef } from './references.js';
import { masaLabel, meets } from '../masa.js';
import type { CsvRole, RoleRowCheck, RowContext } from './role-definition.js';
import { CSV_ROLES, type UsedRow } from './roles/index.js';
import { FindingSink } from './sink.js';
import { CellKind } from './cell-kind.js';
import { sourceLabel } from './source.js';
import type { OverlapTracker } from './overlap.js';
import type { RatingLedger } from './rating-ledger.js';

export type { UsedRow };

export interface CsvCounts {
  baris_dibaca: number;
  baris_dipakai: number;
  baris_ditolak: number;
  baris_diabaikan: number;
}

/**
 * State shared by the files of one workspace, read in canonical order; what it gathers about rows
 * that repeat or contradict each other is decided after the last file (settle.ts).
 */
export interface SharedCsvState {
  overlap: OverlapTracker;
  /** Sources (path, or path › sheet) by file index, to name another row of a group. */
  paths: string[];
  /** By file index: what locates a finding at one of its rows after the file is finished. */
  files: SessionFile[];
  penilaian: RatingLedger;
}

/** A file (or a workbook's sheet) of the session, as its row checker read it. */
export interface SessionFile {
  path: string;
  lembar: string | undefined;
  role: CsvRole;
  /** Column index by name (0-based). */
  columns: ReadonlyMap<string, number>;
  cap: number;
}

export interface RowCheckerOptions {
  path: string;
  role: CsvRole;
  columns: ReadonlyMap<string, number>;
  headerLength: number;
  convention: Desimal;
  /** The file's delimiter: under `,` an unquoted decimal comma splits a number in two cells. */
  delimiter?: ';' | ',' | '\t';
  /** A workbook's sheet: findings carry it and their cell (`C12`). */
  lembar?: string;
  refs: CsvReferences;
  shared: SharedCsvState;
  cap: number;
  /** Called with every used row, in canonical order. */
  onRow?: (row: UsedRow) => void;
}

class Reject extends Error {}
const REJECT = new Reject();
const IGNORE = new Reject();

export class RowChecker implements RowContext {
  readonly counts: CsvCounts = { baris_dibaca: 0, baris_dipakai: 0, baris_ditolak: 0, baris_diabaikan: 0 };
  readonly path: string;
  readonly source: string;
  readonly refs: CsvReferences;
  readonly shared: SharedCsvState;
  readonly file: number;
  line = 0;
  private readonly sink: FindingSink;
  private readonly role: RoleRowCheck<UsedRow>;
  private readonly col: Record<string, number>;
  private fields: readonly string[] = [];
  /** The cells' types in a workbook row (a CSV's cells are all text). */
  private kinds: readonly CellKind[] | undefined;
  /** Indices of the cells read as numbers in the current row. */
  private readonly numericCells: number[] = [];
  /** The role's optional columns (a split decimal spills into one of them). */
  private readonly optional: ReadonlySet<string>;
  /** Column names by index (the header as the role knows it). */
  private readonly header: string[] = [];
  private outsideP = 0;
  readonly longerThanP: { jumlah: number; contoh: string | null } = { jumlah: 0, contoh: null };
  private blankRows = 0;
  private skpInvalidRows = 0;
  private notScoredRows = 0;
  private marks = { koma: 0, titik: 0, firstKoma: 0, firstTitik: 0 };
  private readonly validNips = new Set<string>();
  private lastNip = '';
  private lastSkp: { nip: string; tahun: number; ref: SkpRef | undefined } = { nip: '', tahun: 0, ref: undefined };
  private readonly periods = new Map<string, Periode>();
  private readonly dates = new Map<string, { tanggal: Tanggal; ambigu: boolean }>();
  /** Day-first cells both readings fit, and the first cell that can only be month-first. */
  private readonly dateOrder: {
    ambigu: number;
    pertama?: { baris: number; nilai: string };
    bukti?: { baris: number; nilai: string; kolom: string };
    hariDulu?: boolean;
  } = { ambigu: 0 };

  constructor(private readonly o: RowCheckerOptions) {
    this.path = o.path;
    this.refs = o.refs;
    this.shared = o.shared;
    this.sink = new FindingSink(o.path, o.cap, o.lembar);
    this.file = o.shared.paths.length;
    this.source = sourceLabel(o.path, o.lembar);
    o.shared.paths.push(this.source);
    o.shared.files.push({ path: o.path, lembar: o.lembar, role: o.role, columns: o.columns, cap: o.cap });
    this.col = Object.fromEntries(o.columns);
    for (const [name, i] of o.columns) this.header[i] = name;
    this.optional = new Set(CSV_ROLES[o.role].header.optional);
    this.role = CSV_ROLES[o.role].start(this);
  }

  /** One record: `line` is the line where it starts (a sheet's row); `kinds`, a workbook row's cell types. */
  row(fields: readonly string[], line: number, kinds?: readonly CellKind[]): void {
    if (isBlankRecord(fields, kinds)) {
      if (fields.length > 1) {
        this.counts.baris_dibaca++;
        this.counts.baris_diabaikan++;
        this.blankRows++;
      }
      return;
    }
    this.counts.baris_dibaca++;
    this.line = line;
    this.fields = fields;
    this.kinds = kinds;
    this.numericCells.length = 0;
    try {
      if (fields.length > this.o.headerLength && fields.slice(this.o.headerLength).some((f) => f.trim() !== '')) {
        this.rejectAt(
          'BARIS_KOLOM',
          { baris: line, kolom: this.o.headerLength + 1 },
          { jumlah: fields.length, diharapkan: this.o.headerLength },
        );
      }
      const used = this.role.check(this);
      if (this.o.delimiter === ',' && this.numericCells.length > 0) this.splitDecimals();
      if (used === null) this.counts.baris_diabaikan++;
      else {
        this.o.onRow?.(used);
        this.counts.baris_dipakai++;
      }
    } catch (e) {
      if (e === IGNORE) this.counts.baris_diabaikan++;
      else if (e === REJECT) {
        this.counts.baris_ditolak++;
        // A split decimal often is why a later cell was rejected (`jp` 2,5 puts "5" into `jenis`).
        if (this.o.delimiter === ',' && this.numericCells.length > 0) this.splitDecimals();
      } else throw e;
    }
  }

  /** Rows with nothing in them between a sheet's rows (a CSV export writes them as `;;;;`): read and ignored. */
  blank(count: number): void {
    this.counts.baris_dibaca += count;
    this.counts.baris_diabaikan += count;
    this.blankRows += count;
  }

  /** A record the parser could not read (bad quoting), lines `line`–`sampai`: rejected. */
  unreadable(line: number, sampai: number, detail: string, kode: string): void {
    this.counts.baris_dibaca++;
    this.counts.baris_ditolak++;
    this.sink.add('CSV_SINTAKS', { baris: line }, { sampai, detail, kode_parser: kode });
  }

  finish(): Finding[] {
    if (this.outsideP > 0) {
      this.sink.add('BARIS_DI_LUAR_PERIODE', {}, { jumlah: this.outsideP, periode: this.o.refs.periode?.kode ?? null });
    }
    if (this.blankRows > 0) this.sink.add('BARIS_KOSONG', {}, { jumlah: this.blankRows });
    if (this.skpInvalidRows > 0) this.sink.add('BARIS_SKP_TIDAK_VALID', {}, { jumlah: this.skpInvalidRows });
    if (this.notScoredRows > 0)
      this.sink.add('BARIS_DI_LUAR_MASA', {}, { jumlah: this.notScoredRows, periode: this.o.refs.periode?.kode ?? null });
    if (this.marks.koma > 0 && this.marks.titik > 0) {
      this.sink.add(
        'DESIMAL_CAMPUR',
        { baris: Math.min(this.marks.firstKoma, this.marks.firstTitik) },
        { koma: this.marks.koma, titik: this.marks.titik, dipakai: this.o.convention },
      );
    }
    const d = this.dateOrder;
    if (d.bukti && d.pertama && !d.hariDulu)
      this.sink.add(
        'TANGGAL_MUNGKIN_BULAN_DULU',
        { baris: d.pertama.baris, kolom: this.col[d.bukti.kolom]! + 1, nama_kolom: d.bukti.kolom },
        { jumlah: d.ambigu, contoh: d.pertama.nilai, bukti: d.bukti.nilai, baris_bukti: d.bukti.baris },
      );
    this.role.finish?.();
    return this.sink.finish();
  }

  // ---- RowContext: what a role's check reads a row with ----------------------------------------

  has(column: string): boolean {
    return this.col[column] !== undefined;
  }

  note<K extends Kode>(kode: K, where: Omit<FindingInput, 'path'>, args: FindingArgs[K]): void {
    this.sink.add(kode, where, args);
  }

  noteAt<K extends Kode>(kode: K, column: string, args: FindingArgs[K], nip?: string): void {
    const where = this.at(column);
    this.sink.add(kode, nip ? { ...where, nip } : where, args);
  }

  cell(column: string): string {
    const i = this.col[column];
    if (i === undefined) return '';
    const kind = this.kinds?.[i];
    // A workbook cell whose value cannot be read: the row is not guessed at.
    if (kind === CellKind.NoValue) this.reject('RUMUS_TANPA_NILAI', column, { kolom: column });
    if (kind === CellKind.Error) this.reject('SEL_GALAT', column, { nilai: this.fields[i] ?? '', kolom: column });
    return this.fields[i] ?? '';
  }

  private kindOf(column: string): CellKind | undefined {
    return this.kinds?.[this.col[column]!];
  }

  reject<K extends Kode>(kode: K, column: string, args: FindingArgs[K], nip?: string): never {
    this.rejectAt(kode, this.at(column), args, nip);
  }

  rejectRow(): never {
    throw REJECT;
  }

  required(column: string): string {
    const v = this.cell(column).trim();
    if (v === '') this.reject('KOLOM_KOSONG', column, { kolom: column });
    return v;
  }

  nip(column: string): string {
    const raw = this.required(column);
    // An 18-digit NIP stored as a number kept 15 digits: the rest is gone, whatever the cell shows.
    if (this.kindOf(column) === CellKind.Number) {
      const nilai = storedDigits(raw);
      const similar = nilai.length === 18 ? this.o.refs.findByPrefix15(nilai.slice(0, 15)) : [];
      this.reject('NIP_ANGKA_EXCEL', column, { nilai, kolom: column, mirip: similar.length === 1 ? similar[0]! : null });
    }
    // NIPs repeat on every row: a valid one is checked once per file (bounded by employees).
    if (raw === this.lastNip || this.validNips.has(raw)) {
      this.lastNip = raw;
      return raw;
    }
    const r = checkNip(raw, { findByPrefix15: (p) => this.o.refs.findByPrefix15(p) });
    const error = r.problems.find((p) => p.kode !== 'NIP_TMT_MUDA' && p.kode !== 'NIP_TMT_SETELAH_PERIODE');
    if (error) this.reject(error.kode, column, { ...error.args, kolom: column });
    if (raw === r.nip) this.validNips.add(raw);
    return r.nip!;
  }

  period(column: string): Periode {
    const raw = this.required(column);
    if (this.kindOf(column) === CellKind.Date) this.reject('PERIODE_DIUBAH_EXCEL', column, { nilai: raw });
    const cached = this.periods.get(raw);
    if (cached) return cached;
    const p = parsePeriodeCell(raw);
    if (!p.ok) this.reject(p.excel ? 'PERIODE_DIUBAH_EXCEL' : 'PERIODE_TIDAK_VALID', column, { nilai: raw });
    if (this.periods.size < 1000) this.periods.set(raw, p.periode);
    return p.periode;
  }

  date(column: string): Tanggal {
    const raw = this.required(column);
    let t = this.dates.get(raw);
    if (!t) {
      const cell = parseTanggalCell(raw);
      if (!cell.ok) {
        // A month-first date proves the column's other ambiguous cells suspect (see finish()).
        if (cell.bulanKedua) this.dateOrder.bukti ??= { baris: this.line, nilai: raw, kolom: column };
        this.reject(cell.bulanKedua ? 'TANGGAL_BULAN_KEDUA' : 'TANGGAL_TIDAK_VALID', column, { nilai: raw });
      }
      t = cell;
      if (this.dates.size < 5000) this.dates.set(raw, cell);
    }
    if (t.ambigu && this.dateOrder.ambigu++ === 0) this.dateOrder.pertama = { baris: this.line, nilai: raw };
    // A day above 12 in the first place proves the column day-first: then nothing is suspect.
    if (!t.ambigu && t.tanggal.hari > 12 && /^\d{1,2}[/-]/.test(raw)) this.dateOrder.hariDulu = true;
    return t.tanggal;
  }

  number(column: string, raw: string): number {
    // A number the workbook typed is read as stored: no decimal mark to guess.
    if (this.kindOf(column) === CellKind.Number) return Number(raw);
    this.numericCells.push(this.col[column]!);
    const r = parseNumberCell(raw, this.o.convention);
    if (!r.ok) this.reject('NILAI_BUKAN_ANGKA', column, { nilai: raw, kolom: column });
    if (r.mark) {
      const m = this.marks;
      if (r.mark === 'koma' && m.koma++ === 0) m.firstKoma = this.line;
      if (r.mark === 'titik' && m.titik++ === 0) m.firstTitik = this.line;
    }
    if (r.ambiguous)
      this.sink.add('NILAI_AMBIGU', this.at(column), {
        nilai: raw,
        koma: r.ambiguous.koma,
        titik: r.ambiguous.titik,
        dipakai: this.o.convention,
      });
    return r.value;
  }

  isInPeriod(when: { tahun: number; bulanAwal: number; bulanAkhir: number }): boolean {
    return isWithin(when, this.o.refs.periode);
  }

  inPeriod(when: { tahun: number; bulanAwal: number; bulanAkhir: number; kode?: string }): boolean {
    const inside = this.isInPeriod(when);
    if (!inside) {
      this.outsideP++;
      const P = this.o.refs.periode!;
      if (when.tahun === P.tahun && when.bulanAwal <= P.bulanAwal && when.bulanAkhir >= P.bulanAkhir) {
        this.longerThanP.jumlah++;
        this.longerThanP.contoh ??= when.kode ?? null;
      }
    }
    return inside;
  }

  outsidePeriod(): null {
    this.outsideP++;
    return null;
  }

  skp(nip: string, tahun: number): SkpRef {
    const group = this.group(nip, tahun);
    // RULES.md §2.0: an employee none of whose SKPs meets P is not scored for P; their rows are ignored.
    const P = this.o.refs.periode;
    if (P !== null && P.tahun === tahun && !group.rencana.some((r) => r.valid && meets(r.masa, P))) {
      this.notScoredRows++;
      throw IGNORE;
    }
    return group;
  }

  plan(nip: string, p: Periode): SkpPlanRef {
    const { rencana } = this.group(nip, p.tahun);
    // Most employees have one SKP for the whole year.
    const only = wholeYearOnly(rencana);
    if (only) return only;
    const r = resolvePlan(rencana, p);
    if ('plan' in r) return r.plan;
    if ('broken' in r) {
      this.skpInvalidRows++;
      throw IGNORE;
    }
    if ('luar' in r)
      this.reject(
        'REALISASI_DI_LUAR_MASA',
        'periode',
        { periode: p.kode, masa: rencana.filter((x) => x.valid).map((x) => masaLabel(p.tahun, x.masa)) },
        nip,
      );
    this.reject(
      'REALISASI_LINTAS_SKP',
      'periode',
      { periode: p.kode, masa: r.lintas.map((x) => masaLabel(p.tahun, x.masa)), path: r.lintas.map((x) => x.path) },
      nip,
    );
  }

  fitsMasa(nip: string, p: Periode): boolean {
    // Called for every row outside P: the last lookup and one whole-year SKP answer without allocating.
    const group =
      nip === this.lastSkp.nip && p.tahun === this.lastSkp.tahun && this.lastSkp.ref ? this.lastSkp.ref : this.o.refs.skp(nip, p.tahun);
    if (!group) return true;
    if (wholeYearOnly(group.rencana)) return true;
    const r = resolvePlan(group.rencana, p);
    return !('luar' in r) && !('lintas' in r);
  }

  /** The employee's SKPs of the year: NIP_TANPA_SKP rejects; SKPs that all have errors of their own ignore the row. */
  private group(nip: string, tahun: number): SkpRef {
    // Rows come grouped by employee: remember the last lookup.
    if (nip === this.lastSkp.nip && tahun === this.lastSkp.tahun && this.lastSkp.ref) return this.lastSkp.ref;
    const skp = this.o.refs.skp(nip, tahun);
    if ((!skp && this.o.refs.hasInvalidSkp(nip, tahun)) || (skp && !skp.rencana.some((r) => r.valid))) {
      // Not the row's fault: its SKP has errors of its own (reported there).
      this.skpInvalidRows++;
      throw IGNORE;
    }
    if (!skp) this.reject('NIP_TANPA_SKP', 'nip', { nip, tahun, saran: this.o.refs.nipMirip(nip, tahun) }, nip);
    this.lastSkp = { nip, tahun, ref: skp };
    return skp;
  }

  claimMonths(p: Periode, nip: string, other: string, code: number, digest: number, label?: string): void {
    // A row meeting an earlier row's month is held back; its finding comes when its group is decided.
    if (this.o.shared.overlap.claim(nip, other, code, p, this.file, this.line, digest, label)) throw REJECT;
  }

  // ---- helpers --------------------------------------------------------------------------------

  /**
   * Under `,`, `…,10,5` with a free-text or optional column after the number reads 10 and "5": a
   * whole number followed by a cell of digits alone that no number was read from is named, both ways.
   */
  private splitDecimals(): void {
    for (const i of this.numericCells) {
      const next = this.fields[i + 1];
      const cell = this.fields[i]!.trim();
      const nextName = this.header[i + 1];
      // Only before an optional text column of the role (catatan, jenis, …): an extra column of the
      // export or a required value rejected first is not a split decimal.
      if (next === undefined || nextName === undefined || !this.optional.has(nextName) || this.numericCells.includes(i + 1)) continue;
      if (!/^\d{1,3}$/.test(next.trim()) || !/^-?\d+$/.test(cell)) continue;
      const name = this.header[i]!;
      this.sink.add(
        'NILAI_KOMA_TERPISAH',
        { baris: this.line, kolom: i + 1, nama_kolom: name },
        {
          nilai: `${cell},${next.trim()}`,
          kolom: name,
          kolom_berikut: this.header[i + 1] ?? String(i + 2),
          dibaca: Number(cell),
          atau: Number(`${cell}.${next.trim()}`),
        },
      );
    }
  }

  private at(column: string) {
    const i = this.col[column]!;
    return { baris: this.line, kolom: i + 1, nama_kolom: column };
  }

  private rejectAt<K extends Kode>(kode: K, where: Omit<FindingInput, 'path'>, args: FindingArgs[K], nip?: string): never {
    this.sink.add(kode, nip ? { ...where, nip } : where, args);
    throw REJECT;
  }
}

/**
 * A number as its 15 significant digits show it, in full (1.97008231997022E+17 → 197008231997022000):
 * the digits Excel kept, with the lost ones as zeros (not the binary double's own tail).
 */
function storedDigits(raw: string): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw;
  if (Math.abs(n) < 1e15) return String(Math.round(n));
  const [mantissa = '', exponent = '0'] = n.toExponential(14).split('e');
  return mantissa
    .replace('.', '')
    .replace(/^-/, '')
    .padEnd(Number(exponent) + 1, '0');
}

function isBlankRecord(fields: readonly string[], kinds: readonly CellKind[] | undefined): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  // A formula without its result is not an empty cell.
  return kinds === undefined || !kinds.includes(CellKind.NoValue);
}

/** Most employees: one SKP for the whole year, which every row of the year belongs to. */
function wholeYearOnly(rencana: readonly SkpPlanRef[]): SkpPlanRef | undefined {
  const only = rencana.length === 1 ? rencana[0] : undefined;
  return only && only.masa.bulanAwal === 1 && only.masa.bulanAkhir === 12 ? only : undefined;
}
