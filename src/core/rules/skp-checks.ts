/**
 * The checks a rule pack adds to `validate` for each SKP (RULES.md §6), by the config's metode: one line
 * per pack that has any. 6/2022's own checks are validate's defaults (src/core/validate/skp.ts).
 */
import type { Finding } from '../findings.js';
import type { Skp } from '../../types/generated/skp.js';
import type { IndikatorDefinition } from '../validate/katalog.js';
import type { Metode } from './rule-pack.js';
import { checkSkpPp30 } from './pp-30-2019/checks.js';
import { checkSkpPp46 } from './pp-46-2011/checks.js';

export type SkpCheck = (
  skp: Skp,
  at: (jalur: string, pada?: 'kunci') => { path: string; jalur: string },
  definitionOf: (ref: string) => IndikatorDefinition | undefined,
  out: Finding[],
) => void;

export const PACK_SKP_CHECKS: Partial<Record<Metode, SkpCheck>> = {
  'pp-30-2019': checkSkpPp30,
  'pp-46-2011': checkSkpPp46,
};
