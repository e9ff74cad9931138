/** `predikat_organisasi` in a unit list: one label, or a map from period codes to labels (RULES.md §3). */
import { describe, expect, it } from 'vitest';
import { validateAgainstSchema } from '../../src/schema/validator.js';

const unitList = (predikat: unknown) => ({ kind: 'unit-kerja', unit: [{ id: 'u', nama: 'U', predikat_organisasi: predikat }] });

describe('predikat_organisasi', () => {
  it('accepts a label and a map of period codes', () => {
    expect(validateAgainstSchema('unit-kerja', unitList('Baik'), 'u.yaml')).toEqual([]);
    expect(
      validateAgainstSchema(
        'unit-kerja',
        unitList({ '2026': 'Baik', '2026-TW1': 'Istimewa', '2026-S2': 'Cukup', '2026-07': 'Kurang' }),
        'u.yaml',
      ),
    ).toEqual([]);
  });
  it('rejects a key that is no period code, a label that is none, and an empty map', () => {
    for (const bad of [{ '2026-T1': 'Baik' }, { '2026': 'Bagus' }, {}, 'Bagus'])
      expect(validateAgainstSchema('unit-kerja', unitList(bad), 'u.yaml').map((f) => f.kode)).toContain('SKEMA');
  });
});
