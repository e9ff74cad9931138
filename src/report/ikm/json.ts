/** `ikm --format json` (PRODUCT.md shape; schemas/laporan-ikm.schema.json). */
import { roundReport } from '../../core/number.js';
import type { IkmResult } from '../../engine/ikm.js';
import type { LaporanIkm } from '../../types/generated/laporan-ikm.js';
import { toTemuan } from '../findings.js';
import type { FormatOptions } from '../format.js';

const r2 = (x: number | null) => (x === null ? null : roundReport(x, 2));
const r4 = (x: number | null) => (x === null ? null : roundReport(x, 4));

/** The rounded report every ikm format reads (RULES.md §1). */
export function buildIkmReport(result: IkmResult, lang: FormatOptions['lang']): LaporanIkm {
  return {
    versi_format: 1,
    periode: result.periode,
    per: result.per,
    bobot: result.bobot,
    sumber: result.sumber,
    kelompok: result.kelompok.map((k) => ({
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
    temuan: result.temuan.map((f) => toTemuan(f, lang)),
  };
}

export function formatIkmJson(result: IkmResult, o: FormatOptions): string {
  return JSON.stringify(buildIkmReport(result, o.lang), null, 2) + '\n';
}
