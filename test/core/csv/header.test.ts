import { describe, expect, it } from 'vitest';
import { detectRole, expectedHeaders, normalizeHeader, sniffDelimiter } from '../../../src/core/csv/header.js';
import { parsePeriodeCell, parseRaterRoleCell, parseRatingCell, parseTanggalCell } from '../../../src/core/csv/cells.js';

describe('headers and roles', () => {
  it('normalises names: BOM, case, spaces', () => {
    expect(normalizeHeader('\ufeff NIP ')).toBe('nip');
    expect(normalizeHeader('Penilai NIP')).toBe('penilai_nip');
    expect(normalizeHeader('RATING  HASIL KERJA')).toBe('rating_hasil_kerja');
  });
  it('recognises each role by its required columns, listing the extra ones', () => {
    expect(detectRole(['NIP', 'Periode', 'Indikator', 'Realisasi', 'Keterangan'])).toMatchObject({
      ok: true,
      role: 'realisasi',
      ignored: ['keterangan'],
    });
    expect(detectRole(['nip', 'periode', 'rating_perilaku'])).toMatchObject({ ok: true, role: 'penilaian' });
    expect(detectRole(['unit', 'tanggal', ...Array.from({ length: 9 }, (_, i) => `U${i + 1}`)])).toMatchObject({ ok: true, role: 'skm' });
    expect(detectRole(['nip', 'tanggal', 'kegiatan', 'jp'])).toMatchObject({ ok: true, role: 'kompetensi' });
  });
  it('no role, several roles and duplicate headers are told apart', () => {
    expect(detectRole(['nama', 'alamat'])).toMatchObject({ ok: false, reason: 'none' });
    expect(detectRole(['nip', 'periode', 'indikator', 'realisasi', 'rating_hasil_kerja'])).toMatchObject({
      ok: false,
      reason: 'several',
      candidates: ['realisasi', 'penilaian'],
    });
    expect(detectRole(['nip', 'NIP', 'periode', 'indikator', 'realisasi']).duplicates).toEqual(['nip']);
  });
  it('names the required header of every role, penilaian with its alternatives', () => {
    expect(expectedHeaders(';')).toEqual([
      'realisasi: nip;periode;indikator;realisasi',
      'perilaku: nip;periode;penilai_nip;peran;berorientasi_pelayanan;akuntabel;kompeten;harmonis;loyal;adaptif;kolaboratif',
      'penilaian: nip;periode;(rating_hasil_kerja|rating_perilaku|nilai_perilaku|inovasi)',
      'skm: unit;u1;u2;u3;u4;u5;u6;u7;u8;u9',
      'kompetensi: nip;tanggal;kegiatan;jp',
    ]);
  });
  it('sniffs the delimiter outside quotes', () => {
    expect(sniffDelimiter('nip;periode;indikator;realisasi')).toBe(';');
    expect(sniffDelimiter('nip,periode,indikator,realisasi')).toBe(',');
    expect(sniffDelimiter('nip\tperiode\tindikator')).toBe('\t');
    expect(sniffDelimiter('"nip, pegawai";periode;indikator')).toBe(';');
    expect(sniffDelimiter('"a;b";"c;d",e,f')).toBe(',');
  });
});

describe('cells', () => {
  it('periods, and periods Excel turned into dates', () => {
    expect(parsePeriodeCell('2026-tw2')).toMatchObject({ ok: true, periode: { kode: '2026-TW2' } });
    for (const raw of ['Jan-26', '01/01/2026', '2026-01-01', '1-Jan', '46023'])
      expect(parsePeriodeCell(raw)).toEqual({ ok: false, excel: true });
    expect(parsePeriodeCell('2026-TW5')).toEqual({ ok: false, excel: false });
  });
  it('dates: ISO or day-first; a month over 12 in second place is explained', () => {
    expect(parseTanggalCell('2026-03-15')).toEqual({ ok: true, tanggal: { tahun: 2026, bulan: 3, hari: 15 }, ambigu: false });
    expect(parseTanggalCell('15/03/2026')).toEqual({ ok: true, tanggal: { tahun: 2026, bulan: 3, hari: 15 }, ambigu: false });
    expect(parseTanggalCell('15-03-2026')).toEqual({ ok: true, tanggal: { tahun: 2026, bulan: 3, hari: 15 }, ambigu: false });
    // Both readings fit: day-first is used, and the cell is marked so a month-first column can say so.
    expect(parseTanggalCell('03/04/2026')).toEqual({ ok: true, tanggal: { tahun: 2026, bulan: 4, hari: 3 }, ambigu: true });
    expect(parseTanggalCell('04/04/2026')).toMatchObject({ ambigu: false });
    // A time of day, as survey forms export it: the date is the one written.
    const march15 = { ok: true, tanggal: { tahun: 2026, bulan: 3, hari: 15 }, ambigu: false };
    for (const cell of [
      '15/03/2026 10:23:45',
      '15/03/2026 10:23',
      '2026-03-15T10:23:00',
      '2026-03-15T23:59:59.123Z',
      '2026-03-15 10:23:00+07:00',
      '2026-03-15T10:23 +0700',
      '15/3/2026, 10.23.45', // Node's toLocaleString('id-ID')
      '15/03/2026 10.23',
    ])
      expect(parseTanggalCell(cell), cell).toEqual(march15);
    expect(parseTanggalCell('3/15/2026 10:23:45 AM')).toEqual({ ok: false, bulanKedua: true });
    for (const bad of ['15/03/2026 25:00', '15/03/2026 10:61', '2026-03-15T', '15/03/2026 13:00 PM', '2026-03-15 jam 10'])
      expect(parseTanggalCell(bad), bad).toMatchObject({ ok: false });
    expect(parseTanggalCell('03/15/2026')).toEqual({ ok: false, bulanKedua: true });
    expect(parseTanggalCell('31/02/2026')).toEqual({ ok: false, bulanKedua: false });
  });
  it('rating words in any case; a predikat word is told apart', () => {
    expect(parseRatingCell('DI ATAS')).toEqual({ ok: true, rating: 'Di Atas Ekspektasi' });
    expect(parseRatingCell('dibawah')).toEqual({ ok: true, rating: 'Di Bawah Ekspektasi' });
    expect(parseRatingCell(' Sesuai  Ekspektasi ')).toEqual({ ok: true, rating: 'Sesuai Ekspektasi' });
    expect(parseRatingCell('Baik')).toEqual({ ok: false, predikat: true });
    expect(parseRatingCell('bagus')).toEqual({ ok: false, predikat: false });
  });
  it('rater roles in any case', () => {
    expect(parseRaterRoleCell(' Atasan ')).toBe('atasan');
    expect(parseRaterRoleCell('bos')).toBeNull();
  });
});
