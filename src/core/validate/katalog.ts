/** Rules over indicator catalogues and over indicator definitions wherever they stand. */
import { makeFinding, type Finding } from '../findings.js';
import type { KatalogIndikator } from '../../types/generated/katalog-indikator.js';
import { ptr, type DocOf } from './types.js';

export type IndikatorDefinition = KatalogIndikator['indikator'][number];

export interface KatalogEntry {
  def: IndikatorDefinition;
  path: string;
  jalur: string;
}

export function collectKatalog(docs: readonly DocOf<'katalog-indikator'>[], out: Finding[]): Map<string, KatalogEntry> {
  const entries = new Map<string, KatalogEntry>();
  for (const doc of docs) {
    doc.data.indikator.forEach((def, i) => {
      const jalur = ptr('indikator', i);
      const first = entries.get(def.id);
      if (first) {
        out.push(
          makeFinding(
            'KATALOG_GANDA',
            { path: doc.path, jalur: `${jalur}/id` },
            { id: def.id, path_pertama: first.path, jalur_pertama: `${first.jalur}/id` },
          ),
        );
        return;
      }
      entries.set(def.id, { def, path: doc.path, jalur });
      checkSkmFields(def, { path: doc.path, jalur }, out);
    });
  }
  return entries;
}

type SkmFields = Pick<IndikatorDefinition, 'sumber' | 'skm_lingkup' | 'skm_layanan' | 'konsolidasi'>;

/** `sumber: skm` needs `skm_lingkup` (and `skm_layanan` for lingkup layanan) and takes no konsolidasi. */
export function checkSkmFields(def: SkmFields, where: { path: string; jalur: string }, out: Finding[]): void {
  if (def.sumber !== 'skm') return;
  if (def.skm_lingkup === undefined) out.push(makeFinding('SKM_LINGKUP_WAJIB', { ...where, jalur: `${where.jalur}/sumber` }));
  if (def.skm_lingkup === 'layanan' && def.skm_layanan === undefined) {
    out.push(makeFinding('SKM_LAYANAN_WAJIB', { ...where, jalur: `${where.jalur}/skm_lingkup` }));
  }
  if (def.konsolidasi !== undefined)
    out.push(makeFinding('SKM_KONSOLIDASI', { ...where, jalur: `${where.jalur}/konsolidasi`, pada: 'kunci' }));
}
