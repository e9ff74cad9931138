/**
 * `score` as tables for a terminal (≤ 100 columns): one table per unit of its own employees, then
 * the unit summary with the predikat distribution drawn against the kurva rule, then the findings.
 */
import Table from 'cli-table3';
import { roundReport } from '../core/number.js';
import type { Finding, FindingCounts } from '../core/findings.js';
import type { PegawaiSkor, UnitSkor } from '../core/score/index.js';
import { renderFinding, type Lang } from '../i18n/messages.js';
import type { Style } from './style.js';

export interface ScoreTableInput {
  pegawai: PegawaiSkor[];
  unit: UnitSkor[];
  temuan: Finding[];
  counts: FindingCounts;
  periode: string;
  metode: string;
  lang: Lang;
  style: Style;
  quiet: boolean;
}

const SHORT: Record<string, string> = { 'Di Atas Ekspektasi': 'Di Atas', 'Sesuai Ekspektasi': 'Sesuai', 'Di Bawah Ekspektasi': 'Di Bawah' };
const LABELS = {
  id: {
    nama: 'Nama',
    capaian: 'Capaian',
    hk: 'HK',
    nilai: 'Nilai',
    pk: 'PK',
    predikat: 'Predikat',
    tanpaUnit: 'Tanpa unit yang dikenal',
    ringkasan: 'Ringkasan unit',
    pegawai: 'pegawai',
    rata: 'rata-rata capaian',
    kurva: 'kurva',
    sesuai: 'sesuai',
    tidak: 'TIDAK sesuai',
    tidakDiperiksa: 'tidak diperiksa',
    saran: 'saran',
    temuan: 'Temuan',
    lagi: 'lagi; lihat --format json',
    tidakDinilai: 'tidak dinilai',
  },
  en: {
    nama: 'Name',
    capaian: 'Capaian',
    hk: 'HK',
    nilai: 'Nilai',
    pk: 'PK',
    predikat: 'Predikat',
    tanpaUnit: 'No known unit',
    ringkasan: 'Unit summary',
    pegawai: 'employees',
    rata: 'mean capaian',
    kurva: 'kurva',
    sesuai: 'fits',
    tidak: 'does NOT fit',
    tidakDiperiksa: 'not checked',
    saran: 'advice',
    temuan: 'Findings',
    lagi: 'more; see --format json',
    tidakDinilai: 'not rated',
  },
};
const MAX_FINDINGS = 40;

export function formatScoreTable(input: ScoreTableInput): string {
  const L = LABELS[input.lang];
  const { style } = input;
  const out: string[] = [];
  const num = (x: number | null) => (x === null ? '–' : roundReport(x, 2).toFixed(2));
  const chars = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
  const table = (rows: PegawaiSkor[]) => {
    const t = new Table({
      head: ['NIP', L.nama, L.capaian, L.hk, L.nilai, L.pk, L.predikat],
      colWidths: [20, 17, 9, 10, 7, 10, 19],
      style: { head: [], border: [] },
      chars,
      wordWrap: false,
    });
    for (const p of rows) {
      t.push([
        p.nip,
        p.nama,
        num(p.capaian_hasil_kerja),
        SHORT[p.rating_hasil_kerja ?? ''] ?? '–',
        num(p.nilai_perilaku),
        SHORT[p.rating_perilaku ?? ''] ?? '–',
        p.predikat ?? style.dim(L.tidakDinilai),
      ]);
    }
    return t.toString();
  };
  const known = new Set(input.unit.map((u) => u.id));
  out.push(style.bold(`asn-kinerja score · ${input.metode} · ${input.periode}`));
  out.push(
    style.dim(
      input.lang === 'id'
        ? 'HK = rating hasil kerja · Nilai/PK = nilai dan rating perilaku kerja'
        : 'HK = work-result rating · Nilai/PK = behaviour score and rating',
    ),
    '',
  );
  for (const u of input.unit) {
    const own = input.pegawai.filter((p) => p.unit === u.id);
    if (own.length === 0) continue;
    out.push(style.bold(`${u.id} — ${u.nama}`), table(own), '');
  }
  const orphans = input.pegawai.filter((p) => !known.has(p.unit));
  if (orphans.length > 0) out.push(style.bold(L.tanpaUnit), table(orphans), '');

  out.push(style.bold(L.ringkasan));
  for (const u of input.unit) {
    const status = !u.kurva.diperiksa
      ? style.dim(`${L.kurva}: ${L.tidakDiperiksa} (${u.kurva.alasan})`)
      : u.kurva.sesuai
        ? style.ok(`${L.kurva}: ${L.sesuai}`)
        : style.warning(`${L.kurva}: ${L.tidak}`);
    out.push(
      `${style.bold(u.id)}  ${u.jumlah_pegawai} ${L.pegawai} · ${L.rata} ${num(u.rata_rata_capaian)} · ${u.predikat_organisasi ?? '–'} · ${status}`,
    );
    const max = Math.max(1, ...Object.values(u.distribusi));
    for (const [label, n] of Object.entries(u.distribusi)) {
      const rule = u.kurva.pelanggaran.find((p) => p.predikat.includes(label as never));
      const bar = '█'.repeat(Math.round((n / max) * 30));
      const note = rule ? style.warning(` ${rule.aturan} ${rule.batas}`) : '';
      out.push(`  ${label.padEnd(18)} ${String(n).padStart(4)} ${bar}${note}`);
    }
    if (u.saran && u.saran.length > 0) out.push(`  ${L.saran}: ${u.saran.map((s) => `${s.jumlah} ${s.dari} → ${s.ke}`).join('; ')}`);
  }
  out.push('');
  const shown = input.temuan.filter((f) => !(input.quiet && f.tingkat === 'info'));
  out.push(
    style.bold(
      `${L.temuan}: ${input.counts.error} error, ${input.counts.peringatan} ${input.lang === 'id' ? 'peringatan' : 'warning(s)'}, ${input.counts.info} info`,
    ),
  );
  for (const f of shown.slice(0, MAX_FINDINGS)) {
    const where = f.baris !== undefined ? `${f.path}:${f.baris}` : f.path;
    const paint = f.tingkat === 'error' ? style.error : f.tingkat === 'peringatan' ? style.warning : style.info;
    out.push(
      `  ${paint(f.tingkat.padEnd(10))} ${f.kode}  ${where}${f.nip ? ` (${f.nip})` : ''}  ${renderFinding(f.kode, f.args, input.lang).pesan}`,
    );
  }
  if (shown.length > MAX_FINDINGS) out.push(style.dim(`  … ${shown.length - MAX_FINDINGS} ${L.lagi}`));
  return out.join('\n') + '\n';
}
