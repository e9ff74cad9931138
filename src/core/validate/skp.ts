/** Rules over SKP files, alone and against the rest of the workspace (PRODUCT.md `kind: skp`). */
import { makeFinding, type Finding } from '../findings.js';
import { roundReport } from '../number.js';
import { parsePeriode } from '../period.js';
import { masaLabel, meets, parseMonth, WHOLE_YEAR, type MonthSpan } from '../masa.js';
import type { NipCheckOptions } from '../nip.js';
import type { Skp, Target } from '../../types/generated/skp.js';
import { checkSkmFields, type KatalogEntry } from './katalog.js';
import type { UnitEntry } from './organisasi.js';
import { closestKey } from '../closest.js';
import { nipFindings } from './nip-findings.js';
import { ptr, type DocOf } from './types.js';

import { PACK_SKP_CHECKS } from '../rules/skp-checks.js';
import type { Metode } from '../rules/rule-pack.js';
export interface SkpContext {
  /** Units of the workspace; undefined when it has no unit-kerja file (then units are not checked). */
  units: Map<string, UnitEntry> | undefined;
  katalog: Map<string, KatalogEntry>;
  nipOptions: Omit<NipCheckOptions, 'tahunAkhir'>;
  /** The config's rule pack: its own SKP checks run too (RULES.md §6). */
  metode: Metode;
}

type Indikator = Skp['hasil_kerja'][number]['indikator'][number];
const DEFINITION_KEYS = ['id', 'nama', 'satuan', 'aspek', 'polaritas'] as const;

/** PNS golongan ruang I/a … IV/e, or a PPPK golongan I … XVII. */
const GOLONGAN = /^(?:(?:I|II|III)\/[a-d]|IV\/[a-e]|XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)$/;

/** `III B`, `iii/b`, `IIIb` → `III/b`; null when no standard form is near. */
function golonganSaran(raw: string): string | null {
  const m = /^\s*(IV|III|II|I)\s*[/\s-]?\s*([A-Ea-e])\s*$/i.exec(raw);
  if (m) {
    const fixed = `${m[1]!.toUpperCase()}/${m[2]!.toLowerCase()}`;
    return GOLONGAN.test(fixed) ? fixed : null;
  }
  const roman = raw.trim().toUpperCase();
  return GOLONGAN.test(roman) ? roman : null;
}

export function checkSkps(skps: readonly DocOf<'skp'>[], ctx: SkpContext, out: Finding[]): void {
  const groups = new Map<string, DocOf<'skp'>[]>();
  const nipOf = new Map<DocOf<'skp'>, string>();
  const masaOfDoc = new Map<DocOf<'skp'>, MonthSpan | null>();
  for (const doc of skps) {
    masaOfDoc.set(doc, checkMasa(doc, out));
    const nip = nipFindings(
      doc.data.pegawai.nip,
      { path: doc.path, jalur: '/pegawai/nip' },
      { ...ctx.nipOptions, tahunAkhir: doc.data.tahun },
      out,
    );
    if (nip === undefined) continue;
    nipOf.set(doc, nip);
    const key = `${nip}|${doc.data.tahun}`;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  // Several SKPs of one NIP in a year are a mutasi or a promotion when their masa do not overlap
  // (RULES.md §2.0). Which of two overlapping SKPs is the wrong one cannot be known: each is reported,
  // naming the others, so a file validated alone still shows the clash. A masa with its own error is
  // not compared (that error says what to fix first).
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const doc of group) {
      const span = masaOfDoc.get(doc);
      if (!span) continue;
      const clash = group.filter((d) => d !== doc && masaOfDoc.get(d) && meets(span, masaOfDoc.get(d)!));
      if (clash.length === 0) continue;
      const nip = nipOf.get(doc)!;
      const declared = doc.data.masa !== undefined;
      out.push(
        makeFinding(
          'SKP_GANDA',
          { path: doc.path, jalur: declared ? '/masa' : '/pegawai/nip', nip },
          { nip, tahun: doc.data.tahun, path_lain: clash.map((d) => d.path), masa: masaLabel(doc.data.tahun, span) },
        ),
      );
    }
  }
  /** The penilai's SKPs whose masa meets this SKP's (RULES.md §2.0: the supervisor may change too). */
  const penilaiSkps = (penilaiNip: string, doc: DocOf<'skp'>) => {
    const span = masaOfDoc.get(doc) ?? WHOLE_YEAR;
    return (groups.get(`${penilaiNip}|${doc.data.tahun}`) ?? []).filter((d) => meets(span, masaOfDoc.get(d) ?? WHOLE_YEAR));
  };

  for (const doc of skps) {
    const skp = doc.data;
    const path = doc.path;
    const nip = nipOf.get(doc);
    const at = (jalur: string, pada?: 'kunci') => ({ path, jalur, ...(nip ? { nip } : {}), ...(pada ? { pada } : {}) });

    if (ctx.units && !ctx.units.has(skp.pegawai.unit)) {
      out.push(
        makeFinding('UNIT_TIDAK_DIKENAL', at('/pegawai/unit'), {
          unit: skp.pegawai.unit,
          saran: closestKey(skp.pegawai.unit, ctx.units),
        }),
      );
    }
    let penilaiNip: string | undefined;
    if (skp.penilai === undefined) out.push(makeFinding('PENILAI_TIDAK_ADA', at('/penilai', 'kunci')));
    else if (skp.penilai.nip !== undefined) {
      penilaiNip = nipFindings(skp.penilai.nip, at('/penilai/nip'), { ...ctx.nipOptions, tahunAkhir: skp.tahun }, out);
      if (penilaiNip !== undefined && penilaiNip === nip) out.push(makeFinding('PENILAI_DIRI', at('/penilai/nip'), { nip: penilaiNip }));
    }
    // Golongan only appears on the Dokumen: an unusual form is a warning (the SKP still scores).
    for (const [jalur, golongan] of [
      ['/pegawai/golongan', skp.pegawai.golongan],
      ['/penilai/golongan', skp.penilai?.golongan],
      ['/atasan_penilai/golongan', skp.atasan_penilai?.golongan],
    ] as const) {
      if (golongan !== undefined && golongan.trim() !== '' && !GOLONGAN.test(golongan))
        out.push(makeFinding('GOLONGAN_TIDAK_BAKU', at(jalur), { golongan, saran: golonganSaran(golongan) }));
    }
    // The atasan penilai only appears on the Dokumen Evaluasi Kinerja: its NIP is checked like any other.
    if (skp.atasan_penilai?.nip !== undefined)
      nipFindings(skp.atasan_penilai.nip, at('/atasan_penilai/nip'), { ...ctx.nipOptions, tahunAkhir: skp.tahun }, out);
    const ofPenilai = penilaiNip !== undefined && penilaiNip !== nip ? penilaiSkps(penilaiNip, doc) : [];
    const penilaiSkp = ofPenilai[0];
    const penilaiRhk = penilaiSkp ? [...new Set(ofPenilai.flatMap((d) => d.data.hasil_kerja.map((r) => r.id)))] : undefined;

    // Under pp-30-2019 a tambahan RHK carries a bobot (Nilai KT, RULES.md §6.2).
    checkBobot(skp, at, out, ctx.metode === 'pp-30-2019');
    PACK_SKP_CHECKS[ctx.metode]?.(skp, at, (ref) => ctx.katalog.get(ref)?.def, out);
    const rhkSeen = new Map<string, number>();
    const keySeen = new Map<string, string>();
    skp.hasil_kerja.forEach((rhk, i) => {
      const rj = ptr('hasil_kerja', i);
      const firstRhk = rhkSeen.get(rhk.id);
      if (firstRhk !== undefined)
        out.push(makeFinding('RHK_GANDA', at(`${rj}/id`), { id: rhk.id, jalur_pertama: ptr('hasil_kerja', firstRhk, 'id') }));
      else rhkSeen.set(rhk.id, i);
      if (rhk.uraian === undefined) out.push(makeFinding('RHK_TANPA_URAIAN', at(`${rj}/uraian`, 'kunci'), { rhk: rhk.id }));

      if (penilaiSkp && penilaiRhk) {
        if (rhk.intervensi === undefined) {
          if (rhk.jenis === 'utama')
            out.push(
              makeFinding('INTERVENSI_WAJIB', at(`${rj}/intervensi`, 'kunci'), {
                rhk: rhk.id,
                path_penilai: penilaiSkp.path,
                rhk_penilai: penilaiRhk,
              }),
            );
        } else if (!penilaiRhk.includes(rhk.intervensi)) {
          out.push(
            makeFinding('INTERVENSI_TIDAK_DIKENAL', at(`${rj}/intervensi`), {
              intervensi: rhk.intervensi,
              path_penilai: penilaiSkp.path,
              rhk_penilai: penilaiRhk,
            }),
          );
        }
      }

      rhk.indikator.forEach((ind, j) => {
        const ij = `${rj}${ptr('indikator', j)}`;
        checkIndikator(ind, ij, skp, ctx, at, out);
        const key = ind.id ?? ind.ref;
        if (key === undefined) return;
        const firstKey = keySeen.get(key);
        if (firstKey !== undefined)
          out.push(
            makeFinding('INDIKATOR_GANDA', at(`${ij}/${ind.id !== undefined ? 'id' : 'ref'}`), { kunci: key, jalur_pertama: firstKey }),
          );
        else keySeen.set(key, ij);
      });
    });
  }
}

/** RULES.md §2.0: months inside the SKP's year, mulai ≤ selesai. The span, or null when it has an error. */
function checkMasa(doc: DocOf<'skp'>, out: Finding[]): MonthSpan | null {
  const masa = doc.data.masa;
  if (masa === undefined) return WHOLE_YEAR;
  const tahun = doc.data.tahun;
  const at = (jalur: string) => ({ path: doc.path, jalur });
  const a = parseMonth(masa.mulai);
  const b = parseMonth(masa.selesai);
  let ok = a !== null && b !== null;
  for (const [key, m] of [
    ['mulai', a],
    ['selesai', b],
  ] as const) {
    if (m && m.tahun !== tahun) {
      out.push(makeFinding('MASA_DI_LUAR_TAHUN', at(`/masa/${key}`), { bulan: masa[key], tahun }));
      ok = false;
    }
  }
  if (!ok || !a || !b) return null;
  if (a.bulan > b.bulan) {
    out.push(makeFinding('MASA_TERBALIK', at('/masa/selesai'), { mulai: masa.mulai, selesai: masa.selesai }));
    return null;
  }
  return { bulanAwal: a.bulan, bulanAkhir: b.bulan };
}

type At = (jalur: string, pada?: 'kunci') => { path: string; jalur: string };

/** RULES.md §2.4: bobot all-or-none over utama RHKs, summing to 100; none on tambahan. */
function checkBobot(skp: Skp, at: At, out: Finding[], bobotTambahan = false): void {
  const utama = skp.hasil_kerja.map((r, i) => ({ r, i })).filter(({ r }) => r.jenis === 'utama');
  const withBobot = utama.filter(({ r }) => r.bobot !== undefined);
  skp.hasil_kerja.forEach((r, i) => {
    if (r.jenis === 'tambahan' && r.bobot !== undefined && !bobotTambahan)
      out.push(makeFinding('BOBOT_TAMBAHAN', at(ptr('hasil_kerja', i, 'bobot'), 'kunci'), { rhk: r.id }));
  });
  if (withBobot.length === 0) return;
  if (withBobot.length < utama.length) {
    // Which side is the mistake cannot be known: point at the minority (a lone bobot added, or a lone
    // one forgotten), at every utama RHK on a tie.
    const without = utama.filter(({ r }) => r.bobot === undefined);
    const args = { tanpa_bobot: without.map(({ r }) => r.id), dengan_bobot: withBobot.map(({ r }) => r.id) };
    const sites =
      withBobot.length < without.length
        ? withBobot.map(({ i }) => at(ptr('hasil_kerja', i, 'bobot'), 'kunci'))
        : without.length < withBobot.length
          ? without.map(({ i }) => at(ptr('hasil_kerja', i), 'kunci'))
          : utama.map(({ r, i }) => at(ptr('hasil_kerja', i, ...(r.bobot !== undefined ? ['bobot'] : [])), 'kunci'));
    for (const site of sites) out.push(makeFinding('BOBOT_SEBAGIAN', site, args));
    return;
  }
  let sum = 0;
  for (const { r } of withBobot) sum += r.bobot!;
  // Compared as reported (RULES.md §1): 33.33 + 33.33 + 33.34 is 100. Every weight of the set is
  // flagged: any one of them may be the wrong one.
  if (roundReport(sum, 2) !== 100) {
    for (const { i } of withBobot)
      out.push(makeFinding('BOBOT_TOTAL', at(ptr('hasil_kerja', i, 'bobot')), { jumlah: roundReport(sum, 2) }));
  }
}

function checkIndikator(ind: Indikator, ij: string, skp: Skp, ctx: SkpContext, at: At, out: Finding[]): void {
  let polaritas = ind.polaritas;
  if (ind.ref !== undefined) {
    const entry = ctx.katalog.get(ind.ref);
    if (!entry) out.push(makeFinding('REF_TIDAK_DIKENAL', at(`${ij}/ref`), { ref: ind.ref, saran: closestKey(ind.ref, ctx.katalog) }));
    else polaritas ??= entry.def.polaritas;
    if (ind.id !== undefined && ind.id !== ind.ref && ctx.katalog.has(ind.id)) {
      out.push(makeFinding('INDIKATOR_BENTROK_KATALOG', at(`${ij}/id`), { id: ind.id }));
    }
  } else {
    const missing = DEFINITION_KEYS.filter((k) => ind[k] === undefined);
    if (missing.length > 0) out.push(makeFinding('INDIKATOR_TIDAK_LENGKAP', at(ij), { kurang: missing }));
    if (ind.id !== undefined && ctx.katalog.has(ind.id)) out.push(makeFinding('INDIKATOR_BENTROK_KATALOG', at(`${ij}/id`), { id: ind.id }));
  }
  checkSkmFields(ind, { path: at(ij).path, jalur: ij }, out);

  if (ind.target === undefined) {
    if ((skp.pendekatan ?? 'kuantitatif') === 'kuantitatif')
      out.push(makeFinding('TARGET_WAJIB', at(`${ij}/target`, 'kunci'), { kunci: ind.id ?? ind.ref ?? null }));
  } else checkTarget(ind.target, `${ij}/target`, polaritas, at, out);

  for (const [key, target] of Object.entries(ind.target_periode ?? {})) {
    const kj = `${ij}${ptr('target_periode', key)}`;
    const p = parsePeriode(key);
    if (!p || p.tahun !== skp.tahun)
      out.push(makeFinding('TARGET_PERIODE_KUNCI', at(kj, 'kunci'), { kunci: key, tahun: skp.tahun, sah: p !== null }));
    checkTarget(target, kj, polaritas, at, out);
  }
}

function checkTarget(target: Target, jalur: string, polaritas: string | undefined, at: At, out: Finding[]): void {
  if (typeof target === 'number') {
    // RULES.md §2.3: t > 0 is required for maksimal; t = 0 only for zero-tolerance (minimal) targets.
    if (target === 0 && polaritas === 'maksimal') out.push(makeFinding('TARGET_NOL', at(jalur), {}));
    return;
  }
  if (target.maks <= 0) out.push(makeFinding('TARGET_RENTANG', at(`${jalur}/maks`), { min: target.min, maks: target.maks }));
  else if (target.min > target.maks) out.push(makeFinding('TARGET_RENTANG', at(`${jalur}/min`), { min: target.min, maks: target.maks }));
}
