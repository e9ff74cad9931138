/** Each available rule pack's report view; a new pack adds one line (and the compiler says so). */
import type { AvailablePack } from '../../../core/rules/index.js';
import { permenpanRb62022View } from './permenpan-rb-6-2022.js';

export const PACK_VIEWS = {
  'permenpan-rb-6-2022': permenpanRb62022View,
} as const satisfies Record<AvailablePack['id'], unknown>;

export function viewOf(id: AvailablePack['id']) {
  return PACK_VIEWS[id];
}
