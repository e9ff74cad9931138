/**
 * Issue [7] item 4: never read our own outputs back. An exported score CSV left in the workspace and
 * re-saved by Excel has `nip`, `periode` and `rating_hasil_kerja`: read as a penilaian file it would
 * freeze every rating. Every CSV export this tool writes is skipped with CSV_KELUARAN_ALAT.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRole, ownExportColumns } from '../../src/core/csv/header.js';
import { copyFixture, EXAMPLE, runCli, type Laporan62022 } from '../helpers.js';

const header = (csv: string) =>
  csv
    .replace(/^\ufeff/, '')
    .split('\r\n')[0]!
    .split(';');

describe('own exports are never read as input', () => {
  it('every CSV table of score and ikm carries a column only exports have', async () => {
    const tables = [
      ...(await Promise.all(
        ['pegawai', 'unit', 'temuan', 'tim'].map(
          async (tabel) => (await runCli(['score', EXAMPLE, '--format', 'csv', '--tabel', tabel])).stdout,
        ),
      )),
      (await runCli(['ikm', EXAMPLE, '--format', 'csv'])).stdout,
    ];
    for (const csv of tables) expect(ownExportColumns(header(csv)), header(csv).join(';')).not.toEqual([]);
    // Without the check the pegawai export would be read as a penilaian file.
    expect(detectRole(header(tables[0]!))).toMatchObject({ ok: true, role: 'penilaian' });
    // No input role's columns are export markers.
    expect(ownExportColumns(['nip', 'periode', 'rating_hasil_kerja', 'rating_perilaku', 'nilai_perilaku', 'inovasi', 'catatan'])).toEqual(
      [],
    );
  });

  it('a score CSV re-saved into the data folder is skipped with a warning, and nothing changes', async () => {
    const ws = copyFixture(EXAMPLE);
    const before = JSON.parse((await runCli(['score', ws, '--format', 'json'])).stdout) as Laporan62022;
    const exported = (await runCli(['score', ws, '--format', 'csv'])).stdout;
    // As Excel re-saves it: the ="…" NIP guards gone, a plain NIP column.
    writeFileSync(join(ws, 'data', 'hasil-skor.csv'), exported.replace(/="(\d{18})"/g, '$1'));
    const r = await runCli(['score', ws, '--format', 'json']);
    const after = JSON.parse(r.stdout) as Laporan62022;
    expect(after.temuan.find((f) => f.kode === 'CSV_KELUARAN_ALAT')).toMatchObject({
      path: 'data/hasil-skor.csv',
      tingkat: 'peringatan',
      baris: 1,
      args: { kolom: ['metode', 'rating_hasil_kerja_dihitung', 'rating_perilaku_dihitung'] },
    });
    // Listed as a source it looked at, like any file it could not use: no role, no rows.
    expect(after.sumber.find((s) => s.path === 'data/hasil-skor.csv')).toMatchObject({ jenis: null, baris_dibaca: 0, baris_dipakai: 0 });
    expect(after.pegawai.map((p) => [p.nip, p.predikat, p.sumber_rating])).toEqual(
      before.pegawai.map((p) => [p.nip, p.predikat, p.sumber_rating]),
    );
    // validate reports it too, at the header line.
    const v = await runCli(['validate', 'data/hasil-skor.csv'], { cwd: ws });
    expect(v.stdout).toContain('CSV_KELUARAN_ALAT');
    expect(v.code).toBe(0);
  });
});
