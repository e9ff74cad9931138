/** `ikm --format xlsx`: sheets ikm (a row per group, the CSV's columns), temuan and sumber. */
import type { IkmResult } from '../../engine/ikm.js';
import { TEMUAN_HEAD, temuanRows } from '../findings.js';
import type { FormatOptions } from '../format.js';
import { writeXlsx } from '../xlsx-writer.js';
import { IKM_HEAD, ikmRows } from './csv.js';
import { buildIkmReport } from './json.js';

export async function formatIkmXlsx(result: IkmResult, o: FormatOptions): Promise<Uint8Array> {
  const report = buildIkmReport(result, o.lang);
  // RULES.md §1: NRR and IKM with four decimals, the converted score with two.
  const formats: Record<string, string> = { ikm: '0.0000', nilai: '0.00' };
  for (const k of IKM_HEAD) if (k.startsWith('nrr_')) formats[k] = '0.0000';
  return writeXlsx(
    [
      { name: 'ikm', head: IKM_HEAD, rows: ikmRows(report), formats },
      {
        name: 'temuan',
        head: TEMUAN_HEAD,
        rows: temuanRows(result.temuan, o.lang),
      },
      {
        name: 'sumber',
        head: ['path', 'lembar', 'sha256', 'baris_dibaca', 'baris_dipakai', 'baris_ditolak', 'baris_diabaikan'],
        rows: report.sumber.map((s) => [
          s.path,
          s.lembar ?? null,
          s.sha256,
          s.baris_dibaca,
          s.baris_dipakai,
          s.baris_ditolak,
          s.baris_diabaikan,
        ]),
      },
    ],
    o.lang,
    report.periode ?? '',
  );
}
