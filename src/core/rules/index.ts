/**
 * Rule packs by id (RULES.md §2, §6), chosen by the config's `metode`. Every output names the pack and
 * its version. A pack a config may name before it can score is a `PlannedRulePack` (none today).
 * Adding a pack: a folder beside permenpan-rb-6-2022/ behind `RulePack`, and one line here.
 */
import type { Metode, PlannedRulePack, RulePack } from './rule-pack.js';
import { permenpanRb62022 } from './permenpan-rb-6-2022/index.js';
import { pp302019 } from './pp-30-2019/index.js';
import { pp462011 } from './pp-46-2011/index.js';

export type { Metode, RulePack } from './rule-pack.js';

export const RULE_PACKS = {
  'permenpan-rb-6-2022': permenpanRb62022,
  'pp-30-2019': pp302019,
  'pp-46-2011': pp462011,
} as const satisfies Record<Metode, RulePack | PlannedRulePack>;

export type AvailablePack = Extract<(typeof RULE_PACKS)[Metode], { available: true }>;
