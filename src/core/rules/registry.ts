/**
 * Rule packs by id (RULES.md §2, §6). Every output names the pack and its version. The legacy packs
 * are registered so a config naming them is understood; their scoring arrives with a later issue.
 */
import type { ResolvedConfig } from '../config.js';

export type Metode = ResolvedConfig['metode'];

export interface RulePack {
  versi: string;
  sumber: string;
  tersedia: boolean;
}

export const RULE_PACKS = {
  'permenpan-rb-6-2022': { versi: '1.0.0', sumber: 'PermenPAN-RB 6/2022; SE MenPAN-RB 3/2023; PermenPAN-RB 1/2023', tersedia: true },
  'pp-30-2019': { versi: '0.0.0', sumber: 'PP 30/2019; PermenPAN-RB 8/2021', tersedia: false },
  'pp-46-2011': { versi: '0.0.0', sumber: 'PP 46/2011; Perka BKN 1/2013', tersedia: false },
} as const satisfies Record<Metode, RulePack>;
