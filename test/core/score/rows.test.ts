/**
 * What `collectRow` keeps of the used rows: the penilaian's 0–100 nilai perilaku and inovasi for the
 * legacy packs (RULES.md §6), and the rows' catatan only when asked (the Dokumen's umpan balik).
 */
import { describe, expect, it } from 'vitest';
import { parsePeriode } from '../../../src/core/period.js';
import { collectRow, emptyRows } from '../../../src/core/score/rows.js';

const P = parsePeriode('2026')!;
const NIP = '198703152010012003';

describe('collectRow', () => {
  it('keeps the nilai perilaku and inovasi of the penilaian rows; one ya is enough', () => {
    const rows = emptyRows();
    collectRow(rows, { peran: 'penilaian', file: 0, line: 2, nip: NIP, periode: P, nilaiPerilaku: 82.5, inovasi: false });
    collectRow(rows, { peran: 'penilaian', file: 1, line: 2, nip: NIP, periode: P, inovasi: true });
    collectRow(rows, { peran: 'penilaian', file: 1, line: 3, nip: NIP, periode: P, inovasi: false, hasilKerja: 'Sesuai Ekspektasi' });
    expect(rows.penilaian.get(NIP)).toEqual({ nilaiPerilaku: 82.5, inovasi: true, hasilKerja: 'Sesuai Ekspektasi' });
  });

  it('keeps the catatan only when asked', () => {
    const row = {
      peran: 'realisasi' as const,
      file: 0,
      line: 2,
      nip: NIP,
      indikator: 'ik-1',
      periode: P,
      nilai: 5,
      catatan: 'bukti lengkap',
    };
    const without = emptyRows();
    collectRow(without, row);
    expect(without.catatan).toBeNull();
    const withNotes = emptyRows({ catatan: true });
    collectRow(withNotes, row);
    expect(withNotes.catatan!.realisasi.get(NIP)!.get('ik-1')).toEqual([
      { periode: P, teks: 'bukti lengkap', origin: { file: 0, line: 2 } },
    ]);
  });
});
