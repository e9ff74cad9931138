/**
 * Scoring a workspace for P under PermenPAN-RB 6/2022 (RULES.md §2–§3): who is scored, each
 * employee, unit heads, follow-up, competency hours, units and teams. Pure: documents, the rows read
 * (inside P, in canonical order) and the config in; unrounded results and findings out.
 */
import { makeFinding, type Finding } from '../findings.js';
import type { ResolvedConfig } from '../config.js';
import { normalizeNip, isPppk } from '../nip.js';
import { monthsIn, type Periode } from '../period.js';
import { roundReport } from '../number.js';
import type { DocOf, LoadedDoc } from '../validate/types.js';
import type { YamlKind } from '../../schema/kinds.js';
import type { DefinisiIndikator } from '../validate/katalog.js';
import type { PerilakuRow } from '../rules/permenpan-rb-6-2022/perilaku.js';
import type { Predikat, Rating } from '../rules/permenpan-rb-6-2022/predikat.js';
import { saranKurva, type Langkah } from '../rules/permenpan-rb-6-2022/saran.js';
import { nilaiPegawai, type PegawaiHasil } from './pegawai.js';
import { hitungUnit, normalisasiPredikatOrganisasi, pimpinanUnit, ratingOrganisasi, type UnitDef, type UnitHasil } from './unit.js';
import { gabungan, kelompok, populasi, subpohon, type Kelompok, type PengumpulSkm } from './skm.js';

export interface RowOrigin {
  file: number;
  line: number;
}

/**
 * Realisation rows of one indicator, flat: [bulanAwal, bulanAkhir, nilai, file, line] per row — five
 * numbers, not an object, because a workspace can hold millions of them.
 */
export type BarisRealisasi = number[];
export const FIELDS_REALISASI = 5;

export function tambahRealisasi(list: BarisRealisasi, periode: Periode, nilai: number, origin: RowOrigin): void {
  list.push(periode.bulanAwal, periode.bulanAkhir, nilai, origin.file, origin.line);
}

/** The rows of one indicator as objects (for one employee at a time). */
export function bacaRealisasi(list: BarisRealisasi, tahun: number): { periode: Periode; nilai: number; origin: RowOrigin }[] {
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

/** What the CSV reader collected, per employee (bounded by employees × indicators × months). */
export interface CollectedRows {
  realisasi: Map<string, Map<string, BarisRealisasi>>;
  perilaku: Map<string, (PerilakuRow & { periode: Periode; origin: RowOrigin })[]>;
  penilaian: Map<string, { hasilKerja?: Rating; perilaku?: Rating }>;
  /** null: no kompetensi CSV in the workspace (then no JP figures and no JP findings). */
  kompetensi: Map<string, number> | null;
  skm: PengumpulSkm;
}

export interface TindakLanjut {
  kode: 'penghargaan' | 'pertahankan' | 'pengembangan_kinerja' | 'pembinaan_perilaku' | 'pembinaan_intensif';
  rhk: string | null;
  nilai_perilaku_terendah: string[] | null;
}

export interface PegawaiSkor extends PegawaiHasil {
  jp_kompetensi: number | null;
  tindak_lanjut: TindakLanjut | null;
  path: string;
  jenjang: string | null;
  temuan: Finding[];
}

export interface UnitSkor extends UnitHasil {
  saran: Langkah[] | null;
  kepatuhan_jp: number | null;
  /** The pooled subtree's IKM; null when the workspace has no SKM data. */
  ikm: Kelompok | null;
}

export interface TimSkor {
  id: string;
  nama: string;
  jumlah_pegawai: number;
  distribusi: UnitHasil['distribusi'];
  rata_rata_capaian: number | null;
  kepatuhan_jp: number | null;
}

export interface SkorInput {
  docs: readonly LoadedDoc[];
  /** Paths of files with an error-level finding (an SKP there is not scored, §2.0). */
  pathsWithErrors: ReadonlySet<string>;
  config: ResolvedConfig;
  periode: Periode;
  rows: CollectedRows;
}

export interface SkorHasil {
  pegawai: PegawaiSkor[];
  unit: UnitSkor[];
  tim: TimSkor[];
  findings: Finding[];
}

const NILAI = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'];
const KODE_TINDAK: Record<Predikat, TindakLanjut['kode']> = {
  'Sangat Baik': 'penghargaan',
  Baik: 'pertahankan',
  'Butuh Perbaikan': 'pengembangan_kinerja',
  'Kurang/Misconduct': 'pembinaan_perilaku',
  'Sangat Kurang': 'pembinaan_intensif',
};

export function hitungSkor(input: SkorInput): SkorHasil {
  const { config, periode: P, rows } = input;
  const findings: Finding[] = [];
  const of = <K extends YamlKind>(kind: K): DocOf<K>[] => input.docs.filter((d) => d.valid && d.kind === kind) as DocOf<K>[];
  const katalog = new Map<string, DefinisiIndikator>();
  for (const d of of('katalog-indikator')) for (const def of d.data.indikator) if (!katalog.has(def.id)) katalog.set(def.id, def);
  const units: UnitDef[] = of('unit-kerja').flatMap((d) => d.data.unit);
  const unitIds = new Set(units.map((u) => u.id));

  // Unit heads: the organisation's rating (§2.4), from the unit nearest the root.
  const heads = pimpinanUnit(units);
  const unitPaths = new Map(
    of('unit-kerja').flatMap((d) => d.data.unit.map((u, i) => [u.id, { path: d.path, jalur: `/unit/${i}/pimpinan` }] as const)),
  );

  const pegawai: PegawaiSkor[] = [];
  for (const doc of input.docs) {
    if (doc.kind !== 'skp') continue;
    const raw = doc.data as { tahun?: unknown; pegawai?: { nip?: unknown; nama?: unknown; unit?: unknown; jenjang?: unknown } };
    if (Number(raw.tahun) !== P.tahun || typeof raw.pegawai?.nip !== 'string') continue;
    const valid = doc.valid && !input.pathsWithErrors.has(doc.path);
    const nip = normalizeNip(raw.pegawai.nip);
    const head = heads.get(nip);
    if (head && head.semua.length > 1) {
      const at = unitPaths.get(head.unit.id)!;
      findings.push(makeFinding('PIMPINAN_GANDA', { ...at, nip }, { nip, unit: head.semua, dipakai: head.unit.id }));
    }
    const org = head ? normalisasiPredikatOrganisasi(head.unit.predikat_organisasi) : null;
    const skp = doc.valid
      ? (doc as DocOf<'skp'>).data
      : {
          kind: 'skp' as const,
          tahun: P.tahun,
          hasil_kerja: [],
          pegawai: {
            nip: raw.pegawai.nip,
            nama: typeof raw.pegawai.nama === 'string' ? raw.pegawai.nama : '',
            unit: typeof raw.pegawai.unit === 'string' ? raw.pegawai.unit : '',
          },
        };
    const r = nilaiPegawai({
      path: doc.path,
      skp,
      valid,
      katalog,
      realisasi: new Map(
        [...(rows.realisasi.get(nip) ?? new Map<string, BarisRealisasi>())].map(([k, list]) => [k, bacaRealisasi(list, P.tahun)]),
      ),
      // RULES.md §1: sums over rows run in period-start order, then canonical order.
      perilaku: [...(rows.perilaku.get(nip) ?? [])].sort(
        (a, b) => a.periode.bulanAwal - b.periode.bulanAwal || a.origin.file - b.origin.file || a.origin.line - b.origin.line,
      ),
      penilaian: rows.penilaian.get(nip) ?? {},
      organisasi: org ? ratingOrganisasi(org) : null,
      config,
      periode: P,
      skmRealisasi: (lingkup, layanan) => {
        const unit = typeof raw.pegawai?.unit === 'string' ? raw.pegawai.unit : '';
        const a =
          lingkup === 'petugas'
            ? rows.skm.petugas.get(nip)
            : unitIds.has(unit)
              ? gabungan(rows.skm, subpohon(unit, units), lingkup === 'layanan' ? (layanan ?? '') : undefined)
              : undefined;
        if (!a || a.responden === 0) return null;
        return kelompok(nip, null, null, a, config.skm.bobot, null).nilai;
      },
    });
    const jp = rows.kompetensi ? (rows.kompetensi.get(nip) ?? 0) : null;
    const temuan = [...r.findings];
    const minimalJp = (config.kompetensi.minimalJp * monthsIn(P)) / 12;
    if (jp !== null && valid && !isPppk(nip) && roundReport(jp, 2) < roundReport(minimalJp, 2)) {
      temuan.push(makeFinding('JP_KURANG', { path: doc.path, jalur: '', nip }, { jp, minimal: roundReport(minimalJp, 2) }));
    }
    pegawai.push({
      ...r.hasil,
      jp_kompetensi: jp,
      tindak_lanjut: tindakLanjut(r.hasil),
      path: doc.path,
      jenjang: typeof raw.pegawai.jenjang === 'string' ? raw.pegawai.jenjang : null,
      temuan,
    });
  }
  // Sorted by unit id then NIP; employees of an absent or unknown unit after all units (§2.0).
  pegawai.sort((a, b) => {
    const ka = unitIds.has(a.unit) ? 0 : 1;
    const kb = unitIds.has(b.unit) ? 0 : 1;
    return ka - kb || cmp(ka === 0 ? a.unit : '', kb === 0 ? b.unit : '') || cmp(a.nip, b.nip);
  });

  const compliant = (p: PegawaiSkor) =>
    p.jp_kompetensi !== null && roundReport(p.jp_kompetensi, 2) >= roundReport((config.kompetensi.minimalJp * monthsIn(P)) / 12, 2);
  const kepatuhan = (list: readonly PegawaiSkor[]) => {
    if (rows.kompetensi === null) return null;
    const pns = list.filter((p) => !isPppk(p.nip));
    return pns.length === 0 ? null : (pns.filter(compliant).length * 100) / pns.length;
  };

  const unitResults = hitungUnit(units, pegawai, P, config.kurva.minimalPegawai);
  // Members of each unit's subtree, once (for the JP compliance share).
  const membersOf = new Map<string, PegawaiSkor[]>(units.map((u) => [u.id, []]));
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const p of pegawai) {
    const seen = new Set<string>();
    for (let cur: string | undefined = p.unit; cur !== undefined && byId.has(cur) && !seen.has(cur); cur = byId.get(cur)!.induk) {
      seen.add(cur);
      membersOf.get(cur)!.push(p);
    }
  }
  const unitSkor: UnitSkor[] = unitResults.map((u) => {
    let saran: Langkah[] | null = [];
    if (u.kurva.diperiksa && u.kurva.sesuai === false) {
      const at = {
        path: unitPaths.get(u.id)?.path ?? '',
        jalur: `${(unitPaths.get(u.id)?.jalur ?? '').replace(/\/pimpinan$/, '')}/predikat_organisasi`,
      };
      for (const p of u.kurva.pelanggaran) {
        findings.push(
          makeFinding('KURVA_TIDAK_SESUAI', at, {
            unit: u.id,
            predikat_organisasi: u.predikat_organisasi,
            aturan: p.aturan,
            predikat: p.predikat,
            jumlah: p.jumlah,
            batas: p.batas,
          }),
        );
      }
      const d = u.distribusi;
      const s = saranKurva(u.predikat_organisasi!, {
        SB: d['Sangat Baik'],
        B: d.Baik,
        BP: d['Butuh Perbaikan'],
        K: d['Kurang/Misconduct'],
        SK: d['Sangat Kurang'],
      });
      saran = s ? s.langkah : null;
      if (!s)
        findings.push(
          makeFinding('KURVA_TIDAK_MUNGKIN', at, {
            unit: u.id,
            jumlah: d['Sangat Baik'] + d.Baik + d['Butuh Perbaikan'] + d['Kurang/Misconduct'] + d['Sangat Kurang'],
          }),
        );
    }
    let ikm: Kelompok | null = null;
    if (rows.skm.adaData) {
      const ids = subpohon(u.id, units);
      const pop = populasi(ids, units);
      ikm = kelompok(u.id, u.id, null, gabungan(rows.skm, ids), config.skm.bobot, pop.N, pop.sebagian);
    }
    return { ...u, saran, kepatuhan_jp: kepatuhan(membersOf.get(u.id)!), ikm };
  });

  // Teams (§3.1): ketua ∪ anggota, members without a scored SKP left out with a warning.
  const byNip = new Map(pegawai.map((p) => [p.nip, p]));
  const tim: TimSkor[] = [];
  for (const doc of of('tim-kerja')) {
    doc.data.tim.forEach((t, i) => {
      const nips = [...new Set([t.ketua, ...(t.anggota ?? [])].map(normalizeNip))];
      const members: PegawaiSkor[] = [];
      for (const nip of nips) {
        const p = byNip.get(nip);
        if (p) members.push(p);
        else findings.push(makeFinding('TIM_ANGGOTA_TANPA_SKP', { path: doc.path, jalur: `/tim/${i}`, nip }, { tim: t.id, nip }));
      }
      const r = hitungUnit(
        [{ id: t.id, nama: t.nama }],
        members.map((m) => ({ ...m, unit: t.id })),
        P,
        Number.MAX_SAFE_INTEGER,
      )[0]!;
      tim.push({
        id: t.id,
        nama: t.nama,
        jumlah_pegawai: r.jumlah_pegawai,
        distribusi: r.distribusi,
        rata_rata_capaian: r.rata_rata_capaian,
        kepatuhan_jp: kepatuhan(members),
      });
    });
  }
  tim.sort((a, b) => cmp(a.id, b.id));
  return { pegawai, unit: unitSkor, tim, findings };
}

function tindakLanjut(h: PegawaiHasil): TindakLanjut | null {
  if (h.predikat === null) return null;
  // The utama RHK with the lowest capaian (ties: first in SKP order).
  let rhk: { id: string; capaian: number } | null = null;
  for (const r of h.hasil_kerja)
    if (r.jenis === 'utama' && r.capaian !== null && (rhk === null || r.capaian < rhk.capaian)) rhk = { id: r.id, capaian: r.capaian };
  // The value(s) with the lowest per-value score (ties: all, in the canonical order of the seven).
  const scores = h.perilaku?.perNilai ?? [];
  const present = scores.filter((x): x is number => x !== null);
  const min = present.length > 0 ? Math.min(...present) : null;
  return {
    kode: KODE_TINDAK[h.predikat],
    rhk: rhk?.id ?? null,
    nilai_perilaku_terendah: min === null ? null : NILAI.filter((_, i) => scores[i] === min),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
