/**
 * docs/keputusan.md "Duplicated and contradicting rows" (RULES.md §1 Determinism, §2.1, §2.5, §2.6): a
 * duplicated or contradicting CSV row must not make the result depend on row order. The example
 * workspace with (a) an exact copy of a row, (b) a row of the same key and period with another value
 * and (c) a chain (a quarter row and month rows inside it, of other values), each file written in
 * several row orders — among them orders in which "the later row is rejected" kept a month row and
 * dropped the quarter: the employees are the same in every order, every rejected row has its
 * finding, and each file's counts add up.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, EXAMPLE, runCli, type Laporan62022 } from '../helpers.js';

const SETDA = '197008231997022001';
const KABAG = '197105031994111001';
const STAF = '196804231992041001';

/** A data file's header and rows (BOM, `;`, CRLF kept as the example writes them). */
function readData(name: string): { header: string; rows: string[] } {
  const [header, ...rows] = readFileSync(join(EXAMPLE, 'data', name), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l !== '');
  return { header: header!, rows };
}

/**
 * One file of the example with `added` rows, in several orders of the rows `involved` picks (the
 * originals of the keys concerned and the added ones); the other rows stay where they are.
 */
function orders(name: string, added: string[], involved: (row: string) => boolean, shuffles: ((xs: string[]) => string[])[]) {
  const { header, rows } = readData(name);
  const all = [...rows, ...added];
  const mine = all.filter(involved);
  const rest = all.filter((r) => !involved(r));
  return shuffles.map((f) => ({ header, rows: [...f(mine), ...rest] }));
}

async function score(name: string, file: { header: string; rows: string[] }) {
  const ws = copyFixture(EXAMPLE);
  writeFileSync(join(ws, 'data', name), [file.header, ...file.rows].join('\r\n') + '\r\n');
  const r = await runCli(['score', ws, '--format', 'json']);
  return { code: r.code, report: JSON.parse(r.stdout) as Laporan62022 };
}

/** The lines (a file's rows from line 2) of the rows `pick` selects. */
const linesOf = (rows: string[], pick: (row: string) => boolean) => rows.flatMap((r, i) => (pick(r) ? [i + 2] : [])).sort((a, b) => a - b);

function findingLines(report: Laporan62022, path: string, kodes: string[]) {
  const all = [...report.temuan, ...report.pegawai.flatMap((p) => p.temuan)];
  return [...new Set(all.filter((f) => f.path === path && kodes.includes(f.kode)).map((f) => f.baris!))].sort((a, b) => a - b);
}

function expectAccounting(report: Laporan62022) {
  for (const s of report.sumber) expect(s.baris_dibaca, s.path).toBe(s.baris_dipakai + s.baris_ditolak + s.baris_diabaikan);
}

const asIs = (xs: string[]) => xs;
const reversed = (xs: string[]) => [...xs].reverse();
/** Every other row first, then the rest: another order again. */
const interleaved = (xs: string[]) => [...xs.filter((_, i) => i % 2 === 1), ...xs.filter((_, i) => i % 2 === 0)];

describe('a duplicated or contradicting row does not make the result depend on row order', () => {
  it('realisasi: a copy, a contradicting row and a quarter with months inside it', async () => {
    const copy = `${SETDA};2026-TW2;setda.kebijakan-disusun;1,0;`; // the TW2 row's value (its catatan aside)
    const other = `${SETDA};2026-TW3;setda.layanan-administrasi;50;`; // the original says 92,36
    const months = [`${SETDA};2026-10;setda.nilai-sakip;70;`, `${SETDA};2026-12;setda.nilai-sakip;90;`]; // TW4 says 79,2
    const keyOf = (r: string) => r.split(';').slice(0, 3).join(';');
    const involvedKeys = new Set([copy, other].map(keyOf));
    const involved = (r: string) => involvedKeys.has(keyOf(r)) || (r.startsWith(`${SETDA};`) && r.includes(';setda.nilai-sakip;'));
    // As-is the original TW4 row comes first (the old rule kept it and rejected the months); reversed,
    // the months come first (it kept them and rejected the quarter).
    const files = orders('realisasi-2026.csv', [copy, other, ...months], involved, [asIs, reversed, interleaved]);
    const results = await Promise.all(files.map((f) => score('realisasi-2026.csv', f)));
    const pegawai = results.map((r) => JSON.stringify(r.report.pegawai));
    for (const p of pegawai.slice(1)) expect(p).toBe(pegawai[0]);
    const setda = results[0]!.report.pegawai.find((p) => p.nip === SETDA)!;
    const tercakup = Object.fromEntries(setda.hasil_kerja.flatMap((h) => h.indikator.map((x) => [x.id, x.bulan_tercakup])));
    // The copy changes nothing; the contradicted TW3 and the whole fourth quarter of nilai-sakip count for nothing.
    expect(tercakup).toMatchObject({ 'setda.kebijakan-disusun': 12, 'setda.layanan-administrasi': 9, 'setda.nilai-sakip': 9 });
    files.forEach((f, i) => {
      const { code, report } = results[i]!;
      expect(code).toBe(1);
      expectAccounting(report);
      const path = 'data/realisasi-2026.csv';
      const copies = linesOf(f.rows, (r) => keyOf(r) === keyOf(copy) && r.startsWith(`${SETDA};2026-TW2;`));
      const contradicting = linesOf(f.rows, (r) => keyOf(r) === keyOf(other));
      const chain = linesOf(f.rows, (r) => r.startsWith(`${SETDA};`) && r.includes(';setda.nilai-sakip;') && /;2026-(TW4|10|12);/.test(r));
      expect(findingLines(report, path, ['BARIS_TUMPANG_TINDIH'])).toEqual(copies.slice(1));
      expect(findingLines(report, path, ['BARIS_BERTENTANGAN'])).toEqual([...contradicting, ...chain].sort((a, b) => a - b));
      expect(report.sumber.find((s) => s.path === path)).toMatchObject({ baris_ditolak: 1 + 2 + 3 });
    });
  });

  it('perilaku: a copy, a contradicting row and a semester with quarters inside it', async () => {
    const copy = `${SETDA};2026-S1;${KABAG};bawahan;3,50;3,5;3,5;3;4;3;4;`;
    const other = `${SETDA};2026-S2;${STAF};bawahan;2;2;2;2;2;2;2;`;
    const quarters = [`${KABAG};2026-TW1;${SETDA};atasan;3;3;3;3;3;3;3;`, `${KABAG};2026-TW2;${SETDA};atasan;4;4;4;4;4;4;4;`];
    const keyOf = (r: string) => {
      const f = r.split(';');
      return `${f[0]} ${f[2]} ${f[3]}`;
    };
    const keys = new Set([copy, other, quarters[0]!].map(keyOf));
    const files = orders('perilaku-2026.csv', [copy, other, ...quarters], (r) => keys.has(keyOf(r)), [asIs, reversed, interleaved]);
    const results = await Promise.all(files.map((f) => score('perilaku-2026.csv', f)));
    const pegawai = results.map((r) => JSON.stringify(r.report.pegawai));
    for (const p of pegawai.slice(1)) expect(p).toBe(pegawai[0]);
    files.forEach((f, i) => {
      const { code, report } = results[i]!;
      expect(code).toBe(1);
      expectAccounting(report);
      const path = 'data/perilaku-2026.csv';
      const copies = linesOf(f.rows, (r) => keyOf(r) === keyOf(copy) && r.startsWith(`${SETDA};2026-S1;`));
      const contradicting = linesOf(f.rows, (r) => keyOf(r) === keyOf(other) && r.startsWith(`${SETDA};2026-S2;`));
      const chain = linesOf(f.rows, (r) => keyOf(r) === keyOf(quarters[0]!) && /;2026-(S1|TW1|TW2);/.test(r));
      expect(chain).toHaveLength(3);
      expect(findingLines(report, path, ['BARIS_TUMPANG_TINDIH'])).toEqual(copies.slice(1));
      expect(findingLines(report, path, ['BARIS_BERTENTANGAN'])).toEqual([...contradicting, ...chain].sort((a, b) => a - b));
      expect(report.sumber.find((s) => s.path === path)).toMatchObject({ baris_ditolak: 1 + 2 + 3 });
    });
  });

  it('penilaian: a copy, a contradicted rating, and three rows of which one contradicts', async () => {
    const copy = `${SETDA};2026;Sesuai Ekspektasi;Sesuai Ekspektasi;`;
    const other = '197908232007051001;2026;Di Atas Ekspektasi;Sesuai Ekspektasi;'; // the original says Sesuai, Sesuai
    const three = ['198812042011031001;2026;Sesuai Ekspektasi;;', '198812042011031001;2026;Di Bawah Ekspektasi;;'];
    const nips = new Set([SETDA, '197908232007051001', '198812042011031001']);
    const involved = (r: string) => nips.has(r.split(';')[0]!) && r.split(';')[1] === '2026';
    const files = orders('penilaian-2026.csv', [copy, other, ...three], involved, [asIs, reversed, interleaved]);
    const results = await Promise.all(files.map((f) => score('penilaian-2026.csv', f)));
    const pegawai = results.map((r) => JSON.stringify(r.report.pegawai));
    for (const p of pegawai.slice(1)) expect(p).toBe(pegawai[0]);
    const sumber = (nip: string) => results[0]!.report.pegawai.find((p) => p.nip === nip)!.sumber_rating;
    expect(sumber(SETDA)).toEqual({ hasil_kerja: 'penilai', perilaku: 'penilai' });
    // A contradicted rating counts as not given: the next source decides; the agreed one stands.
    expect(sumber('197908232007051001')).toMatchObject({ perilaku: 'penilai' });
    expect(sumber('197908232007051001').hasil_kerja).not.toBe('penilai');
    expect(sumber('198812042011031001')).toMatchObject({ perilaku: 'penilai' });
    expect(sumber('198812042011031001').hasil_kerja).not.toBe('penilai');
    files.forEach((f, i) => {
      const { code, report } = results[i]!;
      expect(code).toBe(1);
      expectAccounting(report);
      const path = 'data/penilaian-2026.csv';
      const at = (nip: string) => linesOf(f.rows, (r) => r.startsWith(`${nip};2026;`));
      const findings = [...report.temuan, ...report.pegawai.flatMap((p) => p.temuan)].filter((x) => x.path === path);
      const codes = (line: number) =>
        findings.filter((x) => x.baris === line && x.tingkat === 'error').map((x) => `${x.kode} ${x.nama_kolom}`);
      // The copy: the later row repeats both columns.
      const [first, later] = at(SETDA);
      expect(codes(first!)).toEqual([]);
      expect(codes(later!).sort()).toEqual(['PENILAIAN_GANDA rating_hasil_kerja', 'PENILAIAN_GANDA rating_perilaku']);
      // hasil kerja contradicted in both rows; perilaku agreed, repeated by the later.
      const [a, b] = at('197908232007051001');
      expect(codes(a!)).toEqual(['PENILAIAN_BERTENTANGAN rating_hasil_kerja']);
      expect(codes(b!).sort()).toEqual(['PENILAIAN_BERTENTANGAN rating_hasil_kerja', 'PENILAIAN_GANDA rating_perilaku']);
      for (const line of at('198812042011031001')) expect(codes(line)).toEqual(['PENILAIAN_BERTENTANGAN rating_hasil_kerja']);
      // Rejected rows: the later copy, the later of the two (it gives nothing), and the two rows of
      // the three that gave only the contradicted rating.
      expect(report.sumber.find((s) => s.path === path)).toMatchObject({ baris_ditolak: 1 + 1 + 2 });
    });
  });
});
