/**
 * What `validate` says of an SKP under either legacy pack (RULES.md §6): `pendekatan: kualitatif` is
 * 6/2022's (the penilai rates the work without targets); PP 46/2011 and PP 30/2019 score from targets
 * and realisations, so the key is ignored — said once, at it (KUALITATIF_DIABAIKAN, info).
 */
import { makeFinding, type Finding } from '../findings.js';
import type { Skp } from '../../types/generated/skp.js';

export function checkLegacySkp(skp: Skp, at: (jalur: string, pada?: 'kunci') => { path: string; jalur: string }, out: Finding[]): void {
  if (skp.pendekatan === 'kualitatif') out.push(makeFinding('KUALITATIF_DIABAIKAN', at('/pendekatan', 'kunci')));
}
