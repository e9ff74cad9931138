/**
 * The fonts of the Dokumen's PDF: the Roboto that pdfmake ships, read from the installed package. The
 * PDF writer (report/dokumen/pdf.ts) gets the bytes and opens no file itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The four faces as bytes (the same shape as report/dokumen's `PdfFonts`). */
export type PdfFonts = Record<'normal' | 'bold' | 'italics' | 'bolditalics', Uint8Array>;

const FILES: Record<keyof PdfFonts, string> = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
};

export function loadPdfFonts(): PdfFonts {
  const dir = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const read = (k: keyof PdfFonts) => new Uint8Array(readFileSync(join(dir, FILES[k])));
  return { normal: read('normal'), bold: read('bold'), italics: read('italics'), bolditalics: read('bolditalics') };
}
