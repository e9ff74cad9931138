import { describe, expect, it } from 'vitest';
import { createCsvSession } from '../../../../src/core/csv/session.js';
import { checkRows, makeRefs, STAF, KEPALA } from '../check-rows.js';

/** Under a legacy pack, which reads nilai_perilaku (0–100, RULES.md §6). */
const legacy = { refs: makeRefs({ nilaiPerilaku: true, inovasi: true }) };

const HEADER = ['nip', 'periode', 'rating_hasil_kerja', 'rating_perilaku', 'nilai_perilaku', 'inovasi'];
const check = (rows: string[][], o = {}) => checkRows('penilaian', HEADER, rows, o);

describe('penilaian rows', () => {
  it('a used row carries only the columns it is the first to set', () => {
    const r = check(
      [
        [STAF, '2026', 'di atas', '', '', 'ya'],
        [STAF, '2026', 'sesuai', 'DIBAWAH', '', ''],
        [KEPALA, '2026', '', '', '3,5', 'tidak'],
      ],
      legacy,
    );
    expect(r.rows).toEqual([
      {
        peran: 'penilaian',
        nip: STAF,
        periode: expect.objectContaining({ kode: '2026' }),
        hasilKerja: 'Di Atas Ekspektasi',
        inovasi: true,
        file: 0,
        line: 2,
      },
      {
        peran: 'penilaian',
        nip: STAF,
        periode: expect.objectContaining({ kode: '2026' }),
        perilaku: 'Di Bawah Ekspektasi',
        file: 0,
        line: 3,
      },
      {
        peran: 'penilaian',
        nip: KEPALA,
        periode: expect.objectContaining({ kode: '2026' }),
        nilaiPerilaku: 3.5,
        inovasi: false,
        file: 0,
        line: 4,
      },
    ]);
    // Two different hasil kerja ratings (docs/keputusan.md): neither stands, line 2 stays for its inovasi.
    expect(r.codes).toEqual(['PENILAIAN_BERTENTANGAN 2:3', 'PENILAIAN_BERTENTANGAN 3:3']);
    expect(r.findings[0]!.args).toEqual({ kolom: 'rating_hasil_kerja', jumlah: 2, path_lain: 'data.csv', baris_lain: 3 });
    expect(r.withdrawn).toEqual([{ peran: 'penilaian', nip: STAF, file: 0, line: 2, kolom: 'hk' }]);
    expect(r.counts).toMatchObject({ baris_dipakai: 3, baris_ditolak: 0 });
  });

  it('a column two rows give alike is a copy: the later row repeats it (PENILAIAN_GANDA), the first gives it', () => {
    const r = check(
      [
        [STAF, '2026', 'di atas', '', '', ''],
        [STAF, '2026', 'Di Atas Ekspektasi', 'sesuai', '', ''],
        [STAF, '2026', 'diatas', '', '', ''],
      ],
      legacy,
    );
    expect(r.codes).toEqual(['PENILAIAN_GANDA 3:3', 'PENILAIAN_GANDA 4:3']);
    expect(r.findings[1]!.args).toEqual({ kolom: 'rating_hasil_kerja', path_pertama: 'data.csv', baris_pertama: 2 });
    expect(r.withdrawn).toEqual([]);
    expect(r.counts).toMatchObject({ baris_dipakai: 2, baris_ditolak: 1 });
  });

  it('a contradicted rating is withdrawn from every row; a row giving nothing else is rejected, in any order', () => {
    const rows = [
      [STAF, '2026', 'sesuai', '', '', ''],
      [STAF, '2026', 'sesuai', 'di bawah', '', ''],
      [STAF, '2026', 'di atas', '', '', ''],
    ];
    for (const order of [rows, [...rows].reverse()]) {
      const r = check(order, legacy);
      expect(r.findings.map((f) => f.kode).sort()).toEqual(['PENILAIAN_BERTENTANGAN', 'PENILAIAN_BERTENTANGAN', 'PENILAIAN_BERTENTANGAN']);
      // Only the perilaku rating stands: the row giving it stays, the other two are rejected.
      expect(r.counts).toMatchObject({ baris_dibaca: 3, baris_dipakai: 1, baris_ditolak: 2 });
      const whole = r.withdrawn.filter((w) => w.peran === 'penilaian' && w.kolom === null).map((w) => w.line);
      const standing = r.rows.filter((x) => x.peran === 'penilaian' && !whole.includes(x.line));
      expect(standing.map((x) => x.peran === 'penilaian' && x.perilaku)).toEqual(['Di Bawah Ekspektasi']);
    }
  });

  it('rejects bad ratings, a nilai outside 0–100, a bad inovasi, and a row whose every column contradicts an earlier one', () => {
    const shared = createCsvSession();
    check([[STAF, '2026', 'sesuai', '', '', '']], { shared, path: 'a.csv' });
    const r = check(
      [
        [STAF, '2026', 'Baik', '', '', ''],
        [STAF, '2026', '', 'bagus', '', ''],
        [STAF, '2026', '', '', '-1', ''],
        [STAF, '2026', '', '', '100,5', ''],
        [STAF, '2026', '', 'sesuai', '', 'mungkin'],
        [STAF, '2026', 'di atas', '', '', ''],
      ],
      { shared, path: 'b.csv', ...legacy },
    );
    expect(r.codes).toEqual([
      'RATING_PREDIKAT 2:3',
      'RATING_TIDAK_VALID 3:4',
      'PERILAKU_DI_LUAR_SKALA 4:5',
      'PERILAKU_DI_LUAR_SKALA 5:5',
      'INOVASI_TIDAK_VALID 6:6',
      'PENILAIAN_BERTENTANGAN 7:3',
    ]);
    expect(r.findings[3]!.args).toEqual({ nilai: '100,5', min: 0, maks: 100 });
    expect(r.findings[5]!.args).toMatchObject({ path_lain: 'a.csv', baris_lain: 2 });
    expect(r.counts).toEqual({ baris_dibaca: 6, baris_dipakai: 0, baris_ditolak: 6, baris_diabaikan: 0 });
  });

  it('under 6/2022 nilai_perilaku is not read: counted as ignored, once for the file, never checked', () => {
    const r = check([
      [STAF, '2026', 'sesuai', '', '9999', ''],
      [KEPALA, '2026', '', '', 'delapan', ''],
    ]);
    expect(r.codes).toEqual(['NILAI_PERILAKU_DIABAIKAN -:-']);
    expect(r.findings[0]!.args).toEqual({ jumlah: 2 });
    expect(r.rows.map((x) => x.line)).toEqual([2]);
    expect(r.rows[0]).not.toHaveProperty('nilaiPerilaku');
    expect(r.counts).toEqual({ baris_dibaca: 2, baris_dipakai: 1, baris_ditolak: 0, baris_diabaikan: 1 });
  });

  it('under 6/2022 inovasi is not read either: counted as ignored, once for the file, never checked', () => {
    const r = check([
      [STAF, '2026', 'sesuai', '', '', 'ya'],
      [KEPALA, '2026', 'sesuai', '', '', 'mungkin'],
    ]);
    expect(r.codes).toEqual(['INOVASI_DIABAIKAN -:-']);
    expect(r.findings[0]!.args).toEqual({ jumlah: 2 });
    expect(r.rows.map((x) => ('inovasi' in x ? x.inovasi : undefined))).toEqual([undefined, undefined]);
  });

  it("under a legacy pack the penilai's ratings are not read: counted as ignored, once for the file, never checked", () => {
    const r = check(
      [
        [STAF, '2026', 'sesuai', 'bagus sekali', '80', ''],
        [KEPALA, '2026', 'di atas', '', '', ''],
      ],
      { refs: makeRefs({ nilaiPerilaku: true, inovasi: true, ratings: false }) },
    );
    // The second row states only an ignored rating: not used, and no PENILAIAN_KOSONG.
    expect(r.codes).toEqual(['RATING_DIABAIKAN -:-']);
    expect(r.findings[0]!.args).toEqual({ jumlah: 3 });
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ nilaiPerilaku: 80 });
    expect(r.rows[0]).not.toHaveProperty('hasilKerja');
    expect(r.counts).toMatchObject({ baris_dipakai: 1, baris_ditolak: 0, baris_diabaikan: 1 });
  });

  it('under PP 30/2019 a row may say only inovasi', () => {
    const r = check([[STAF, '2026', '', '', '', 'ya']], legacy);
    expect(r.codes).toEqual([]);
    expect(r.rows).toEqual([expect.objectContaining({ nip: STAF, inovasi: true })]);
  });

  it('ignores a row with nothing rated and a row for another period than P (RULES.md §2.6)', () => {
    const r = check([
      [STAF, '2026', '', '', '', ''],
      [STAF, '2026-S1', 'sesuai', '', '', ''],
    ]);
    expect(r.codes).toEqual(['PENILAIAN_KOSONG 2:-', 'BARIS_DI_LUAR_PERIODE -:-']);
    expect(r.findings[0]).toMatchObject({ nip: STAF });
    expect(r.counts).toEqual({ baris_dibaca: 2, baris_dipakai: 0, baris_ditolak: 0, baris_diabaikan: 2 });
  });
});
