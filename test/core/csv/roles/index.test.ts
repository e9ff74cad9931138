/** The registry: every CsvRole has a definition making rows of that role, and UsedRow follows from them. */
import { describe, expect, it } from 'vitest';
import type { CsvRole, CsvRoleDefinition, RowBase } from '../../../../src/core/csv/role-definition.js';
import { CSV_ROLE_NAMES, CSV_ROLES, type UsedRow } from '../../../../src/core/csv/roles/index.js';

type Equals<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const assertType = <T extends true>(): T => true as T;

describe('CSV_ROLES', () => {
  it('lists the roles in the order findings name them', () => {
    expect(CSV_ROLE_NAMES).toEqual(['realisasi', 'perilaku', 'penilaian', 'skm', 'kompetensi']);
  });

  it('UsedRow is the union of the rows the definitions make, one per role', () => {
    assertType<Equals<UsedRow['peran'], CsvRole>>();
    assertType<Equals<Extract<UsedRow, { peran: 'skm' }>['jawaban'], (number | null)[]>>();
  });

  it('a role without a definition, or a definition of another role, does not compile', () => {
    // @ts-expect-error 'kehadiran' has no entry
    const missing: { [R in CsvRole | 'kehadiran']: CsvRoleDefinition<RowBase<R>> } = CSV_ROLES;
    // @ts-expect-error kompetensi's rows are not skm rows
    const swapped: { [R in CsvRole]: CsvRoleDefinition<RowBase<R>> } = { ...CSV_ROLES, skm: CSV_ROLES.kompetensi };
    expect([missing, swapped]).toHaveLength(2);
  });

  it('each header names its required columns once, and anyOf columns are optional too', () => {
    for (const role of CSV_ROLE_NAMES) {
      const { required, anyOf = [], optional } = CSV_ROLES[role].header;
      expect(new Set(required).size).toBe(required.length);
      for (const c of anyOf) expect(optional).toContain(c);
    }
  });
});
