/** `ikm` reports: json (PRODUCT.md shape), a table an officer would put in the SKM report, csv. */
import Table from 'cli-table3';
import { roundReport } from '../core/number.js';
import type { Finding, FindingCounts } from '../core/findings.js';
import { mutuDari, UNSUR } from '../core/rules/skm-14-2017/ikm.js';
import type { Kelompok, Per } from '../core/score/skm.js';
import { renderFinding, type Lang } from '../i18n/messages.js';
import { toTemuan } from './validate-report.js';
import type { Style } from './style.js';
import type { LaporanIkm } from '../types/generated/laporan-ikm.js';

export interface IkmReportInput {
  periode: string | null;
  per: Per;
  bobot: 'tepat' | '0.111';
  sumber: {
    path: string;
    sha256: string | null;
    baris_dibaca: number;
    baris_dipakai: number;
    baris_ditolak: number;
    baris_diabaikan: number;
  }[];
  kelompok: Kelompok[];
  temuan: Finding[];
  counts: FindingCounts;
  lang: Lang;
}

const r2 = (x: number | null) => (x === null ? null : roundReport(x, 2));
const r4 = (x: number | null) => (x === null ? null : roundReport(x, 4));

export function formatIkmJson(input: IkmReportInput): string {
  const report: LaporanIkm = {
    versi_format: 1,
    periode: input.periode,
    per: input.per,
    bobot: input.bobot,
    sumber: input.sumber,
    kelompok: input.kelompok.map((k) => ({
      kunci: k.kunci,
      unit: k.unit,
      layanan: k.layanan,
      responden: k.responden,
      nrr: k.nrr.map(r4),
      ikm: r4(k.ikm),
      nilai: r2(k.nilai),
      mutu: k.mutu,
      kinerja: k.kinerja,
      unsur_terlemah: k.unsurTerlemah,
      sampel_minimal: k.sampelMinimal,
      sampel_cukup: k.sampelCukup,
    })),
    temuan: input.temuan.map((f) => toTemuan(f, input.lang)),
  };
  return JSON.stringify(report, null, 2) + '\n';
}

export function formatIkmTable(input: IkmReportInput, style: Style): string {
  const id = input.lang === 'id';
  const out: string[] = [
    style.bold(
      `asn-kinerja ikm · PermenPAN-RB 14/2017 · ${input.periode ?? (id ? 'semua periode' : 'all periods')} · per ${input.per} · bobot ${input.bobot}`,
    ),
    '',
  ];
  for (const k of input.kelompok) {
    out.push(style.bold(`${k.kunci}`) + `  ${k.responden} ${id ? 'responden' : 'respondents'}`);
    if (k.responden === 0) {
      out.push(style.dim(id ? '  belum ada jawaban survei di periode ini' : '  no survey responses in this period'), '');
      continue;
    }
    const chars = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
    const t = new Table({
      head: ['#', id ? 'Unsur' : 'Element', 'NRR', 'NRR × 25', 'Mutu'],
      colWidths: [4, 44, 9, 10, 6],
      style: { head: [], border: [] },
      wordWrap: false,
      chars,
    });
    k.nrr.forEach((nrr, u) => {
      const weakest = k.unsurTerlemah === u + 1;
      const mark = (s: string) => (weakest ? style.warning(s) : s);
      t.push([
        mark(`U${u + 1}`),
        mark(UNSUR[u]! + (weakest ? (id ? ' ← perbaiki dulu' : ' ← improve first') : '')),
        nrr === null ? '–' : r4(nrr)!.toFixed(4),
        nrr === null ? '–' : r2(nrr * 25)!.toFixed(2),
        nrr === null ? '–' : mutuDari(nrr * 25).mutu,
      ]);
    });
    out.push(t.toString());
    out.push(
      `IKM ${k.ikm === null ? '–' : r4(k.ikm)!.toFixed(4)} · ${id ? 'nilai' : 'score'} ${k.nilai === null ? '–' : r2(k.nilai)!.toFixed(2)} · ${id ? 'mutu' : 'quality'} ${k.mutu ?? '–'} (${k.kinerja ?? '–'})`,
    );
    if (k.sampelMinimal !== null) {
      const ok = k.sampelCukup ? style.ok(id ? 'cukup' : 'sufficient') : style.warning(id ? 'KURANG' : 'INSUFFICIENT');
      out.push(`${id ? 'sampel minimal' : 'minimum sample'} (Krejcie–Morgan) ${k.sampelMinimal}: ${ok}`);
    }
    out.push('');
  }
  out.push(
    style.bold(
      `${id ? 'Temuan' : 'Findings'}: ${input.counts.error} error, ${input.counts.peringatan} ${id ? 'peringatan' : 'warning(s)'}, ${input.counts.info} info`,
    ),
  );
  for (const f of input.temuan.filter((x) => x.tingkat !== 'info').slice(0, 40)) {
    out.push(
      `  ${f.tingkat.padEnd(10)} ${f.kode}  ${f.path}${f.baris ? `:${f.baris}` : ''}  ${renderFinding(f.kode, f.args, input.lang).pesan}`,
    );
  }
  return out.join('\n') + '\n';
}

export function formatIkmCsv(input: IkmReportInput, delimiter: ';' | ','): string {
  const num = (x: number | null) => (x === null ? '' : String(x).replace('.', delimiter === ';' ? ',' : '.'));
  const q = (s: string | null) =>
    s === null ? '' : /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : /^[=+\-@]/.test(s) ? `'${s}` : s;
  const head = [
    'kunci',
    'unit',
    'layanan',
    'responden',
    ...UNSUR.map((_, u) => `nrr_u${u + 1}`),
    'ikm',
    'nilai',
    'mutu',
    'kinerja',
    'unsur_terlemah',
    'sampel_minimal',
    'sampel_cukup',
    'periode',
    'bobot',
  ];
  const rows = input.kelompok.map((k) => [
    q(k.kunci),
    q(k.unit),
    q(k.layanan),
    String(k.responden),
    ...k.nrr.map((x) => num(r4(x))),
    num(r4(k.ikm)),
    num(r2(k.nilai)),
    k.mutu ?? '',
    k.kinerja ?? '',
    k.unsurTerlemah === null ? '' : String(k.unsurTerlemah),
    k.sampelMinimal === null ? '' : String(k.sampelMinimal),
    k.sampelCukup === null ? '' : String(k.sampelCukup),
    input.periode ?? '',
    input.bobot,
  ]);
  return '\ufeff' + [head, ...rows].map((r) => r.join(delimiter)).join('\r\n') + '\r\n';
}
