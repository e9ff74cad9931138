/**
 * What `validate` checks of an SKP when the config's metode is pp-46-2011 (RULES.md §6.1): each utama
 * RHK is a kegiatan tugas jabatan and needs exactly one indicator of aspek kuantitas, one kualitas and
 * one waktu (satuan bulan), and at most one biaya — else PP46_ASPEK at the RHK's indikator list.
 */
import { makeFinding, type Finding } from '../../findings.js';
import type { Skp } from '../../../types/generated/skp.js';
import type { IndikatorDefinition } from '../../validate/katalog.js';
import { ptr } from '../../validate/types.js';
import { checkLegacySkp } from '../legacy-checks.js';

export function checkSkpPp46(
  skp: Skp,
  at: (jalur: string, pada?: 'kunci') => { path: string; jalur: string },
  definitionOf: (ref: string) => IndikatorDefinition | undefined,
  out: Finding[],
): void {
  checkLegacySkp(skp, at, out);
  skp.hasil_kerja.forEach((rhk, i) => {
    if (rhk.jenis !== 'utama') return;
    const count = { kuantitas: 0, kualitas: 0, waktu: 0, biaya: 0 };
    let waktuBukanBulan = false;
    rhk.indikator.forEach((ind, j) => {
      const def = ind.ref !== undefined ? definitionOf(ind.ref) : undefined;
      const aspek = ind.aspek ?? def?.aspek;
      const satuan = ind.satuan ?? def?.satuan;
      if (aspek === undefined) return;
      count[aspek]++;
      // TO, TK and TW divide (Kuantitas = RO / TO, EW = 100 − RW / TW × 100): one number above 0; TB may be
      // 0 (no biaya) but not a range. A missing target is TARGET_WAJIB's.
      const targets: [string, unknown][] = [
        [ptr('hasil_kerja', i, 'indikator', j, 'target'), ind.target],
        ...Object.entries(ind.target_periode ?? {}).map(([k, v]): [string, unknown] => [
          ptr('hasil_kerja', i, 'indikator', j, 'target_periode', k),
          v,
        ]),
      ];
      for (const [jalur, t] of targets)
        if (t !== undefined && (typeof t !== 'number' || (aspek !== 'biaya' && t <= 0)))
          out.push(
            makeFinding('PP46_TARGET', at(jalur), {
              rhk: rhk.id,
              indikator: ind.id ?? ind.ref ?? '',
              aspek,
              rentang: typeof t !== 'number',
            }),
          );
      if (aspek === 'waktu' && satuan !== 'bulan') waktuBukanBulan = true;
    });
    if (count.kuantitas === 1 && count.kualitas === 1 && count.waktu === 1 && count.biaya <= 1 && !waktuBukanBulan) return;
    out.push(
      makeFinding('PP46_ASPEK', at(ptr('hasil_kerja', i, 'indikator'), 'kunci'), {
        rhk: rhk.id,
        kuantitas: count.kuantitas,
        kualitas: count.kualitas,
        waktu: count.waktu,
        biaya: count.biaya,
        waktu_bukan_bulan: waktuBukanBulan,
      }),
    );
  });
}
