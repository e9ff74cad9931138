/**
 * `dokumen --format pdf`: the Dokumen Evaluasi Kinerja Pegawai as the Lampiran of PermenPAN-RB 6/2022
 * lays it out, one page set per employee — the Dokumen (identity of the pegawai, the pejabat penilai
 * and their atasan; capaian kinerja organisasi, pola distribusi, predikat, catatan/rekomendasi, two
 * signatures) on an A4 portrait page, then the evaluation form (hasil kerja, perilaku kerja, both
 * ratings, predikat, the penilai's signature) on A4 landscape pages.
 *
 * Written by pdfmake's layout engine and renderer into one pdfkit document, one employee at a time
 * (memory stays with one page set; each set numbers its own pages), loaded on first use so start-up
 * stays fast. The text is set in the Roboto that pdfmake ships (every Latin letter, and ≥, –, “”),
 * embedded; the document may read those font files and nothing else. The same workspace gives the same
 * bytes: the PDF's creation date is the signature date, else the last day of the period.
 */
import type { Lang } from '../../i18n/messages.js';
import { numberText } from '../../i18n/format.js';
import type { FormatOptions } from '../format.js';
import { kurvaChart } from '../score/kurva-chart.js';
import type { DokumenPegawai, Identitas } from './model.js';
import {
  amountText,
  catatanLines,
  DOT,
  identityLines,
  NILAI,
  noteText,
  pangkatText,
  percentText,
  periodeJudul,
  placeAndDate,
  predikatText,
  ratingNote,
  rentang,
  targetText,
  withUnit,
  WORDS,
} from './words.js';
import type { DokumenReport } from './index.js';

type Node = Record<string, unknown> | string;
type Cell = Record<string, unknown>;

const GREY = '#eeeeee';

/**
 * A cell's text with a break opportunity (U+200B, zero width) every 24 characters of a word longer
 * than that: pdfmake breaks lines at spaces only, and a long link would push its column off the page.
 */
const breakable = (text: string) => text.replace(/\S{25,}/g, (w) => w.replace(/(\S{24})(?=\S)/g, '$1\u200b'));
const c = (text: string | null, extra: Cell = {}): Cell => ({ text: text === null ? '–' : breakable(text), ...extra });
const h = (text: string, extra: Cell = {}): Cell => ({ text, bold: true, fillColor: GREY, ...extra });

function identityRows(no: string, title: string, i: Identitas | null, lang: Lang): Cell[][] {
  return [[h(no, { rowSpan: 6 }), h(title, { colSpan: 2 }), {}], ...identityLines(i, lang).map(([k, v]) => [{}, c(k), c(v)])];
}

function ratingLine(label: string, value: string | null, note: string | null, lang: Lang): Node {
  return {
    margin: [0, 6, 0, 0],
    text: [
      { text: `${label}: `, bold: true },
      { text: value ?? WORDS[lang].tidakDinilai, bold: true },
      ...(note ? [{ text: `  (${note})`, color: '#444444' }] : []),
    ],
  };
}

function signature(d: DokumenPegawai, role: string, who: Identitas | null, lang: Lang): Node {
  const place = placeAndDate(d, lang);
  return {
    stack: [
      { text: place },
      { text: role, margin: [0, 2, 0, 40] },
      { text: who?.nama ? breakable(who.nama) : DOT, bold: true, decoration: who?.nama ? 'underline' : undefined },
      { text: who?.nip ? `NIP ${who.nip}` : '' },
    ],
    unbreakable: true,
  };
}

function header(d: DokumenPegawai, title: string, lang: Lang, sub: string | null = null): Node[] {
  const W = WORDS[lang];
  return [
    { text: title, style: 'title' },
    ...(sub ? [{ text: sub, alignment: 'center', bold: true }] : []),
    { text: `${W.periode}: ${periodeJudul(d.periode, lang)}`, alignment: 'center', bold: true, margin: [0, 0, 0, 8] },
    {
      columns: [
        { text: d.instansi ? breakable(d.instansi) : DOT, bold: true },
        { text: `${W.periodePenilaian}: ${rentang(d.bulan, lang)}`, alignment: 'right' },
      ],
      margin: [0, 0, 0, 6],
    },
  ];
}

/** Page 1: the Dokumen Evaluasi Kinerja Pegawai itself. */
function dokumenPage(d: DokumenPegawai, lang: Lang): Node[] {
  const W = WORDS[lang];
  const org = d.unit?.predikat_organisasi ?? null;
  const chart = d.unit ? kurvaChart(d.unit, lang) : null;
  const notes = catatanLines(d, lang);
  const body: Cell[][] = [
    ...identityRows('1', W.pegawai, d.pegawai, lang),
    ...identityRows('2', W.penilai, d.penilai, lang),
    ...identityRows('3', W.atasanPenilai, d.atasanPenilai, lang),
    [h('4', { rowSpan: 4 }), h(W.evaluasi, { colSpan: 2 }), {}],
    [{}, c(W.capaianOrganisasi), c(org ?? W.tanpaPredikatOrganisasi, { bold: true })],
    [{}, c(W.polaDistribusi), chart ? { stack: [{ text: d.unit!.nama }, { svg: chart, width: 330 }] } : c(W.tidakAda)],
    [{}, c(W.predikat), c(predikatText(d, lang), { bold: true })],
    [h('5'), h(W.catatan, { colSpan: 2 }), {}],
    [{}, { text: notes.length > 0 ? breakable(notes.join('\n')) : ' ', colSpan: 2, margin: [0, 2, 0, 10] }, {}],
  ];
  return [
    ...header(d, W.judul, lang),
    // Rows may break across pages: a long note continues on the next page, never cut off.
    { table: { widths: [16, 150, '*'], body } },
    {
      columns: [signature(d, W.pegawaiTtd, d.pegawai, lang), signature(d, W.penilaiTtd, d.penilai, lang)],
      margin: [0, 16, 0, 0],
      unbreakable: true,
    },
  ];
}

/** The hasil kerja table: A. UTAMA and B. TAMBAHAN, a row per indicator, the RHK's cells spanning its indicators. */
function hasilKerjaTable(d: DokumenPegawai, lang: Lang): Node[] {
  const W = WORDS[lang];
  const out: Node[] = [];
  for (const bagian of d.hasilKerja) {
    if (bagian.masa) out.push({ text: W.masaSkp(bagian.masa, bagian.unit), bold: true, margin: [0, 6, 0, 2] });
    const body: Cell[][] = [W.kolomHk.map((t) => h(t, { alignment: 'center' }))];
    for (const [label, jenis] of [
      [W.utama, 'utama'],
      [W.tambahan, 'tambahan'],
    ] as const) {
      const list = bagian.rhk.filter((r) => r.jenis === jenis);
      body.push([h(label, { colSpan: 9 }), {}, {}, {}, {}, {}, {}, {}, {}]);
      if (list.length === 0) body.push([c(W.tidakAda, { colSpan: 9 }), {}, {}, {}, {}, {}, {}, {}, {}]);
      list.forEach((r, n) => {
        const span = Math.max(1, r.indikator.length);
        r.indikator.forEach((i, k) => {
          const first = k === 0;
          body.push([
            first ? c(String(n + 1), { rowSpan: span }) : {},
            first ? c(r.intervensi, { rowSpan: span }) : {},
            first ? c(r.uraian, { rowSpan: span }) : {},
            c(i.aspek),
            c(i.nama),
            c(targetText(i, lang)),
            c(i.realisasi === null ? null : withUnit(amountText(i.realisasi, lang), i.satuan)),
            c(percentText(i.capaian, lang), { alignment: 'right' }),
            c(i.umpanBalik.length > 0 ? i.umpanBalik.map((u) => noteText(u, d.periode)).join('\n') : ' '),
          ]);
        });
      });
    }
    out.push({ table: { headerRows: 1, widths: [16, 110, 110, 44, 130, 50, 50, 44, '*'], body }, style: 'small' });
  }
  return out;
}

function perilakuTable(d: DokumenPegawai, lang: Lang): Node {
  const W = WORDS[lang];
  const feedback = d.umpanBalikPerilaku.map((u) => noteText(u, d.periode)).join('\n');
  const body: Cell[][] = [W.kolomPerilaku.map((t) => h(t, { alignment: 'center' }))];
  d.perilaku.forEach((p, i) => {
    const v = NILAI[p.kunci];
    body.push([
      c(String(i + 1)),
      { stack: [{ text: v.nama, bold: true }, { ul: [...v[lang]] }] },
      c(p.ekspektasi ?? ' '),
      c(p.skor === null ? null : numberText(p.skor, lang), { alignment: 'right' }),
    ]);
  });
  // The penilai's feedback in a row of its own under the seven values (the CSV has one note per row,
  // not per value): a row that may run over a page, where a cell spanning seven rows would be cut.
  body.push([h(W.umpanBalikPerilaku, { colSpan: 4 }), {}, {}, {}], [c(feedback || ' ', { colSpan: 4 }), {}, {}, {}]);
  return { table: { headerRows: 1, widths: [16, 330, '*', 50], body }, style: 'small' };
}

/** The evaluation form: hasil kerja, perilaku kerja, ratings, predikat, the penilai's signature. */
function evaluasiPages(d: DokumenPegawai, lang: Lang): Node[] {
  const W = WORDS[lang];
  const ident: Cell[][] = [
    [h(W.no), h(W.pegawai, { colSpan: 2 }), {}, h(W.no), h(W.penilai, { colSpan: 2 }), {}],
    ...(
      [
        [W.nama, d.pegawai.nama, d.penilai?.nama],
        [W.nip, d.pegawai.nip, d.penilai?.nip],
        [W.pangkat, pangkatText(d.pegawai), d.penilai ? pangkatText(d.penilai) : null],
        [W.jabatan, d.pegawai.jabatan, d.penilai?.jabatan],
        [W.unit, d.pegawai.unit, d.penilai?.unit],
      ] as const
    ).map(([k, a, b], i) => [c(String(i + 1)), c(k), c(a ?? null), c(String(i + 1)), c(k), c(b ?? null)]),
  ];
  return [
    { text: '', pageBreak: 'before', pageOrientation: 'landscape' },
    ...header(d, W.judulEvaluasi, lang, W.pendekatan[d.pendekatan]),
    { table: { widths: [16, 90, '*', 16, 90, '*'], body: ident }, style: 'small', margin: [0, 0, 0, 8] },
    { text: W.hasilKerja, style: 'section' },
    ...(d.skpValid ? hasilKerjaTable(d, lang) : [{ text: W.skpTidakValid, bold: true }]),
    ratingLine(W.ratingHk, d.ratingHasilKerja, ratingNote(d, 'hasil_kerja', lang), lang),
    { text: W.perilaku, style: 'section', margin: [0, 10, 0, 4] },
    perilakuTable(d, lang),
    ratingLine(W.ratingPerilaku, d.ratingPerilaku, ratingNote(d, 'perilaku', lang), lang),
    ratingLine(W.predikat, predikatText(d, lang), null, lang),
    { columns: [{ text: '' }, signature(d, W.penilaiTtd, d.penilai, lang)], margin: [0, 14, 0, 0], unbreakable: true },
  ];
}

/** The PDF's creation date: the signature date, else the period's last day (the same input, the same bytes). */
function documentDate(list: readonly DokumenPegawai[]): Date {
  const first = list[0];
  if (first?.tanggal) return new Date(`${first.tanggal}T00:00:00Z`);
  if (first) return new Date(Date.UTC(first.periode.tahun, first.periode.bulanAkhir, 0));
  return new Date(0);
}

/** pdfmake's layout engine and renderer (pdfmake 0.3.11, pinned: these are its own modules, not its API). */
interface Engine {
  PdfDocument: new (
    fonts: object,
    images: object,
    patterns: object,
    attachments: object,
    options: object,
    vfs: unknown,
    policy: (p: string) => boolean,
  ) => PdfKitDocument;
  LayoutBuilder: new (
    pageSize: object,
    margins: object,
    svg: object,
  ) => {
    registerTableLayouts(layouts: object): void;
    layoutDocument(
      content: Node[],
      doc: PdfKitDocument,
      styles: object,
      defaultStyle: object,
      background: undefined,
      header: undefined,
      footer: Footer,
    ): object[];
  };
  SvgMeasure: new () => object;
  Renderer: new (doc: PdfKitDocument) => { renderPages(pages: object[]): void };
  tableLayouts: object;
  normalizePageSize(size: string, orientation: string): { width: number; height: number };
  normalizePageMargin(margins: number[]): object;
}
interface PdfKitDocument {
  registerFont(name: string, src: Buffer): void;
  on(event: 'data', f: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', f: (e?: Error) => void): void;
  end(): void;
}
type Footer = (page: number, pages: number) => Node;

/**
 * A CommonJS module's exports, imported by path (pdfmake has no exports map): Node gives them as
 * `default`; a bundler or test runner may hand them over directly.
 */
function exportsOf(m: Record<string, unknown>): Record<string, unknown> {
  const d = m.default;
  return d !== null && typeof d === 'object' && '__esModule' in d ? (d as Record<string, unknown>) : m;
}

/** pdfmake's own modules: its layout engine, renderer and pdfkit document. */
async function loadEngine(): Promise<Engine> {
  const [doc, layout, svg, renderer, tables, page] = (
    (await Promise.all([
      import('pdfmake/js/PDFDocument.js'),
      import('pdfmake/js/LayoutBuilder.js'),
      import('pdfmake/js/SVGMeasure.js'),
      import('pdfmake/js/Renderer.js'),
      import('pdfmake/js/tableLayouts.js'),
      import('pdfmake/js/PageSize.js'),
    ])) as Record<string, unknown>[]
  ).map(exportsOf) as [
    Record<string, unknown>,
    Record<string, unknown>,
    Record<string, unknown>,
    Record<string, unknown>,
    Record<string, unknown>,
    Record<string, unknown>,
  ];
  return {
    PdfDocument: doc.default as Engine['PdfDocument'],
    LayoutBuilder: layout.default as Engine['LayoutBuilder'],
    SvgMeasure: svg.default as Engine['SvgMeasure'],
    Renderer: renderer.default as Engine['Renderer'],
    tableLayouts: tables.tableLayouts as object,
    normalizePageSize: page.normalizePageSize as Engine['normalizePageSize'],
    normalizePageMargin: page.normalizePageMargin as Engine['normalizePageMargin'],
  };
}

const MARGINS = [36, 36, 36, 40];
const STYLES = {
  title: { fontSize: 13, bold: true, alignment: 'center' },
  section: { fontSize: 10, bold: true, margin: [0, 4, 0, 4] },
  small: { fontSize: 7.5 },
};
const DEFAULT_STYLE = { font: 'Roboto', fontSize: 9 };

export async function formatDokumenPdf(report: DokumenReport, o: FormatOptions): Promise<Uint8Array> {
  const lang = o.lang;
  const W = WORDS[lang];
  const fonts = report.fonts;
  if (!fonts) throw new Error('the PDF needs its fonts: DokumenReport.fonts (loadPdfFonts())');
  const engine = await loadEngine();
  // The fonts are registered with pdfkit under four names, as bytes: pdfmake's text and the chart's
  // SVG text both find them by name, and the document opens no file at all (the access policy allows
  // only those names, which pdfkit resolves from its registry), so no value in the data can name one.
  const descriptors = {
    Roboto: { normal: 'roboto-normal', bold: 'roboto-bold', italics: 'roboto-italics', bolditalics: 'roboto-bolditalics' },
  };
  const names = new Set(Object.values(descriptors.Roboto));
  const noFiles = {
    existsSync: () => false,
    readFileSync: (): Buffer => {
      throw new Error('no file is read');
    },
  };
  const size = engine.normalizePageSize('A4', 'portrait');
  const one = report.dokumen.length === 1 ? report.dokumen[0]! : null;
  const doc = new engine.PdfDocument(
    descriptors,
    {},
    {},
    {},
    {
      size: [size.width, size.height],
      pdfVersion: '1.3',
      compress: true,
      autoFirstPage: false,
      fontLayoutCache: true,
      bufferPages: false,
      info: {
        Title: W.judul,
        Author: one ? (one.pegawai.nama ?? '') : (report.dokumen[0]?.instansi ?? ''),
        Subject: one ? `NIP ${one.pegawai.nip}` : '',
        Creator: `asn-kinerja ${report.versiAlat}`,
        Producer: `asn-kinerja ${report.versiAlat} (${report.metode})`,
        CreationDate: documentDate(report.dokumen),
      },
      font: null,
    },
    noFiles,
    (name: string) => names.has(name),
  );
  for (const [face, name] of Object.entries(descriptors.Roboto)) doc.registerFont(name, Buffer.from(fonts[face as keyof typeof fonts]));
  const chunks: Buffer[] = [];
  doc.on('data', (c) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', (e) => reject(e ?? new Error('PDF')));
  });
  // One employee at a time: laid out, rendered, let go — memory stays with one page set, and each
  // set's pages are numbered on their own ("Halaman 2 dari 3"), as a signed document is.
  const renderer = new engine.Renderer(doc);
  const sets: (DokumenPegawai | null)[] = report.dokumen.length > 0 ? report.dokumen : [null];
  for (const d of sets) {
    const content: Node[] = d ? [...dokumenPage(d, lang), ...evaluasiPages(d, lang)] : [{ text: W.tidakAda }];
    const footer: Footer = (page, pages) => ({
      text: `asn-kinerja ${report.versiAlat} · ${report.metode} · ${W.halaman(page, pages)}`,
      alignment: 'center',
      fontSize: 7,
      color: '#666666',
      margin: [0, 12, 0, 0],
    });
    const builder = new engine.LayoutBuilder(size, engine.normalizePageMargin(MARGINS), new engine.SvgMeasure());
    builder.registerTableLayouts(engine.tableLayouts);
    renderer.renderPages(builder.layoutDocument(content, doc, STYLES, DEFAULT_STYLE, undefined, undefined, footer));
  }
  doc.end();
  await finished;
  const bytes = Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
