// Writes examples/kota-contoh: a small city government with 6 units, 33 employees, a supervisor
// hierarchy with cascading RHKs, catalogues and quarterly CSV exports in the dialect an Indonesian
// Excel writes (UTF-8 BOM, `;`, decimal comma, CRLF). Deterministic: the same seed, the same files.
// Run: node scripts/make-example.mjs
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './random.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'kota-contoh');
const TAHUN = 2026;

const rand = mulberry32(20260101);
const between = (a, b) => a + rand() * (b - a);
const int = (a, b) => Math.floor(between(a, b + 1));
const pick = (list) => list[Math.floor(rand() * list.length)];
const pad = (n, w = 2) => String(n).padStart(w, '0');

// ---- organisation ---------------------------------------------------------------------------
const units = [
  { id: 'pemkot', nama: 'Pemerintah Kota Contoh', predikat_organisasi: 'Baik' },
  { id: 'setda', nama: 'Sekretariat Daerah', induk: 'pemkot', predikat_organisasi: 'Baik' },
  { id: 'bappeda', nama: 'Badan Perencanaan Pembangunan Daerah', induk: 'pemkot', predikat_organisasi: 'Baik' },
  { id: 'dinkes', nama: 'Dinas Kesehatan', induk: 'pemkot', predikat_organisasi: 'Baik' },
  { id: 'puskesmas-sukamaju', nama: 'UPTD Puskesmas Sukamaju', induk: 'dinkes', predikat_organisasi: 'Istimewa', populasi_layanan: 150 },
  {
    id: 'disdukcapil',
    nama: 'Dinas Kependudukan dan Pencatatan Sipil',
    induk: 'pemkot',
    predikat_organisasi: 'Baik',
    populasi_layanan: 300,
  },
];

const katalog = {
  setda: [
    ['setda.kebijakan-disusun', 'Jumlah rancangan kebijakan daerah yang disusun', 'dokumen', 'kuantitas', 'maksimal', 'jumlah'],
    [
      'setda.layanan-administrasi',
      'Persentase layanan administrasi pimpinan selesai tepat waktu',
      'persen',
      'waktu',
      'maksimal',
      'rata-rata',
    ],
    ['setda.nilai-sakip', 'Nilai evaluasi SAKIP kota', 'nilai', 'kualitas', 'maksimal', 'terakhir'],
  ],
  bappeda: [
    ['bappeda.dokumen-perencanaan', 'Jumlah dokumen perencanaan pembangunan yang ditetapkan', 'dokumen', 'kuantitas', 'maksimal', 'jumlah'],
    ['bappeda.keselarasan-renja', 'Persentase program Renja selaras dengan RPJMD', 'persen', 'kualitas', 'maksimal', 'rata-rata'],
    ['bappeda.musrenbang', 'Jumlah usulan musrenbang yang diverifikasi', 'usulan', 'kuantitas', 'maksimal', 'jumlah'],
  ],
  dinkes: [
    ['dinkes.imunisasi-dasar', 'Persentase bayi dengan imunisasi dasar lengkap', 'persen', 'kuantitas', 'maksimal', 'rata-rata'],
    ['dinkes.stunting', 'Prevalensi balita stunting', 'persen', 'kualitas', 'minimal', 'terakhir'],
    ['dinkes.kunjungan-rawat-jalan', 'Jumlah kunjungan rawat jalan yang dilayani', 'kunjungan', 'kuantitas', 'maksimal', 'jumlah'],
    ['dinkes.rekam-medis-lengkap', 'Persentase rekam medis lengkap dalam 1x24 jam', 'persen', 'kualitas', 'maksimal', 'rata-rata'],
  ],
  disdukcapil: [
    ['disdukcapil.ktp-el-terbit', 'Jumlah KTP-el yang diterbitkan', 'keping', 'kuantitas', 'maksimal', 'jumlah'],
    ['disdukcapil.akta-lahir', 'Persentase anak 0–18 tahun memiliki akta kelahiran', 'persen', 'kuantitas', 'maksimal', 'rata-rata'],
    ['disdukcapil.waktu-layanan', 'Rata-rata waktu penyelesaian dokumen kependudukan', 'hari', 'waktu', 'minimal', 'rata-rata'],
  ],
};
const SKM_INDICATOR = {
  id: 'disdukcapil.ikm-ktp-el',
  nama: 'IKM layanan KTP-el',
  satuan: 'indeks',
  aspek: 'kualitas',
  polaritas: 'maksimal',
  sumber: 'skm',
  skm_lingkup: 'layanan',
  skm_layanan: 'KTP-el',
};

// unit, jabatan, jenjang, role index of supervisor in this list (or null), gender
const PEOPLE = [
  ['setda', 'Sekretaris Daerah', null, null],
  ['setda', 'Kepala Bagian Organisasi', null, 0],
  ['setda', 'Kepala Bagian Umum', null, 0],
  ['setda', 'Analis Kebijakan Ahli Muda', 'ahli-muda', 1],
  ['setda', 'Pranata Komputer Ahli Pertama', 'ahli-pertama', 2],
  ['setda', 'Pengadministrasi Perkantoran', null, 2],
  ['bappeda', 'Kepala Bappeda', null, 0],
  ['bappeda', 'Sekretaris Bappeda', null, 6],
  ['bappeda', 'Perencana Ahli Madya', 'ahli-madya', 6],
  ['bappeda', 'Perencana Ahli Muda', 'ahli-muda', 8],
  ['bappeda', 'Perencana Ahli Pertama', 'ahli-pertama', 8],
  ['bappeda', 'Statistisi Ahli Pertama', 'ahli-pertama', 7],
  ['bappeda', 'Penata Kelola Sistem dan Teknologi Informasi', null, 7],
  ['dinkes', 'Kepala Dinas Kesehatan', null, 0],
  ['dinkes', 'Sekretaris Dinas Kesehatan', null, 13],
  ['dinkes', 'Kepala Bidang Pencegahan dan Pengendalian Penyakit', null, 13],
  ['dinkes', 'Kepala Bidang Pelayanan Kesehatan', null, 13],
  ['dinkes', 'Epidemiolog Kesehatan Ahli Muda', 'ahli-muda', 15],
  ['dinkes', 'Administrator Kesehatan Ahli Pertama', 'ahli-pertama', 14],
  ['puskesmas-sukamaju', 'Kepala UPTD Puskesmas Sukamaju', null, 13],
  ['puskesmas-sukamaju', 'Dokter Ahli Pertama', 'ahli-pertama', 19],
  ['puskesmas-sukamaju', 'Perawat Terampil', 'terampil', 19],
  ['puskesmas-sukamaju', 'Perawat Ahli Pertama', 'ahli-pertama', 19],
  ['puskesmas-sukamaju', 'Bidan Terampil', 'terampil', 19],
  ['puskesmas-sukamaju', 'Sanitarian Mahir', 'mahir', 19],
  ['disdukcapil', 'Kepala Dinas Kependudukan dan Pencatatan Sipil', null, 0],
  ['disdukcapil', 'Sekretaris Disdukcapil', null, 25],
  ['disdukcapil', 'Kepala Bidang Pelayanan Pendaftaran Penduduk', null, 25],
  ['disdukcapil', 'Kepala Bidang Pelayanan Pencatatan Sipil', null, 25],
  ['disdukcapil', 'Administrator Database Kependudukan Ahli Pertama', 'ahli-pertama', 27],
  ['disdukcapil', 'Pengolah Data Kependudukan', null, 27],
  ['disdukcapil', 'Verifikator Akta Pencatatan Sipil', null, 28],
  ['disdukcapil', 'Operator Layanan Kependudukan', null, 27],
];
const FIRST = [
  'Siti',
  'Budi',
  'Dewi',
  'Agus',
  'Rina',
  'Hendra',
  'Wulan',
  'Andi',
  'Fitri',
  'Yusuf',
  'Lestari',
  'Rahmat',
  'Nur',
  'Dian',
  'Eko',
  'Ayu',
  'Fajar',
  'Indah',
  'Joko',
  'Maya',
  'Rizki',
  'Sri',
  'Teguh',
  'Putri',
  'Bayu',
  'Ratna',
  'Imam',
  'Novi',
  'Arif',
  'Yanti',
  'Dedi',
  'Sari',
  'Hadi',
];
const LAST = [
  'Rahmawati',
  'Santoso',
  'Lestari',
  'Setiawan',
  'Marlina',
  'Gunawan',
  'Sari',
  'Pratama',
  'Handayani',
  'Hidayat',
  'Kusuma',
  'Saputra',
  'Wijaya',
  'Nugroho',
  'Permata',
  'Siregar',
  'Hasibuan',
  'Sembiring',
  'Lubis',
  'Harahap',
  'Utami',
  'Purnomo',
  'Susanti',
  'Firmansyah',
  'Ningsih',
];

const usedNips = new Set();
function makeNip(i, { pppk = false } = {}) {
  const senior = PEOPLE[i][3] === null || PEOPLE[i][3] === 0;
  const middle = /^(Kepala|Sekretaris)/.test(PEOPLE[i][1]);
  const by = senior ? int(1968, 1976) : middle ? int(1972, 1985) : int(1978, 1997);
  const birth = `${by}${pad(int(1, 12))}${pad(int(1, 28))}`;
  const gender = rand() < 0.5 ? '1' : '2';
  for (let serial = 1; ; serial++) {
    let nip;
    if (pppk) nip = `${birth}${2022 + int(0, 2)}2${int(1, 9)}${gender}${pad(serial, 3)}`;
    else nip = `${birth}${Math.min(by + int(22, 28), 2023)}${pad(int(1, 12))}${gender}${pad(serial, 3)}`;
    if (!usedNips.has(nip)) {
      usedNips.add(nip);
      return nip;
    }
  }
}

// Pangkat and golongan ruang for the Dokumen's identity blocks, from the jabatan (no random draw).
const PANGKAT = {
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
};
function golonganOf(jabatan, jenjang, pppk) {
  if (pppk) return jenjang === 'terampil' ? 'VII' : 'IX';
  if (/^(Kepala Dinas|Kepala Badan|Sekretaris Daerah)/.test(jabatan)) return 'IV/c';
  if (/^(Kepala Bidang|Kepala Bagian|Sekretaris)/.test(jabatan)) return 'IV/a';
  if (/^Kepala/.test(jabatan)) return 'III/d';
  return (
    { 'ahli-madya': 'IV/b', 'ahli-muda': 'III/d', 'ahli-pertama': 'III/b', penyelia: 'III/c', mahir: 'III/a', terampil: 'II/d' }[jenjang] ??
    'III/a'
  );
}

const people = PEOPLE.map(([unit, jabatan, jenjang, atasan], i) => {
  const gelar = /Dokter/.test(jabatan) ? 'dr. ' : '';
  const nama = `${gelar}${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
  const pppk = jabatan === 'Bidan Terampil' || jabatan === 'Operator Layanan Kependudukan';
  const golongan = golonganOf(jabatan, jenjang, pppk);
  return { i, unit, jabatan, jenjang, atasan, nama, nip: makeNip(i, { pppk }), golongan, pangkat: PANGKAT[golongan] };
});
// Unit heads (pimpinan): the first person of each unit.
for (const u of units) {
  const head = people.find((p) => p.unit === u.id);
  if (head) u.pimpinan = head.nip;
}

// ---- SKPs -----------------------------------------------------------------------------------
const catalogueOf = (unit) => katalog[unit === 'puskesmas-sukamaju' ? 'dinkes' : unit];
function targetFor([, , satuan, , polaritas, konsolidasi]) {
  if (satuan === 'persen') return polaritas === 'minimal' ? 14 : int(85, 95);
  if (satuan === 'hari') return { min: 1, maks: 3 };
  if (satuan === 'nilai') return 80;
  if (konsolidasi === 'jumlah') return pick([4, 6, 12, 24, 120, 1200, 3600]);
  return 100;
}
for (const p of people) {
  const cat = catalogueOf(p.unit);
  const boss = p.atasan === null ? null : people[p.atasan];
  const nRhk = 2 + (p.i % 3 === 0 ? 1 : 0);
  p.rhk = [];
  for (let r = 0; r < nRhk; r++) {
    const jenis = r === 2 ? 'tambahan' : 'utama';
    const indicators = [];
    const first = cat[(p.i + r) % cat.length];
    indicators.push({ ref: first[0], def: first, target: targetFor(first) });
    if (r === 0 && p.i % 4 === 1) {
      indicators.push({
        inline: true,
        id: 'laporan-tepat-waktu',
        nama: 'Laporan kinerja triwulanan diserahkan paling lambat (hari setelah triwulan)',
        satuan: 'hari',
        aspek: 'waktu',
        polaritas: 'minimal',
        konsolidasi: 'rata-rata',
        target: { min: 3, maks: 7 },
      });
    }
    p.rhk.push({
      id: `rhk-${r + 1}`,
      jenis,
      indicators,
      intervensi: boss && jenis === 'utama' ? (boss.rhkIds?.[r % 2] ?? 'rhk-1') : undefined,
    });
  }
  if (p.unit === 'disdukcapil' && p.atasan === 0) {
    p.rhk[0].indicators.push({ ref: SKM_INDICATOR.id, def: null, target: 85, skm: true });
  }
  p.rhkIds = p.rhk.filter((r) => r.jenis === 'utama').map((r) => r.id);
  p.bobot = p.i % 5 === 2 ? [60, 40] : null;
}

const y = (v) => (typeof v === 'string' && /[:#'"{}[\],&*?|<>=!%@`]/.test(v) ? JSON.stringify(v) : String(v));
const targetYaml = (t) => (typeof t === 'number' ? String(t) : `{ min: ${t.min}, maks: ${t.maks} }`);

function skpYaml(p) {
  const boss = p.atasan === null ? null : people[p.atasan];
  // Quoted, as the docs advise: an editor reads an unquoted NIP as a number (NIP_TANPA_KUTIP).
  const nip = `"${p.nip}"`;
  const lines = [
    '# yaml-language-server: $schema=../../../../schemas/skp.schema.json',
    'kind: skp',
    `tahun: ${TAHUN}`,
    'pegawai:',
    `  nip: ${nip}`,
    `  nama: ${y(p.nama)}`,
    ...(p.pangkat ? [`  pangkat: ${p.pangkat}`] : []),
    `  golongan: ${p.golongan}`,
    `  jabatan: ${y(p.jabatan)}`,
    ...(p.jenjang ? [`  jenjang: ${p.jenjang}`] : []),
    `  unit: ${p.unit}`,
    ...(p.masa ? ['masa:', `  mulai: "${p.masa[0]}"`, `  selesai: "${p.masa[1]}"`] : []),
    'penilai:',
    ...(boss
      ? [`  nip: "${boss.nip}"`, `  nama: ${y(boss.nama)}`]
      : ['  nama: Wali Kota Contoh          # pejabat negara, tanpa NIP', '  jabatan: Wali Kota']),
    'hasil_kerja:',
  ];
  let u = 0;
  for (const r of p.rhk) {
    lines.push(`  - id: ${r.id}`, `    jenis: ${r.jenis}`, `    uraian: ${y(uraian(p, r))}`);
    if (r.intervensi) lines.push(`    intervensi: ${r.intervensi}`);
    if (p.bobot && r.jenis === 'utama') lines.push(`    bobot: ${p.bobot[u++]}`);
    lines.push('    indikator:');
    for (const ind of r.indicators) {
      if (ind.inline) {
        lines.push(
          `      - id: ${ind.id}`,
          `        nama: ${y(ind.nama)}`,
          `        satuan: ${ind.satuan}`,
          `        aspek: ${ind.aspek}`,
          `        polaritas: ${ind.polaritas}`,
          `        konsolidasi: ${ind.konsolidasi}`,
          `        target: ${targetYaml(ind.target)}`,
        );
      } else {
        lines.push(`      - ref: ${ind.ref}`, `        target: ${targetYaml(ind.target)}`);
      }
    }
  }
  // The supervisor's ekspektasi khusus for some (the Dokumen's perilaku table shows them).
  if (p.i % 5 === 0)
    lines.push(
      'perilaku:',
      '  ekspektasi_khusus:',
      '    berorientasi_pelayanan: Menanggapi keluhan warga paling lambat 1x24 jam',
      '    kolaboratif: Berbagi data dengan unit lain tanpa menunggu surat permintaan',
    );
  return lines.join('\n') + '\n';
}
function uraian(p, r) {
  const base = {
    setda: [
      'Terwujudnya tata kelola pemerintahan yang akuntabel',
      'Meningkatnya kualitas layanan administrasi pimpinan',
      'Terlaksananya tugas tambahan koordinasi reformasi birokrasi',
    ],
    bappeda: [
      'Tersusunnya dokumen perencanaan pembangunan yang selaras',
      'Meningkatnya kualitas perencanaan berbasis data',
      'Terlaksananya pendampingan musrenbang kelurahan',
    ],
    dinkes: [
      'Meningkatnya derajat kesehatan masyarakat',
      'Meningkatnya mutu pelayanan kesehatan dasar',
      'Terlaksananya tugas tambahan sebagai tim penanganan KLB',
    ],
    'puskesmas-sukamaju': [
      'Meningkatnya cakupan pelayanan kesehatan di wilayah kerja',
      'Meningkatnya mutu layanan dan rekam medis',
      'Terlaksananya tugas tambahan posyandu lansia',
    ],
    disdukcapil: [
      'Meningkatnya cakupan kepemilikan dokumen kependudukan',
      'Meningkatnya kecepatan dan kepuasan layanan adminduk',
      'Terlaksananya jemput bola perekaman KTP-el',
    ],
  }[p.unit];
  const own = base[Number(r.id.slice(4)) - 1];
  // A cascaded RHK names the employee's own part in the one it intervenes in (the head's is the unit's).
  return r.intervensi && r.jenis === 'utama' ? `${own} melalui tugas ${p.jabatan}` : own;
}

// ---- CSV data -------------------------------------------------------------------------------
const dec = (x, d = 2) => {
  const s = x.toFixed(d).replace(/\.?0+$/, '');
  return s.replace('.', ',');
};
// A cell holding the delimiter, a quote or a line break is quoted, as Excel writes it.
const cell = (v) => (/[;"\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const csv = (header, rows) => '\ufeff' + [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
const TW = [1, 2, 3, 4].map((q) => `${TAHUN}-TW${q}`);

// The supervisor's umpan balik (the rows' catatan), for the Dokumen Evaluasi Kinerja: on the first
// indicator of the first RHK at mid-year and at year end. Chosen by position, not drawn: adding them
// leaves every random number of the example as it was.
const FEEDBACK = [
  'Sesuai rencana, bukti dukung lengkap',
  'Perlu percepatan pada triwulan berikutnya',
  'Melampaui target berkat koordinasi lintas bidang',
];
function feedback(p, r, q) {
  if (r !== p.rhk[0] || (q !== 1 && q !== 3)) return '';
  return FEEDBACK[(p.i + q) % FEEDBACK.length];
}
const BEHAVIOUR_FEEDBACK = [
  'Responsif terhadap keluhan warga, pertahankan',
  'Disiplin waktu baik, tingkatkan berbagi pengetahuan dengan rekan',
  'Aktif berkolaborasi lintas unit',
];
function behaviourFeedback(p, periode) {
  if (p.i % 2 === 1) return '';
  return BEHAVIOUR_FEEDBACK[(p.i + (periode.endsWith('S1') ? 0 : 1)) % BEHAVIOUR_FEEDBACK.length];
}

const realisasi = [];
for (const p of people) {
  const skill = between(0.88, 1.12);
  for (const r of p.rhk) {
    for (const ind of r.indicators) {
      if (ind.skm) continue;
      const key = ind.inline ? ind.id : ind.ref;
      const def = ind.inline ? [key, '', ind.satuan, ind.aspek, ind.polaritas, ind.konsolidasi] : ind.def;
      for (const [q, periode] of TW.entries()) {
        let v;
        const t = ind.target;
        if (typeof t === 'object') v = int(Math.max(0, t.min - 1), t.maks + 1);
        else if (def[5] === 'jumlah') v = Math.round((t / 4) * skill * between(0.9, 1.1));
        else if (def[4] === 'minimal') v = Number(((t * between(0.85, 1.1)) / skill).toFixed(1));
        else if (def[2] === 'persen') v = Math.min(100, Number((t * skill * between(0.97, 1.03)).toFixed(2)));
        else v = Number((t * skill * between(0.95, 1.05)).toFixed(1));
        // One quarter left blank by an officer who had not reported yet: "not reported", never zero.
        const blank = p.i === 30 && q === 3;
        realisasi.push([p.nip, periode, key, blank ? '' : dec(v), blank ? 'belum dilaporkan' : feedback(p, r, q)]);
      }
    }
  }
}

const NILAI = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'];
const perilaku = [];
for (const periode of [`${TAHUN}-S1`, `${TAHUN}-S2`]) {
  for (const p of people) {
    const base = between(2.9, 4.3);
    const score = () => dec(Math.max(1, Math.min(5, Math.round((base + between(-0.6, 0.6)) * 2) / 2)), 1);
    const raters = [];
    if (p.atasan !== null) raters.push([people[p.atasan].nip, 'atasan']);
    const peers = people.filter((o) => o.unit === p.unit && o !== p && o.atasan === p.atasan);
    for (const peer of peers.slice(0, 2)) raters.push([peer.nip, 'rekan']);
    for (const sub of people.filter((o) => o.atasan === p.i).slice(0, 2)) raters.push([sub.nip, 'bawahan']);
    for (const [rater, peran] of raters)
      perilaku.push([p.nip, periode, rater, peran, ...NILAI.map(score), peran === 'atasan' ? behaviourFeedback(p, periode) : '']);
  }
}

const penilaian = [];
for (const p of people.filter((_, i) => i % 4 === 0)) {
  const hk = pick(['Sesuai Ekspektasi', 'Sesuai Ekspektasi', 'Di Atas Ekspektasi']);
  penilaian.push([
    p.nip,
    String(TAHUN),
    hk,
    pick(['Sesuai Ekspektasi', 'Di Atas Ekspektasi']),
    hk === 'Di Atas Ekspektasi' ? 'inovasi layanan' : '',
  ]);
}

const skm = [];
const petugasCapil = people.filter((p) => p.unit === 'disdukcapil' && p.atasan !== null && p.atasan !== 0).map((p) => p.nip);
const petugasPkm = people.filter((p) => p.unit === 'puskesmas-sukamaju' && p.atasan !== 0).map((p) => p.nip);
let responden = 1;
for (const [unit, layananList, petugas, n, mood] of [
  ['disdukcapil', ['KTP-el', 'Kartu Keluarga', 'Akta Kelahiran'], petugasCapil, 180, 3.25],
  ['puskesmas-sukamaju', ['Rawat Jalan', 'Imunisasi'], petugasPkm, 120, 3.4],
]) {
  for (let k = 0; k < n; k++) {
    const month = 1 + Math.floor((k / n) * 12);
    const tanggal = `${pad(int(1, 28))}/${pad(month)}/${TAHUN}`;
    const answers = Array.from({ length: 9 }, (_, u) => {
      if (u === 3 && unit === 'disdukcapil') return '4'; // layanan gratis: biaya sangat sesuai
      return String(Math.max(1, Math.min(4, Math.round(mood + between(-1.1, 0.9)))));
    });
    skm.push([unit, tanggal, pick(layananList), pick(petugas), `R${pad(responden++, 4)}`, ...answers]);
  }
}

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/^dr\. /, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// ---- the cases [6] added (RULES.md §2.0, §3), written without drawing from the random stream -------
// A mutasi with a promotion: the database administrator of Disdukcapil (ahli-pertama) moves to the
// Sekretariat Daerah as Pranata Komputer Ahli Muda from July. Two SKPs, two masa, two jenjang.
const mover = people.find((p) => p.jabatan === 'Administrator Database Kependudukan Ahli Pertama');
const setdaHead = people.find((p) => p.nip === units.find((u) => u.id === 'setda').pimpinan);
mover.masa = [`${TAHUN}-01`, `${TAHUN}-06`];
// The first SKP's jumlah targets are for its six months; its rows end with the second quarter.
for (const r of mover.rhk)
  for (const ind of r.indicators) if (!ind.inline && ind.def?.[5] === 'jumlah') ind.target = Math.round(ind.target / 2);
const moverKeys = new Set(mover.rhk.flatMap((r) => r.indicators.map((ind) => (ind.inline ? ind.id : ind.ref))));
for (let k = realisasi.length - 1; k >= 0; k--) {
  const [nip, periode, key] = realisasi[k];
  if (nip === mover.nip && moverKeys.has(key) && (periode.endsWith('TW3') || periode.endsWith('TW4'))) realisasi.splice(k, 1);
}
const [kebijakan, layanan] = katalog.setda;
const moved = {
  ...mover,
  unit: 'setda',
  jabatan: 'Pranata Komputer Ahli Muda',
  jenjang: 'ahli-muda',
  atasan: setdaHead.i,
  masa: [`${TAHUN}-07`, `${TAHUN}-12`],
  slug: `${slug(mover.nama)}-${TAHUN}-07`,
  bobot: null,
  rhk: [
    { id: 'rhk-1', jenis: 'utama', indicators: [{ ref: kebijakan[0], def: kebijakan, target: 2 }], intervensi: setdaHead.rhkIds[0] },
    { id: 'rhk-2', jenis: 'utama', indicators: [{ ref: layanan[0], def: layanan, target: 90 }], intervensi: setdaHead.rhkIds[1] },
  ],
};
people.push(moved);
realisasi.push(
  [moved.nip, `${TAHUN}-TW3`, kebijakan[0], '1', ''],
  [moved.nip, `${TAHUN}-TW4`, kebijakan[0], '1', 'rancangan perwali SPBE'],
  [moved.nip, `${TAHUN}-TW3`, layanan[0], '88,5', ''],
  [moved.nip, `${TAHUN}-TW4`, layanan[0], '94', ''],
);
// From July the 360° ratings come from the new unit: the Sekretaris Daerah as atasan, two colleagues.
const setdaPeers = people.filter((p) => p.unit === 'setda' && p.atasan === setdaHead.i && p !== moved);
let peer = 0;
for (const row of perilaku) {
  if (row[0] !== mover.nip || row[1] !== `${TAHUN}-S2`) continue;
  if (row[3] === 'atasan') row[2] = setdaHead.nip;
  else if (row[3] === 'rekan') row[2] = setdaPeers[peer++ % setdaPeers.length].nip;
}

// A curve that passes: the head of Bappeda rates one planner Di Bawah Ekspektasi (two planning documents
// late), which gives Bappeda the Butuh Perbaikan its Baik curve requires (SE 3/2023).
const planner = people.find((p) => p.jabatan === 'Perencana Ahli Muda');
penilaian.push([planner.nip, String(TAHUN), 'Di Bawah Ekspektasi', '', 'dua dokumen perencanaan terlambat ditetapkan']);

// A periodic organisation result (SE 3/2023): the Puskesmas is Istimewa for the year and Baik for the
// first semester, so `score --periode 2026-S1` checks its curve too.
units.find((u) => u.id === 'puskesmas-sukamaju').predikat_organisasi = { [String(TAHUN)]: 'Istimewa', [`${TAHUN}-S1`]: 'Baik' };
// In that semester exactly half of one midwife's utama RHKs are below expectation: the Lampiran's rule
// decides nothing (RATING_PERLU_PENILAI), so the head of the Puskesmas decides for the semester.
const midwife = people.find((p) => p.unit === 'puskesmas-sukamaju' && p.nama === 'Bayu Lubis');
penilaian.push([midwife.nip, `${TAHUN}-S1`, 'Sesuai Ekspektasi', '', 'diputuskan penilai: separuh RHK di bawah ekspektasi']);

// ---- write ----------------------------------------------------------------------------------
rmSync(root, { recursive: true, force: true });
const write = (rel, text) => {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
};
write(
  'asn-kinerja.yaml',
  [
    '# yaml-language-server: $schema=../../schemas/konfigurasi.schema.json',
    'kind: konfigurasi',
    'instansi: Pemerintah Kota Contoh',
    'tempat: Kota Contoh',
    `tahun: ${TAHUN}`,
    'metode: permenpan-rb-6-2022',
    'hasil_kerja:',
    '  ambang: { di_atas: 100, sesuai: 90 }',
    'perilaku:',
    '  bobot_peran: { atasan: 60, rekan: 20, bawahan: 20, diri: 0 }',
    'kurva:',
    '  minimal_pegawai: 5',
    'abaikan:',
    '  - "arsip/**"',
    '',
  ].join('\n'),
);
write(
  'unit-kerja.yaml',
  [
    '# yaml-language-server: $schema=../../schemas/unit-kerja.schema.json',
    'kind: unit-kerja',
    'unit:',
    ...units.flatMap((u) => [
      `  - id: ${u.id}`,
      `    nama: ${y(u.nama)}`,
      ...(u.induk ? [`    induk: ${u.induk}`] : []),
      ...(typeof u.predikat_organisasi === 'string'
        ? [`    predikat_organisasi: ${u.predikat_organisasi}`]
        : ['    predikat_organisasi:', ...Object.entries(u.predikat_organisasi).map(([k, v]) => `      "${k}": ${v}`)]),
      ...(u.pimpinan ? [`    pimpinan: "${u.pimpinan}"`] : []),
      ...(u.populasi_layanan ? [`    populasi_layanan: ${u.populasi_layanan}`] : []),
    ]),
    '',
  ].join('\n'),
);
for (const [unit, list] of Object.entries(katalog)) {
  const entries = list.map(([id, nama, satuan, aspek, polaritas, konsolidasi]) =>
    [
      `  - id: ${id}`,
      `    nama: ${y(nama)}`,
      `    satuan: ${satuan}`,
      `    aspek: ${aspek}`,
      `    polaritas: ${polaritas}`,
      `    konsolidasi: ${konsolidasi}`,
    ].join('\n'),
  );
  if (unit === 'disdukcapil') {
    const s = SKM_INDICATOR;
    entries.push(
      [
        `  - id: ${s.id}`,
        `    nama: ${s.nama}`,
        `    satuan: ${s.satuan}`,
        `    aspek: ${s.aspek}`,
        `    polaritas: ${s.polaritas}`,
        `    sumber: ${s.sumber}`,
        `    skm_lingkup: ${s.skm_lingkup}`,
        `    skm_layanan: ${s.skm_layanan}`,
      ].join('\n'),
    );
  }
  write(
    `katalog/${unit}.yaml`,
    [
      '# yaml-language-server: $schema=../../../schemas/katalog-indikator.schema.json',
      'kind: katalog-indikator',
      'indikator:',
      ...entries,
      '',
    ].join('\n'),
  );
}
for (const p of people) write(`skp/${p.unit}/${p.slug ?? slug(p.nama)}.yaml`, skpYaml(p));
write('data/realisasi-2026.csv', csv(['nip', 'periode', 'indikator', 'realisasi', 'catatan'], realisasi));
write('data/perilaku-2026.csv', csv(['nip', 'periode', 'penilai_nip', 'peran', ...NILAI, 'catatan'], perilaku));
write('data/penilaian-2026.csv', csv(['nip', 'periode', 'rating_hasil_kerja', 'rating_perilaku', 'catatan'], penilaian));
write(
  'data/skm-2026.csv',
  csv(['unit', 'tanggal', 'layanan', 'nip_petugas', 'responden_id', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'], skm),
);
const employees = new Set(people.map((p) => p.nip)).size;
write(
  'README.md',
  `# Kota Contoh — contoh workspace asn-kinerja

Dibuat oleh \`node scripts/make-example.mjs\` (deterministik). ${units.length} unit kerja, ${employees} pegawai,
SKP ${TAHUN} dengan RHK berjenjang (intervensi), katalog indikator per perangkat daerah, dan ekspor CSV
triwulanan dalam dialek Excel berlokal Indonesia (BOM UTF-8, pemisah \`;\`, koma desimal, CRLF).

- \`asn-kinerja.yaml\` — konfigurasi; \`unit-kerja.yaml\` — struktur organisasi
- \`katalog/\` — definisi indikator; \`skp/<unit>/\` — SKP per pegawai
- \`data/\` — realisasi per triwulan, perilaku 360° per semester, penilaian eksplisit atasan, survei SKM

Kasus yang sengaja ada di dalamnya:

- **Mutasi dengan promosi** — ${mover.nama} (${mover.nip}) pindah dari Disdukcapil ke Sekretariat Daerah
  mulai Juli: dua SKP (\`skp/disdukcapil/${slug(mover.nama)}.yaml\` masa ${mover.masa.join('..')}, ahli-pertama;
  \`skp/setda/${moved.slug}.yaml\` masa ${moved.masa.join('..')}, ahli-muda). Ia tercatat sekali, di unit SKP
  terakhirnya; capaiannya rata-rata kedua SKP berbobot bulan; angka kreditnya dihitung per SKP dengan
  jenjangnya masing-masing. Coba \`asn-kinerja score . --explain ${mover.nip}\`.
- **Kurva yang sesuai** — Bappeda (predikat organisasi Baik): kepala Bappeda menilai satu perencana
  Di Bawah Ekspektasi, sehingga ada Butuh Perbaikan yang disyaratkan SE MenPAN-RB 3/2023. Unit lain
  tidak sesuai kurvanya dan mendapat \`saran\`.
- **Predikat organisasi berkala** — Puskesmas Sukamaju: Istimewa untuk tahun ${TAHUN}, Baik untuk
  ${TAHUN}-S1; \`asn-kinerja score . --periode ${TAHUN}-S1\` memeriksa kurva semester itu.
`,
);
console.log(
  `examples/kota-contoh: ${units.length} units, ${employees} employees, ${realisasi.length} realisasi rows, ${perilaku.length} perilaku rows, ${skm.length} SKM rows`,
);
