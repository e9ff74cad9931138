/**
 * `score` as tables for a terminal (≤ 100 columns): one table per unit of its own employees, then
 * the unit summary with the predikat distribution drawn against the kurva rule, then the findings.
 */
import Table from 'cli-table3';
import type { FormatOptions } from '../format.js';
import { countsLine, findingLine, findingPlace } from '../findings.js';
import type { ScoreReport } from './model.js';
import { viewOf } from './packs/index.js';
import type { LaporanSkor } from '../../types/generated/laporan-skor.js';
import { isColoured, terminalSafe, visible } from '../safe-text.js';

const LABELS = {
  id: {
    tanpaUnit: 'Tanpa unit yang dikenal',
    ringkasan: 'Ringkasan unit',
    lagi: 'lagi; lihat --format json',
    tidakDinilai: 'tidak dinilai',
  },
  en: {
    tanpaUnit: 'No known unit',
    ringkasan: 'Unit summary',
    lagi: 'more; see --format json',
    tidakDinilai: 'not rated',
  },
};
const MAX_FINDINGS = 40;

export function formatScoreTable(report: ScoreReport, o: FormatOptions): string {
  const { laporan, lang } = report;
  const L = LABELS[lang];
  const { style } = o;
  const view = viewOf(laporan.metode);
  const out: string[] = [];
  const chars = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
  const table = (rows: readonly LaporanSkor['pegawai'][number][]) => {
    const t = new Table({
      head: view.table.head(lang),
      colWidths: view.table.colWidths,
      style: { head: [], border: [] },
      chars,
      // Cells are wrapped here (wrapCell), never cut: cli-table3 would cut a word longer than its column.
      wordWrap: false,
    });
    const widths = view.table.colWidths;
    for (const e of rows)
      t.push(view.table.row(e, lang).map((c, i) => (c === null ? style.dim(L.tidakDinilai) : wrapCell(visible(c), widths[i]! - 2))));
    return t.toString();
  };
  const known = new Set(laporan.unit.map((u) => u.id));
  out.push(style.bold(`asn-kinerja score · ${report.metode} · ${laporan.periode}`));
  out.push(style.dim(view.table.legend(lang)), '');
  for (const u of laporan.unit) {
    const own = laporan.pegawai.filter((p) => p.unit === u.id);
    if (own.length === 0) continue;
    out.push(style.bold(visible(`${u.id} — ${u.nama}`)), table(own), '');
  }
  const orphans = laporan.pegawai.filter((p) => !known.has(p.unit));
  if (orphans.length > 0) out.push(style.bold(L.tanpaUnit), table(orphans), '');

  out.push(style.bold(L.ringkasan));
  // A unit's id and name as escapes before the view styles its lines.
  for (const u of laporan.unit) out.push(...view.unitSummary({ ...u, id: visible(u.id), nama: visible(u.nama) }, lang, style));
  out.push('');
  const shown = report.findings.filter((f) => !(o.quiet && f.tingkat === 'info'));
  out.push(style.bold(countsLine(report.counts, lang)));
  for (const f of shown.slice(0, MAX_FINDINGS)) out.push(findingLine(f, lang, style, findingPlace(f)));
  if (shown.length > MAX_FINDINGS) out.push(style.dim(`  … ${shown.length - MAX_FINDINGS} ${L.lagi}`));
  return terminalSafe(out.join('\n') + '\n', isColoured(style));
}

/** A cell's text in lines of at most `width` characters: at spaces, and through a word longer than that. */
export function wrapCell(text: string, width: number): string {
  if ([...text].length <= width) return text;
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of text.split(/\s+/)) {
    let rest = [...word];
    while (rest.length > width) {
      flush();
      lines.push(rest.slice(0, width).join(''));
      rest = rest.slice(width);
    }
    const w = rest.join('');
    if (line && [...line].length + 1 + rest.length <= width) line += ' ' + w;
    else {
      flush();
      line = w;
    }
  }
  flush();
  return lines.join('\n');
}
