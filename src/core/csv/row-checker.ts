/**
 * Checks the rows of one CSV file, in canonical order, and keeps its accounting (PRODUCT.md
 * "Accounting": baris_dibaca = dipakai + ditolak + diabaikan). Every rejected row gets an error
 * finding at its line and column; nothing is dropped silently and no number is ever clamped.
 */
import type { Args, Finding, Kode } from '../findings.js';
import { checkNip } from '../nip.js';
import type { Periode } from '../period.js';
import { parseNumberCell, type Desimal } from './number.js';
import { NILAI_PERILAKU, UNSUR_SKM, type Peran } from './header.js';
import {
  parsePeranCell,
  parsePeriodeCell,
  parseRatingCell,
  parseTanggalCell,
  RATINGS,
  type PeranPenilai,
  type Rating,
  type Tanggal,
} from './cells.js';
import type { CsvReferences, SkpRef } from './references.js';
import { FindingSink } from './sink.js';
import type { OverlapTracker } from './overlap.js';

export interface CsvCounts {
  baris_dibaca: number;
  baris_dipakai: number;
  baris_ditolak: number;
  baris_diabaikan: number;
}

/** State shared by the files of one workspace, read in canonical order. */
export interface SharedCsvState {
  overlap: OverlapTracker;
  /** Paths by file index, to name the first of two overlapping rows. */
  paths: string[];
  penilaian: Map<string, { hk?: Origin; perilaku?: Origin; nilai?: Origin }>;
}
interface Origin {
  path: string;
  line: number;
}

/** A row that entered the computation, typed, for `score` and `ikm` (issue [3], [4]). */
export type UsedRow =
  | { peran: 'realisasi'; nip: string; indikator: string; periode: Periode; nilai: number; file: number; line: number }
  | {
      peran: 'perilaku';
      nip: string;
      penilaiNip: string;
      peranPenilai: PeranPenilai;
      periode: Periode;
      nilai: (number | null)[];
      file: number;
      line: number;
    }
  | {
      peran: 'penilaian';
      nip: string;
      periode: Periode;
      hasilKerja?: Rating;
      perilaku?: Rating;
      nilaiPerilaku?: number;
      inovasi?: boolean;
      file: number;
      line: number;
    }
  | {
      peran: 'skm';
      unit: string;
      layanan: string | null;
      nipPetugas: string | null;
      jawaban: (number | null)[];
      file: number;
      line: number;
    }
  | { peran: 'kompetensi'; nip: string; tanggal: Tanggal; jp: number; file: number; line: number };

export interface RowCheckerOptions {
  path: string;
  peran: Peran;
  columns: ReadonlyMap<string, number>;
  headerLength: number;
  convention: Desimal;
  refs: CsvReferences;
  shared: SharedCsvState;
  cap: number;
  /** Called with every used row, in canonical order. */
  onRow?: (row: UsedRow) => void;
}

const PERAN_CODE = { atasan: 1, rekan: 2, bawahan: 3, diri: 4 } as const;

class Reject extends Error {}
const REJECT = new Reject();
const IGNORE = new Reject();

export class RowChecker {
  readonly counts: CsvCounts = { baris_dibaca: 0, baris_dipakai: 0, baris_ditolak: 0, baris_diabaikan: 0 };
  private readonly sink: FindingSink;
  private readonly fileIndex: number;
  private readonly col: Record<string, number>;
  private readonly names: string[];
  private line = 0;
  private fields: readonly string[] = [];
  private outsideP = 0;
  private blankRows = 0;
  private skpInvalidRows = 0;
  private marks = { koma: 0, titik: 0, firstKoma: 0, firstTitik: 0 };
  private readonly warnedRaters = new Set<string>();
  private readonly persenMax = new Map<string, { max: number; line: number }>();
  private skmWithoutPeriod = false;
  private readonly validNips = new Set<string>();
  private lastNip = '';
  private lastSkp: { nip: string; tahun: number; ref: SkpRef | undefined } = { nip: '', tahun: 0, ref: undefined };
  private readonly periods = new Map<string, Periode>();
  private readonly dates = new Map<string, Tanggal>();

  constructor(private readonly o: RowCheckerOptions) {
    this.sink = new FindingSink(o.path, o.cap);
    this.fileIndex = o.shared.paths.length;
    o.shared.paths.push(o.path);
    this.col = Object.fromEntries(o.columns);
    this.names = [];
    for (const [name, i] of o.columns) this.names[i] = name;
    if (o.peran === 'skm' && !o.columns.has('tanggal') && !o.columns.has('periode')) {
      this.skmWithoutPeriod = true;
      this.sink.add('SKM_TANPA_PERIODE', { baris: 1 });
    }
  }

  /** One record: `line` is the line where it starts. */
  row(fields: readonly string[], line: number): void {
    if (isBlankRecord(fields)) {
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
    try {
      if (fields.length > this.o.headerLength && fields.slice(this.o.headerLength).some((f) => f.trim() !== '')) {
        this.reject('BARIS_KOLOM', this.o.headerLength + 1, { jumlah: fields.length, diharapkan: this.o.headerLength });
      }
      const used = this.checkRow();
      if (used) this.counts.baris_dipakai++;
      else this.counts.baris_diabaikan++;
    } catch (e) {
      if (e === IGNORE) this.counts.baris_diabaikan++;
      else if (e === REJECT) this.counts.baris_ditolak++;
      else throw e;
    }
  }

  /** A record the parser could not read (bad quoting), lines `line`–`sampai`: rejected. */
  unreadable(line: number, sampai: number, detail: string): void {
    this.counts.baris_dibaca++;
    this.counts.baris_ditolak++;
    this.sink.add('CSV_SINTAKS', { baris: line }, { sampai, detail });
  }

  finish(): Finding[] {
    if (this.outsideP > 0) {
      this.sink.add('BARIS_DI_LUAR_PERIODE', {}, { jumlah: this.outsideP, periode: this.o.refs.periode?.kode ?? null });
    }
    if (this.blankRows > 0) this.sink.add('BARIS_KOSONG', {}, { jumlah: this.blankRows });
    if (this.skpInvalidRows > 0) this.sink.add('BARIS_SKP_TIDAK_VALID', {}, { jumlah: this.skpInvalidRows });
    if (this.marks.koma > 0 && this.marks.titik > 0) {
      this.sink.add(
        'DESIMAL_CAMPUR',
        { baris: Math.min(this.marks.firstKoma, this.marks.firstTitik) },
        { koma: this.marks.koma, titik: this.marks.titik, dipakai: this.o.convention },
      );
    }
    for (const [kunci, { max, line }] of this.persenMax) {
      if (max <= 1.5) this.sink.add('NILAI_MUNGKIN_PECAHAN', { baris: line, nama_kolom: 'realisasi' }, { indikator: kunci, maks: max });
    }
    return this.sink.finish();
  }

  // ---- helpers --------------------------------------------------------------------------------

  private cell(name: string): string {
    const i = this.col[name];
    return i === undefined ? '' : (this.fields[i] ?? '');
  }

  private at(name: string) {
    const i = this.col[name]!;
    return { baris: this.line, kolom: i + 1, nama_kolom: name };
  }

  private reject(kode: Kode, kolom: number | string, args: Args = {}, nip?: string): never {
    const where = typeof kolom === 'string' ? this.at(kolom) : { baris: this.line, kolom };
    this.sink.add(kode, nip ? { ...where, nip } : where, args);
    throw REJECT;
  }

  private required(name: string): string {
    const v = this.cell(name).trim();
    if (v === '') this.reject('KOLOM_KOSONG', name, { kolom: name });
    return v;
  }

  private nip(name: string): string {
    const raw = this.required(name);
    // NIPs repeat on every row: a valid one is checked once per file (bounded by employees).
    if (raw === this.lastNip || this.validNips.has(raw)) {
      this.lastNip = raw;
      return raw;
    }
    const r = checkNip(raw, { findByPrefix15: (p) => this.o.refs.findByPrefix15(p) });
    const error = r.problems.find((p) => p.kode !== 'NIP_TMT_MUDA' && p.kode !== 'NIP_TMT_SETELAH_PERIODE');
    if (error) this.reject(error.kode, name, { ...error.args, kolom: name });
    if (raw === r.nip) this.validNips.add(raw);
    return r.nip!;
  }

  private periode(name: string): Periode {
    const raw = this.required(name);
    const cached = this.periods.get(raw);
    if (cached) return cached;
    const p = parsePeriodeCell(raw);
    if (!p.ok) this.reject(p.excel ? 'PERIODE_DIUBAH_EXCEL' : 'PERIODE_TIDAK_VALID', name, { nilai: raw });
    if (this.periods.size < 1000) this.periods.set(raw, p.periode);
    return p.periode;
  }

  private number(name: string, raw: string): number {
    const r = parseNumberCell(raw, this.o.convention);
    if (!r.ok) this.reject('NILAI_BUKAN_ANGKA', name, { nilai: raw, kolom: name });
    if (r.mark) {
      const m = this.marks;
      if (r.mark === 'koma' && m.koma++ === 0) m.firstKoma = this.line;
      if (r.mark === 'titik' && m.titik++ === 0) m.firstTitik = this.line;
    }
    if (r.ambiguous)
      this.sink.add('NILAI_AMBIGU', this.at(name), {
        nilai: raw,
        koma: r.ambiguous.koma,
        titik: r.ambiguous.titik,
        dipakai: this.o.convention,
      });
    return r.value;
  }

  private inP(p: { tahun: number; bulanAwal: number; bulanAkhir: number }): boolean {
    const P = this.o.refs.periode;
    if (P === null) return true;
    const inside = p.tahun === P.tahun && p.bulanAwal >= P.bulanAwal && p.bulanAkhir <= P.bulanAkhir;
    if (!inside) this.outsideP++;
    return inside;
  }

  private skp(nip: string, tahun: number) {
    // Rows come grouped by employee: remember the last lookup.
    if (nip === this.lastSkp.nip && tahun === this.lastSkp.tahun && this.lastSkp.ref) return this.lastSkp.ref;
    const skp = this.o.refs.skp(nip, tahun);
    if (!skp && this.o.refs.hasInvalidSkp(nip, tahun)) {
      // Not the row's fault: its SKP has errors of its own (reported there).
      this.skpInvalidRows++;
      throw IGNORE;
    }
    if (!skp) this.reject('NIP_TANPA_SKP', 'nip', { nip, tahun }, nip);
    this.lastSkp = { nip, tahun, ref: skp };
    return skp;
  }

  /** Returns true when the row was used, false when it was ignored; throws REJECT when rejected. */
  private checkRow(): boolean {
    switch (this.o.peran) {
      case 'realisasi':
        return this.realisasi();
      case 'perilaku':
        return this.perilaku();
      case 'penilaian':
        return this.penilaian();
      case 'skm':
        return this.skm();
      case 'kompetensi':
        return this.kompetensi();
    }
  }

  private realisasi(): boolean {
    const nip = this.nip('nip');
    const p = this.periode('periode');
    const indikator = this.required('indikator');
    const raw = this.cell('realisasi').trim();
    if (raw === '') {
      this.sink.add('REALISASI_KOSONG', { ...this.at('realisasi'), nip }, { indikator });
      return false;
    }
    const value = this.number('realisasi', raw);
    if (value < 0) this.reject('NILAI_NEGATIF', 'realisasi', { nilai: raw }, nip);
    const ov = this.o.shared.overlap;
    const first = ov.claim(ov.intern(nip), ov.intern(indikator), 0, p, this.fileIndex, this.line);
    if (first)
      this.reject(
        'BARIS_TUMPANG_TINDIH',
        'periode',
        { kunci: `${nip} ${indikator}`, periode: p.kode, path_pertama: this.o.shared.paths[first.file]!, baris_pertama: first.line },
        nip,
      );
    if (!this.inP(p)) return false;
    const ind = this.skp(nip, p.tahun)!.indikator.get(indikator);
    if (!ind) this.reject('INDIKATOR_TIDAK_DI_SKP', 'indikator', { indikator, nip, tahun: p.tahun }, nip);
    if (ind.sumber === 'skm') {
      this.sink.add('REALISASI_SUMBER_SKM', { ...this.at('indikator'), nip }, { indikator });
      return false;
    }
    if (ind.satuan === 'persen') {
      const seen = this.persenMax.get(indikator);
      if (!seen) this.persenMax.set(indikator, { max: value, line: this.line });
      else if (value > seen.max) seen.max = value;
    }
    this.o.onRow?.({ peran: 'realisasi', nip, indikator, periode: p, nilai: value, file: this.fileIndex, line: this.line });
    return true;
  }

  private perilaku(): boolean {
    const nip = this.nip('nip');
    const p = this.periode('periode');
    const rater = this.nip('penilai_nip');
    const peranRaw = this.required('peran');
    const peran = parsePeranCell(peranRaw);
    if (!peran) this.reject('PERAN_TIDAK_VALID', 'peran', { nilai: peranRaw }, nip);
    if (peran === 'diri' && rater !== nip) this.reject('PERILAKU_DIRI_NIP', 'penilai_nip', { nip, penilai_nip: rater }, nip);
    if (peran !== 'diri' && rater === nip) this.reject('PERILAKU_PENILAI_DIRI', 'penilai_nip', { peran }, nip);
    const { min, maks } = this.o.refs.skala;
    let answered = 0;
    const nilai: (number | null)[] = [];
    for (const name of NILAI_PERILAKU) {
      const raw = this.cell(name).trim();
      if (raw === '') {
        nilai.push(null);
        continue;
      }
      answered++;
      const v = this.number(name, raw);
      if (v < min || v > maks) this.reject('PERILAKU_DI_LUAR_SKALA', name, { nilai: raw, min, maks }, nip);
      nilai.push(v);
    }
    if (answered === 0) this.reject('PERILAKU_KOSONG', NILAI_PERILAKU[0], {}, nip);
    const ov = this.o.shared.overlap;
    // Perilaku keys use role codes 1–4, apart from realisasi's 0.
    const first = ov.claim(ov.intern(nip), ov.intern(rater), PERAN_CODE[peran], p, this.fileIndex, this.line);
    if (first)
      this.reject(
        'BARIS_TUMPANG_TINDIH',
        'periode',
        { kunci: `${nip} ${rater} ${peran}`, periode: p.kode, path_pertama: this.o.shared.paths[first.file]!, baris_pertama: first.line },
        nip,
      );
    if (!this.inP(p)) return false;
    const skp = this.skp(nip, p.tahun)!;
    const pair = `${nip}|${rater}`;
    if (!this.warnedRaters.has(pair)) {
      this.warnedRaters.add(pair);
      if (!this.o.refs.isKnownNip(rater)) this.sink.add('PENILAI_TANPA_SKP', { ...this.at('penilai_nip'), nip }, { penilai_nip: rater });
      if (peran === 'atasan' && skp.penilaiNip !== undefined && skp.penilaiNip !== rater) {
        this.sink.add('ATASAN_BUKAN_PENILAI', { ...this.at('penilai_nip'), nip }, { penilai_nip: rater, penilai_skp: skp.penilaiNip });
      }
    }
    this.o.onRow?.({
      peran: 'perilaku',
      nip,
      penilaiNip: rater,
      peranPenilai: peran,
      periode: p,
      nilai,
      file: this.fileIndex,
      line: this.line,
    });
    return true;
  }

  private penilaian(): boolean {
    const nip = this.nip('nip');
    const p = this.periode('periode');
    const set: { hk?: Rating; perilaku?: Rating; nilai?: number } = {};
    for (const [name, key] of [
      ['rating_hasil_kerja', 'hk'],
      ['rating_perilaku', 'perilaku'],
    ] as const) {
      const raw = this.cell(name).trim();
      if (raw === '') continue;
      const r = parseRatingCell(raw);
      if (!r.ok) this.reject(r.predikat ? 'RATING_PREDIKAT' : 'RATING_TIDAK_VALID', name, { nilai: raw, label: RATINGS }, nip);
      set[key] = r.rating;
    }
    const nilaiRaw = this.cell('nilai_perilaku').trim();
    if (nilaiRaw !== '') {
      const v = this.number('nilai_perilaku', nilaiRaw);
      if (v < 0) this.reject('NILAI_NEGATIF', 'nilai_perilaku', { nilai: nilaiRaw }, nip);
      set.nilai = v;
    }
    const inovasi = this.cell('inovasi').trim().toLowerCase();
    if (inovasi !== '' && inovasi !== 'ya' && inovasi !== 'tidak') this.reject('INOVASI_TIDAK_VALID', 'inovasi', { nilai: inovasi }, nip);
    if (set.hk === undefined && set.perilaku === undefined && set.nilai === undefined) {
      this.sink.add('PENILAIAN_KOSONG', { baris: this.line, nip }, {});
      return false;
    }
    // RULES.md §2.6: only rows for exactly P count.
    const P = this.o.refs.periode;
    if (P !== null && p.kode !== P.kode) {
      this.outsideP++;
      return false;
    }
    this.skp(nip, p.tahun);
    const key = `${nip}|${p.kode}`;
    const earlier = this.o.shared.penilaian.get(key) ?? {};
    let fresh = 0;
    const used: { hasilKerja?: Rating; perilaku?: Rating; nilaiPerilaku?: number } = {};
    const columnOf = { hk: 'rating_hasil_kerja', perilaku: 'rating_perilaku', nilai: 'nilai_perilaku' } as const;
    for (const k of ['hk', 'perilaku', 'nilai'] as const) {
      if (set[k] === undefined) continue;
      const first = earlier[k];
      if (first)
        this.sink.add(
          'PENILAIAN_GANDA',
          { ...this.at(columnOf[k]), nip },
          { kolom: columnOf[k], path_pertama: first.path, baris_pertama: first.line },
        );
      else {
        earlier[k] = { path: this.o.path, line: this.line };
        fresh++;
        if (k === 'hk') used.hasilKerja = set.hk;
        else if (k === 'perilaku') used.perilaku = set.perilaku;
        else used.nilaiPerilaku = set.nilai;
      }
    }
    this.o.shared.penilaian.set(key, earlier);
    if (fresh === 0) throw REJECT;
    this.o.onRow?.({
      peran: 'penilaian',
      nip,
      periode: p,
      ...used,
      ...(inovasi !== '' ? { inovasi: inovasi === 'ya' } : {}),
      file: this.fileIndex,
      line: this.line,
    });
    return true;
  }

  private skm(): boolean {
    const unit = this.required('unit');
    const units = this.o.refs.units;
    if (units && !units.has(unit)) this.reject('SKM_UNIT_TIDAK_DIKENAL', 'unit', { unit, id: units.idByNama(unit) ?? null });
    let answered = 0;
    const jawaban: (number | null)[] = [];
    for (const name of UNSUR_SKM) {
      const raw = this.cell(name).trim();
      if (raw === '') {
        jawaban.push(null);
        continue;
      }
      if (raw !== '1' && raw !== '2' && raw !== '3' && raw !== '4')
        this.reject('SKM_JAWABAN_TIDAK_VALID', name, { nilai: raw, unsur: name });
      jawaban.push(raw.charCodeAt(0) - 48);
      answered++;
    }
    if (answered === 0) this.reject('SKM_KOSONG', UNSUR_SKM[0]);
    const petugas = this.cell('nip_petugas').trim();
    const nipPetugas = petugas !== '' ? this.nip('nip_petugas') : null;
    const layanan = this.cell('layanan').trim() || null;
    const emit = () => this.o.onRow?.({ peran: 'skm', unit, layanan, nipPetugas, jawaban, file: this.fileIndex, line: this.line });
    if (this.skmWithoutPeriod) {
      emit();
      return true;
    }
    let when: { tahun: number; bulanAwal: number; bulanAkhir: number };
    if (this.col.periode !== undefined) {
      const p = this.periode('periode');
      when = p;
      if (this.col.tanggal !== undefined && this.cell('tanggal').trim() !== '') {
        const t = parseTanggalCell(this.cell('tanggal'));
        if (t.ok && (t.tanggal.tahun !== p.tahun || t.tanggal.bulan < p.bulanAwal || t.tanggal.bulan > p.bulanAkhir)) {
          this.sink.add('SKM_PERIODE_TIDAK_COCOK', this.at('tanggal'), { tanggal: this.cell('tanggal').trim(), periode: p.kode });
        }
      }
    } else {
      const t = this.tanggal('tanggal');
      when = { tahun: t.tahun, bulanAwal: t.bulan, bulanAkhir: t.bulan };
    }
    if (!this.inP(when)) return false;
    emit();
    return true;
  }

  private tanggal(name: string) {
    const raw = this.required(name);
    const cached = this.dates.get(raw);
    if (cached) return cached;
    const t = parseTanggalCell(raw);
    if (!t.ok) this.reject(t.bulanKedua ? 'TANGGAL_BULAN_KEDUA' : 'TANGGAL_TIDAK_VALID', name, { nilai: raw });
    if (this.dates.size < 5000) this.dates.set(raw, t.tanggal);
    return t.tanggal;
  }

  private kompetensi(): boolean {
    const nip = this.nip('nip');
    const t = this.tanggal('tanggal');
    this.required('kegiatan');
    const jpRaw = this.required('jp');
    const jp = this.number('jp', jpRaw);
    if (!(jp > 0)) this.reject('JP_TIDAK_VALID', 'jp', { nilai: jpRaw }, nip);
    if (!this.inP({ tahun: t.tahun, bulanAwal: t.bulan, bulanAkhir: t.bulan })) return false;
    this.skp(nip, t.tahun);
    this.o.onRow?.({ peran: 'kompetensi', nip, tanggal: t, jp, file: this.fileIndex, line: this.line });
    return true;
  }
}

function isBlankRecord(fields: readonly string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}
