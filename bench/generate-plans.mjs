// Writes a workspace of N realistic SKP files (3 RHKs of 1–2 indicators, catalogue refs and inline
// indicators, ranges, cascading intervensi to the supervisor's SKP) with its units and catalogue.
// Deterministic for a given N. Used by bench/validate-bench.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../scripts/random.mjs';

const pad = (n, w = 2) => String(n).padStart(w, '0');

export function generatePlans(dir, n, tahun = 2026) {
  const rand = mulberry32(n);
  const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
  const unitCount = Math.max(5, Math.ceil(n / 40));
  const units = Array.from({ length: unitCount }, (_, i) => ({
    id: `unit-${pad(i, 3)}`,
    induk: i === 0 ? undefined : `unit-${pad(Math.floor((i - 1) / 4), 3)}`,
  }));
  mkdirSync(join(dir, 'skp'), { recursive: true });
  mkdirSync(join(dir, 'katalog'), { recursive: true });
  writeFileSync(join(dir, 'asn-kinerja.yaml'), `kind: konfigurasi\ninstansi: Pemerintah Provinsi Bench\ntahun: ${tahun}\n`);
  writeFileSync(
    join(dir, 'unit-kerja.yaml'),
    'kind: unit-kerja\nunit:\n' +
      units
        .map((u) => `  - id: ${u.id}\n    nama: Unit ${u.id}\n${u.induk ? `    induk: ${u.induk}\n` : ''}    predikat_organisasi: Baik\n`)
        .join(''),
  );
  const catalogue = Array.from({ length: 40 }, (_, i) => `bench.indikator-${pad(i, 3)}`);
  writeFileSync(
    join(dir, 'katalog', 'indikator.yaml'),
    'kind: katalog-indikator\nindikator:\n' +
      catalogue
        .map(
          (id, i) =>
            `  - id: ${id}\n    nama: Indikator kinerja nomor ${i}\n    satuan: ${i % 3 ? 'persen' : 'dokumen'}\n    aspek: kuantitas\n    polaritas: maksimal\n    konsolidasi: ${i % 3 ? 'rata-rata' : 'jumlah'}\n`,
        )
        .join(''),
  );

  const nips = [];
  for (let i = 0; i < n; i++) {
    const by = int(1970, 1996);
    nips.push(`${by}${pad(int(1, 12))}${pad(int(1, 28))}${by + int(22, 27)}${pad(int(1, 12))}${int(1, 2)}${pad((i % 999) + 1, 3)}`);
  }
  for (let i = 0; i < n; i++) {
    const boss = i === 0 ? undefined : Math.floor((i - 1) / 6);
    const lines = [
      'kind: skp',
      `tahun: ${tahun}`,
      'pegawai:',
      `  nip: ${i % 2 ? nips[i] : `"${nips[i]}"`}`,
      `  nama: Pegawai Nomor ${i}`,
      '  jabatan: Analis Kebijakan Ahli Pertama',
      '  jenjang: ahli-pertama',
      `  unit: ${units[i % unitCount].id}`,
      'penilai:',
      ...(boss === undefined ? ['  nama: Gubernur'] : [`  nip: "${nips[boss]}"`, `  nama: Pegawai Nomor ${boss}`]),
      'hasil_kerja:',
    ];
    for (let r = 1; r <= 3; r++) {
      const jenis = r === 3 ? 'tambahan' : 'utama';
      lines.push(`  - id: rhk-${r}`, `    jenis: ${jenis}`, `    uraian: Rencana hasil kerja ${r} pegawai ${i}`);
      if (boss !== undefined && jenis === 'utama') lines.push(`    intervensi: rhk-${r}`);
      if (jenis === 'utama') lines.push(`    bobot: ${r === 1 ? 60 : 40}`);
      lines.push('    indikator:', `      - ref: ${catalogue[(i + r) % catalogue.length]}`, `        target: ${int(80, 100)}`);
      if (r === 1) {
        lines.push(
          '      - id: laporan-tepat-waktu',
          '        nama: Laporan diserahkan paling lambat',
          '        satuan: hari',
          '        aspek: waktu',
          '        polaritas: minimal',
          '        konsolidasi: terakhir',
          '        target: { min: 3, maks: 5 }',
          '        target_periode:',
          `          "${tahun}-TW1": { min: 3, maks: 7 }`,
        );
      }
    }
    writeFileSync(join(dir, 'skp', `pegawai-${pad(i, 5)}.yaml`), lines.join('\n') + '\n');
  }
  return { files: n + 3 };
}
