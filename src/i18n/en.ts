/** English: the message and the fix of every finding code. */
import type { AlasanNilai, AlasanPredikat, SebabKegiatan, SkemaArgs } from '../core/findings.js';
import { arrow, CONFIG, list, maybe, orList, q, s, type Catalogue } from './format.js';

const EXCEL_FIX =
  'Format the NIP column as Text (Format Cells → Text) before typing or pasting NIPs, then type the full NIP again; in YAML, quote the NIP.';

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  integer: 'an integer',
  string: 'text',
  object: 'a mapping of key: value',
  array: 'a list (- …)',
  boolean: 'true or false',
};

/** The parsers' error codes in words (`pesan_parser` keeps the parser's own text). */
const PARSER: Record<string, string> = {
  BAD_INDENT: 'the indentation or a [ ] / { } bracket does not line up (the items of one map or list start in the same column)',
  BLOCK_AS_IMPLICIT_KEY: 'a second colon on this line, or a map where a value belongs (quote a value holding ": ")',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line',
  MISSING_CHAR: 'a mark is missing here: a closing quote, ] or }, or the colon after a key',
  TAB_AS_INDENT: 'a tab is used as indentation; use spaces',
  UNEXPECTED_TOKEN: 'unexpected text here',
  BAD_SCALAR_START: 'a line or value starts with a reserved character (@, `, %); quote it',
  BLOCK_IN_FLOW: 'a nested list or map inside [ ] or { }',
  BAD_DQ_ESCAPE: 'an invalid \\ sequence inside double quotes',
  CSV_QUOTE_NOT_CLOSED: 'a quote is opened and never closed',
  CSV_INVALID_CLOSING_QUOTE: 'text after a closing quote',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text after a closing quote',
  CSV_MAX_RECORD_SIZE: 'the row is too long',
};

function schemaMessage(a: SkemaArgs): string {
  switch (a.keyword) {
    case 'required':
      return `Required key ${q(a.kunci)} is missing or empty.`;
    case 'additionalProperties':
      return `Unknown key ${q(a.kunci)} here.`;
    case 'enum':
    case 'const':
      return `Invalid value ${q(a.nilai)}; must be ${orList(a.diizinkan, 'or')}.`;
    case 'type':
      return `Value ${q(a.nilai)} must be ${orList(
        a.tipe.map((t) => TYPE_NAMES[t] ?? t),
        'or',
      )}.`;
    case 'minimum':
      return `Value ${s(a.nilai)} is too small; the minimum is ${s(a.batas)}.`;
    case 'exclusiveMinimum':
      return `Value ${s(a.nilai)} must be greater than ${s(a.batas)}.`;
    case 'maximum':
      return `Value ${s(a.nilai)} is too large; the maximum is ${s(a.batas)}.`;
    case 'exclusiveMaximum':
      return `Value ${s(a.nilai)} must be less than ${s(a.batas)}.`;
    case 'minLength':
      return 'The value must not be empty.';
    case 'minItems':
      return `The list needs at least ${s(a.batas)} item(s).`;
    case 'pattern':
      return `Value ${q(a.nilai)} does not match the pattern ${s(a.pola)}.`;
    default:
      return `Does not match the schema: ${s(a.pesan_ajv)}.`;
  }
}

function schemaFix(a: SkemaArgs): string {
  if (a.keyword === 'additionalProperties') return `Remove it or fix its spelling; known keys: ${s(a.diizinkan)}.`;
  if (a.keyword === 'required') return `Add ${q(a.kunci)} with its value.`;
  // `bobot: 70,5`: YAML writes decimals with a point; the comma made it text.
  if (a.keyword === 'type' && (a.tipe.includes('number') || a.tipe.includes('integer')) && /^-?\d+,\d+$/.test(a.nilai))
    return `In YAML a decimal is written with a point: ${a.nilai.replace(',', '.')}.`;
  return 'See `asn-kinerja schema` for the expected shape.';
}

const SEBAB_KEGIATAN: Record<SebabKegiatan, string> = {
  PP46_ASPEK: 'its indicators do not cover each aspek once (PP46_ASPEK)',
  TARGET_RENTANG: 'a target is a range; PP 46/2011 needs one number',
  TARGET_NOL: 'the kuantitas, kualitas or waktu target is missing or 0',
  TANPA_REALISASI: 'a kuantitas, kualitas, waktu or biaya realisation is missing in this period',
};

const ALASAN_NILAI: Record<AlasanNilai, string> = {
  SKP_TIDAK_VALID: 'the SKP has errors',
  NILAI_SKP_TIDAK_DINILAI: 'no Nilai SKP',
  NILAI_PERILAKU_TIDAK_ADA: 'no nilai perilaku',
};

const ALASAN_PREDIKAT: Record<AlasanPredikat, string> = {
  HASIL_KERJA_TIDAK_DINILAI: 'no rating hasil kerja',
  PERILAKU_TIDAK_DINILAI: 'no rating perilaku',
};

export const en: Catalogue = {
  YAML_SINTAKS: {
    pesan: (a) =>
      `YAML cannot be parsed: ${PARSER[a.kode_parser] ?? a.pesan_parser}.${a.lainnya ? ` (${s(a.lainnya)} follow-on errors not shown.)` : ''}`,
    perbaikan: () => 'Check indentation (spaces, not tabs), the colon after each key, and unclosed quotes.',
  },
  KUNCI_GANDA: {
    pesan: (a) => `Key ${q(a.kunci)} appears twice in the same mapping.`,
    perbaikan: () => 'Remove one of them; YAML does not say which one applies.',
  },
  YAML_ALIAS: {
    pesan: (a) => `YAML aliases expand beyond ${s(a.batas)} nodes (a likely "alias bomb").`,
    perbaikan: () => 'Write the values out, without anchors (&) and aliases (*).',
  },
  YAML_TERLALU_DALAM: {
    pesan: (a) => `The YAML nests more than ${s(a.batas)} levels deep here; a performance-plan file needs only a few.`,
    perbaikan: () => 'Look for unclosed [ { brackets and ever-growing indentation; write the data as a flat list or mapping.',
  },
  DOKUMEN_GANDA: {
    pesan: (a) => `The file holds ${s(a.jumlah)} YAML documents; only one is allowed.`,
    perbaikan: () => 'Move each document (after `---`) into a file of its own.',
  },
  TANPA_KIND: {
    pesan: () => 'YAML without a `kind` key is skipped.',
    perbaikan: () => 'If this is an asn-kinerja file, add `kind:` (konfigurasi, unit-kerja, tim-kerja, katalog-indikator, skp).',
  },
  KIND_HURUF: {
    pesan: (a) => `Key ${q(a.kunci)}: did you mean \`kind\`? Keys are case-sensitive, so this file is not recognised.`,
    perbaikan: (a) => `Write \`kind:\` in lower case, not ${q(a.kunci)}.`,
  },
  KIND_TIDAK_DIKENAL: {
    pesan: (a) => `Unknown kind ${q(a.kind)}.`,
    perbaikan: (a) => `Use one of: ${s(a.dikenal)}.`,
  },
  YAML_TERLALU_BESAR: {
    pesan: (a) =>
      `The YAML file is ${s(a.ukuran)} bytes, over the ${s(a.batas)}-byte YAML limit (reading it takes about 50 times its size in memory).`,
    perbaikan: () =>
      'Split the catalogue or list into several files, or raise the limit with --batas-ukuran if the machine has the memory.',
  },
  FILE_TERLALU_BESAR: {
    pesan: (a) => `The file is ${s(a.ukuran)} bytes, over the ${s(a.batas)}-byte limit.`,
    perbaikan: () => 'Check that this is the right file, or raise the limit with --batas-ukuran.',
  },
  FILE_BINER: {
    pesan: () => 'The file holds binary data, not text.',
    perbaikan: () => 'Save it again as UTF-8 text.',
  },
  FILE_ENCODING: {
    pesan: () => 'The YAML file is not valid UTF-8.',
    perbaikan: () => 'Save it again with UTF-8 encoding.',
  },
  FILE_ENCODING_CAMPUR: {
    pesan: () => 'This UTF-8 file holds bytes that are not UTF-8 from this line on (another encoding mixed in); those letters read as �.',
    perbaikan: () => 'Save the whole file again as "CSV UTF-8"; do not paste rows from a file in another encoding.',
  },
  FILE_TIDAK_TERBACA: {
    pesan: (a) => `The file cannot be read (${s(a.sebab)}).`,
    perbaikan: () => 'Check the file permissions.',
  },
  TAUTAN_SIMBOLIK: {
    pesan: (a) =>
      a.sebab === 'di_luar'
        ? `This symbolic link points outside the workspace (${s(a.tujuan)}); not read.`
        : a.sebab === 'rusak'
          ? `This symbolic link is broken (its target ${q(a.tujuan)} does not exist); not read.`
          : `This symbolic link makes a loop (back to ${s(a.tujuan)}); not read again.`,
    perbaikan: (a) =>
      a.sebab === 'di_luar'
        ? 'Copy the file into the workspace, or run asn-kinerja on a folder that holds it.'
        : a.sebab === 'rusak'
          ? 'Remove the link or fix its target.'
          : 'Remove the link that points to a folder above it.',
  },
  XLSX_SIMPAN_CSV: {
    pesan: (a) => `A .${s(a.format)} file is not read directly; its data is not counted.`,
    perbaikan: () =>
      'Save it as .xlsx (Excel: File → Save As → "Excel Workbook"; LibreOffice: Save As → "Excel 2007-365") or as "CSV UTF-8".',
  },
  XLSX_RUSAK: {
    pesan: (a) =>
      a.sebab === 'terenkripsi'
        ? 'This workbook is password-protected (or an .xls file named .xlsx); its contents cannot be read.'
        : a.sebab === 'bukan-zip'
          ? 'This file is not an .xlsx workbook (not a ZIP archive).'
          : `This workbook is damaged and cannot be read (${s(a.detail)}).`,
    perbaikan: (a) =>
      a.sebab === 'terenkripsi'
        ? 'Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), and save as .xlsx.'
        : 'Open and save it again in Excel or LibreOffice as .xlsx, or save it as "CSV UTF-8".',
  },
  XLSX_BERKAS_KUNCI: {
    pesan: () => "Excel's lock file (~$…): a sign the workbook is open, not data; skipped.",
    perbaikan: () => 'Close the workbook in Excel; this file goes away by itself.',
  },
  SKEMA: {
    pesan: schemaMessage,
    perbaikan: schemaFix,
  },
  KONFIGURASI_BUKAN_AKAR: {
    pesan: (a) => `This config is not used: only ${CONFIG} at the workspace root (${s(a.akar)}) or --config applies.`,
    perbaikan: () => 'Move it to the workspace root or delete it.',
  },
  KONFIGURASI_AMBANG: {
    pesan: (a) => `${s(a.bagian)} thresholds: sesuai (${s(a.sesuai)}) must be below di_atas (${s(a.di_atas)}).`,
    perbaikan: () => 'Lower `sesuai` or raise `di_atas`.',
  },
  KONFIGURASI_SKALA: {
    pesan: (a) => `Invalid perilaku scale: min ${s(a.min)} is not below maks ${s(a.maks)}.`,
    perbaikan: () => 'Fix `perilaku.skala` (default 1–5).',
  },
  KONFIGURASI_AMBANG_SKALA: {
    pesan: (a) => `Perilaku threshold ${s(a.kunci)} = ${s(a.nilai)} is outside the scale ${s(a.min)}–${s(a.maks)}.`,
    perbaikan: () => 'Put the threshold inside the scale.',
  },
  KONFIGURASI_BOBOT_PERAN: {
    pesan: () => 'Every perilaku role weight is 0; nilai perilaku cannot be computed.',
    perbaikan: () => 'Give at least atasan a weight > 0 (default 60/20/20/0).',
  },
  KONFIGURASI_BATAS_CAPAIAN: {
    pesan: (a) => `batas_capaian ${s(a.batas_capaian)} ≤ di_atas threshold ${s(a.di_atas)}: Di Atas Ekspektasi is unreachable.`,
    perbaikan: () => 'Raise batas_capaian (default 120) or lower the di_atas threshold.',
  },
  UNIT_GANDA: {
    pesan: (a) => `Unit id ${q(a.id)} is already used in ${s(a.path_pertama)}.`,
    perbaikan: () => 'Give it a unique id or remove the duplicate.',
  },
  INDUK_TIDAK_DIKENAL: {
    pesan: (a) => `Parent ${q(a.induk)} of unit ${q(a.id)} is not in the unit list.`,
    perbaikan: (a) => `${maybe(a.saran, `Did you mean ${q(a.saran)}? `)}Add that unit or fix the parent id.`,
  },
  UNIT_SIKLUS: {
    pesan: (a) =>
      a.lainnya === undefined
        ? `The parent of unit ${q(a.id)} forms a cycle: ${arrow(a.siklus)}.`
        : `The parent of unit ${q(a.id)} forms a cycle: ${arrow(a.siklus)} → … (${s(a.lainnya)} more units) → ${s(a.id)}.`,
    perbaikan: () => 'One unit in this chain needs another parent or must be the root (no parent).',
  },
  TIM_GANDA: {
    pesan: (a) => `Team id ${q(a.id)} is already used in ${s(a.path_pertama)}.`,
    perbaikan: () => 'Give it a unique id.',
  },
  TIM_ANGGOTA_GANDA: {
    pesan: (a) => `NIP ${s(a.nip)} is listed more than once in team ${q(a.id)}; it counts once.`,
    perbaikan: () => 'Remove the duplicate.',
  },
  KATALOG_GANDA: {
    pesan: (a) => `Indicator id ${q(a.id)} is already defined in ${s(a.path_pertama)}.`,
    perbaikan: () => 'Catalogue ids are unique across the workspace; rename or remove one.',
  },
  SKM_LINGKUP_WAJIB: {
    pesan: () => 'An indicator with `sumber: skm` has no `skm_lingkup`.',
    perbaikan: () => 'Add `skm_lingkup: unit`, `layanan` or `petugas`.',
  },
  SKM_LAYANAN_WAJIB: {
    pesan: () => '`skm_lingkup: layanan` needs `skm_layanan`.',
    perbaikan: () => 'Add `skm_layanan:` with the service name as in the SKM CSV `layanan` column.',
  },
  SKM_KONSOLIDASI: {
    pesan: () => '`konsolidasi` does not apply to a `sumber: skm` indicator (its realisation is the IKM of the period).',
    perbaikan: () => 'Remove `konsolidasi`.',
  },
  SKP_GANDA: {
    pesan: (a) =>
      `NIP ${s(a.nip)} has more than one SKP for ${s(a.tahun)} whose masa overlap (this SKP: ${s(a.masa)}); also in ${s(a.path_lain)}.`,
    perbaikan: () =>
      'Several SKPs a year are allowed (a transfer, a promotion) when their masa do not overlap: give each SKP its own `masa: { mulai, selesai }`, or remove one of them.',
  },
  MASA_DI_LUAR_TAHUN: {
    pesan: (a) => `Month ${q(a.bulan)} is outside the SKP's year ${s(a.tahun)}.`,
    perbaikan: (a) =>
      `An SKP's masa lies inside its year: months ${s(a.tahun)}-01 to ${s(a.tahun)}-12. Another year's SKP goes in a file of its own.`,
  },
  MASA_TERBALIK: {
    pesan: (a) => `The SKP's masa ends (${q(a.selesai)}) before it starts (${q(a.mulai)}).`,
    perbaikan: () => 'Swap mulai and selesai, or correct the months.',
  },
  UNIT_TIDAK_DIKENAL: {
    pesan: (a) => `Unit ${q(a.unit)} is not in the unit list.`,
    perbaikan: (a) => `${maybe(a.saran, `Did you mean ${q(a.saran)}? `)}Use an id from the unit-kerja file.`,
  },
  PENILAI_DIRI: {
    pesan: () => 'The penilai is the employee being assessed.',
    perbaikan: () => "Enter the assessing official's NIP (usually the direct supervisor).",
  },
  GOLONGAN_TIDAK_BAKU: {
    pesan: (a) =>
      `Golongan ${q(a.golongan)} is not in the standard form${a.saran ? `; did you mean ${q(a.saran)}?` : '.'} The Dokumen Evaluasi Kinerja prints it as written.`,
    perbaikan: () => 'Write a PNS golongan ruang as I/a … IV/e (e.g. III/b), or a PPPK golongan as a Roman numeral I … XVII.',
  },
  PENILAI_TIDAK_ADA: {
    pesan: () => 'The SKP names no assessing official (penilai).',
    perbaikan: () => "Add `penilai:` with the direct supervisor's nip and nama (for a kepala daerah as penilai: nama only).",
  },
  INTERVENSI_WAJIB: {
    pesan: (a) => `Utama RHK ${q(a.rhk)} names no supervisor RHK it supports (the penilai's SKP is ${s(a.path_penilai)}).`,
    perbaikan: (a) => `Add \`intervensi:\` with one of: ${s(a.rhk_penilai)}.`,
  },
  INTERVENSI_TIDAK_DIKENAL: {
    pesan: (a) => `intervensi ${q(a.intervensi)} is not an RHK of the penilai's SKP (${s(a.path_penilai)}).`,
    perbaikan: (a) => `Use one of: ${s(a.rhk_penilai)}.`,
  },
  RHK_GANDA: {
    pesan: (a) => `RHK id ${q(a.id)} is used twice in this SKP.`,
    perbaikan: () => 'Give each RHK a unique id.',
  },
  RHK_TANPA_URAIAN: {
    pesan: (a) => `RHK ${q(a.rhk)} has no uraian.`,
    perbaikan: () => 'Add an `uraian:` stating the planned result.',
  },
  REF_TIDAK_DIKENAL: {
    pesan: (a) => `Indicator ${q(a.ref)} is not in any indicator catalogue.`,
    perbaikan: (a) =>
      `${maybe(a.saran, `Did you mean ${q(a.saran)}? `)}Add it to a katalog-indikator or define it inline (id, nama, satuan, aspek, polaritas).`,
  },
  INDIKATOR_TIDAK_LENGKAP: {
    pesan: (a) => `Indicator without \`ref\` is incomplete: missing ${s(a.kurang)}.`,
    perbaikan: () => 'Refer to a catalogue with `ref:` or give id, nama, satuan, aspek and polaritas.',
  },
  INDIKATOR_GANDA: {
    pesan: (a) => `Indicator key ${q(a.kunci)} is used twice in this SKP.`,
    perbaikan: () => 'Give a different `id` (one catalogue indicator can serve two RHKs with `ref` + `id`).',
  },
  INDIKATOR_BENTROK_KATALOG: {
    pesan: (a) => `id ${q(a.id)} equals another catalogue indicator's id.`,
    perbaikan: () => 'Use `ref:` for a catalogue indicator, or choose another id.',
  },
  BOBOT_SEBAGIAN: {
    pesan: (a) => `Only some utama RHKs have a bobot; without: ${s(a.tanpa_bobot)}.`,
    perbaikan: () => 'Give every utama RHK a bobot (summing to 100) or none (equal weights).',
  },
  BOBOT_TOTAL: {
    pesan: (a) => `Utama RHK weights add up to ${s(a.jumlah)}, not 100.`,
    perbaikan: () => 'Adjust the weights to add up to 100.',
  },
  KT_TANPA_BOBOT: {
    pesan: (a) => `Tambahan RHK ${q(a.rhk)} has no bobot and adds nothing to the Nilai KT (PermenPAN-RB 8/2021 angka 8).`,
    perbaikan: () => 'Give it a `bobot` (percent) if this additional task must count in the Nilai KT; without one it is only reported.',
  },
  KUALITATIF_DIABAIKAN: {
    pesan: () =>
      "pendekatan: kualitatif is ignored: PP 46/2011 and PP 30/2019 score every SKP from its indicators' targets and realisations.",
    perbaikan: () => 'Give every indicator a target and realisations, or score with metode permenpan-rb-6-2022.',
  },
  PP46_TARGET: {
    pesan: (a) =>
      `The target of indicator ${q(a.indikator)} (aspek ${s(a.aspek)}) of kegiatan ${q(a.rhk)} ${a.rentang ? 'is a range' : 'is not above 0'}: PP 46/2011 divides by it.`,
    perbaikan: (a) =>
      a.rentang ? 'Write one number (TO, TK, TW or TB), not { min, maks }.' : 'Give a target above 0 (TK is usually 100; TW in months).',
  },
  ANGKA_TIDAK_TERHINGGA: {
    pesan: (a) => `The number ${q(a.nilai)} is infinite or not a number: no field can use it.`,
    perbaikan: () => 'Write a plain number (e.g. 60 or 12.5); check for a mistyped exponent or a number that is far too long.',
  },
  PP46_ASPEK: {
    pesan: (a) =>
      `RHK utama ${q(a.rhk)} is not a PP 46/2011 kegiatan: it needs exactly one indicator of kuantitas, one of kualitas and one of waktu, and at most one of biaya; it has kuantitas ${s(a.kuantitas)}, kualitas ${s(a.kualitas)}, waktu ${s(a.waktu)}, biaya ${s(a.biaya)}.${a.waktu_bukan_bulan ? ' The waktu indicator must have satuan bulan.' : ''}`,
    perbaikan: () =>
      'Give each kegiatan an indicator of kuantitas (TO), kualitas (TK, usually 100), waktu (TW, satuan: bulan) and, when it has one, biaya (TB), as Perka BKN 1/2013 prescribes.',
  },
  BOBOT_TAMBAHAN: {
    pesan: (a) => `Tambahan RHK ${q(a.rhk)} must not have a bobot.`,
    perbaikan: () => 'Remove `bobot`; tambahan RHKs are reported apart and not averaged in.',
  },
  TARGET_WAJIB: {
    pesan: (a) => `Indicator ${q(a.kunci)} has no target.`,
    perbaikan: () => 'Add `target:` (a number or { min, maks }); only `pendekatan: kualitatif` SKPs may omit it.',
  },
  TARGET_NOL: {
    pesan: () => 'A target of 0 with polaritas maksimal makes capaian incomputable (division by zero).',
    perbaikan: () => 'Set a target > 0, or use `polaritas: minimal` for a zero-tolerance target.',
  },
  TARGET_RENTANG: {
    pesan: (a) => `Invalid target range: min ${s(a.min)}, maks ${s(a.maks)}.`,
    perbaikan: () => 'A range needs 0 ≤ min ≤ maks with maks > 0.',
  },
  TARGET_PERIODE_KUNCI: {
    pesan: (a) => (a.sah ? `Period ${q(a.kunci)} is outside the SKP year ${s(a.tahun)}.` : `${q(a.kunci)} is not a valid period.`),
    perbaikan: (a) => `Use ${s(a.tahun)}-S1, ${s(a.tahun)}-TW1…TW4 or ${s(a.tahun)}-01…12.`,
  },
  NIP_FORMAT: {
    pesan: (a) =>
      `NIP ${q(a.nilai)} is invalid: it must be exactly 18 digits (got ${s(a.panjang)} characters${a.hanya_angka ? '' : ', not all digits'}).`,
    perbaikan: () => 'Copy the full NIP from the decree or the personnel records. ' + EXCEL_FIX,
  },
  NIP_NOTASI_ILMIAH: {
    pesan: (a) => `NIP ${q(a.nilai)} is in scientific notation: Excel turned it into a number and lost its last digits.`,
    perbaikan: () => EXCEL_FIX,
  },
  NIP_TANPA_KUTIP: {
    pesan: (a) =>
      `NIP ${s(a.nilai)} is written without quotes: asn-kinerja reads it whole, but an editor (YAML language server) and other YAML tools read it as a number and lose its last digits.`,
    perbaikan: (a) => `Write "${a.nilai}".`,
  },
  NIP_TERPOTONG: {
    pesan: (a) =>
      `NIP ${s(a.nilai)} ends in 000: likely truncated by Excel (15 significant digits).${maybe(a.mirip, ` Probably NIP ${s(a.mirip)}.`)}`,
    perbaikan: () => 'NIP serial numbers start at 001. ' + EXCEL_FIX,
  },
  NIP_TANGGAL_LAHIR: {
    pesan: (a) => `NIP digits 1–8 (${s(a.nilai)}) are not a real birth date (yyyymmdd).`,
    perbaikan: () => 'Check the NIP on the decree; digits 1–8 are the birth date.',
  },
  NIP_TMT: {
    pesan: (a) => `NIP digits 9–14 (${s(a.nilai)}) are not a valid appointment date (yyyymm, month 01–12).`,
    perbaikan: () => 'Check the NIP on the decree; digits 9–14 are the CPNS appointment year and month (PPPK: digits 9–12, year).',
  },
  NIP_JENIS_KELAMIN: {
    pesan: (a) => `NIP digit 15 (${s(a.nilai)}) must be 1 (male) or 2 (female).`,
    perbaikan: () => 'Check the NIP on the decree.',
  },
  NIP_PPPK_KONTRAK: {
    pesan: () => 'NI PPPK digit 14 (contract number) must be 1–9.',
    perbaikan: () => 'Check the NI PPPK on the appointment decree.',
  },
  NIP_TMT_MUDA: {
    pesan: (a) => `By the NIP, the employee was appointed (${s(a.tmt)}) before turning 18 (born ${s(a.lahir)}).`,
    perbaikan: () => 'Check the NIP; it is likely mistyped.',
  },
  NIP_TMT_SETELAH_PERIODE: {
    pesan: (a) => `By the NIP, the appointment (${s(a.tmt)}) is after the end of ${s(a.tahun)}.`,
    perbaikan: () => 'Check the NIP or the SKP year.',
  },
  CSV_FORMAT: {
    pesan: (a) =>
      `Read as ${s(a.encoding)}, delimiter ${q(a.pemisah)}, decimal ${a.desimal === 'koma' ? 'comma' : 'point'}${a.sumber_desimal === 'opsi' ? ' (--desimal)' : ''}.`,
    perbaikan: (a) =>
      a.encoding === 'windows-1252'
        ? 'This file is not UTF-8; save it as "CSV UTF-8" so special letters are read right.'
        : 'If this is wrong, use --delimiter or --desimal.',
  },
  CSV_TIDAK_DIKENALI: {
    pesan: (a) =>
      a.alasan === 'several'
        ? `The header fits more than one CSV kind (${s(a.kandidat)}).`
        : a.alasan === 'kosong'
          ? 'The CSV file is empty, with no header.'
          : 'The CSV kind cannot be recognised from its header.',
    perbaikan: (a) => `Expected headers: ${s(a.diharapkan)}. This file's header: ${s(a.header)}.`,
  },
  XLSX_LEMBAR: {
    pesan: (a) =>
      `Sheet read as ${s(a.jenis)}; header at row ${s(a.baris_header)}${a.sampai > a.baris_header ? `–${s(a.sampai)}` : ''}${a.baris_header > 1 ? ` (rows 1–${a.baris_header - 1} above it skipped as a title)` : ''}.`,
    perbaikan: () => 'Nothing to do.',
  },
  LEMBAR_DILEWATI: {
    pesan: (a) =>
      `This ${a.tersembunyi ? 'hidden ' : ''}sheet is not read: no header of a known CSV role in its first ${s(a.baris_dicari)} rows (its first row holds: ${q(a.header)}).`,
    perbaikan: () => 'If the sheet holds data, give it a known header (see docs/temuan.md, CSV_TIDAK_DIKENALI) on its column-title row.',
  },
  LEMBAR_TERSEMBUNYI: {
    pesan: (a) => `This sheet is hidden and holds ${s(a.jenis)} data; not read.`,
    perbaikan: () => 'Unhide the sheet (right-click the sheet tab → Unhide) if its data must count, or delete the sheet.',
  },
  SEL_GABUNG: {
    pesan: (a) =>
      `${s(a.jumlah)} merged cell range(s) over data rows (${s(a.contoh)}); each cell of a range is read as the range's first cell.`,
    perbaikan: () => 'Check that the value holds for every row of its range; safer: unmerge and fill every cell.',
  },
  RUMUS_TANPA_NILAI: {
    pesan: (a) => `The ${s(a.kolom)} cell holds a formula saved without its result; row rejected.`,
    perbaikan: () => 'Open the workbook in Excel or LibreOffice and save it again (the results are saved with it), or type the value.',
  },
  SEL_GALAT: {
    pesan: (a) => `The ${s(a.kolom)} cell holds the Excel error ${q(a.nilai)}; row rejected.`,
    perbaikan: () => "Fix that cell's formula or value in the workbook.",
  },
  NIP_ANGKA_EXCEL: {
    pesan: (a) =>
      `The NIP in this cell is stored as a number (${s(a.nilai)}): Excel keeps only 15 digits, so its last digits are gone.${maybe(a.mirip, ` Perhaps NIP ${s(a.mirip)}.`)}`,
    perbaikan: () => EXCEL_FIX,
  },
  CSV_KELUARAN_ALAT: {
    pesan: (a) => `This file is an export of asn-kinerja itself (columns ${s(a.kolom)}), not input data; skipped.`,
    perbaikan: () =>
      'Keep outputs outside the workspace (e.g. a laporan/ folder beside it) or in a folder listed under `abaikan` in asn-kinerja.yaml.',
  },
  CSV_HEADER_GANDA: {
    pesan: (a) => `Column ${s(a.kolom)} appears more than once in the header.`,
    perbaikan: () => 'Remove or rename the duplicate column.',
  },
  CSV_KOLOM_DIABAIKAN: {
    pesan: (a) => `Extra columns ignored: ${s(a.kolom)}.`,
    perbaikan: () => 'Nothing to do if those columns are notes.',
  },
  CSV_SINTAKS: {
    pesan: (a) =>
      `This line${a.sampai !== undefined && a.sampai !== null ? ` through line ${s(a.sampai)}` : ''} cannot be read as CSV (${PARSER[a.kode_parser] ?? a.detail}); all of it is rejected.`,
    perbaikan: () => 'Check the quotes: a cell holding quotes must be quoted, with inner quotes doubled ("").',
  },
  BARIS_KOLOM: {
    pesan: (a) => `The row has ${s(a.jumlah)} columns, the header ${s(a.diharapkan)}.`,
    perbaikan: () => 'Check for delimiters inside cells (a cell holding ; or , must be quoted).',
  },
  BARIS_KOSONG: {
    pesan: (a) => `${s(a.jumlah)} empty rows (delimiters only) ignored.`,
    perbaikan: () => 'Delete empty rows at the end of the sheet before saving.',
  },
  BARIS_DI_LUAR_PERIODE: {
    pesan: (a) => `${s(a.jumlah)} rows outside the period ${s(a.periode)} ignored.`,
    perbaikan: () => 'Nothing to do; choose another period with --periode.',
  },
  BARIS_SKP_TIDAK_VALID: {
    pesan: (a) => `${s(a.jumlah)} rows of employees whose SKP has errors were not checked against it.`,
    perbaikan: () => 'Fix the errors in those SKPs and run again.',
  },
  BARIS_DI_LUAR_MASA: {
    pesan: (a) => `${s(a.jumlah)} rows of employees not scored for ${s(a.periode)} (their SKPs' masa lie outside it) were ignored.`,
    perbaikan: () => "Nothing to do when the SKPs' masa are right.",
  },
  KOLOM_KOSONG: {
    pesan: (a) => `Column ${s(a.kolom)} is empty.`,
    perbaikan: () => 'Fill this cell; the row is rejected without it.',
  },
  PERIODE_TIDAK_VALID: {
    pesan: (a) => `${q(a.nilai)} is not a valid period.`,
    perbaikan: () => 'Use 2026, 2026-S1, 2026-TW1 … 2026-TW4, or 2026-01 … 2026-12.',
  },
  PERIODE_DIUBAH_EXCEL: {
    pesan: (a) => `Period ${q(a.nilai)} was turned into a date by Excel.`,
    perbaikan: () => 'Format the periode column as Text (Format Cells → Text), then type the period again, e.g. 2026-01 or 2026-TW1.',
  },
  TANGGAL_TIDAK_VALID: {
    pesan: (a) => `${q(a.nilai)} is not a valid date.`,
    perbaikan: () => 'Use yyyy-mm-dd (2026-03-15) or day first: dd/mm/yyyy (15/03/2026).',
  },
  TANGGAL_BULAN_KEDUA: {
    pesan: (a) => `${q(a.nilai)}: the second number is over 12, but the order is day/month/year.`,
    perbaikan: () => 'This date looks month-first (US format). Set Excel to an Indonesian locale or write yyyy-mm-dd.',
  },
  TANGGAL_MUNGKIN_BULAN_DULU: {
    pesan: (a) =>
      `This column is written month-first (line ${s(a.baris_bukti)}: ${q(a.bukti)}), so ${s(a.jumlah)} dates that read both ways, e.g. ${q(a.contoh)}, may have the wrong month: they were read day-first.`,
    perbaikan: () => 'Export again with the Indonesian locale or write yyyy-mm-dd, then run again.',
  },
  NILAI_BUKAN_ANGKA: {
    pesan: (a) => `${q(a.nilai)} in column ${s(a.kolom)} is not a number.`,
    perbaikan: () => 'Write a number only, e.g. 87,5 or 1.234,5 (no units or text).',
  },
  NILAI_NEGATIF: {
    pesan: (a) => `Value ${q(a.nilai)} is negative.`,
    perbaikan: () => 'Realisations and scores cannot be negative; check this cell.',
  },
  NILAI_AMBIGU: {
    pesan: (a) =>
      `${q(a.nilai)} can be read as ${s(a.koma)} (decimal comma) or ${s(a.titik)} (decimal point); decimal ${s(a.dipakai)} was used.`,
    perbaikan: () => 'If that is wrong, run with --desimal koma|titik, or write it without a thousands separator.',
  },
  DESIMAL_CAMPUR: {
    pesan: (a) => `The file uses both decimal marks: ${s(a.koma)} cells with a comma, ${s(a.titik)} with a point.`,
    perbaikan: (a) => `Ambiguous cells were read with decimal ${s(a.dipakai)}; make them uniform before exporting.`,
  },
  NILAI_MUNGKIN_PECAHAN: {
    pesan: (a) =>
      `Every realisation of the percent indicator ${q(a.indikator)} in this file is ≤ 1.5 (largest ${s(a.maks)}): likely written as fractions (0.95 = 95%).`,
    perbaikan: () => 'Write percentages as 95 or 95%, not 0.95.',
  },
  REALISASI_KOSONG: {
    pesan: (a) => `Realisation of ${q(a.indikator)} is blank: taken as not reported, not as zero.`,
    perbaikan: () => 'Fill in the realisation if there is one; write 0 if it really is zero.',
  },
  REALISASI_SUMBER_SKM: {
    pesan: (a) => `Indicator ${q(a.indikator)} is fed by the SKM survey; its realisasi row is ignored.`,
    perbaikan: () => 'Remove this row; the value comes from the SKM CSV.',
  },
  PERAN_TIDAK_VALID: {
    pesan: (a) => `Unknown role ${q(a.nilai)}.`,
    perbaikan: () => 'Use atasan, rekan, bawahan or diri.',
  },
  PERILAKU_DI_LUAR_SKALA: {
    pesan: (a) => `Value ${q(a.nilai)} is outside the scale ${s(a.min)}–${s(a.maks)}.`,
    perbaikan: () => 'Fix the value; values are never clamped to the scale. The scale is set in perilaku.skala.',
  },
  PERILAKU_KOSONG: {
    pesan: () => 'All seven BerAKHLAK values are blank.',
    perbaikan: () => 'Fill at least one value, or remove the row.',
  },
  PERILAKU_DIRI_NIP: {
    pesan: (a) => `Role diri but penilai_nip ${s(a.penilai_nip)} is not the employee's NIP ${s(a.nip)}.`,
    perbaikan: () => 'For a self-assessment penilai_nip equals nip; otherwise fix the role.',
  },
  PERILAKU_PENILAI_DIRI: {
    pesan: (a) => `The employee rates themself with role ${q(a.peran)}.`,
    perbaikan: () => 'Use role diri, or enter the right rater NIP.',
  },
  RATING_TIDAK_VALID: {
    pesan: (a) => `Unknown rating ${q(a.nilai)}.`,
    perbaikan: (a) => `Use ${orList(a.label, 'or')}.`,
  },
  RATING_PREDIKAT: {
    pesan: (a) => `${q(a.nilai)} is a predikat, not a rating.`,
    perbaikan: (a) => `A rating column holds ${orList(a.label, 'or')}; the predikat follows from both ratings.`,
  },
  INOVASI_TIDAK_VALID: {
    pesan: (a) => `Invalid inovasi ${q(a.nilai)}.`,
    perbaikan: () => 'Use ya or tidak.',
  },
  PENILAIAN_KOSONG: {
    pesan: () => 'A penilaian row without ratings is ignored.',
    perbaikan: () => 'Fill in a rating or remove the row.',
  },
  INOVASI_DIABAIKAN: {
    pesan: (a) =>
      `${s(a.jumlah)} values in the inovasi column were ignored: this method does not use innovation (the condition for Sangat Baik exists only under PP 30/2019).`,
    perbaikan: () => 'No action needed; the column is used with metode: pp-30-2019.',
  },
  PERILAKU_DIABAIKAN: {
    pesan: (a) =>
      `${s(a.jumlah)} 360° rating row(s) ignored: this rule pack takes the nilai perilaku from the penilaian CSV's nilai_perilaku column (0–100), not from 360° ratings.`,
    perbaikan: () =>
      'Fill nilai_perilaku in the penilaian CSV; for pp-30-2019, pp_30_2019.dengan_360: true uses the 360° ratings where that column is blank.',
  },
  RATING_DIABAIKAN: {
    pesan: (a) =>
      `${s(a.jumlah)} rating_hasil_kerja / rating_perilaku cell(s) ignored: the penilai's ratings are PermenPAN-RB 6/2022's; this rule pack scores from the Nilai SKP and the nilai perilaku.`,
    perbaikan: () => 'Nothing to do; fill nilai_perilaku (0–100) for pp-46-2011 / pp-30-2019.',
  },
  NILAI_PERILAKU_DIABAIKAN: {
    pesan: (a) =>
      `${s(a.jumlah)} values in the nilai_perilaku column were ignored: this method computes behaviour from the 360° ratings (RULES.md §2.5), not from a 0–100 score.`,
    perbaikan: () => 'Fill rating_perilaku when the penilai sets a rating, or use metode pp-46-2011 / pp-30-2019 for 0–100 scores.',
  },
  PENILAIAN_GANDA: {
    pesan: (a) =>
      `${s(a.kolom)} for this employee and period is already set in ${s(a.path_pertama)} line ${s(a.baris_pertama)}; this one is rejected.`,
    perbaikan: () => 'Remove one of them.',
  },
  PENILAIAN_BERTENTANGAN: {
    pesan: (a) =>
      `${s(a.kolom)} for this employee and period is set differently in ${s(a.jumlah)} rows (see also ${s(a.path_lain)} line ${s(a.baris_lain)}); none is used: the column counts as not given, and the rating comes from the next source.`,
    perbaikan: () => 'Keep one row with the value the penilai decided and remove the others.',
  },
  SKM_JAWABAN_TIDAK_VALID: {
    pesan: (a) => `Answer ${s(a.unsur)} ${q(a.nilai)} is invalid: PermenPAN-RB 14/2017 uses a 1–4 scale.`,
    perbaikan: () =>
      'Answers are whole numbers 1–4 (blank = not answered); values are never clamped. A 1–5 questionnaire must be converted first.',
  },
  SKM_KOSONG: {
    pesan: () => 'All nine unsur are blank.',
    perbaikan: () => 'Remove the row or fill in the answers.',
  },
  SKM_UNIT_TIDAK_DIKENAL: {
    pesan: (a) => `Unit ${q(a.unit)} is not in the unit list.`,
    perbaikan: (a) => (a.id ? `That is the unit's name; write its id: ${q(a.id)}.` : 'Use a unit id from unit-kerja.yaml.'),
  },
  SKM_TANPA_PERIODE: {
    pesan: () => 'SKM CSV without a tanggal or periode column: every answer counts for any period.',
    perbaikan: () => 'Add a tanggal (yyyy-mm-dd) or periode column.',
  },
  SKM_PERIODE_TIDAK_COCOK: {
    pesan: (a) => `Date ${s(a.tanggal)} is outside period ${s(a.periode)}; the period is used.`,
    perbaikan: () => 'Fix one of them.',
  },
  JP_TIDAK_VALID: {
    pesan: (a) => `JP ${q(a.nilai)} must be greater than 0.`,
    perbaikan: () => 'Enter the hours of the activity.',
  },
  JENIS_KOMPETENSI_TIDAK_VALID: {
    pesan: (a) => `Jenis ${q(a.nilai)} is neither klasikal nor nonklasikal.`,
    perbaikan: () =>
      'Write klasikal or nonklasikal, or leave it empty. If it holds a number, check whether jp was written with a decimal comma in a comma-separated file.',
  },
  NILAI_KOMA_TERPISAH: {
    pesan: (a) =>
      `In a comma-separated file, ${q(a.nilai)} reads as ${s(a.kolom)} = ${s(a.dibaca)} and ${s(a.kolom_berikut)} = ${q(a.nilai.split(',')[1] ?? '')}; it may mean ${s(a.atau)}.`,
    perbaikan: () => 'If a decimal is meant, write it with a point (10.5) or quote it ("10,5"), or save the file with semicolons.',
  },
  BARIS_TUMPANG_TINDIH: {
    pesan: (a) =>
      `Period ${s(a.periode)} for ${s(a.kunci)} overlaps line ${s(a.baris_pertama)} of ${s(a.path_pertama)}; this row is rejected.`,
    perbaikan: () => 'One value per month: remove the duplicate, or use only quarters or only months.',
  },
  BARIS_BERTENTANGAN: {
    pesan: (a) =>
      `Period ${s(a.periode)} for ${s(a.kunci)} overlaps line ${s(a.baris_lain)} of ${s(a.path_lain)}, and the ${s(a.jumlah)} rows sharing these months differ in period or value; all of them are rejected, none is counted.`,
    perbaikan: () =>
      'Keep one row per month with the right value and remove the others (use only quarters or only months); an exact copy needs to be written only once.',
  },
  NIP_TANPA_SKP: {
    pesan: (a) => `NIP ${s(a.nip)} has no SKP for ${s(a.tahun)} in the workspace.`,
    perbaikan: (a) => `${maybe(a.saran, `Did you mean ${s(a.saran)} (one digit apart)? `)}Check the NIP, or add this employee's SKP.`,
  },
  INDIKATOR_TIDAK_DI_SKP: {
    pesan: (a) => `Indicator ${q(a.indikator)} is not in employee ${s(a.nip)}'s ${s(a.tahun)} SKP.`,
    perbaikan: (a) =>
      `${maybe(a.saran, `Did you mean ${q(a.saran)}? `)}Use an indicator key from the SKP (its id, or its ref when it has no id).`,
  },
  REALISASI_LINTAS_SKP: {
    pesan: (a) => `Period ${s(a.periode)} spans the masa of two of this employee's SKPs (${s(a.masa)}); the row is rejected.`,
    perbaikan: (a) => `Report by month (or by quarters that lie inside one masa), each for its own SKP: ${s(a.path)}.`,
  },
  REALISASI_DI_LUAR_MASA: {
    pesan: (a) => `Period ${s(a.periode)} is outside the masa of this employee's SKPs (${s(a.masa)}); the row is rejected.`,
    perbaikan: () => "Remove the row, or correct its period or the SKP's `masa` (e.g. a CPNS's appointment month).",
  },
  PENILAI_TANPA_SKP: {
    pesan: (a) => `Rater ${s(a.penilai_nip)} has no SKP in the workspace; the ratings are used.`,
    perbaikan: () => 'Normal for raters from other agencies; otherwise check the NIP.',
  },
  ATASAN_BUKAN_PENILAI: {
    pesan: (a) => `The atasan rater ${s(a.penilai_nip)} is not the SKP's penilai (${s(a.penilai_skp)}); the ratings are used.`,
    perbaikan: () => "Check the rater's NIP or the SKP's penilai.",
  },
  SKP_TIDAK_VALID: {
    pesan: () => 'This SKP has errors; the employee is listed but not scored.',
    perbaikan: () => 'Fix the SKP errors (asn-kinerja validate) and score again.',
  },
  SKP_DI_LUAR_PERIODE: {
    pesan: (a) => `This SKP's masa (${s(a.masa)}) does not meet the period ${s(a.periode)}; it is not scored for that period.`,
    perbaikan: () => 'Nothing to do when the masa is right.',
  },
  INDIKATOR_TANPA_REALISASI: {
    pesan: (a) => `Indicator ${q(a.indikator)} has no realisation in ${s(a.periode)}; it is left out of the mean (not zero).`,
    perbaikan: () => 'Add its rows to the realisasi CSV.',
  },
  CAKUPAN_SEBAGIAN: {
    pesan: (a) =>
      `Realisation of ${q(a.indikator)} covers ${s(a.bulan_tercakup)} of ${s(a.bulan_periode)} months; months without data: ${s(a.bulan_kosong)}.`,
    perbaikan: () => 'Missing months are not zeros; jumlah targets are pro-rated to the covered months.',
  },
  TARGET_PERIODE_SUB: {
    pesan: (a) => `Period targets ${s(a.kunci)} lie inside ${s(a.periode)} but are not aggregated; the annual target is used.`,
    perbaikan: (a) => `Add a target_periode for ${s(a.periode)} if needed.`,
  },
  TOLERANSI_NOL: {
    pesan: (a) => `Zero-tolerance target for ${q(a.indikator)}: capaian ${s(a.capaian)}.`,
    perbaikan: () => 'Capaian is 100 when the realisation is 0, else 0 (RULES.md §2.3).',
  },
  CAPAIAN_TIDAK_TERHITUNG: {
    pesan: (a) =>
      `Capaian hasil kerja cannot be computed: ${a.sebab === 'TANPA_RHK_UTAMA' ? 'no utama RHK' : 'no realisation for the utama RHKs'}.`,
    perbaikan: () => 'Add realisations for the utama RHKs.',
  },
  CAPAIAN_DATA_SEBAGIAN: {
    pesan: (a) => `Capaian hasil kerja rests on RHKs weighing only ${s(a.bobot_ada)} of ${s(a.bobot_total)}.`,
    perbaikan: () => 'Add realisations for the other utama RHKs.',
  },
  PERAN_PENILAI_KURANG: {
    pesan: (a) => `Role ${s(a.peran)} has only ${s(a.penilai)} rater(s) (minimum ${s(a.minimal)}); it is left out.`,
    perbaikan: () => 'Add raters or change perilaku.minimal_penilai.',
  },
  PERILAKU_TANPA_ATASAN: {
    pesan: () => 'No perilaku rating by an atasan in this period; nilai perilaku is not computed.',
    perbaikan: () => 'Add perilaku rows with role atasan, or a rating_perilaku in the penilaian CSV.',
  },
  PERILAKU_PERIODE_LEBIH_PANJANG: {
    pesan: (a) =>
      `No behaviour rating lies inside ${s(a.periode)}: ${s(a.jumlah)} rows of this file are for longer periods (e.g. ${s(a.contoh)}), so none count for ${s(a.periode)} and no employee has a nilai perilaku.`,
    perbaikan: (a) => `Score with --periode ${s(a.contoh)} (the rating period), or add behaviour ratings for ${s(a.periode)}.`,
  },
  KUALITATIF_TANPA_RATING: {
    pesan: () => 'A kualitatif SKP without a rating hasil kerja from the penilai.',
    perbaikan: () => 'Fill rating_hasil_kerja in the penilaian CSV.',
  },
  RATING_PERLU_PENILAI: {
    pesan: (a) =>
      `Exactly half of the utama RHKs (${s(a.di_bawah)} of ${s(a.jumlah)}) are below expectation: ${s(a.rhk)}. That is neither "a small share" nor "most", so no rating hasil kerja is computed.`,
    perbaikan: () => 'The penilai sets rating_hasil_kerja in the penilaian CSV (PermenPAN-RB 6/2022, Lampiran).',
  },
  RATING_BERBEDA: {
    pesan: (a) => `Rating ${s(a.rating)}: ${s(a.sumber)} gives ${q(a.dipakai)}, ${s(a.sumber_lain)} ${q(a.lain)}; ${s(a.sumber)} is used.`,
    perbaikan: () => 'Nothing to do; precedence: penilai > organisasi > dihitung.',
  },
  PREDIKAT_TIDAK_DINILAI: {
    pesan: (a) =>
      `No predikat: ${list(a.alasan)
        .map((x) => ALASAN_PREDIKAT[x])
        .join(', ')}.`,
    perbaikan: () => 'Complete the missing data.',
  },
  KEGIATAN_TIDAK_DINILAI: {
    pesan: (a) => `Kegiatan ${q(a.rhk)} cannot be scored: ${SEBAB_KEGIATAN[a.sebab] ?? s(a.sebab)}; this SKP has no Nilai SKP.`,
    perbaikan: (a) =>
      a.sebab === 'TANPA_REALISASI'
        ? "Complete this kegiatan's kuantitas, kualitas, waktu (and biaya) realisations; RO = 0 means it was not carried out."
        : "Fix this kegiatan's indicators (run asn-kinerja validate).",
  },
  NILAI_AKHIR_TIDAK_DINILAI: {
    pesan: (a) =>
      `No nilai akhir: ${list(a.alasan)
        .map((x) => ALASAN_NILAI[x])
        .join(', ')}.`,
    perbaikan: (a) =>
      a.alasan.includes('NILAI_PERILAKU_TIDAK_ADA')
        ? "Fill the penilaian CSV's nilai_perilaku column (0–100) for this employee, or for pp-30-2019 turn on pp_30_2019.dengan_360."
        : 'Complete the missing data.',
  },
  PIMPINAN_GANDA: {
    pesan: (a) => `NIP ${s(a.nip)} heads several units with a predikat (${s(a.unit)}); the one nearest the root is used: ${s(a.dipakai)}.`,
    perbaikan: () => 'Check the pimpinan keys in unit-kerja.yaml.',
  },
  KURVA_TIDAK_SESUAI: {
    pesan: (a) =>
      `Unit ${q(a.unit)} (${s(a.predikat_organisasi)}) does not fit its kurva distribusi: ${s(a.predikat)} ${a.aturan === 'maksimal' || a.aturan === 'nol' ? 'at most' : 'at least'} ${s(a.batas)}, got ${s(a.jumlah)}.`,
    perbaikan: () =>
      'See the unit\'s saran (advice only; no result is changed). "harus ada" in a Baik unit is SE MenPAN-RB 3/2023\'s rule.',
  },
  KURVA_TIDAK_MUNGKIN: {
    pesan: (a) => `No distribution of ${s(a.jumlah)} employees can fit unit ${q(a.unit)}'s kurva.`,
    perbaikan: () => 'No advice is possible.',
  },
  JP_KURANG: {
    pesan: (a) => `Competency development ${s(a.jp)} JP, below the minimum of ${s(a.minimal)} for this period.`,
    perbaikan: () => 'PP 11/2017 art. 203(4): at least 20 JP a year for each PNS.',
  },
  TIM_ANGGOTA_TANPA_SKP: {
    pesan: (a) => `Team ${q(a.tim)} member ${s(a.nip)} has no scored SKP; left out.`,
    perbaikan: () => 'Check the member NIP.',
  },
  SKM_UNSUR_KOSONG: {
    pesan: (a) => `No answers for unsur ${s(a.unsur)} in group ${q(a.kunci)}; it is left out of the index.`,
    perbaikan: () => 'Normal when the unsur does not apply (e.g. Biaya/Tarif at a free service).',
  },
  SKM_TANPA_KELOMPOK: {
    pesan: (a) => `${s(a.jumlah)} responses without ${s(a.kolom)} belong to no group.`,
    perbaikan: (a) => `Fill the ${s(a.kolom)} column if those responses should count per ${s(a.kolom)}.`,
  },
  SKM_POPULASI_SEBAGIAN: {
    pesan: (a) => `Only some units under ${q(a.unit)} have populasi_layanan; the minimum sample uses those.`,
    perbaikan: () => 'Fill populasi_layanan in every service unit.',
  },
  SKM_SAMPEL_KURANG: {
    pesan: (a) =>
      `Group ${q(a.kunci)} has ${s(a.responden)} respondents, below the minimum sample of ${s(a.sampel_minimal)} (Krejcie–Morgan).`,
    perbaikan: () => 'Collect more responses before publishing the IKM (PermenPAN-RB 14/2017).',
  },
  TEMUAN_DIRINGKAS: {
    pesan: (a) => `${s(a.jumlah)} more ${s(a.kode_temuan)} findings in this file are not listed one by one.`,
    perbaikan: () => 'Fix the findings above and run again (or use --semua-temuan).',
  },
};
