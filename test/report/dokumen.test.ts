/**
 * Issue [8] item 3: `asn-kinerja dokumen` writes the Dokumen Evaluasi Kinerja Pegawai (Lampiran
 * PermenPAN-RB 6/2022) as a PDF read back with a real PDF tool (poppler's pdftotext and pdftoppm,
 * installed by .ci/run), and as print-ready HTML. Every number is compared with `score --format json`
 * on the same workspace; names, pangkat and uraian with the example's YAML files.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { LaporanSkor } from '../../src/types/generated/laporan-skor.js';
import { copyFixture, EXAMPLE, makeTempDir, runCli } from '../helpers.js';

/** The PDF's text in content order, whitespace collapsed (a table cell's wrapped lines join up). */
function pdfText(path: string, pages: { first?: number; last?: number } = {}): string {
  const range = [...(pages.first ? ['-f', String(pages.first)] : []), ...(pages.last ? ['-l', String(pages.last)] : [])];
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
function pageCount(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
}
const idNumber = (x: number) => x.toFixed(2).replace('.', ',');

async function scoreJson(ws = EXAMPLE): Promise<LaporanSkor> {
  return JSON.parse((await runCli(['score', ws, '--format', 'json'])).stdout) as LaporanSkor;
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
