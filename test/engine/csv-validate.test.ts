/**
 * CSV ingestion through `validate` (issue [2]): dialects as Excel writes them, damaged rows located
 * at their own line, accounting that adds up. The workspace is test/fixtures/validate/base.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, FIXTURES, runCli } from '../helpers.js';

const BASE = join(FIXTURES, 'validate', 'base');
const STAF = '199104152015032001';
const KEPALA = '197805122003121002';

interface FileReport {
  path: string;
  jenis: string | null;
  encoding?: string;
  pemisah?: string;
  desimal?: string;
  baris_dibaca?: number;
  baris_dipakai?: number;
  baris_ditolak?: number;
  baris_diabaikan?: number;
  temuan: { kode: string; tingkat: string; baris?: number; kolom?: number; nama_kolom?: string; args: Record<string, unknown> }[];
}

async function validateCsv(files: Record<string, string | Buffer>, extra: string[] = []) {
  const ws = copyFixture(BASE);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(ws, name), content);
  const r = await runCli(['validate', ...Object.keys(files), '--format', 'json', ...extra], { cwd: ws });
  const report = JSON.parse(r.stdout) as { file: FileReport[] };
  const byPath = Object.fromEntries(report.file.map((f) => [f.path, f]));
  return { code: r.code, byPath, report };
}

/** One table written twice: as a plain CSV, and as an Indonesian Excel saves it. */
function dialects(header: string[], rows: (string | number)[][]) {
  const plain =
    [
      header.join(','),
      ...rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : c.includes(',') ? `"${c}"` : c)).join(',')),
    ].join('\n') + '\n';
  const excel =
    '\ufeff' +
    [
      header.map((h) => h.toUpperCase()).join(';'),
      ...rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c).replace('.', ',') : c)).join(';')),
    ].join('\r\n') +
    '\r\n';
  return { plain, excel };
}

const summary = (f: FileReport) => ({
  jenis: f.jenis,
  dibaca: f.baris_dibaca,
  dipakai: f.baris_dipakai,
  ditolak: f.baris_ditolak,
  diabaikan: f.baris_diabaikan,
  temuan: f.temuan.filter((t) => t.kode !== 'CSV_FORMAT').map((t) => `${t.kode} ${t.baris}:${t.kolom}`),
});

describe('the same data, plain and as Excel writes it, gives the same result', () => {
  const { plain, excel } = dialects(
    ['nip', 'periode', 'indikator', 'realisasi', 'catatan'],
    [
      [STAF, '2026-TW1', 'dokumen-perencanaan', 1, ''],
      [STAF, '2026-TW2', 'dokumen-perencanaan', 1.5, 'setengah, karena revisi'],
      [STAF, '2026-TW3', 'laporan-tepat-waktu', 4.25, ''],
      [KEPALA, '2026', 'layanan-tepat-waktu', 92.75, ''],
      [KEPALA, '2026-TW1', 'layanan-tepat-waktu', 90, ''], // overlaps the year row above, another value: both rejected
      [STAF, '2026-TW4', 'tidak-di-skp', 3, ''],
    ],
  );
  it('counts, findings and their lines are identical', async () => {
    const a = await validateCsv({ 'realisasi.csv': plain });
    const b = await validateCsv({ 'realisasi.csv': excel });
    expect(summary(a.byPath['realisasi.csv']!)).toEqual(summary(b.byPath['realisasi.csv']!));
    expect(summary(a.byPath['realisasi.csv']!)).toEqual({
      jenis: 'realisasi',
      dibaca: 6,
      dipakai: 3,
      ditolak: 3,
      diabaikan: 0,
      temuan: ['BARIS_BERTENTANGAN 5:2', 'BARIS_BERTENTANGAN 6:2', 'INDIKATOR_TIDAK_DI_SKP 7:3'],
    });
    expect(a.byPath['realisasi.csv']).toMatchObject({ encoding: 'utf-8', pemisah: ',', desimal: 'titik' });
    expect(b.byPath['realisasi.csv']).toMatchObject({ encoding: 'utf-8', pemisah: ';', desimal: 'koma' });
    expect(a.code).toBe(1);
  });
});

describe('Excel-damaged rows: each at its own line, exit 1, counted as rejected', () => {
  const rows = [
    'NIP;PERIODE;INDIKATOR;REALISASI;CATATAN',
    `1,99104E+17;2026-TW1;dokumen-perencanaan;1;`, // 2: scientific notation
    `${STAF.slice(0, 17)};2026-TW1;dokumen-perencanaan;1;`, // 3: 17 digits
    `${STAF.slice(0, 15)}000;2026-TW1;dokumen-perencanaan;1;`, // 4: truncated
    `${STAF};2026-TW7;dokumen-perencanaan;1;`, // 5: impossible period
    `${STAF};Jan-26;dokumen-perencanaan;1;`, // 6: period turned into a date
    `${STAF};2026-TW2;dokumen-perencanaan;satu;`, // 7: not a number
    `${STAF};2026-TW3;dokumen-perencanaan;1;"catatan`, // 8–9: a quoted cell with a line break
    `dua baris"`,
    `${STAF};2026-TW4;dokumen-perencanaan;;`, // 10: blank = not reported (ignored)
  ];
  it('reports every row at its line with the NIP fix, and the accounting adds up', async () => {
    const { code, byPath } = await validateCsv({ 'realisasi.csv': '\ufeff' + rows.join('\r\n') + '\r\n' });
    const f = byPath['realisasi.csv']!;
    expect(f.temuan.filter((t) => t.tingkat === 'error').map((t) => [t.kode, t.baris, t.nama_kolom])).toEqual([
      ['NIP_NOTASI_ILMIAH', 2, 'nip'],
      ['NIP_FORMAT', 3, 'nip'],
      ['NIP_TERPOTONG', 4, 'nip'],
      ['PERIODE_TIDAK_VALID', 5, 'periode'],
      ['PERIODE_DIUBAH_EXCEL', 6, 'periode'],
      ['NILAI_BUKAN_ANGKA', 7, 'realisasi'],
    ]);
    // The truncated NIP names the one it most likely was.
    expect(f.temuan.find((t) => t.kode === 'NIP_TERPOTONG')!.args.mirip).toBe(STAF);
    expect(f.temuan.find((t) => t.kode === 'REALISASI_KOSONG')).toMatchObject({ baris: 10 });
    expect(f).toMatchObject({ baris_dibaca: 8, baris_dipakai: 1, baris_ditolak: 6, baris_diabaikan: 1 });
    expect(f.baris_dibaca).toBe(f.baris_dipakai! + f.baris_ditolak! + f.baris_diabaikan!);
    expect(code).toBe(1);
  });
});

describe('records csv-parse cannot read', () => {
  it('text after a closing quote stays in its cell: the row is read, its lines counted', async () => {
    const text =
      [
        'nip;periode;indikator;realisasi;catatan',
        `${STAF};2026-TW1;dokumen-perencanaan;1;"dua\r\nbaris"`, // 2–3
        `${STAF};2026-TW2;dokumen-perencanaan;1;"rusak"x`, // 4: text after a closing quote
        `${STAF};2026-TW3;dokumen-perencanaan;dua;`, // 5
      ].join('\r\n') + '\r\n';
    const f = (await validateCsv({ 'r.csv': text })).byPath['r.csv']!;
    expect(f.temuan.filter((t) => t.tingkat === 'error').map((t) => `${t.kode} ${t.baris}`)).toEqual(['NILAI_BUKAN_ANGKA 5']);
    expect(f).toMatchObject({ baris_dibaca: 3, baris_dipakai: 2, baris_ditolak: 1 });
  });

  it('one stray quote neither shifts the later lines nor rejects good ones (issue [7] item 6)', async () => {
    const row = (m: number, catatan: string, nilai = '1') =>
      `${STAF};2026-${String(m).padStart(2, '0')};dokumen-perencanaan;${nilai};${catatan}`;
    const text =
      [
        'nip;periode;indikator;realisasi;catatan',
        row(1, 'Pak "Jos" hadir'), // 2: a quote inside an unquoted cell is a character of it
        row(2, 'ok'), // 3
        row(3, '"ruang rapat'), // 4: opens a quote the line never closes…
        row(4, 'ok'), // 5
        row(5, '"ok'), // 6: …and another one closes it two lines later: rows 4–6 were one record
        row(6, '"dua\r\nbaris"'), // 7–8: a real two-line note
        row(7, 'ok', 'dua'), // 9
        row(8, '"tidak ditutup'), // 10: never closed before the end of the file
        row(9, 'ok'), // 11
      ].join('\r\n') + '\r\n';
    const f = (await validateCsv({ 'r.csv': text })).byPath['r.csv']!;
    expect(f.temuan.filter((t) => t.tingkat === 'error').map((t) => `${t.kode} ${t.baris}`)).toEqual([
      'CSV_SINTAKS 4',
      'CSV_SINTAKS 6',
      'NILAI_BUKAN_ANGKA 9',
      'CSV_SINTAKS 10',
    ]);
    expect(f.temuan.filter((t) => t.kode === 'CSV_SINTAKS').map((t) => t.args.sampai)).toEqual([4, 6, 10]);
    // Nine records (the two-line note is one): five used, four rejected.
    expect(f).toMatchObject({ baris_dibaca: 9, baris_dipakai: 5, baris_ditolak: 4, baris_diabaikan: 0 });
  });
});

describe('dialects', () => {
  it('Windows-1252 is detected and noted', async () => {
    const text = `nip;periode;indikator;realisasi;catatan\r\n${STAF};2026-TW1;dokumen-perencanaan;1;Pemeriksaan oleh Pak Jos\xe9\r\n`;
    const { byPath, code } = await validateCsv({ 'realisasi.csv': Buffer.from(text, 'latin1') });
    expect(byPath['realisasi.csv']).toMatchObject({ encoding: 'windows-1252', baris_dipakai: 1 });
    expect(byPath['realisasi.csv']!.temuan).toContainEqual(
      expect.objectContaining({ kode: 'CSV_FORMAT', args: expect.objectContaining({ encoding: 'windows-1252' }) }),
    );
    expect(code).toBe(0);
  });
  it('Excel\'s "Unicode Text" (UTF-16LE with BOM, tab-separated .txt) and UTF-16BE read like any CSV', async () => {
    // What Excel writes for "Unicode Text (*.txt)": BOM FF FE, UTF-16LE, tabs, CRLF, decimal comma.
    const text = (q: number) =>
      `nip\tperiode\tindikator\trealisasi\tcatatan\r\n${STAF}\t2026-TW${q}\tdokumen-perencanaan\t1,5\tPak José\r\n`;
    const bom = Buffer.from([0xff, 0xfe]);
    const files = {
      'realisasi.txt': Buffer.concat([bom, Buffer.from(text(1), 'utf16le')]),
      'be.txt': Buffer.concat([bom, Buffer.from(text(2), 'utf16le')]).swap16(),
      'tanpa-bom.txt': Buffer.from(text(3), 'utf16le'),
    };
    const { byPath, code } = await validateCsv(files);
    for (const [name, encoding] of [
      ['realisasi.txt', 'utf-16le'],
      ['be.txt', 'utf-16be'],
      ['tanpa-bom.txt', 'utf-16le'],
    ] as const)
      expect(byPath[name], name).toMatchObject({
        jenis: 'realisasi',
        encoding,
        pemisah: '\t',
        desimal: 'koma',
        baris_dibaca: 1,
        baris_dipakai: 1,
      });
    expect(code).toBe(0);
  });

  it('the encoding covers the whole file: a Windows-1252 byte after the first 64 KB', async () => {
    const row = (i: number) => `${STAF};2026-${String((i % 12) + 1).padStart(2, '0')};dokumen-perencanaan;1;catatan ${i}\r\n`;
    const head = 'nip;periode;indikator;realisasi;catatan\r\n';
    // ASCII for 70 KB, then "José" in Windows-1252 on line 1,001: the file is Windows-1252 throughout.
    let ascii = head;
    for (let i = 0; ascii.length < 70_000; i++) ascii += `${STAF};2026;dokumen-perencanaan;1;isi ${'x'.repeat(60)}\r\n`;
    const lines = ascii.split('\r\n').length - 1;
    const late = Buffer.concat([Buffer.from(ascii, 'latin1'), Buffer.from(`${STAF};2026;dokumen-perencanaan;1;Pak Jos\xe9\r\n`, 'latin1')]);
    const r1 = await validateCsv({ 'realisasi.csv': late });
    expect(r1.byPath['realisasi.csv']).toMatchObject({ encoding: 'windows-1252', baris_dibaca: lines });
    expect(r1.byPath['realisasi.csv']!.temuan.map((t) => t.kode)).not.toContain('FILE_ENCODING_CAMPUR');
    // UTF-8 letters first, then a Windows-1252 byte: mixed encodings, a warning at the first bad line.
    let utf8 = head + `${STAF};2026-01;dokumen-perencanaan;1;Pak José\r\n`;
    for (let i = 0; utf8.length < 70_000; i++) utf8 += row(i + 1).replace(';2026-', ';2025-');
    const at = utf8.split('\r\n').length;
    const mixed = Buffer.concat([
      Buffer.from(utf8, 'utf8'),
      Buffer.from(`${STAF};2026-02;dokumen-perencanaan;1;Bu Ren\xe9e\r\n`, 'latin1'),
    ]);
    const r2 = await validateCsv({ 'realisasi.csv': mixed });
    expect(r2.byPath['realisasi.csv']).toMatchObject({ encoding: 'utf-8' });
    expect(r2.byPath['realisasi.csv']!.temuan.find((t) => t.kode === 'FILE_ENCODING_CAMPUR')).toMatchObject({
      tingkat: 'peringatan',
      baris: at,
    });
  });

  it('tab-separated, and --delimiter / --desimal override the sniffing', async () => {
    const tsv = `nip\tperiode\tindikator\trealisasi\n${STAF}\t2026-TW1\tdokumen-perencanaan\t1,5\n`;
    expect((await validateCsv({ 'r.tsv': tsv })).byPath['r.tsv']).toMatchObject({ pemisah: '\t', desimal: 'koma', baris_dipakai: 1 });
    const semicolonPoint = `nip;periode;indikator;realisasi\n${STAF};2026-TW1;dokumen-perencanaan;1.234\n`;
    const koma = (await validateCsv({ 'r.csv': semicolonPoint })).byPath['r.csv']!;
    expect(koma.temuan.find((t) => t.kode === 'NILAI_AMBIGU')!.args).toMatchObject({ koma: 1234, titik: 1.234, dipakai: 'koma' });
    const titik = (await validateCsv({ 'r.csv': semicolonPoint }, ['--desimal', 'titik'])).byPath['r.csv']!;
    expect(titik).toMatchObject({ desimal: 'titik' });
    expect(titik.temuan.find((t) => t.kode === 'NILAI_AMBIGU')!.args).toMatchObject({ dipakai: 'titik' });
    expect((await runCli(['validate', '--delimiter', '|'])).code).toBe(2);
  });
  it('a file mixing decimal marks gets one warning', async () => {
    const text = `nip;periode;indikator;realisasi\n${STAF};2026-TW1;dokumen-perencanaan;1,5\n${STAF};2026-TW2;dokumen-perencanaan;1.5\n${STAF};2026-TW3;dokumen-perencanaan;2.5\n`;
    const f = (await validateCsv({ 'r.csv': text })).byPath['r.csv']!;
    expect(f.temuan.filter((t) => t.kode === 'DESIMAL_CAMPUR')).toHaveLength(1);
  });
  it('an unrecognised CSV names the headers it expected', async () => {
    const { byPath, code } = await validateCsv({ 'daftar.csv': 'nama;alamat\nBudi;Jl. Merdeka\n' });
    const t = byPath['daftar.csv']!.temuan[0]!;
    expect(t).toMatchObject({ kode: 'CSV_TIDAK_DIKENALI', baris: 1 });
    expect(String(t.args.diharapkan)).toContain('realisasi: nip;periode;indikator;realisasi');
    expect(code).toBe(1);
  });
  it('an empty file (or a BOM alone) is reported, a header alone reads 0 rows', async () => {
    const { byPath } = await validateCsv({ 'kosong.csv': '', 'bom.csv': '\ufeff', 'header.csv': 'nip;periode;indikator;realisasi\r\n' });
    expect(byPath['kosong.csv']!.temuan[0]).toMatchObject({ kode: 'CSV_TIDAK_DIKENALI', args: { alasan: 'kosong' } });
    expect(byPath['bom.csv']!.temuan[0]).toMatchObject({ kode: 'CSV_TIDAK_DIKENALI', args: { alasan: 'kosong' } });
    expect(byPath['header.csv']).toMatchObject({ jenis: 'realisasi', baris_dibaca: 0 });
  });
  it('a percent indicator whose realisations are all fractions is flagged', async () => {
    const text = `nip;periode;indikator;realisasi\n${KEPALA};2026-TW1;layanan-tepat-waktu;0,92\n${KEPALA};2026-TW2;layanan-tepat-waktu;0,95\n`;
    const f = (await validateCsv({ 'r.csv': text })).byPath['r.csv']!;
    expect(f.temuan.find((t) => t.kode === 'NILAI_MUNGKIN_PECAHAN')).toMatchObject({
      baris: 2,
      args: { indikator: 'layanan-tepat-waktu', maks: 0.95 },
    });
  });
});

describe('row checks of the other roles', () => {
  it('perilaku: scale, blank rows, roles, self-rating rules', async () => {
    const v = (x: string) => Array(7).fill(x).join(';');
    const text = [
      'nip;periode;penilai_nip;peran;berorientasi_pelayanan;akuntabel;kompeten;harmonis;loyal;adaptif;kolaboratif',
      `${STAF};2026-S1;${KEPALA};atasan;${v('4')}`, // 2 ok
      `${STAF};2026-S2;${KEPALA};atasan;6;4;4;4;4;4;4`, // 3 outside 1–5
      `${STAF};2026-S2;${KEPALA};rekan;${v('')}`, // 4 all blank
      `${STAF};2026-S2;${KEPALA};teman;${v('3')}`, // 5 unknown role
      `${STAF};2026-S2;${KEPALA};diri;${v('3')}`, // 6 diri but another NIP
      `${STAF};2026-S2;${STAF};rekan;${v('3')}`, // 7 rates self as rekan
      `${STAF};2026-TW1;${KEPALA};atasan;${v('3,5')}`, // 8 overlaps line 2 (S1 ⊃ TW1) with other values: both rejected
      `${STAF};2026-S2;198001012005011001;rekan;${v('3,5')}`, // 9 rater without SKP: warning, used
    ].join('\n');
    const f = (await validateCsv({ 'perilaku.csv': text })).byPath['perilaku.csv']!;
    expect(f.temuan.filter((t) => t.tingkat !== 'info').map((t) => `${t.kode} ${t.baris}`)).toEqual([
      'BARIS_BERTENTANGAN 2',
      'PERILAKU_DI_LUAR_SKALA 3',
      'PERILAKU_KOSONG 4',
      'PERAN_TIDAK_VALID 5',
      'PERILAKU_DIRI_NIP 6',
      'PERILAKU_PENILAI_DIRI 7',
      'BARIS_BERTENTANGAN 8',
      'PENILAI_TANPA_SKP 9',
    ]);
    expect(f).toMatchObject({ baris_dibaca: 8, baris_dipakai: 1, baris_ditolak: 7 });
  });
  it('penilaian: rating words, predikat words, duplicates per column, other periods', async () => {
    const text = [
      'nip;periode;rating_hasil_kerja;rating_perilaku',
      `${STAF};2026;di atas;`, // 2 sets hasil kerja
      `${STAF};2026;Sesuai;sesuai ekspektasi`, // 3 hasil kerja again, another rating: contradicted; perilaku new
      `${STAF};2026;Baik;`, // 4 a predikat word
      `${KEPALA};2026;;`, // 5 nothing: ignored
      `${KEPALA};2026-S1;sesuai;sesuai`, // 6 another period: ignored
      `${STAF};2026;sesuai;di bawah`, // 7 both already set, perilaku otherwise: contradicted too
    ].join('\n');
    const f = (await validateCsv({ 'penilaian.csv': text })).byPath['penilaian.csv']!;
    expect(f.temuan.filter((t) => t.kode !== 'CSV_FORMAT').map((t) => `${t.kode} ${t.baris}:${t.kolom}`)).toEqual([
      // File-level findings (no line) sort first.
      'BARIS_DI_LUAR_PERIODE undefined:undefined',
      // Three hasil kerja ratings and two perilaku ratings, not all alike: none stands, so no row gives anything.
      'PENILAIAN_BERTENTANGAN 2:3',
      'PENILAIAN_BERTENTANGAN 3:3',
      'PENILAIAN_BERTENTANGAN 3:4',
      'RATING_PREDIKAT 4:3',
      'PENILAIAN_KOSONG 5:undefined',
      'PENILAIAN_BERTENTANGAN 7:3',
      'PENILAIAN_BERTENTANGAN 7:4',
    ]);
    expect(f).toMatchObject({ baris_dibaca: 6, baris_dipakai: 0, baris_ditolak: 4, baris_diabaikan: 2 });
  });
  it('skm: answers 1–4 only, never clamped; a unit name gets its id; dates day-first', async () => {
    const text = [
      'unit;tanggal;u1;u2;u3;u4;u5;u6;u7;u8;u9',
      'sekretariat;15/03/2026;4;3;3;;4;4;3;3;4', // 2 ok, u4 not answered
      'sekretariat;15/03/2026;5;3;3;3;4;4;3;3;4', // 3 a 5 on a 1–4 scale
      'Sekretariat;16/03/2026;4;3;3;3;4;4;3;3;4', // 4 the unit's name, not its id
      'sekretariat;03/15/2026;4;3;3;3;4;4;3;3;4', // 5 month-first date
      'sekretariat;17/03/2026;;;;;;;;;', // 6 nothing answered
      'sekretariat;17/03/2025;4;4;4;4;4;4;4;4;4', // 7 another year: ignored
    ].join('\n');
    const f = (await validateCsv({ 'skm.csv': text })).byPath['skm.csv']!;
    expect(f.temuan.filter((t) => t.kode !== 'CSV_FORMAT').map((t) => `${t.kode} ${t.baris}`)).toEqual([
      'BARIS_DI_LUAR_PERIODE undefined',
      'SKM_JAWABAN_TIDAK_VALID 3',
      'SKM_UNIT_TIDAK_DIKENAL 4',
      'TANGGAL_BULAN_KEDUA 5',
      'SKM_KOSONG 6',
    ]);
    expect(f.temuan.find((t) => t.kode === 'SKM_UNIT_TIDAK_DIKENAL')!.args).toMatchObject({ id: 'sekretariat' });
    expect(f).toMatchObject({ baris_dibaca: 6, baris_dipakai: 1, baris_ditolak: 4, baris_diabaikan: 1 });
  });
  it('dates: survey timestamps read as their date; a month-first column makes its ambiguous cells suspect', async () => {
    const answers = '4;4;3;4;4;3;4;4;4';
    const stamps =
      `unit;tanggal;u1;u2;u3;u4;u5;u6;u7;u8;u9\n` +
      ['15/03/2026 10:23:45', '2026-03-16T08:00:00', '2026-03-17 14:05'].map((t) => `sekretariat;${t};${answers}`).join('\n') +
      '\n';
    const ok = (await validateCsv({ 'skm.csv': stamps })).byPath['skm.csv']!;
    expect(ok).toMatchObject({ jenis: 'skm', baris_dibaca: 3, baris_dipakai: 3, baris_ditolak: 0 });
    // An export written month-first: 3/4/2026 reads as 3 April day-first, but line 3 proves the column
    // is month-first (3/15/2026) — one warning for the file at the first ambiguous cell, never silence.
    const us = `unit;tanggal;u1;u2;u3;u4;u5;u6;u7;u8;u9\nsekretariat;3/4/2026 9:15:00 AM;${answers}\nsekretariat;3/15/2026 10:00:00 AM;${answers}\nsekretariat;3/5/2026;${answers}\n`;
    const f = (await validateCsv({ 'skm.csv': us })).byPath['skm.csv']!;
    expect(f.temuan.filter((t) => t.kode.startsWith('TANGGAL')).map((t) => `${t.kode} ${t.baris}:${t.kolom}`)).toEqual([
      'TANGGAL_MUNGKIN_BULAN_DULU 2:2',
      'TANGGAL_BULAN_KEDUA 3:2',
    ]);
    expect(f.temuan.find((t) => t.kode === 'TANGGAL_MUNGKIN_BULAN_DULU')).toMatchObject({
      tingkat: 'peringatan',
      args: { jumlah: 2, contoh: '3/4/2026 9:15:00 AM', bukti: '3/15/2026 10:00:00 AM', baris_bukti: 3 },
    });
    // A day above 12 in the first place proves the column day-first: then a lone 1/13/2026 is that
    // cell's mistake, not the column's order.
    const mixed = us.replace('3/5/2026', '17/01/2026');
    expect((await validateCsv({ 'skm.csv': mixed })).byPath['skm.csv']!.temuan.map((t) => t.kode)).not.toContain(
      'TANGGAL_MUNGKIN_BULAN_DULU',
    );
    // A day-first file with the same ambiguous cells says nothing: nothing proves another order.
    const id = `unit;tanggal;u1;u2;u3;u4;u5;u6;u7;u8;u9\nsekretariat;3/4/2026;${answers}\nsekretariat;15/3/2026;${answers}\n`;
    expect((await validateCsv({ 'skm.csv': id })).byPath['skm.csv']!.temuan.map((t) => t.kode)).not.toContain('TANGGAL_MUNGKIN_BULAN_DULU');
  });
  it('numbers never changed in silence: a decimal comma in a comma file, the kompetensi jenis, an unused nilai_perilaku', async () => {
    // `,` file, unquoted 10,5 before the optional catatan: realisasi 10 and catatan "5" — named both ways.
    const comma = `nip,periode,indikator,realisasi,catatan\n${STAF},2026-TW1,dokumen-perencanaan,10,5\n${STAF},2026-TW2,dokumen-perencanaan,10,rapat 5\n`;
    const r = (await validateCsv({ 'realisasi.csv': comma })).byPath['realisasi.csv']!;
    expect(r.temuan.filter((t) => t.kode === 'NILAI_KOMA_TERPISAH').map((t) => [t.baris, t.kolom, t.tingkat, t.args])).toEqual([
      [2, 4, 'peringatan', { nilai: '10,5', kolom: 'realisasi', kolom_berikut: 'catatan', dibaca: 10, atau: 10.5 }],
    ]);
    // The same under `;` is a plain decimal comma: nothing to say.
    const semi = `nip;periode;indikator;realisasi;catatan\n${STAF};2026-TW1;dokumen-perencanaan;10,5;5\n`;
    expect((await validateCsv({ 'realisasi.csv': semi })).byPath['realisasi.csv']!.temuan.map((t) => t.kode)).not.toContain(
      'NILAI_KOMA_TERPISAH',
    );
    // 360° values side by side are all numbers: 4,5 there is two values, not a split one.
    const values = Array(7).fill('4').join(',');
    const perilaku = `nip,periode,penilai_nip,peran,berorientasi_pelayanan,akuntabel,kompeten,harmonis,loyal,adaptif,kolaboratif\n${STAF},2026-S1,${KEPALA},atasan,${values}\n`;
    expect((await validateCsv({ 'perilaku.csv': perilaku })).byPath['perilaku.csv']!.temuan.map((t) => t.kode)).not.toContain(
      'NILAI_KOMA_TERPISAH',
    );
    // kompetensi: jenis klasikal / nonklasikal (any case, "non-klasikal"); jp 2,5 in a comma file shifts "5" into jenis.
    const kompetensi = `nip,tanggal,kegiatan,jp,jenis\n${STAF},2026-02-10,Diklat,24,Klasikal\n${STAF},2026-03-10,Webinar,2,Non-Klasikal\n${STAF},2026-04-10,Kursus,2,5\n`;
    const k = (await validateCsv({ 'kompetensi.csv': kompetensi })).byPath['kompetensi.csv']!;
    expect(k.temuan.filter((t) => t.kode !== 'CSV_FORMAT').map((t) => `${t.kode} ${t.baris}:${t.kolom}`)).toEqual([
      'NILAI_KOMA_TERPISAH 4:4',
      'JENIS_KOMPETENSI_TIDAK_VALID 4:5',
    ]);
    expect(k).toMatchObject({ baris_dipakai: 2, baris_ditolak: 1 });
    // nilai_perilaku is the legacy packs' 0–100 score: under 6/2022 counted as ignored, with one finding.
    const penilaian = `nip;periode;rating_hasil_kerja;nilai_perilaku\n${STAF};2026;Sesuai Ekspektasi;85\n${KEPALA};2026;;9999\n`;
    const p = (await validateCsv({ 'penilaian.csv': penilaian })).byPath['penilaian.csv']!;
    expect(p.temuan.find((t) => t.kode === 'NILAI_PERILAKU_DIABAIKAN')).toMatchObject({ tingkat: 'info', args: { jumlah: 2 } });
    expect(p).toMatchObject({ baris_dipakai: 1, baris_diabaikan: 1, baris_ditolak: 0 });
  });
  it('hints where the officer typed close to a known value (issue [7] item 9)', async () => {
    // One digit off the staff NIP (…032001 → …032007); a realisasi key one letter off; a unit id in
    // another case.
    const typo = STAF.slice(0, 17) + '7';
    const realisasi = `nip;periode;indikator;realisasi\n${typo};2026-TW1;dokumen-perencanaan;1\n${STAF};2026-TW1;dokumen-perencanan;1\n`;
    const skm = `unit;periode;u1;u2;u3;u4;u5;u6;u7;u8;u9\nSekretariat;2026;4;4;4;4;4;4;4;4;4\nSEKRETARIAT;2026;4;4;4;4;4;4;4;4;4\n`;
    const { byPath } = await validateCsv({ 'realisasi.csv': realisasi, 'skm.csv': skm }, ['--lang', 'en']);
    const r = byPath['realisasi.csv']!.temuan;
    expect(r.find((t) => t.kode === 'NIP_TANPA_SKP')!.args).toMatchObject({ nip: typo, saran: STAF });
    expect(r.find((t) => t.kode === 'INDIKATOR_TIDAK_DI_SKP')!.args).toMatchObject({ saran: 'dokumen-perencanaan' });
    expect(byPath['skm.csv']!.temuan.filter((t) => t.kode === 'SKM_UNIT_TIDAK_DIKENAL').map((t) => t.args.id)).toEqual([
      'sekretariat',
      'sekretariat',
    ]);
  });

  it('a YAML number written with a decimal comma says to write a point', async () => {
    const ws = copyFixture(BASE);
    const path = join(ws, 'skp', 'staf.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('target: 4', 'target: 4,5'));
    const r = await runCli(['validate', 'skp/staf.yaml', '--lang', 'en'], { cwd: ws });
    expect(r.stdout).toContain('In YAML a decimal is written with a point: 4.5.');
  });

  it('kompetensi: jp must be positive', async () => {
    const text = `nip;tanggal;kegiatan;jp\n${STAF};2026-02-10;Pelatihan SAKIP;24\n${STAF};2026-03-10;Webinar;0\n`;
    const f = (await validateCsv({ 'kompetensi.csv': text })).byPath['kompetensi.csv']!;
    expect(f.temuan.filter((t) => t.tingkat === 'error').map((t) => `${t.kode} ${t.baris}`)).toEqual(['JP_TIDAK_VALID 3']);
  });
});

describe('rows of an employee whose SKP has errors', () => {
  it('are ignored and counted once, not rejected as "no SKP"', async () => {
    const ws = copyFixture(BASE);
    const skp = join(ws, 'skp', 'staf.yaml');
    writeFileSync(skp, readFileSync(skp, 'utf8').replace('jenjang: ahli-pertama', 'jenjang: ahli'));
    writeFileSync(join(ws, 'r.csv'), `nip;periode;indikator;realisasi\n${STAF};2026-TW1;dokumen-perencanaan;1\n`);
    const r = await runCli(['validate', 'r.csv', '--format', 'json'], { cwd: ws });
    const f = (JSON.parse(r.stdout) as { file: FileReport[] }).file[0]!;
    expect(f).toMatchObject({ baris_dibaca: 1, baris_diabaikan: 1, baris_ditolak: 0 });
    expect(f.temuan.map((t) => t.kode)).toContain('BARIS_SKP_TIDAK_VALID');
  });
});

describe('finding cap', () => {
  it('lists the first 1,000 per file and kode, summarises the rest; --semua-temuan lifts it', async () => {
    const rows = Array.from({ length: 1005 }, (_, i) => `${STAF};2026-TW1;dokumen-perencanaan;x${i}`);
    const text = ['nip;periode;indikator;realisasi', ...rows].join('\n');
    const capped = (await validateCsv({ 'r.csv': text })).byPath['r.csv']!;
    expect(capped.temuan.filter((t) => t.kode === 'NILAI_BUKAN_ANGKA')).toHaveLength(1000);
    expect(capped.temuan.find((t) => t.kode === 'TEMUAN_DIRINGKAS')!.args).toEqual({ kode_temuan: 'NILAI_BUKAN_ANGKA', jumlah: 5 });
    expect(capped.baris_ditolak).toBe(1005);
    const all = (await validateCsv({ 'r.csv': text }, ['--semua-temuan'])).byPath['r.csv']!;
    expect(all.temuan.filter((t) => t.kode === 'NILAI_BUKAN_ANGKA')).toHaveLength(1005);
  });
});

describe('the bundled example', () => {
  it('reads every CSV, and the accounting adds up', async () => {
    const r = await runCli(['validate', 'examples/kota-contoh', '--format', 'json']);
    const csv = (JSON.parse(r.stdout) as { file: FileReport[] }).file.filter((f) => f.baris_dibaca !== undefined);
    expect(csv.map((f) => f.jenis).sort()).toEqual(['penilaian', 'perilaku', 'realisasi', 'skm']);
    for (const f of csv) {
      expect(f).toMatchObject({ encoding: 'utf-8', pemisah: ';', desimal: 'koma', baris_ditolak: 0 });
      expect(f.baris_dibaca).toBe(f.baris_dipakai! + f.baris_ditolak! + f.baris_diabaikan!);
    }
    expect(r.code).toBe(0);
  });
});
