/** Each rule pack's report view; a new pack adds one line (and the compiler says so). */
import type { AvailablePack } from '../../../core/rules/index.js';
import type { PegawaiScore, TimScore, UnitScore } from '../../../core/score/index.js';
import type { LaporanSkor } from '../../../types/generated/laporan-skor.js';
import type { PackView } from './pack-view.js';
import { permenpanRb62022View } from './permenpan-rb-6-2022.js';
import { pp302019View } from './pp-30-2019.js';
import { pp462011View } from './pp-46-2011.js';

export const PACK_VIEWS = {
  'permenpan-rb-6-2022': permenpanRb62022View,
  'pp-30-2019': pp302019View,
  'pp-46-2011': pp462011View,
} as const satisfies Record<AvailablePack['id'], unknown>;

/**
 * A view as the formats see it: over every pack's results and entries. The report and its view are
 * chosen by the same `metode`, so a view only ever meets its own pack's results (each view is typed
 * by its own; this is the one place the formats forget which).
 */
export type ReportView = PackView<
  PegawaiScore,
  LaporanSkor['pegawai'][number],
  { tingkat: number },
  UnitScore,
  LaporanSkor['unit'][number],
  TimScore,
  LaporanSkor['tim'][number]
>;

export function viewOf(id: AvailablePack['id']): ReportView {
  return PACK_VIEWS[id] as ReportView;
}
