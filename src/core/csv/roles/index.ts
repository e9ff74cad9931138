/**
 * The CSV roles: adding a member to CsvRole without an entry here fails to compile, and UsedRow is
 * the union of the rows the entries make. Key order is the order roles are listed in findings.
 */
import type { CsvRole, CsvRoleDefinition, RowBase } from '../role-definition.js';
import { kompetensi } from './kompetensi.js';
import { penilaian } from './penilaian.js';
import { perilaku } from './perilaku.js';
import { realisasi } from './realisasi.js';
import { skm } from './skm.js';

export const CSV_ROLES = { realisasi, perilaku, penilaian, skm, kompetensi } satisfies {
  [R in CsvRole]: CsvRoleDefinition<RowBase<R>>;
};

export const CSV_ROLE_NAMES = Object.keys(CSV_ROLES) as CsvRole[];

type RowOf<D> = D extends CsvRoleDefinition<infer Row> ? Row : never;

/** A row that entered the computation, typed, for `score` and `ikm`. */
export type UsedRow = { [R in CsvRole]: RowOf<(typeof CSV_ROLES)[R]> }[CsvRole];
