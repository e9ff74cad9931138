// A realistic workspace at scale for the CSV and scoring benchmarks: N employees with 8 indicators
// each, monthly realisasi for the given years, semester 360° perilaku, explicit penilaian and SKM
// responses, all in the Indonesian Excel dialect (BOM, `;`, decimal comma, CRLF). Deterministic.
// `movers` (a share, e.g. 0.05) splits that many employees' year into two SKPs after a July mutasi to the
// next unit (RULES.md §2.0); their monthly rows then fall in one masa or the other. Default 0.
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { mulberry32 } from '../scripts/random.mjs';

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** Writes lines through a stream with back-pressure, so memory stays flat for millions of rows. */
async function writeCsv(path, header, rows) {
  const out = createWriteStream(path);
  out.write('\ufeff' + header.join(';') + '\r\n');
  let n = 0;
  for (const row of rows) {
    if (!out.write(row.join(';') + '\r\n')) await once(out, 'drain');
    n++;
  }
  out.end();
  await once(out, 'finish');
  return n;
}

const dec = (x) => String(Math.round(x * 100) / 100).replace('.', ',');

export async function generateWorkspace(
  dir,
  { employees = 5000, years = [2026], skmRows = 100_000, tahun = 2026, indicators = 8, movers = 0 } = {},
) {
  const moverEvery = movers > 0 ? Math.max(1, Math.round(1 / movers)) : 0;
  const rand = mulberry32(employees * 31 + years.length);
  const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
  mkdirSync(join(dir, 'skp'), { recursive: true });
  mkdirSync(join(dir, 'katalog'), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  const unitCount = Math.max(5, Math.ceil(employees / 40));
  const units = Array.from({ length: unitCount }, (_, i) => `unit-${pad(i, 4)}`);
  writeFileSync(join(dir, 'asn-kinerja.yaml'), `kind: konfigurasi\ninstansi: Pemerintah Provinsi Bench\ntahun: ${tahun}\n`);
  writeFileSync(
    join(dir, 'unit-kerja.yaml'),
    'kind: unit-kerja\nunit:\n' +
      units
        .map(
          (u, i) =>
            `  - id: ${u}\n    nama: Unit ${i}\n${i ? `    induk: unit-${pad(Math.floor((i - 1) / 6), 4)}\n` : ''}    predikat_organisasi: Baik\n    populasi_layanan: ${int(500, 5000)}\n`,
        )
        .join(''),
  );
  const catalogue = Array.from({ length: 64 }, (_, i) => ({ id: `ind-${pad(i, 3)}`, persen: i % 2 === 0, jumlah: i % 4 === 1 }));
  writeFileSync(
    join(dir, 'katalog', 'indikator.yaml'),
    'kind: katalog-indikator\nindikator:\n' +
      catalogue
        .map(
          (c) =>
            `  - id: ${c.id}\n    nama: Indikator ${c.id}\n    satuan: ${c.persen ? 'persen' : 'dokumen'}\n    aspek: kuantitas\n    polaritas: maksimal\n    konsolidasi: ${c.jumlah ? 'jumlah' : 'rata-rata'}\n`,
        )
        .join(''),
  );

  const people = [];
  for (let i = 0; i < employees; i++) {
    const by = int(1970, 1996);
    const nip = `${by}${pad(int(1, 12))}${pad(int(1, 28))}${by + int(22, 27)}${pad(int(1, 12))}${int(1, 2)}${pad((i % 999) + 1, 3)}`;
    const boss = i === 0 ? null : Math.floor((i - 1) / 8);
    const inds = Array.from({ length: indicators }, (_, k) => catalogue[(i * 3 + k) % catalogue.length]);
    people.push({ nip, boss, unit: units[i % unitCount], inds, skill: 0.85 + rand() * 0.3 });
  }
  const skpYaml = (p, i, unit, masa) => {
    const lines = [
      'kind: skp',
      `tahun: ${tahun}`,
      'pegawai:',
      `  nip: "${p.nip}"`,
      `  nama: Pegawai ${i}`,
      '  jabatan: Analis',
      `  unit: ${unit}`,
      ...(masa ? ['masa:', `  mulai: "${tahun}-${masa[0]}"`, `  selesai: "${tahun}-${masa[1]}"`] : []),
      'penilai:',
      ...(p.boss === null ? ['  nama: Gubernur'] : [`  nip: "${people[p.boss].nip}"`, `  nama: Pegawai ${p.boss}`]),
      'hasil_kerja:',
    ];
    for (let r = 0; r < 2; r++) {
      lines.push(
        `  - id: rhk-${r + 1}`,
        '    jenis: utama',
        `    uraian: RHK ${r + 1}`,
        ...(p.boss === null ? [] : [`    intervensi: rhk-${r + 1}`]),
        '    indikator:',
      );
      const half = Math.ceil(p.inds.length / 2);
      for (const c of p.inds.slice(r * half, r * half + half))
        lines.push(`      - ref: ${c.id}`, `        target: ${c.persen ? 90 : c.jumlah ? (masa ? 60 : 120) : 10}`);
    }
    return lines.join('\n') + '\n';
  };
  for (const [i, p] of people.entries()) {
    if (moverEvery > 0 && i % moverEvery === 1) {
      writeFileSync(join(dir, 'skp', `p-${pad(i, 5)}.yaml`), skpYaml(p, i, p.unit, ['01', '06']));
      writeFileSync(join(dir, 'skp', `p-${pad(i, 5)}-b.yaml`), skpYaml(p, i, units[(i + 1) % unitCount], ['07', '12']));
    } else writeFileSync(join(dir, 'skp', `p-${pad(i, 5)}.yaml`), skpYaml(p, i, p.unit, null));
  }

  const counts = {};
  for (const year of years) {
    counts[`realisasi-${year}`] = await writeCsv(
      join(dir, 'data', `realisasi-${year}.csv`),
      ['NIP', 'PERIODE', 'INDIKATOR', 'REALISASI', 'CATATAN'],
      (function* () {
        for (const p of people)
          for (const c of p.inds)
            for (let m = 1; m <= 12; m++) {
              const v = c.persen
                ? Math.min(100, 90 * p.skill * (0.95 + rand() * 0.1))
                : c.jumlah
                  ? 10 * p.skill * (0.8 + rand() * 0.4)
                  : 10 * p.skill;
              yield [p.nip, `${year}-${pad(m)}`, c.id, dec(v), ''];
            }
      })(),
    );
    counts[`perilaku-${year}`] = await writeCsv(
      join(dir, 'data', `perilaku-${year}.csv`),
      [
        'NIP',
        'PERIODE',
        'PENILAI_NIP',
        'PERAN',
        'BERORIENTASI_PELAYANAN',
        'AKUNTABEL',
        'KOMPETEN',
        'HARMONIS',
        'LOYAL',
        'ADAPTIF',
        'KOLABORATIF',
        'CATATAN',
      ],
      (function* () {
        for (const [i, p] of people.entries())
          for (const s of ['S1', 'S2']) {
            const raters = [];
            if (p.boss !== null) raters.push([people[p.boss].nip, 'atasan']);
            for (const d of [1, 2]) if (people[i + d]?.boss === p.boss && people[i + d]) raters.push([people[i + d].nip, 'rekan']);
            for (const [rater, peran] of raters)
              yield [p.nip, `${year}-${s}`, rater, peran, ...Array.from({ length: 7 }, () => dec(int(6, 10) / 2)), ''];
          }
      })(),
    );
    counts[`penilaian-${year}`] = await writeCsv(
      join(dir, 'data', `penilaian-${year}.csv`),
      ['NIP', 'PERIODE', 'RATING_HASIL_KERJA', 'RATING_PERILAKU', 'CATATAN'],
      (function* () {
        for (const [i, p] of people.entries())
          if (i % 5 === 0) yield [p.nip, String(year), 'Sesuai Ekspektasi', i % 10 === 0 ? 'Di Atas Ekspektasi' : 'Sesuai Ekspektasi', ''];
      })(),
    );
    counts[`skm-${year}`] = await writeCsv(
      join(dir, 'data', `skm-${year}.csv`),
      ['UNIT', 'TANGGAL', 'LAYANAN', 'NIP_PETUGAS', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'],
      (function* () {
        for (let k = 0; k < skmRows; k++) {
          const p = people[int(0, employees - 1)];
          yield [
            p.unit,
            `${pad(int(1, 28))}/${pad(int(1, 12))}/${year}`,
            `Layanan ${int(1, 3)}`,
            p.nip,
            ...Array.from({ length: 9 }, () => String(int(2, 4))),
          ];
        }
      })(),
    );
  }
  return counts;
}
