/**
 * What `validate` checks of an SKP when the config's metode is pp-30-2019 (RULES.md §6.2): a tambahan
 * RHK adds its nilai × bobot / 100 to the Nilai KT, so one without a `bobot` adds nothing — said as
 * KT_TANPA_BOBOT (info) at the RHK, so the officer knows before scoring.
 */
import { makeFinding, type Finding } from '../../findings.js';
import type { Skp } from '../../../types/generated/skp.js';
import type { IndikatorDefinition } from '../../validate/katalog.js';
import { ptr } from '../../validate/types.js';
import { checkLegacySkp } from '../legacy-checks.js';

export function checkSkpPp30(
  skp: Skp,
  at: (jalur: string, pada?: 'kunci') => { path: string; jalur: string },
  _definitionOf: (ref: string) => IndikatorDefinition | undefined,
  out: Finding[],
): void {
  checkLegacySkp(skp, at, out);
  skp.hasil_kerja.forEach((rhk, i) => {
    if (rhk.jenis === 'tambahan' && rhk.bobot === undefined)
      out.push(makeFinding('KT_TANPA_BOBOT', at(ptr('hasil_kerja', i)), { rhk: rhk.id }));
  });
}
