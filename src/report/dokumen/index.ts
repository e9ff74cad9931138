/** The Dokumen's formats: one file each, registered here; `dokumen --format`'s choices come from this map. */
import type { Formatter } from '../format.js';
import type { DokumenFormat } from '../names.js';
import type { DokumenPegawai } from './model.js';
import { formatDokumenPdf } from './pdf.js';
import { formatDokumenHtml } from './html.js';

/** The four Roboto faces as bytes (the CLI reads them with io/pdf-fonts.ts `loadPdfFonts()`). */
export type PdfFonts = Record<'normal' | 'bold' | 'italics' | 'bolditalics', Uint8Array>;

/** What every Dokumen format renders: the employees' documents and where their numbers came from. */
export interface DokumenReport {
  dokumen: DokumenPegawai[];
  versiAlat: string;
  /** `permenpan-rb-6-2022 1.0.0`. */
  metode: string;
  /** The PDF's fonts (io/pdf-fonts.ts `loadPdfFonts()`); the HTML needs none. */
  fonts?: PdfFonts;
}

export const DOKUMEN_FORMATS = {
  pdf: formatDokumenPdf,
  html: formatDokumenHtml,
} as const satisfies Record<DokumenFormat, Formatter<DokumenReport>>;

export { buildDokumen, type DokumenPegawai } from './model.js';
