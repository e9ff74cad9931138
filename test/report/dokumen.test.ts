/**
 * Issue [8] item 3: `asn-kinerja dokumen` writes the Dokumen Evaluasi Kinerja Pegawai (Lampiran
 * PermenPAN-RB 6/2022) as a PDF read back with a real PDF tool (poppler's pdftotext and pdftoppm,
 * installed by .ci/run), and as print-ready HTML. Every number is compared with `score --format json`
 * on the same workspace; names, pangkat and uraian with the example's YAML files.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type * as NodeFs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { CHROMIUM, chromiumFlags, copyFixture, EXAMPLE, makeTempDir, ROOT, runCli, type Laporan62022 } from '../helpers.js';
import { buildDokumen, buildScoreReport, DOKUMEN_FORMATS, dokumenWorkspace, loadPdfFonts, type DokumenReport } from '../../src/index.js';
import { PLAIN } from '../../src/report/style.js';
import type { FormatOptions } from '../../src/report/format.js';

const OPTIONS: FormatOptions = { lang: 'id', style: PLAIN, quiet: false, strict: false, delimiter: ';' };

/** The PDF's text in content order, whitespace collapsed (a table cell's wrapped lines join up). */
function pdfText(path: string, pages: { first?: number; last?: number } = {}): string {
  const range = [...(pages.first ? ['-f', String(pages.first)] : []), ...(pages.last ? ['-l', String(pages.last)] : [])];
  // The writer's zero-width break opportunities inside long words are not text.
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, path, '-'], { encoding: 'utf8' })
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ');
}
function pageCount(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
}
const idNumber = (x: number) => x.toFixed(2).replace('.', ',');

async function scoreJson(ws = EXAMPLE): Promise<Laporan62022> {
  return JSON.parse((await runCli(['score', ws, '--format', 'json'])).stdout) as Laporan62022;
}
async function dokumen(args: string[], name = 'dokumen.pdf') {
  const path = join(makeTempDir('dokumen'), name);
  const r = await runCli(['dokumen', ...args, '--output', path]);
  return { ...r, path };
}
interface SkpFile {
  pegawai: { nip: string; nama: string; pangkat?: string; golongan?: string; jabatan?: string };
  penilai?: { nip?: string; nama?: string };
  hasil_kerja: { id: string; uraian: string }[];
  perilaku?: { ekspektasi_khusus?: Record<string, string> };
}
const skpOf = (file: string) => parse(readFileSync(join(EXAMPLE, 'skp', file), 'utf8')) as SkpFile;

describe('dokumen --nip N --output f.pdf', () => {
  // Ayu Gunawan, Kepala Bidang at Dinkes: penilai Dian Hasibuan (Kepala Dinas), whose penilai is the Sekda.
  const AYU = skpOf('dinkes/ayu-gunawan.yaml');
  const DIAN = skpOf('dinkes/dian-hasibuan.yaml');
  const SEKDA = skpOf('setda/siti-rahmawati.yaml');

  it("holds the employee's name, NIP, each RHK, both ratings and the predikat, as score computes them", async () => {
    const r = await dokumen([EXAMPLE, '--nip', AYU.pegawai.nip, '--tanggal', '2027-01-15']);
    expect(r.code).toBe(0);
    expect(readFileSync(r.path).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(r.path);
    const e = (await scoreJson()).pegawai.find((p) => p.nip === AYU.pegawai.nip)!;
    expect(text).toContain(`NAMA ${AYU.pegawai.nama}`);
    expect(text).toContain(`NIP ${AYU.pegawai.nip}`);
    expect(text).toContain(`PANGKAT/GOL RUANG ${AYU.pegawai.pangkat}, ${AYU.pegawai.golongan}`);
    for (const rhk of AYU.hasil_kerja) expect(text).toContain(rhk.uraian);
    expect(text).toContain(`RATING HASIL KERJA: ${e.rating_hasil_kerja} (capaian ${idNumber(e.capaian_hasil_kerja!)} %)`);
    expect(text).toContain(`RATING PERILAKU KERJA: ${e.rating_perilaku}`);
    expect(text).toContain(`PREDIKAT KINERJA PEGAWAI: ${e.predikat}`);
    // Each indicator's capaian as the JSON reports it.
    for (const h of e.hasil_kerja) for (const i of h.indikator) if (i.capaian !== null) expect(text).toContain(`${idNumber(i.capaian)} %`);
    // The penilai from the SKP, completed from the penilai's own SKP; the atasan penilai is the penilai's penilai.
    expect(text).toContain(
      `2 PEJABAT PENILAI KINERJA NAMA ${DIAN.pegawai.nama} NIP ${DIAN.pegawai.nip} PANGKAT/GOL RUANG ${DIAN.pegawai.pangkat}, ${DIAN.pegawai.golongan} JABATAN ${DIAN.pegawai.jabatan}`,
    );
    expect(text).toContain(`3 ATASAN PEJABAT PENILAI KINERJA NAMA ${SEKDA.pegawai.nama} NIP ${SEKDA.pegawai.nip}`);
    // The RHK intervened in: the uraian of the penilai's RHK, not its id.
    expect(text).toContain(DIAN.hasil_kerja[0]!.uraian);
    // The supervisor's ekspektasi khusus, the seven values, the organisation's predikat, the signature line.
    expect(text).toContain(AYU.perilaku!.ekspektasi_khusus!.berorientasi_pelayanan);
    for (const v of ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif'])
      expect(text).toContain(v);
    expect(text).toContain('CAPAIAN KINERJA ORGANISASI Baik');
    expect(text).toContain('POLA DISTRIBUSI Dinas Kesehatan');
    expect(text).toContain('Kota Contoh, 15 Januari 2027');
    // Umpan balik from the realisasi rows' catatan, each with the quarter it was written for.
    expect(text).toMatch(/2026-TW(2|4): (Sesuai rencana, bukti dukung lengkap|Perlu percepatan pada triwulan berikutnya)/);
  });

  it('is one page set per employee: a unit gives one Dokumen per employee in the report order', async () => {
    const r = await dokumen([EXAMPLE, '--unit', 'bappeda']);
    expect(r.code).toBe(0);
    const laporan = await scoreJson();
    const staff = laporan.pegawai.filter((p) => p.unit === 'bappeda');
    expect(staff.length).toBeGreaterThan(3);
    const text = pdfText(r.path);
    expect(text.split('DOKUMEN EVALUASI KINERJA PEGAWAI').length - 1).toBe(staff.length);
    // In order, and each employee's pages start on a page of their own with the Dokumen's title.
    let at = 0;
    for (const p of staff) {
      const i = text.indexOf(`NAMA ${p.nama} NIP ${p.nip}`, at);
      expect(i).toBeGreaterThan(at - 1);
      at = i;
    }
    const pages = pageCount(r.path);
    const firsts = Array.from({ length: pages }, (_, k) => pdfText(r.path, { first: k + 1, last: k + 1 })).filter((t) =>
      t.trimStart().startsWith('DOKUMEN EVALUASI KINERJA PEGAWAI'),
    );
    expect(firsts).toHaveLength(staff.length);
    // Each set numbers its own pages, as each is signed and filed on its own.
    for (const t of firsts) expect(t).toMatch(/Halaman 1 dari [2-9]/);
  });

  it("the planner's penilaian catatan is the catatan/rekomendasi, and a computed predikat's tindak lanjut follows", async () => {
    const planner = (await scoreJson()).pegawai.find((p) => p.nama && p.predikat === 'Butuh Perbaikan' && p.unit === 'bappeda')!;
    const r = await dokumen([EXAMPLE, '--nip', planner.nip]);
    const text = pdfText(r.path, { first: 1, last: 1 });
    expect(text).toContain('CATATAN/REKOMENDASI dua dokumen perencanaan terlambat ditetapkan');
    expect(text).toContain('Tindak lanjut: Pengembangan kinerja: bimbingan kinerja dan rencana pengembangan pada RHK');
    expect(text).toContain(`PREDIKAT KINERJA PEGAWAI ${planner.predikat}`);
  });

  it('an employee with two SKPs in the year (a mutasi) shows each SKP with its months and unit', async () => {
    const yanti = skpOf('setda/yanti-setiawan-2026-07.yaml');
    const r = await dokumen([EXAMPLE, '--nip', yanti.pegawai.nip]);
    expect(r.code).toBe(0);
    const text = pdfText(r.path);
    expect(text).toContain('SKP 2026-01..2026-06, Dinas Kependudukan dan Pencatatan Sipil');
    expect(text).toContain('SKP 2026-07..2026-12, Sekretariat Daerah');
    expect(text).toContain(`JABATAN ${yanti.pegawai.jabatan}`);
    // Each semester's 360° note is the penilai's of the SKP that semester belongs to: two penilai.
    const ws = copyFixture(EXAMPLE);
    const csv = join(ws, 'data', 'perilaku-2026.csv');
    writeFileSync(
      csv,
      readFileSync(csv, 'utf8')
        .split('\r\n')
        .map((l) =>
          l.startsWith(`${yanti.pegawai.nip};`) && l.includes(';atasan;')
            ? `${l.slice(0, l.lastIndexOf(';'))};catatan ${l.split(';')[1]}`
            : l,
        )
        .join('\r\n'),
    );
    expect(pdfText((await dokumen([ws, '--nip', yanti.pegawai.nip])).path)).toContain(
      '(PEJABAT PENILAI) 2026-S1: catatan 2026-S1 2026-S2: catatan 2026-S2',
    );
  });

  it('the same workspace gives the same bytes, and page 1 renders to an image', async () => {
    const a = await dokumen([EXAMPLE, '--nip', AYU.pegawai.nip]);
    const b = await dokumen([EXAMPLE, '--nip', AYU.pegawai.nip]);
    expect(readFileSync(a.path).equals(readFileSync(b.path))).toBe(true);
    const png = join(makeTempDir('png'), 'p');
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', '-singlefile', a.path, png]);
    expect(readFileSync(`${png}.png`).subarray(1, 4).toString()).toBe('PNG');
  });

  it('under --lang en the form speaks English; the regulation labels stay as written', async () => {
    const path = join(makeTempDir('dokumen'), 'en.pdf');
    const r = await runCli(['--lang', 'en', 'dokumen', EXAMPLE, '--nip', AYU.pegawai.nip, '--output', path]);
    expect(r.code).toBe(0);
    const text = pdfText(path);
    expect(text).toContain('EMPLOYEE PERFORMANCE EVALUATION DOCUMENT');
    expect(text).toContain('ASSESSMENT PERIOD: 1 JANUARY TO 31 DECEMBER 2026');
    expect(text).toMatch(/WORK RESULT RATING: (Sesuai|Di Atas|Di Bawah) Ekspektasi/);
    for (const word of ['PEGAWAI YANG DINILAI', 'PERIODE PENILAIAN', 'tidak_dinilai', 'peringatan', 'Tindak lanjut'])
      expect(text).not.toContain(word);
  });
});

describe('dokumen, where each field comes from', () => {
  it("an explicit atasan_penilai and the penilai's own fields win over what the workspace says", async () => {
    const ws = copyFixture(EXAMPLE);
    const file = join(ws, 'skp', 'dinkes', 'ayu-gunawan.yaml');
    const yaml = readFileSync(file, 'utf8').replace(
      /\npenilai:\n((?: {2}.*\n)+)/,
      (_m, body: string) =>
        `\npenilai:\n${body}  jabatan: Plt. Kepala Dinas Kesehatan\natasan_penilai:\n  nama: Drs. Atasan Contoh\n  nip: "197001011990031001"\n  pangkat: Pembina Utama Madya\n  golongan: IV/d\n  jabatan: Asisten Pemerintahan\n  unit: setda\n`,
    );
    writeFileSync(file, yaml);
    expect((await runCli(['validate', file])).code).toBe(0);
    const r = await dokumen([ws, '--nip', '198507232010051001']);
    const text = pdfText(r.path, { first: 1, last: 1 });
    expect(text).toContain('JABATAN Plt. Kepala Dinas Kesehatan');
    expect(text).toContain(
      '3 ATASAN PEJABAT PENILAI KINERJA NAMA Drs. Atasan Contoh NIP 197001011990031001 PANGKAT/GOL RUANG Pembina Utama Madya, IV/d JABATAN Asisten Pemerintahan UNIT KERJA Sekretariat Daerah',
    );
  });

  it("the perilaku umpan balik is the atasan's rows' catatan, each with its semester; a peer's note is not shown", async () => {
    const ws = copyFixture(EXAMPLE);
    const csv = join(ws, 'data', 'perilaku-2026.csv');
    const lines = readFileSync(csv, 'utf8').split('\r\n');
    const nip = '198507232010051001';
    const edited = lines.map((l) => {
      const cells = l.split(';');
      if (cells[0] !== nip) return l;
      cells[11] = cells[3] === 'atasan' ? `catatan atasan ${cells[1]}` : `catatan ${cells[3]} ${cells[1]}`;
      return cells.join(';');
    });
    expect(edited.filter((l) => l.includes('catatan rekan')).length).toBeGreaterThan(0);
    writeFileSync(csv, edited.join('\r\n'));
    const text = pdfText((await dokumen([ws, '--nip', nip])).path);
    expect(text).toContain('2026-S1: catatan atasan 2026-S1');
    expect(text).toContain('2026-S2: catatan atasan 2026-S2');
    expect(text).not.toContain('catatan rekan');
  });

  it('an employee without a predikat still gets a Dokumen that says why, and the run says how many', async () => {
    // Ayu's 360° and penilaian rows removed: no rating perilaku, so no predikat (RULES.md §2.7).
    const ws = copyFixture(EXAMPLE);
    const nip = '198507232010051001';
    for (const f of ['perilaku-2026.csv', 'penilaian-2026.csv']) {
      const csv = join(ws, 'data', f);
      writeFileSync(
        csv,
        readFileSync(csv, 'utf8')
          .split('\r\n')
          .filter((l) => !l.startsWith(nip))
          .join('\r\n'),
      );
    }
    const unrated = (await scoreJson(ws)).pegawai.find((p) => p.nip === nip)!;
    expect(unrated.predikat).toBeNull();
    const r = await dokumen([ws, '--nip', nip]);
    expect(r.stderr).toContain('1 dokumen (1 tanpa predikat');
    expect(pdfText(r.path, { first: 1, last: 1 })).toMatch(/PREDIKAT KINERJA PEGAWAI belum dapat ditetapkan \((rating|SKP)/);
  });
});

describe('dokumen, periods, approaches and SKPs with errors', () => {
  const AYU = '198507232010051001';
  const ayuSkp = (ws: string) => join(ws, 'skp', 'dinkes', 'ayu-gunawan.yaml');

  it("a quarter is the Lampiran's TRIWULAN with its own months and numbers", async () => {
    const r = await dokumen([EXAMPLE, '--nip', AYU, '--periode', '2026-TW2']);
    expect(r.code).toBe(0);
    const text = pdfText(r.path);
    expect(text).toContain('PERIODE: TRIWULAN II');
    expect(text).toContain('PERIODE PENILAIAN: 1 APRIL SD 30 JUNI 2026');
    const e = (
      JSON.parse((await runCli(['score', EXAMPLE, '--format', 'json', '--periode', '2026-TW2'])).stdout) as Laporan62022
    ).pegawai.find((p) => p.nip === AYU)!;
    expect(text).toContain(`RATING HASIL KERJA: ${e.rating_hasil_kerja ?? 'belum dapat ditetapkan'}`);
    // The quarter's own note, without a period before it (it was written for exactly P).
    expect(text).toMatch(/Perlu percepatan pada triwulan berikutnya|Sesuai rencana, bukti dukung lengkap|Melampaui target/);
    expect(text).not.toContain('2026-TW2:');
  });

  it('a kualitatif SKP says so in the heading', async () => {
    const ws = copyFixture(EXAMPLE);
    writeFileSync(ayuSkp(ws), readFileSync(ayuSkp(ws), 'utf8').replace('\nhasil_kerja:', '\npendekatan: kualitatif\nhasil_kerja:'));
    const text = pdfText((await dokumen([ws, '--nip', AYU])).path);
    expect(text).toContain('PENDEKATAN HASIL KERJA KUALITATIF');
    expect(text).not.toContain('KUANTITATIF');
  });

  it('an SKP with a schema error still gets its Dokumen, which says why there is no predikat', async () => {
    const ws = copyFixture(EXAMPLE);
    writeFileSync(ayuSkp(ws), readFileSync(ayuSkp(ws), 'utf8').replace('  jabatan: Kepala Bidang', '  jabatn: Kepala Bidang'));
    const r = await dokumen([ws, '--unit', 'dinkes']);
    expect(r.code).toBe(1);
    const laporan = await scoreJson(ws);
    // Dinkes's subtree holds the Puskesmas too; every one of them gets a Dokumen, Ayu included.
    const staff = laporan.pegawai.filter((p) => p.unit === 'dinkes' || p.unit === 'puskesmas-sukamaju');
    expect(r.stderr).toContain(`${staff.length} dokumen (1 tanpa predikat`);
    const text = pdfText(r.path);
    expect(text).toContain(`NAMA Ayu Gunawan NIP ${AYU}`);
    expect(text).toContain('SKP ini memuat kesalahan');
    expect(text).toContain('PREDIKAT KINERJA PEGAWAI belum dapat ditetapkan (SKP memuat kesalahan)');
  });

  it('an SKP file that names no one still gets a line on stderr, so no employee goes missing unseen', async () => {
    const ws = copyFixture(EXAMPLE);
    writeFileSync(ayuSkp(ws), 'kind: skp\ntahun: 2026\npegawai: Ayu Gunawan\nhasil_kerja: []\n');
    const r = await dokumen([ws, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tanpa dokumen: skp/dinkes/ayu-gunawan.yaml tidak dapat dibaca sebagai SKP');
  });

  it('an SKP whose error is across files (a bobot total) shows no hasil kerja either', async () => {
    const ws = copyFixture(EXAMPLE);
    writeFileSync(ayuSkp(ws), readFileSync(ayuSkp(ws), 'utf8').replace('    jenis: utama\n', '    jenis: utama\n    bobot: 70\n'));
    const text = pdfText((await dokumen([ws, '--nip', AYU])).path);
    expect(text).toContain('SKP ini memuat kesalahan');
    expect(text).toContain('(SKP memuat kesalahan)');
  });

  it('a blank pangkat or golongan is a key not given: no error, a line to fill in', async () => {
    const ws = copyFixture(EXAMPLE);
    writeFileSync(
      ayuSkp(ws),
      readFileSync(ayuSkp(ws), 'utf8').replace('pangkat: Pembina', 'pangkat: ""').replace('golongan: IV/a', 'golongan: ""'),
    );
    expect((await runCli(['validate', ayuSkp(ws)])).code).toBe(0);
    expect(pdfText((await dokumen([ws, '--nip', AYU])).path, { first: 1, last: 1 })).toContain('PANGKAT/GOL RUANG – JABATAN');
  });

  it('a golongan in another form is a warning at its line, and the SKP still scores', async () => {
    const ws = copyFixture(EXAMPLE);
    writeFileSync(ayuSkp(ws), readFileSync(ayuSkp(ws), 'utf8').replace('golongan: IV/a', 'golongan: IV A'));
    const v = JSON.parse((await runCli(['validate', ayuSkp(ws), '--format', 'json'])).stdout) as {
      file: { temuan: { kode: string; baris?: number; args: Record<string, unknown> }[] }[];
    };
    const f = v.file[0]!.temuan.find((x) => x.kode === 'GOLONGAN_TIDAK_BAKU')!;
    expect(f).toMatchObject({ baris: 8, args: { golongan: 'IV A', saran: 'IV/a' } });
    expect((await scoreJson(ws)).pegawai.find((p) => p.nip === AYU)!.predikat).not.toBeNull();
  });

  it("a note of a row that starts before the SKP's masa is kept with the row", async () => {
    const ws = copyFixture(EXAMPLE);
    writeFileSync(
      ayuSkp(ws),
      readFileSync(ayuSkp(ws), 'utf8').replace('\npenilai:', '\nmasa: { mulai: "2026-03", selesai: "2026-12" }\npenilai:'),
    );
    const csv = join(ws, 'data', 'realisasi-2026.csv');
    writeFileSync(
      csv,
      readFileSync(csv, 'utf8')
        .split('\r\n')
        .map((l) => (l.startsWith(`${AYU};2026-TW1;`) ? `${l.split(';').slice(0, 4).join(';')};CATATAN-TW1` : l))
        .join('\r\n'),
    );
    const r = await dokumen([ws, '--nip', AYU]);
    const text = pdfText(r.path);
    expect(text).toContain('PERIODE PENILAIAN: 1 MARET SD 31 DESEMBER 2026');
    expect(text).toContain('2026-TW1: CATATAN-TW1');
  });

  it("with --nip, an error in another employee's SKP does not fail this one's Dokumen", async () => {
    const ws = copyFixture(EXAMPLE);
    writeFileSync(ayuSkp(ws), readFileSync(ayuSkp(ws), 'utf8').replace('  jabatan: Kepala Bidang', '  jabatn: Kepala Bidang'));
    expect((await dokumen([ws, '--nip', AYU])).code).toBe(1);
    expect((await dokumen([ws, '--nip', '196802211994071001'])).code).toBe(0);
  });

  it('a unit with no one scored is exit 2, nothing written', async () => {
    const ws = copyFixture(EXAMPLE);
    const units = join(ws, 'unit-kerja.yaml');
    writeFileSync(units, readFileSync(units, 'utf8') + '  - id: kosong\n    nama: Unit Kosong\n    induk: pemkot\n');
    const r = await dokumen([ws, '--unit', 'kosong']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak ada pegawai yang dinilai di unit kosong');
    expect(() => readFileSync(r.path)).toThrow();
  });
});

describe('dokumen, long text', () => {
  it('a note, an uraian or an ekspektasi longer than a page runs on to the next page, every word kept', async () => {
    const ws = copyFixture(EXAMPLE);
    const nip = '198507232010051001';
    // Numbered words, so a cut anywhere loses a number the test looks for.
    const long = (tag: string, n: number) => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ');
    const skp = join(ws, 'skp', 'dinkes', 'ayu-gunawan.yaml');
    writeFileSync(
      skp,
      readFileSync(skp, 'utf8')
        .replace(/uraian: Meningkatnya derajat kesehatan masyarakat[^\n]*/, `uraian: ${long('uraian', 400)}`)
        .replace(/berorientasi_pelayanan: .*/, `berorientasi_pelayanan: ${long('ekspektasi', 300)}`),
    );
    const edit = (file: string, f: (cells: string[]) => string[] | null) => {
      const path = join(ws, 'data', file);
      const lines = readFileSync(path, 'utf8').split('\r\n');
      writeFileSync(path, lines.map((l) => (l.startsWith(nip) ? (f(l.split(';'))?.join(';') ?? l) : l)).join('\r\n'));
    };
    edit('perilaku-2026.csv', (c) => (c[3] === 'atasan' ? [...c.slice(0, 11), long(`perilaku${c[1]!.slice(-2)}x`, 700)] : null));
    edit('realisasi-2026.csv', (c) => (c[1] === '2026-TW4' ? [...c.slice(0, 4), long(`realisasi${c[2]!.length}x`, 500)] : null));
    const penilaian = join(ws, 'data', 'penilaian-2026.csv');
    writeFileSync(penilaian, readFileSync(penilaian, 'utf8') + `${nip};2026;Sesuai Ekspektasi;;${long('catatan', 1500)}\r\n`);
    const r = await dokumen([ws, '--nip', nip]);
    expect(r.code).toBe(0);
    const words = new Set(pdfText(r.path).split(' '));
    const missing = (tag: string, n: number) => Array.from({ length: n }, (_, i) => `${tag}${i}`).filter((w) => !words.has(w));
    expect(missing('uraian', 400)).toEqual([]);
    expect(missing('ekspektasi', 300)).toEqual([]);
    expect(missing('catatan', 1500)).toEqual([]);
    expect(missing('perilakuS1x', 700)).toEqual([]);
    expect(missing('perilakuS2x', 700)).toEqual([]);
    expect([...words].filter((w) => /^realisasi\d+x0$/.test(w)).length).toBeGreaterThan(0);
    for (const tag of [...words].filter((w) => /^realisasi\d+x0$/.test(w)).map((w) => w.slice(0, -1)))
      expect(missing(tag, 500)).toEqual([]);
    // The seven values and the ratings after them are all still there.
    for (const v of ['Berorientasi Pelayanan', 'Kolaboratif']) expect(pdfText(r.path)).toContain(v);
    expect(pdfText(r.path)).toContain('RATING PERILAKU KERJA');
  });
});

describe('dokumen, the PDF writer', () => {
  it('opens no file: the fonts arrive as bytes, and the chart finds them by name', async () => {
    const done = await dokumenWorkspace({ cwd: ROOT, workspace: EXAMPLE, nip: '198507232010051001' });
    if (!done.ok) throw new Error('the example config is valid');
    const laporan = buildScoreReport(done.result, 'id');
    const report: DokumenReport = {
      dokumen: buildDokumen(done.result, laporan.laporan, done.pegawai),
      versiAlat: done.result.versiAlat,
      metode: laporan.metode,
      fonts: loadPdfFonts(),
    };
    // Once, so the modules are loaded (loading reads their .js files); then pdfkit and pdfmake read
    // files through the CommonJS fs module, and every open of the second run is seen here.
    await DOKUMEN_FORMATS.pdf(report, OPTIONS);
    const fs = createRequire(import.meta.url)('node:fs') as typeof NodeFs;
    const opened: string[] = [];
    const spies = (['readFileSync', 'openSync', 'readFile', 'createReadStream'] as const).map((f) =>
      vi.spyOn(fs, f).mockImplementation(((...args: unknown[]) => {
        opened.push(String(args[0]));
        throw new Error(`no file may be opened: ${String(args[0])}`);
      }) as never),
    );
    try {
      const pdf = await DOKUMEN_FORMATS.pdf(report, OPTIONS);
      expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(opened).toEqual([]);
  });
});

describe('dokumen, long words', () => {
  it('a link in a note breaks inside its column and every character stays on the page', async () => {
    const ws = copyFixture(EXAMPLE);
    const nip = '198507232010051001';
    const link = 'https://pemkot-my.sharepoint.com/:f:/g/personal/andi/EjK3LmNoPqRsTuVwXyZ0123BcDeFgHiJkLmNoPqRsTuVwXyZA?e=AbCdEf';
    const csv = join(ws, 'data', 'realisasi-2026.csv');
    writeFileSync(
      csv,
      readFileSync(csv, 'utf8')
        .split('\r\n')
        .map((l) => (l.startsWith(`${nip};2026-TW2;`) ? `${l.split(';').slice(0, 4).join(';')};Bukti: ${link} SELESAI` : l))
        .join('\r\n'),
    );
    const r = await dokumen([ws, '--nip', nip]);
    expect(r.code).toBe(0);
    // The page's text with the line breaks pdftotext puts where the column wrapped, joined again.
    const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', r.path, '-'], { encoding: 'utf8' }).replace(/\u200b/g, '');
    expect(raw.replace(/\s+/g, '')).toContain(link.replace(/\s+/g, ''));
    // Nothing drawn beyond the landscape page's right edge (842 pt): each word's box is inside it.
    const boxes = execFileSync('pdftotext', ['-bbox', '-f', '2', '-l', '3', r.path, '-'], { encoding: 'utf8' });
    const right = Math.max(...[...boxes.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(right).toBeLessThan(842 - 30);
  });
});

describe('dokumen, the print-ready HTML', () => {
  it('holds the same fields, escapes every value, loads nothing and runs no script', async () => {
    const ws = copyFixture(EXAMPLE);
    const file = join(ws, 'skp', 'dinkes', 'ayu-gunawan.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('nama: Ayu Gunawan', 'nama: "Ayu <script>alert(1)</script> & \\"Gunawan\\""'));
    const r = await dokumen([ws, '--nip', '198507232010051001'], 'dokumen.html');
    expect(r.code).toBe(0);
    const html = readFileSync(r.path, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Ayu &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Gunawan&quot;');
    expect(html).not.toMatch(/\b(?:src|href)\s*=|@import|url\(/i);
    expect(html).toContain('@page wide { size: A4 landscape');
    for (const label of [
      'DOKUMEN EVALUASI KINERJA PEGAWAI',
      'ATASAN PEJABAT PENILAI KINERJA',
      'RATING HASIL KERJA',
      'RATING PERILAKU KERJA',
      'POLA DISTRIBUSI',
    ])
      expect(html).toContain(label);
    expect(html).toMatch(/<svg [^>]*role="img"/);
  });
});

describe('dokumen, what it refuses', () => {
  it.each([
    { what: 'an unknown NIP', args: ['--nip', '199901012020011001'], output: 'x.pdf', message: /NIP/ },
    { what: 'a date that does not exist', args: ['--tanggal', '2027-02-30'], output: 'x.pdf', message: /--tanggal/ },
    { what: 'a workbook', args: [], output: 'x.xlsx', message: /xlsx/ },
    { what: 'a NIP outside --unit', args: ['--unit', 'bappeda', '--nip', '198507232010051001'], output: 'x.pdf', message: /bappeda/ },
  ])('$what: exit 2 with the reason, nothing written', async ({ args, output, message }) => {
    const dir = makeTempDir('dokumen');
    const r = await runCli(['dokumen', EXAMPLE, ...args, '--output', join(dir, output)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(() => readFileSync(join(dir, output))).toThrow();
  });

  it('a PDF to a terminal is a usage error', async () => {
    const r = await runCli(['dokumen', EXAMPLE, '--nip', '198507232010051001'], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe.runIf(CHROMIUM !== undefined || process.env.CI)('dokumen --format html, printed by a real browser (headless Chromium)', () => {
  it("prints each employee's Dokumen on an A4 portrait sheet and the evaluation on A4 landscape", async () => {
    expect(CHROMIUM, 'chromium (apt-get install chromium)').toBeDefined();
    const r = await dokumen([EXAMPLE, '--unit', 'bappeda'], 'dokumen.html');
    expect(r.code).toBe(0);
    const dir = makeTempDir('chromium');
    const pdf = join(dir, 'printed.pdf');
    execFileSync(CHROMIUM!, [...chromiumFlags(dir), '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${r.path}`], {
      stdio: 'ignore',
      timeout: 60_000,
    });
    const staff = (await scoreJson()).pegawai.filter((p) => p.unit === 'bappeda');
    const pages = pageCount(pdf);
    const sheets = Array.from({ length: pages }, (_, k) => {
      const info = execFileSync('pdfinfo', ['-f', String(k + 1), '-l', String(k + 1), pdf], { encoding: 'utf8' });
      const [w, h] = /size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!.slice(1).map(Number) as [number, number];
      return { portrait: h > w, text: pdfText(pdf, { first: k + 1, last: k + 1 }).trim() };
    });
    const dokumenPages = sheets.filter((s) => s.text.startsWith('DOKUMEN EVALUASI KINERJA PEGAWAI'));
    const evaluasiPages = sheets.filter((s) => s.text.startsWith('EVALUASI KINERJA PEGAWAI'));
    expect(dokumenPages).toHaveLength(staff.length);
    expect(evaluasiPages).toHaveLength(staff.length);
    expect(dokumenPages.every((s) => s.portrait)).toBe(true);
    expect(evaluasiPages.every((s) => !s.portrait)).toBe(true);
    // Nothing printed but the sheets: no page of its own for the tool's line.
    expect(sheets.every((s) => s.text !== '' && !s.text.startsWith('asn-kinerja'))).toBe(true);
    for (const p of staff) expect(dokumenPages.some((s) => s.text.includes(`NAMA ${p.nama} NIP ${p.nip}`))).toBe(true);
  });
});
