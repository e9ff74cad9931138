/**
 * Rule packs by id (RULES.md §2, §6). Every output names the pack and its version. The legacy packs
 * are registered so a config naming them is understood; their scoring arrives with a later issue.
 * Adding a pack: a folder beside permenpan-rb-6-2022/ behind `RulePack`, and one line here.
 */
import type { Metode, PlannedRulePack, RulePack } from './rule-pack.js';
import { permenpanRb62022 } from './permenpan-rb-6-2022/index.js';

export type { Metode, RulePack } from './rule-pack.js';

export const RULE_PACKS = {
  'permenpan-rb-6-2022': permenpanRb62022,
  'pp-30-2019': {
    id: 'pp-30-2019',
    versi: '0.0.0',
    sumber: 'PP 30/2019; PermenPAN-RB 8/2021',
    available: false,
    nilaiPerilaku: true,
    inovasi: true,
  },
  'pp-46-2011': {
    id: 'pp-46-2011',
    versi: '0.0.0',
    sumber: 'PP 46/2011; Perka BKN 1/2013',
    available: false,
    nilaiPerilaku: true,
    inovasi: false,
  },
} as const satisfies Record<Metode, RulePack | PlannedRulePack>;

export type AvailablePack = Extract<(typeof RULE_PACKS)[Metode], { available: true }>;
