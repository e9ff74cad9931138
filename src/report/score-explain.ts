/**
 * `score --explain NIP`: every step from each row (file:line) to the predikat, with the rule and the
 * threshold used, in words the employee concerned can follow. Text under `table`, `jejak` under json.
 */
import { roundReport } from '../core/number.js';
import type { ResolvedConfig } from '../core/config.js';
import type { Periode } from '../core/period.js';
import { bacaRealisasi, type CollectedRows, type PegawaiSkor } from '../core/score/index.js';
import { KOEFISIEN, PERSEN_PREDIKAT, type Jenjang } from '../core/rules/permenpan-rb-6-2022/angka-kredit.js';
import type { Lang } from '../i18n/messages.js';

interface Langkah {
  tingkat: number;
  teks: string;
  sumber?: string;
}

export function formatExplain(
  p: PegawaiSkor,
  o: {
    rows: CollectedRows;
    paths: string[];
    config: ResolvedConfig;
    versiMetode: string;
    periode: Periode;
    lang: Lang;
    format: 'text' | 'json';
  },
): string {
  const id = o.lang === 'id';
  const n = (x: number | null) => (x === null ? '–' : String(roundReport(x, 2)));
  const steps: Langkah[] = [];
  const say = (tingkat: number, teks: string, sumber?: string) => steps.push({ tingkat, teks, ...(sumber ? { sumber } : {}) });
  const where = (origin: { file: number; line: number }) => `${o.paths[origin.file]}:${origin.line}`;
  const { hasilKerja: hk, perilaku: pk } = o.config;

  say(0, `${p.nama} (${p.nip}) · ${p.unit} · ${o.periode.kode} · ${o.config.metode} ${o.versiMetode}`);
  if (p.alasan.includes('SKP_TIDAK_VALID')) {
    say(
      0,
      id ? 'SKP berisi error; tidak dinilai. Jalankan asn-kinerja validate.' : 'The SKP has errors; not scored. Run asn-kinerja validate.',
    );
  } else {
    say(0, id ? 'Hasil kerja' : 'Work results');
    const rows = o.rows.realisasi.get(p.nip);
    for (const rhk of p.hasil_kerja) {
      say(1, `${rhk.id} (${rhk.jenis}${rhk.bobot !== null ? `, bobot ${rhk.bobot}` : ''})`);
      for (const ind of rhk.indikator) {
        say(2, `${id ? 'Indikator' : 'Indicator'} ${ind.id}`);
        for (const r of bacaRealisasi(rows?.get(ind.id) ?? [], o.periode.tahun)) say(3, `${r.periode.kode}: ${r.nilai}`, where(r.origin));
        if (ind.realisasi === null) {
          say(
            3,
            id ? 'tidak ada realisasi di periode ini → tidak dinilai (bukan nol)' : 'no realisation in this period → not scored (not zero)',
          );
          continue;
        }
        const t = (x: typeof ind.target) => (x === null ? '–' : typeof x === 'number' ? n(x) : `${n(x.min)}–${n(x.maks)}`);
        const cara = ind.cara;
        const how = {
          jumlah: id ? 'jumlah baris' : 'sum of the rows',
          'rata-rata': id ? 'rata-rata berbobot bulan' : 'mean weighted by months',
          terakhir: id ? 'baris yang berakhir paling akhir' : 'the row that ends last',
          skm: id ? 'nilai IKM dari survei (PermenPAN-RB 14/2017)' : 'IKM nilai from the survey (PermenPAN-RB 14/2017)',
        }[cara.konsolidasi];
        say(
          3,
          `${id ? 'realisasi' : 'realisation'} = ${n(ind.realisasi)} (${how}${ind.bulan_tercakup !== null ? `, ${ind.bulan_tercakup} ${id ? 'bulan tercakup' : 'months covered'}` : ''})`,
        );
        const prorata =
          cara.konsolidasi === 'jumlah' && ind.bulan_tercakup !== null && ind.bulan_tercakup < 12 && cara.targetTahunan !== null
            ? ` = ${t(cara.targetTahunan)} × ${ind.bulan_tercakup}/12 (${id ? 'diprorata ke bulan tercakup' : 'pro-rated to the months covered'})`
            : '';
        say(3, `target = ${t(ind.target)}${prorata}`);
        const T = ind.target;
        const formula =
          typeof T === 'object' && T !== null
            ? ind.realisasi! >= T.min && ind.realisasi! <= T.maks
              ? id
                ? 'di dalam rentang → 100'
                : 'inside the range → 100'
              : id
                ? 'di luar rentang: batas terdekat sebagai target'
                : 'outside the range: the nearer bound is the target'
            : cara.polaritas === 'maksimal'
              ? `${n(ind.realisasi)} × 100 / ${t(T)}`
              : `(2 − ${n(ind.realisasi)} / ${t(T)}) × 100`;
        const clamp =
          cara.dibatasi === 'atas'
            ? id
              ? `, dibatasi ${hk.batasCapaian}`
              : `, capped at ${hk.batasCapaian}`
            : cara.dibatasi === 'bawah'
              ? id
                ? ', paling rendah 0'
                : ', floored at 0'
              : '';
        say(3, `capaian = ${formula} = ${n(ind.capaian)} % (${cara.polaritas}${clamp}; RULES.md §2.3)`);
      }
      say(2, `capaian RHK = ${n(rhk.capaian)} (${id ? 'rata-rata indikator' : 'mean of its indicators'})`);
    }
    say(
      1,
      `capaian hasil kerja = ${n(p.capaian_hasil_kerja)} (${id ? 'rata-rata berbobot RHK utama' : 'weighted mean of the utama RHKs'})`,
    );
    say(
      1,
      `${id ? 'rating dihitung' : 'computed rating'}: ${p.rating_hasil_kerja_dihitung ?? '–'} (${id ? 'di atas bila' : 'Di Atas when'} > ${hk.ambang.diAtas}, ${id ? 'sesuai bila' : 'Sesuai when'} ≥ ${hk.ambang.sesuai})`,
    );
    say(
      1,
      `rating hasil kerja = ${p.rating_hasil_kerja ?? '–'} (${id ? 'sumber' : 'source'}: ${p.sumber_rating.hasil_kerja ?? '–'}; penilai > organisasi > dihitung)`,
    );

    say(0, id ? 'Perilaku kerja (BerAKHLAK)' : 'Work behaviour (BerAKHLAK)');
    for (const r of o.rows.perilaku.get(p.nip) ?? [])
      say(1, `${r.periode.kode} ${r.peran} ${r.penilaiNip}: ${r.nilai.map((v) => (v === null ? '–' : v)).join(' ')}`, where(r.origin));
    if (p.perilaku) {
      for (const [peran, s] of Object.entries(p.perilaku.peran)) {
        if (s.penilai > 0)
          say(
            1,
            `${peran}: ${n(s.skor)} (${s.penilai} ${id ? 'penilai' : 'rater(s)'}, bobot ${pk.bobotPeran[peran as keyof typeof pk.bobotPeran]}${s.cukup ? '' : id ? ', kurang dari minimal: tidak dihitung' : ', below the minimum: left out'})`,
          );
      }
    }
    say(
      1,
      `nilai perilaku = ${n(p.nilai_perilaku)}; ${id ? 'rating dihitung' : 'computed rating'} ${p.rating_perilaku_dihitung ?? '–'} (Di Atas ≥ ${pk.ambang.diAtas}, Sesuai ≥ ${pk.ambang.sesuai})`,
    );
    say(1, `rating perilaku = ${p.rating_perilaku ?? '–'} (${id ? 'sumber' : 'source'}: ${p.sumber_rating.perilaku ?? '–'})`);
  }
  say(
    0,
    `predikat = ${p.predikat ?? (id ? 'tidak dinilai' : 'not rated')} ${p.predikat ? `(${id ? 'matriks' : 'matrix'} ${p.rating_hasil_kerja} × ${p.rating_perilaku}, PermenPAN-RB 6/2022)` : `(${p.alasan.join(', ')})`}`,
  );
  if (p.angka_kredit !== null && p.predikat !== null && p.jenjang) {
    const j = p.jenjang as Jenjang;
    say(
      0,
      `angka kredit = ${PERSEN_PREDIKAT[p.predikat]} % × ${KOEFISIEN[j]} × ${o.periode.bulanAkhir - o.periode.bulanAwal + 1}/12 = ${n(p.angka_kredit)}`,
    );
  }
  if (o.format === 'json')
    return (
      JSON.stringify(
        { versi_format: 1, nip: p.nip, periode: o.periode.kode, metode: o.config.metode, versi_metode: o.versiMetode, jejak: steps },
        null,
        2,
      ) + '\n'
    );
  return steps.map((s) => `${'  '.repeat(s.tingkat)}${s.teks}${s.sumber ? `   [${s.sumber}]` : ''}`).join('\n') + '\n';
}
