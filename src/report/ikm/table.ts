/** `ikm` as the table an officer would put in the SKM report: NRR per unsur, the weakest marked. */
import Table from 'cli-table3';
import { roundReport } from '../../core/number.js';
import { mutuOf, UNSUR } from '../../core/rules/skm-14-2017/ikm.js';
import type { IkmResult } from '../../engine/ikm.js';
import { countsLine, findingLine, findingPlace } from '../findings.js';
import type { FormatOptions } from '../format.js';
import { buildIkmReport } from './json.js';
import { isColoured, terminalSafe, visible } from '../safe-text.js';

const r2 = (x: number | null) => (x === null ? null : roundReport(x, 2));

export function formatIkmTable(input: IkmResult, o: FormatOptions): string {
  const { style } = o;
  const id = o.lang === 'id';
  const out: string[] = [
    style.bold(
      `asn-kinerja ikm · PermenPAN-RB 14/2017 · ${input.periode ?? (id ? 'semua periode' : 'all periods')} · per ${input.per} · bobot ${input.bobot}`,
    ),
    '',
  ];
  // The reported figures come from the rounded report; only NRR × 25 is derived here, from the unrounded NRR.
  const report = buildIkmReport(input, o.lang);
  input.kelompok.forEach((k, i) => {
    const shown = report.kelompok[i]!;
    // The group's key is a cell of the survey (a unit, a layanan, a NIP): shown, never acted on.
    out.push(style.bold(visible(k.kunci)) + `  ${k.responden} ${id ? 'responden' : 'respondents'}`);
    if (k.responden === 0) {
      out.push(style.dim(id ? '  belum ada jawaban survei di periode ini' : '  no survey responses in this period'), '');
      return;
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
        nrr === null ? '–' : shown.nrr[u]!.toFixed(4),
        nrr === null ? '–' : r2(nrr * 25)!.toFixed(2),
        nrr === null ? '–' : mutuOf(nrr * 25).mutu,
      ]);
    });
    out.push(t.toString());
    out.push(
      `IKM ${shown.ikm === null ? '–' : shown.ikm.toFixed(4)} · ${id ? 'nilai' : 'score'} ${shown.nilai === null ? '–' : shown.nilai.toFixed(2)} · ${id ? 'mutu' : 'quality'} ${k.mutu ?? '–'} (${k.kinerja ?? '–'})`,
    );
    if (k.sampelMinimal !== null) {
      const ok = k.sampelCukup ? style.ok(id ? 'cukup' : 'sufficient') : style.warning(id ? 'KURANG' : 'INSUFFICIENT');
      out.push(`${id ? 'sampel minimal' : 'minimum sample'} (Krejcie–Morgan) ${k.sampelMinimal}: ${ok}`);
    }
    out.push('');
  });
  out.push(style.bold(countsLine(input.counts, o.lang)));
  for (const f of input.temuan.filter((x) => x.tingkat !== 'info').slice(0, 40))
    out.push(findingLine(f, o.lang, style, findingPlace(f), false));
  return terminalSafe(out.join('\n') + '\n', isColoured(style));
}
