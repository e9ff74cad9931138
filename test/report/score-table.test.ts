/**
 * Issue [8] item 8 (and the table's part of item 6): the terminal table of the example workspace —
 * whole names (wrapped, never cut), a mark on ratings the penilai or the organisation decided, the
 * unit's IKM and mutu in its summary, numbers as the language writes them, rules in words, no
 * Indonesian rule word under --lang en, and nothing wider than 100 columns.
 */
import { describe, expect, it } from 'vitest';
import { wrapCell } from '../../src/report/score/table.js';
import { EXAMPLE, runCli, type Laporan62022 } from '../helpers.js';

const table = async (lang: 'id' | 'en') => (await runCli(['--lang', lang, 'score', EXAMPLE])).stdout;
const json = async () => JSON.parse((await runCli(['score', EXAMPLE, '--format', 'json'])).stdout) as Laporan62022;

describe('score table', () => {
  it('names whole, wrapped onto a second line rather than cut', async () => {
    const out = await table('id');
    expect(out).not.toContain('…');
    // "dr. Rizki Siregar" (17 characters) in a 15-wide column: two lines of the same row.
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.includes('dr. Rizki'));
    expect(lines[at + 1]).toMatch(/^│ {20}│ Siregar/);
  });

  it('a single word longer than its column is broken across lines, not cut', () => {
    expect(wrapCell('Muhammadiyahsyahputra bin Abdullah', 13)).toBe('Muhammadiyahs\nyahputra bin\nAbdullah');
    expect(wrapCell('Wulan Sembiring', 13)).toBe('Wulan\nSembiring');
    expect(wrapCell('Andi Ningsih', 13)).toBe('Andi Ningsih');
  });

  it('marks a rating the penilai set with * and one from the organisation predikat with °, and says so', async () => {
    const [out, laporan] = [await table('id'), await json()];
    const line = (nip: string) => out.split('\n').find((l) => l.includes(nip))!;
    const byPenilai = laporan.pegawai.find((p) => p.sumber_rating.hasil_kerja === 'penilai')!;
    const byOrg = laporan.pegawai.find((p) => p.sumber_rating.hasil_kerja === 'organisasi')!;
    const computed = laporan.pegawai.find((p) => p.sumber_rating.hasil_kerja === 'dihitung' && p.sumber_rating.perilaku === 'dihitung')!;
    expect(line(byPenilai.nip)).toMatch(/(Di Atas|Sesuai|Di Bawah)\*/);
    expect(line(byOrg.nip)).toMatch(/(Di Atas|Sesuai|Di Bawah)°/);
    expect(line(computed.nip)).not.toMatch(/[*°]/);
    expect(out).toContain('* ditetapkan penilai · ° dari predikat organisasi');
  });

  it("the unit's IKM and mutu in its summary, numbers with a decimal comma under id and a point under en", async () => {
    const laporan = await json();
    const dinkes = laporan.unit.find((u) => u.id === 'dinkes')!;
    const nilai = dinkes.ikm!.nilai!.toFixed(2);
    expect(await table('id')).toContain(`IKM ${nilai.replace('.', ',')} ${dinkes.ikm!.mutu}`);
    expect(await table('en')).toContain(`IKM ${nilai} ${dinkes.ikm!.mutu}`);
    expect(await table('id')).toContain(`rata-rata capaian ${dinkes.rata_rata_capaian!.toFixed(2).replace('.', ',')}`);
  });

  it('rules in words in both languages; no Indonesian rule word under en; within 100 columns', async () => {
    const id = await table('id');
    const en = await table('en');
    expect(id).toContain('Butuh Perbaikan + Kurang/Misconduct: harus ada ≥ 1');
    // Beside the count the kurva checked (disdukcapil's head left out: Baik 3, not 4).
    expect(id).toMatch(/ {2}Baik +3 █+ mayoritas ≥ 4/);
    expect(id).toContain('6 pegawai diperiksa kurva (tanpa pimpinan unit)');
    expect(en).toContain('Butuh Perbaikan + Kurang/Misconduct: at least 1');
    expect(en).toContain('majority ≥ 4');
    for (const word of ['peringatan', 'koma', 'harus_ada', 'tidak_dinilai', 'tidak dinilai', 'mayoritas']) expect(en).not.toContain(word);
    for (const out of [id, en]) {
      const widest = Math.max(
        ...out
          .split('\n')
          .filter((l) => !/^ {2}(info|peringatan|warning|error) /.test(l))
          .map((l) => [...l].length),
      );
      expect(widest).toBeLessThanOrEqual(100);
    }
  });
});
