/** The words of the 360° steps both 6/2022 and pp-30-2019 (with dengan_360) record in `--explain` (RULES.md §2.5). */
import { roundReport } from '../../../core/number.js';
import type { RowOrigin } from '../../../core/score/rows.js';
import type { Lang } from '../../../i18n/messages.js';
import type { ExplainLine } from './pack-view.js';

/** One 360° row: its period, role, rater and the seven values (– for a blank), with its file:line. */
export function perilakuRowLine(s: {
  periode: string;
  peran: string;
  penilaiNip: string;
  nilai: readonly (number | null)[];
  asal: RowOrigin;
}): ExplainLine {
  return { teks: `${s.periode} ${s.peran} ${s.penilaiNip}: ${s.nilai.map((v) => (v === null ? '–' : v)).join(' ')}`, asal: s.asal };
}

/** One role's score, its raters and weight, and whether it was left out for too few raters. */
export function roleScoreLine(
  s: { peran: string; skor: number | null; penilai: number; bobot: number; cukup: boolean },
  lang: Lang,
): ExplainLine {
  const id = lang === 'id';
  const skor = s.skor === null ? '–' : String(roundReport(s.skor, 2));
  return {
    teks: `${s.peran}: ${skor} (${s.penilai} ${id ? 'penilai' : 'rater(s)'}, bobot ${s.bobot}${s.cukup ? '' : id ? ', kurang dari minimal: tidak dihitung' : ', below the minimum: left out'})`,
  };
}
