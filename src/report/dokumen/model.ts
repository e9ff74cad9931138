/**
 * The Dokumen Evaluasi Kinerja Pegawai (Lampiran PermenPAN-RB 6/2022) as data: one entry per employee,
 * built once from the score result and the workspace's documents, every number taken from the score
 * report model (so the Dokumen, the JSON and the XLSX cannot disagree). The PDF and the HTML render it.
 *
 * Where a field comes from (docs/keputusan.md "The Dokumen Evaluasi Kinerja"):
 * - the pegawai: the SKP where the employee is counted (the one whose masa ends last in P, §2.0);
 * - the pejabat penilai: that SKP's `penilai`; fields it leaves out come from the penilai's own SKP;
 * - the atasan pejabat penilai: the SKP's `atasan_penilai`, else the penilai of the penilai's SKP;
 * - unit names from the unit list, indicator names from the catalogue or the SKP;
 * - umpan balik: the used realisasi rows' `catatan` per indicator, and the `catatan` of the atasan's
 *   360° rows (peers' and subordinates' notes are theirs, not the penilai's feedback);
 * - catatan/rekomendasi: the `catatan` of the employee's penilaian rows for P, then the tindak lanjut.
 */
import type { ScoreResult } from '../../engine/score.js';
import type { Skp } from '../../types/generated/skp.js';
import type {
  LaporanSkor,
  PegawaiPermenpanRb_6_2022 as Entry,
  UnitPermenpanRb_6_2022 as UnitEntry,
} from '../../types/generated/laporan-skor.js';
import type { Catatan } from '../../core/score/rows.js';
import type { Periode } from '../../core/period.js';
import type { EmployeeOf } from '../../core/score/index.js';
import type { permenpanRb62022 } from '../../core/rules/permenpan-rb-6-2022/index.js';
import { intersect, masaOf, meets, type MonthSpan } from '../../core/masa.js';
import { given, People, type Identitas } from '../../core/people.js';
import { r2 } from '../score/rounding.js';
import { normalizeNip } from '../../core/nip.js';
import { NILAI_PERILAKU } from '../../core/csv/roles/perilaku.js';

/** The Dokumen is 6/2022's (the engine refuses the other packs). */
type PegawaiScore = EmployeeOf<typeof permenpanRb62022>;
type HasilKerja = Entry['hasil_kerja'][number];

export type { Identitas };

export interface BarisIndikator {
  nama: string;
  aspek: string | null;
  satuan: string | null;
  target: Entry['hasil_kerja'][number]['indikator'][number]['target'];
  realisasi: number | null;
  capaian: number | null;
  /** The notes of the rows, each with the period it was written for. */
  umpanBalik: { periode: string; teks: string }[];
}

export interface BarisRhk {
  id: string;
  jenis: 'utama' | 'tambahan';
  /** The uraian of the penilai's RHK this one intervenes in (its id when that SKP is not in the workspace). */
  intervensi: string | null;
  uraian: string;
  capaian: number | null;
  rating: HasilKerja['rating'];
  indikator: BarisIndikator[];
}

export interface BagianSkp {
  /** `2026-01..2026-06` when the employee has several SKPs in P (§2.0), else null. */
  masa: string | null;
  unit: string | null;
  rhk: BarisRhk[];
}

export interface BarisPerilaku {
  kunci: (typeof NILAI_PERILAKU)[number];
  ekspektasi: string | null;
  /** The value's own score (RULES.md §2.5 step 6), rounded as reported. */
  skor: number | null;
}

export interface DokumenPegawai {
  instansi: string | null;
  periode: Periode;
  /** The months the employee's SKPs hold in P (a CPNS appointed in March: March to December). */
  bulan: { awal: number; akhir: number; tahun: number };
  /** The SKP's pendekatan: the form's heading says which. */
  pendekatan: 'kuantitatif' | 'kualitatif';
  /** false: the SKP has errors; its hasil kerja are not shown and no predikat stands. */
  skpValid: boolean;
  pegawai: Identitas;
  penilai: Identitas | null;
  atasanPenilai: Identitas | null;
  /** The unit the employee is counted in, with its distribution (the POLA DISTRIBUSI). */
  unit: Pick<UnitEntry, 'id' | 'nama' | 'distribusi' | 'kurva' | 'predikat_organisasi'> | null;
  hasilKerja: BagianSkp[];
  capaianHasilKerja: number | null;
  ratingHasilKerja: Entry['rating_hasil_kerja'];
  sumberRating: Entry['sumber_rating'];
  perilaku: BarisPerilaku[];
  umpanBalikPerilaku: { periode: string; teks: string }[];
  nilaiPerilaku: number | null;
  ratingPerilaku: Entry['rating_perilaku'];
  predikat: Entry['predikat'];
  alasan: Entry['alasan'];
  tindakLanjut: Entry['tindak_lanjut'];
  /** The uraian of the RHK the tindak lanjut names. */
  rhkTindakLanjut: string | null;
  catatan: { periode: string; teks: string }[];
  tempat: string | null;
  /** yyyy-mm-dd, or null for a dotted line. */
  tanggal: string | null;
}

export interface DokumenOptions {
  /** The signature date, yyyy-mm-dd (else left to fill in by hand). */
  tanggal?: string;
}

const orNull = (s: string | undefined) => s ?? null;

/**
 * The notes of the rows an SKP used: a used row whose period meets the SKP's months belongs to it (a
 * row that spans two masa is rejected, RULES.md §2.0), even when it starts before them.
 */
function notesIn(list: readonly Catatan[] | undefined, span: MonthSpan): { periode: string; teks: string }[] {
  return (list ?? []).filter((c) => meets(c.periode, span)).map((c) => ({ periode: c.periode.kode, teks: c.teks }));
}

function rhkRows(
  ws: People,
  skp: Skp,
  results: readonly HasilKerja[],
  notes: ReadonlyMap<string, Catatan[]> | undefined,
  span: MonthSpan,
): BarisRhk[] {
  const penilaiSkp = ws.skpOf(skp.penilai?.nip, span);
  const byId = new Map(results.map((r) => [r.id, r]));
  return skp.hasil_kerja.map((rhk) => {
    const result = byId.get(rhk.id);
    const intervensi =
      rhk.intervensi === undefined ? null : (penilaiSkp?.hasil_kerja.find((r) => r.id === rhk.intervensi)?.uraian ?? rhk.intervensi);
    return {
      id: rhk.id,
      jenis: rhk.jenis,
      intervensi,
      uraian: rhk.uraian ?? rhk.id,
      capaian: result?.capaian ?? null,
      rating: result?.rating ?? null,
      indikator: rhk.indikator.map((ind) => {
        const key = ind.id ?? ind.ref ?? '';
        const def = ind.ref !== undefined ? ws.indikator.get(ind.ref) : undefined;
        const r = result?.indikator.find((x) => x.id === key);
        return {
          nama: ind.nama ?? def?.nama ?? key,
          aspek: orNull(ind.aspek ?? def?.aspek),
          satuan: orNull(ind.satuan ?? def?.satuan),
          target: r?.target ?? null,
          realisasi: r?.realisasi ?? null,
          capaian: r?.capaian ?? null,
          umpanBalik: notesIn(notes?.get(key), span),
        };
      }),
    };
  });
}

export function buildDokumen(
  result: ScoreResult,
  laporan: LaporanSkor,
  selected: readonly PegawaiScore[],
  options: DokumenOptions = {},
): DokumenPegawai[] {
  // The engine refuses every other pack before a Dokumen is built.
  if (laporan.metode !== 'permenpan-rb-6-2022') throw new Error(`the Dokumen is PermenPAN-RB 6/2022's, not ${laporan.metode}'s`);
  const P = result.periode;
  const ws = new People(result.docs, P.tahun);
  const entries = new Map(laporan.pegawai.map((e) => [e.nip, e]));
  const units = new Map(laporan.unit.map((u) => [u.id, u]));
  const catatan = result.rows.catatan;
  // Every SKP scored for P meets it (RULES.md §2.0).
  const inP = (m: MonthSpan): MonthSpan => intersect(m, P) ?? m;
  const out: DokumenPegawai[] = [];
  for (const p of selected) {
    const e = entries.get(p.nip);
    const held = ws.skpByPath.get(p.path);
    // Every scored employee has an entry and an SKP (valid or not) at their path: never skipped.
    if (!e || !held) throw new Error(`no report entry or SKP for ${p.nip}`);
    const last = held.skp;
    const span = inP(masaOf(last.masa, last.tahun));
    const first = p.skp[0] ? inP(p.skp[0].masa) : span;
    const notes = catatan?.realisasi.get(p.nip);
    const several = (e.skp?.length ?? 0) > 1;
    // An SKP with errors — in its schema, or found across files (a bobot total, say) — shows no hasil kerja.
    const valid = held.valid && !e.alasan.includes('SKP_TIDAK_VALID');
    const hasilKerja: BagianSkp[] = !valid
      ? []
      : several && e.skp
        ? e.skp.map((s, i) => {
            const skp = ws.skpByPath.get(s.path)?.skp;
            const months = p.skp[i] ? inP(p.skp[i].masa) : span;
            return {
              masa: `${s.masa.mulai}..${s.masa.selesai}`,
              unit: ws.unitName(s.unit),
              rhk: skp ? rhkRows(ws, skp, s.hasil_kerja, notes, months) : [],
            };
          })
        : [{ masa: null, unit: null, rhk: rhkRows(ws, last, e.hasil_kerja, notes, span) }];
    const ekspektasi = last.perilaku?.ekspektasi_khusus ?? {};
    const perNilai = p.perilaku?.perNilai ?? [];
    // Each 360° note is the penilai's when its rater is the penilai of the SKP whose months hold it
    // (after a mutasi, each SKP has its own penilai); any atasan when that penilai has no NIP.
    const penilaiOf = (periode: MonthSpan): string | null => {
      const plan = p.skp.find((x) => meets(x.masa, periode));
      const skp = (plan ? ws.skpByPath.get(plan.path)?.skp : undefined) ?? last;
      return skp.penilai?.nip !== undefined ? normalizeNip(skp.penilai.nip) : null;
    };
    const unit = units.get(p.unit);
    const tl = e.tindak_lanjut;
    // The tindak lanjut names an RHK of the SKP that decided the rating (§2.0), not always the last.
    const penentu = (p.skpPenentu !== null ? ws.skpByPath.get(p.skpPenentu)?.skp : undefined) ?? last;
    out.push({
      instansi: result.config.instansi,
      periode: P,
      bulan: { awal: first.bulanAwal, akhir: span.bulanAkhir, tahun: P.tahun },
      pendekatan: last.pendekatan ?? 'kuantitatif',
      skpValid: valid,
      pegawai: {
        nama: last.pegawai.nama || p.nama,
        nip: p.nip,
        pangkat: orNull(given(last.pegawai.pangkat)),
        golongan: orNull(given(last.pegawai.golongan)),
        jabatan: orNull(given(last.pegawai.jabatan)),
        unit: ws.unitName(last.pegawai.unit || p.unit),
      },
      penilai: ws.pejabat(last.penilai, span),
      atasanPenilai: ws.atasanPenilai(last, span),
      unit: unit
        ? { id: unit.id, nama: unit.nama, distribusi: unit.distribusi, kurva: unit.kurva, predikat_organisasi: unit.predikat_organisasi }
        : null,
      hasilKerja,
      capaianHasilKerja: e.capaian_hasil_kerja,
      ratingHasilKerja: e.rating_hasil_kerja,
      sumberRating: e.sumber_rating,
      perilaku: NILAI_PERILAKU.map((kunci, i) => ({ kunci, ekspektasi: orNull(ekspektasi[kunci]), skor: r2(perNilai[i] ?? null) })),
      // The penilai's own feedback: the atasan rows of the SKP's penilai (any atasan when the penilai has no NIP).
      umpanBalikPerilaku: (catatan?.perilaku.get(p.nip) ?? [])
        .filter((c) => {
          const penilai = c.peran === 'atasan' ? penilaiOf(c.periode) : undefined;
          return penilai !== undefined && (penilai === null || c.penilaiNip === penilai);
        })
        .map((c) => ({ periode: c.periode.kode, teks: c.teks })),
      nilaiPerilaku: e.nilai_perilaku,
      ratingPerilaku: e.rating_perilaku,
      predikat: e.predikat,
      alasan: e.alasan,
      tindakLanjut: tl,
      rhkTindakLanjut: tl?.rhk ? (penentu.hasil_kerja.find((r) => r.id === tl.rhk)?.uraian ?? tl.rhk) : null,
      catatan: notesIn(catatan?.penilaian.get(p.nip), P),
      tempat: result.config.tempat,
      tanggal: options.tanggal ?? null,
    });
  }
  return out;
}
