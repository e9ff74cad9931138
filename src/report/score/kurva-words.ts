/** A kurva rule in words, for people (the table's summary, the HTML report): never its raw code. */
import type { Lang } from '../../i18n/messages.js';
import type { UnitPermenpanRb_6_2022 } from '../../types/generated/laporan-skor.js';

type Aturan = UnitPermenpanRb_6_2022['kurva']['pelanggaran'][number];

const WORDS = {
  id: { maksimal: 'maks', minimal: 'min', mayoritas: 'mayoritas ≥', terbanyak: 'terbanyak ≥', harus_ada: 'harus ada ≥', nol: 'harus' },
  en: { maksimal: 'max', minimal: 'min', mayoritas: 'majority ≥', terbanyak: 'most ≥', harus_ada: 'at least', nol: 'must be' },
} as const;

/** "harus ada ≥ 1", "maks 2"; with `named`, the predikat it counts first ("Butuh Perbaikan + Kurang/Misconduct: harus ada ≥ 1"). */
export function ruleLabel(a: Aturan, lang: Lang, named = true): string {
  return `${named ? `${a.predikat.join(' + ')}: ` : ''}${WORDS[lang][a.aturan]} ${a.batas}`;
}
