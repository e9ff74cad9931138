/**
 * The PermenPAN-RB 6/2022 rule pack (RULES.md §2–§3): capaian, ratings, the predikat matrix, angka
 * kredit, unit heads rated by the organisation (SE MenPAN-RB 3/2023), follow-up advice, the kurva
 * distribusi with its smallest `saran`.
 */
import { makeFinding, type Finding } from '../../findings.js';
import { normalizeNip } from '../../nip.js';
import { UnitTree } from '../../unit-tree.js';
import { perilakuInOrder, readRealisasi, type RealisasiRows } from '../../score/rows.js';
import type { Periode } from '../../period.js';
import type { EmployeeInput, RulePack, UnitCheckInput } from '../rule-pack.js';
import { rateEmployee, type PegawaiResult } from './employee.js';
import { explainEmployee, type ExplainStep } from './explain.js';
import type { Predikat } from './predikat.js';
import { checkUnits, ratingFromOrganisasi, summarizeUnits, unitHeads, type UnitResult, type UnitKurva } from './units.js';

export interface TindakLanjut {
  kode: 'penghargaan' | 'pertahankan' | 'pengembangan_kinerja' | 'pembinaan_perilaku' | 'pembinaan_intensif';
  rhk: string | null;
  nilai_perilaku_terendah: string[] | null;
}

export interface PegawaiScore extends PegawaiResult {
  metode: 'permenpan-rb-6-2022';
  tindak_lanjut: TindakLanjut | null;
}

export interface TimSummary {
  jumlah_pegawai: number;
  distribusi: UnitResult['distribusi'];
  rata_rata_capaian: number | null;
}

const NILAI = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'];
const KODE_TINDAK: Record<Predikat, TindakLanjut['kode']> = {
  'Sangat Baik': 'penghargaan',
  Baik: 'pertahankan',
  'Butuh Perbaikan': 'pengembangan_kinerja',
  'Kurang/Misconduct': 'pembinaan_perilaku',
  'Sangat Kurang': 'pembinaan_intensif',
};

// A team is summed as a one-unit tree whose kurva is never checked (RULES.md §3.1).
const TEAM = 'tim';
const TEAM_TREE = new UnitTree([{ id: TEAM, nama: '' }]);

// Unit heads depend only on the unit tree and P: computed once per tree and period, not once per employee.
const headsOf = new WeakMap<UnitTree, Map<string, ReturnType<typeof unitHeads>>>();

function scoreEmployee(input: EmployeeInput): { hasil: PegawaiScore; findings: Finding[]; workspaceFindings: Finding[] } {
  const { rows, periode: P } = input;
  const nip = normalizeNip(input.rencana[0]!.skp.pegawai.nip);
  const workspaceFindings: Finding[] = [];
  let byPeriod = headsOf.get(input.tree);
  if (!byPeriod) headsOf.set(input.tree, (byPeriod = new Map<string, ReturnType<typeof unitHeads>>()));
  let heads = byPeriod.get(P.kode);
  if (!heads) byPeriod.set(P.kode, (heads = unitHeads(input.tree, P)));
  const head = heads.get(nip);
  if (head && head.semua.length > 1) {
    const at = input.unitAt(head.unit.id)!;
    workspaceFindings.push(
      makeFinding(
        'PIMPINAN_GANDA',
        { path: at.path, jalur: `${at.jalur}/pimpinan`, nip },
        { nip, unit: head.semua, dipakai: head.unit.id },
      ),
    );
  }
  const org = head ? head.org : null;
  const r = rateEmployee({
    rencana: input.rencana,
    katalog: input.katalog,
    realisasi: new Map(
      [...(rows.realisasi.get(nip) ?? new Map<string, RealisasiRows>())].map(([k, list]) => [k, readRealisasi(list, P.tahun)]),
    ),
    // RULES.md §1: sums over rows run in period-start order, then canonical order.
    perilaku: perilakuInOrder(rows, nip),
    penilaian: rows.penilaian.get(nip) ?? {},
    organisasi: org ? ratingFromOrganisasi(org) : null,
    organisasiUnit: head?.unit.id ?? null,
    perilakuDiLuarP: rows.perilaku.size === 0 && rows.perilakuLebihPanjang,
    config: input.config,
    periode: P,
    skmRealisasi: input.skmRealisasi,
  });
  return {
    hasil: { metode: 'permenpan-rb-6-2022', ...r.hasil, tindak_lanjut: followUp(r.hasil) },
    findings: r.findings,
    workspaceFindings,
  };
}

/** RULES.md §2.9: what follows from the predikat, the weakest utama RHK and the weakest value(s). */
function followUp(h: PegawaiResult): TindakLanjut | null {
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

export const permenpanRb62022 = {
  id: 'permenpan-rb-6-2022',
  versi: '1.0.0',
  sumber: 'PermenPAN-RB 6/2022; SE MenPAN-RB 3/2023; PermenPAN-RB 1/2023',
  available: true,
  periodes: ['tahun', 'semester', 'triwulan', 'bulan'],
  // 6/2022 computes perilaku from the 360° rows (RULES.md §2.5); a 0–100 nilai is the legacy packs'.
  nilaiPerilaku: false,
  ratings: true,
  perilaku360: () => true,
  // Nor does it read `inovasi` (PP 30/2019's condition for Sangat Baik).
  inovasi: false,
  scoreEmployee,
  checkUnits: (input: UnitCheckInput<PegawaiScore>) => checkUnits(input),
  summarizeTeam(members: readonly PegawaiScore[], periode: Periode): TimSummary {
    const [r] = summarizeUnits(
      TEAM_TREE,
      members.map((m) => ({ ...m, unit: TEAM })),
      periode,
      Number.MAX_SAFE_INTEGER,
    );
    return { jumlah_pegawai: r!.jumlah_pegawai, distribusi: r!.distribusi, rata_rata_capaian: r!.rata_rata_capaian };
  },
  explain: explainEmployee,
} as const satisfies RulePack<PegawaiScore, UnitKurva, ExplainStep, TimSummary>;

export type { ExplainStep } from './explain.js';
export type { UnitKurva } from './units.js';
