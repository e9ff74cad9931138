/**
 * The message catalogue: for every finding code, the message and the fix, in Bahasa Indonesia and
 * English. `satisfies Record<Kode, …>` makes a new code without text a compile error.
 */
import type { Args, ArgValue, Kode } from '../core/findings.js';

export type Lang = 'id' | 'en';
type Text = (a: Args) => string;
interface Entry {
  pesan: Record<Lang, Text>;
  perbaikan: Record<Lang, Text>;
}

const s = (v: ArgValue | undefined): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v));
const q = (v: ArgValue | undefined): string => `'${s(v)}'`;
const arrow = (v: ArgValue | undefined): string => (Array.isArray(v) ? v.join(' → ') : s(v));
const orList = (v: ArgValue | undefined, lang: Lang): string => {
  const items = Array.isArray(v) ? v.map(String) : [s(v)];
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'id' ? 'atau' : 'or'} ${items[items.length - 1]}`;
};
const maybe = (v: ArgValue | undefined, id: string, en: string, lang: Lang) =>
  v === null || v === undefined ? '' : lang === 'id' ? id : en;

const CONFIG = 'asn-kinerja.yaml';

const EXCEL_FIX = {
  id: 'Format kolom NIP sebagai Teks (Format Cells → Text) sebelum mengetik atau menempelkan NIP, lalu ketik ulang NIP lengkapnya; di YAML, tulis NIP dalam tanda kutip.',
  en: 'Format the NIP column as Text (Format Cells → Text) before typing or pasting NIPs, then type the full NIP again; in YAML, quote the NIP.',
};

function schemaMessage(a: Args, lang: Lang): string {
  const id = lang === 'id';
  switch (a.keyword) {
    case 'required':
      return id ? `Kunci wajib ${q(a.kunci)} tidak ada atau kosong.` : `Required key ${q(a.kunci)} is missing or empty.`;
    case 'additionalProperties':
      return id ? `Kunci ${q(a.kunci)} tidak dikenal di sini.` : `Unknown key ${q(a.kunci)} here.`;
    case 'enum':
    case 'const':
      return id
        ? `Nilai ${q(a.nilai)} tidak sah; harus ${orList(a.diizinkan, lang)}.`
        : `Invalid value ${q(a.nilai)}; must be ${orList(a.diizinkan, lang)}.`;
    case 'type': {
      const names: Record<string, [string, string]> = {
        number: ['angka', 'a number'],
        integer: ['bilangan bulat', 'an integer'],
        string: ['teks', 'text'],
        object: ['peta kunci: nilai', 'a mapping of key: value'],
        array: ['daftar (- …)', 'a list (- …)'],
        boolean: ['true atau false', 'true or false'],
      };
      const want = (Array.isArray(a.tipe) ? a.tipe : [s(a.tipe)]).map((t) => names[String(t)]?.[id ? 0 : 1] ?? String(t));
      return id ? `Nilai ${q(a.nilai)} harus ${orList(want, lang)}.` : `Value ${q(a.nilai)} must be ${orList(want, lang)}.`;
    }
    case 'minimum':
      return id
        ? `Nilai ${s(a.nilai)} terlalu kecil; paling kecil ${s(a.batas)}.`
        : `Value ${s(a.nilai)} is too small; the minimum is ${s(a.batas)}.`;
    case 'exclusiveMinimum':
      return id ? `Nilai ${s(a.nilai)} harus lebih dari ${s(a.batas)}.` : `Value ${s(a.nilai)} must be greater than ${s(a.batas)}.`;
    case 'maximum':
      return id
        ? `Nilai ${s(a.nilai)} terlalu besar; paling besar ${s(a.batas)}.`
        : `Value ${s(a.nilai)} is too large; the maximum is ${s(a.batas)}.`;
    case 'exclusiveMaximum':
      return id ? `Nilai ${s(a.nilai)} harus kurang dari ${s(a.batas)}.` : `Value ${s(a.nilai)} must be less than ${s(a.batas)}.`;
    case 'minLength':
      return id ? 'Nilai tidak boleh kosong.' : 'The value must not be empty.';
    case 'minItems':
      return id ? `Daftar harus berisi paling sedikit ${s(a.batas)} butir.` : `The list needs at least ${s(a.batas)} item(s).`;
    case 'pattern':
      return id ? `Nilai ${q(a.nilai)} tidak sesuai pola ${s(a.pola)}.` : `Value ${q(a.nilai)} does not match the pattern ${s(a.pola)}.`;
    default:
      return id ? `Tidak sesuai skema: ${s(a.pesan_ajv)}.` : `Does not match the schema: ${s(a.pesan_ajv)}.`;
  }
}

function schemaFix(a: Args, lang: Lang): string {
  const id = lang === 'id';
  if (a.keyword === 'additionalProperties') {
    const allowed = s(a.diizinkan);
    return id ? `Hapus atau perbaiki ejaannya; kunci yang dikenal: ${allowed}.` : `Remove it or fix its spelling; known keys: ${allowed}.`;
  }
  if (a.keyword === 'required') return id ? `Tambahkan ${q(a.kunci)} dengan nilainya.` : `Add ${q(a.kunci)} with its value.`;
  return id ? 'Lihat `asn-kinerja schema` untuk bentuk yang diharapkan.' : 'See `asn-kinerja schema` for the expected shape.';
}

export const MESSAGES = {
  YAML_SINTAKS: {
    pesan: {
      id: (a) =>
        `YAML tidak dapat dibaca: ${s(a.pesan_parser)}.${a.lainnya ? ` (${s(a.lainnya)} kesalahan lanjutan tidak ditampilkan.)` : ''}`,
      en: (a) => `YAML cannot be parsed: ${s(a.pesan_parser)}.${a.lainnya ? ` (${s(a.lainnya)} follow-on errors not shown.)` : ''}`,
    },
    perbaikan: {
      id: () => 'Periksa indentasi (spasi, bukan tab), titik dua setelah kunci, dan tanda kutip yang belum ditutup.',
      en: () => 'Check indentation (spaces, not tabs), the colon after each key, and unclosed quotes.',
    },
  },
  KUNCI_GANDA: {
    pesan: {
      id: (a) => `Kunci ${q(a.kunci)} muncul dua kali di peta yang sama.`,
      en: (a) => `Key ${q(a.kunci)} appears twice in the same mapping.`,
    },
    perbaikan: {
      id: () => 'Hapus salah satunya; YAML tidak menentukan mana yang berlaku.',
      en: () => 'Remove one of them; YAML does not say which one applies.',
    },
  },
  YAML_ALIAS: {
    pesan: {
      id: (a) => `Alias YAML mengembang melebihi ${s(a.batas)} simpul (kemungkinan "alias bomb").`,
      en: (a) => `YAML aliases expand beyond ${s(a.batas)} nodes (a likely "alias bomb").`,
    },
    perbaikan: {
      id: () => 'Tulis nilainya langsung, tanpa anchor (&) dan alias (*).',
      en: () => 'Write the values out, without anchors (&) and aliases (*).',
    },
  },
  DOKUMEN_GANDA: {
    pesan: {
      id: (a) => `Berkas berisi ${s(a.jumlah)} dokumen YAML; hanya satu yang diizinkan.`,
      en: (a) => `The file holds ${s(a.jumlah)} YAML documents; only one is allowed.`,
    },
    perbaikan: {
      id: () => 'Pisahkan tiap dokumen (setelah `---`) ke berkasnya sendiri.',
      en: () => 'Move each document (after `---`) into a file of its own.',
    },
  },
  TANPA_KIND: {
    pesan: { id: () => 'YAML tanpa kunci `kind` dilewati.', en: () => 'YAML without a `kind` key is skipped.' },
    perbaikan: {
      id: () => 'Bila ini berkas asn-kinerja, tambahkan `kind:` (konfigurasi, unit-kerja, tim-kerja, katalog-indikator, skp).',
      en: () => 'If this is an asn-kinerja file, add `kind:` (konfigurasi, unit-kerja, tim-kerja, katalog-indikator, skp).',
    },
  },
  KIND_TIDAK_DIKENAL: {
    pesan: { id: (a) => `kind ${q(a.kind)} tidak dikenal.`, en: (a) => `Unknown kind ${q(a.kind)}.` },
    perbaikan: { id: (a) => `Gunakan salah satu: ${s(a.dikenal)}.`, en: (a) => `Use one of: ${s(a.dikenal)}.` },
  },
  FILE_TERLALU_BESAR: {
    pesan: {
      id: (a) => `Berkas berukuran ${s(a.ukuran)} byte, melebihi batas ${s(a.batas)} byte.`,
      en: (a) => `The file is ${s(a.ukuran)} bytes, over the ${s(a.batas)}-byte limit.`,
    },
    perbaikan: {
      id: () => 'Periksa apakah ini berkas yang benar, atau naikkan batas dengan --batas-ukuran.',
      en: () => 'Check that this is the right file, or raise the limit with --batas-ukuran.',
    },
  },
  FILE_BINER: {
    pesan: { id: () => 'Berkas berisi data biner, bukan teks.', en: () => 'The file holds binary data, not text.' },
    perbaikan: { id: () => 'Simpan ulang sebagai teks UTF-8.', en: () => 'Save it again as UTF-8 text.' },
  },
  FILE_ENCODING: {
    pesan: { id: () => 'Berkas YAML bukan UTF-8 yang sah.', en: () => 'The YAML file is not valid UTF-8.' },
    perbaikan: { id: () => 'Simpan ulang dengan encoding UTF-8.', en: () => 'Save it again with UTF-8 encoding.' },
  },
  FILE_TIDAK_TERBACA: {
    pesan: { id: (a) => `Berkas tidak dapat dibaca (${s(a.sebab)}).`, en: (a) => `The file cannot be read (${s(a.sebab)}).` },
    perbaikan: { id: () => 'Periksa izin berkas.', en: () => 'Check the file permissions.' },
  },
  XLSX_SIMPAN_CSV: {
    pesan: { id: () => 'Berkas Excel tidak dibaca langsung.', en: () => 'Excel files are not read directly.' },
    perbaikan: {
      id: () => 'Di Excel: File → Save As → "CSV UTF-8 (Comma delimited)".',
      en: () => 'In Excel: File → Save As → "CSV UTF-8 (Comma delimited)".',
    },
  },
  SKEMA: {
    pesan: { id: (a) => schemaMessage(a, 'id'), en: (a) => schemaMessage(a, 'en') },
    perbaikan: { id: (a) => schemaFix(a, 'id'), en: (a) => schemaFix(a, 'en') },
  },
  KONFIGURASI_BUKAN_AKAR: {
    pesan: {
      id: (a) => `Konfigurasi ini tidak dipakai: hanya ${CONFIG} di akar workspace (${s(a.akar)}) atau --config yang berlaku.`,
      en: (a) => `This config is not used: only ${CONFIG} at the workspace root (${s(a.akar)}) or --config applies.`,
    },
    perbaikan: { id: () => 'Pindahkan ke akar workspace atau hapus.', en: () => 'Move it to the workspace root or delete it.' },
  },
  KONFIGURASI_AMBANG: {
    pesan: {
      id: (a) => `Ambang ${s(a.bagian)}: sesuai (${s(a.sesuai)}) harus lebih kecil dari di_atas (${s(a.di_atas)}).`,
      en: (a) => `${s(a.bagian)} thresholds: sesuai (${s(a.sesuai)}) must be below di_atas (${s(a.di_atas)}).`,
    },
    perbaikan: { id: () => 'Turunkan `sesuai` atau naikkan `di_atas`.', en: () => 'Lower `sesuai` or raise `di_atas`.' },
  },
  KONFIGURASI_SKALA: {
    pesan: {
      id: (a) => `Skala perilaku tidak sah: min ${s(a.min)} tidak lebih kecil dari maks ${s(a.maks)}.`,
      en: (a) => `Invalid perilaku scale: min ${s(a.min)} is not below maks ${s(a.maks)}.`,
    },
    perbaikan: { id: () => 'Perbaiki `perilaku.skala` (bawaan 1–5).', en: () => 'Fix `perilaku.skala` (default 1–5).' },
  },
  KONFIGURASI_AMBANG_SKALA: {
    pesan: {
      id: (a) => `Ambang perilaku ${s(a.kunci)} = ${s(a.nilai)} di luar skala ${s(a.min)}–${s(a.maks)}.`,
      en: (a) => `Perilaku threshold ${s(a.kunci)} = ${s(a.nilai)} is outside the scale ${s(a.min)}–${s(a.maks)}.`,
    },
    perbaikan: { id: () => 'Letakkan ambang di dalam skala.', en: () => 'Put the threshold inside the scale.' },
  },
  KONFIGURASI_BOBOT_PERAN: {
    pesan: {
      id: () => 'Semua bobot peran perilaku bernilai 0; nilai perilaku tidak dapat dihitung.',
      en: () => 'Every perilaku role weight is 0; nilai perilaku cannot be computed.',
    },
    perbaikan: {
      id: () => 'Beri bobot > 0 paling tidak pada atasan (bawaan 60/20/20/0).',
      en: () => 'Give at least atasan a weight > 0 (default 60/20/20/0).',
    },
  },
  KONFIGURASI_BATAS_CAPAIAN: {
    pesan: {
      id: (a) => `batas_capaian ${s(a.batas_capaian)} ≤ ambang di_atas ${s(a.di_atas)}: Di Atas Ekspektasi tidak mungkin dicapai.`,
      en: (a) => `batas_capaian ${s(a.batas_capaian)} ≤ di_atas threshold ${s(a.di_atas)}: Di Atas Ekspektasi is unreachable.`,
    },
    perbaikan: {
      id: () => 'Naikkan batas_capaian (bawaan 120) atau turunkan ambang di_atas.',
      en: () => 'Raise batas_capaian (default 120) or lower the di_atas threshold.',
    },
  },
  UNIT_GANDA: {
    pesan: {
      id: (a) => `ID unit ${q(a.id)} sudah dipakai di ${s(a.path_pertama)}.`,
      en: (a) => `Unit id ${q(a.id)} is already used in ${s(a.path_pertama)}.`,
    },
    perbaikan: { id: () => 'Beri ID yang unik atau hapus duplikatnya.', en: () => 'Give it a unique id or remove the duplicate.' },
  },
  INDUK_TIDAK_DIKENAL: {
    pesan: {
      id: (a) => `Induk ${q(a.induk)} dari unit ${q(a.id)} tidak ada di daftar unit.`,
      en: (a) => `Parent ${q(a.induk)} of unit ${q(a.id)} is not in the unit list.`,
    },
    perbaikan: {
      id: (a) => `${maybe(a.saran, `Mungkin maksudnya ${q(a.saran)}? `, '', 'id')}Tambahkan unit itu atau perbaiki ID induk.`,
      en: (a) => `${maybe(a.saran, '', `Did you mean ${q(a.saran)}? `, 'en')}Add that unit or fix the parent id.`,
    },
  },
  UNIT_SIKLUS: {
    pesan: {
      id: (a) => `Induk unit ${q(a.id)} membentuk siklus: ${arrow(a.siklus)}.`,
      en: (a) => `The parent of unit ${q(a.id)} forms a cycle: ${arrow(a.siklus)}.`,
    },
    perbaikan: {
      id: () => 'Satu unit dalam rantai ini harus punya induk lain atau menjadi akar (tanpa induk).',
      en: () => 'One unit in this chain needs another parent or must be the root (no parent).',
    },
  },
  TIM_GANDA: {
    pesan: {
      id: (a) => `ID tim ${q(a.id)} sudah dipakai di ${s(a.path_pertama)}.`,
      en: (a) => `Team id ${q(a.id)} is already used in ${s(a.path_pertama)}.`,
    },
    perbaikan: { id: () => 'Beri ID yang unik.', en: () => 'Give it a unique id.' },
  },
  TIM_ANGGOTA_GANDA: {
    pesan: {
      id: (a) => `NIP ${s(a.nip)} tercantum lebih dari sekali di tim ${q(a.id)}; dihitung sekali.`,
      en: (a) => `NIP ${s(a.nip)} is listed more than once in team ${q(a.id)}; it counts once.`,
    },
    perbaikan: { id: () => 'Hapus duplikatnya.', en: () => 'Remove the duplicate.' },
  },
  KATALOG_GANDA: {
    pesan: {
      id: (a) => `ID indikator ${q(a.id)} sudah didefinisikan di ${s(a.path_pertama)}.`,
      en: (a) => `Indicator id ${q(a.id)} is already defined in ${s(a.path_pertama)}.`,
    },
    perbaikan: {
      id: () => 'ID katalog harus unik di seluruh workspace; ganti atau hapus salah satunya.',
      en: () => 'Catalogue ids are unique across the workspace; rename or remove one.',
    },
  },
  SKM_LINGKUP_WAJIB: {
    pesan: {
      id: () => 'Indikator dengan `sumber: skm` tidak punya `skm_lingkup`.',
      en: () => 'An indicator with `sumber: skm` has no `skm_lingkup`.',
    },
    perbaikan: {
      id: () => 'Tambahkan `skm_lingkup: unit`, `layanan` atau `petugas`.',
      en: () => 'Add `skm_lingkup: unit`, `layanan` or `petugas`.',
    },
  },
  SKM_LAYANAN_WAJIB: {
    pesan: { id: () => '`skm_lingkup: layanan` memerlukan `skm_layanan`.', en: () => '`skm_lingkup: layanan` needs `skm_layanan`.' },
    perbaikan: {
      id: () => 'Tambahkan `skm_layanan:` dengan nama layanan seperti di kolom `layanan` CSV SKM.',
      en: () => 'Add `skm_layanan:` with the service name as in the SKM CSV `layanan` column.',
    },
  },
  SKM_KONSOLIDASI: {
    pesan: {
      id: () => '`konsolidasi` tidak berlaku untuk indikator `sumber: skm` (realisasinya nilai IKM periode itu).',
      en: () => '`konsolidasi` does not apply to a `sumber: skm` indicator (its realisation is the IKM of the period).',
    },
    perbaikan: { id: () => 'Hapus `konsolidasi`.', en: () => 'Remove `konsolidasi`.' },
  },
  SKP_GANDA: {
    pesan: {
      id: (a) => `NIP ${s(a.nip)} punya lebih dari satu SKP tahun ${s(a.tahun)}; juga di ${s(a.path_lain)}.`,
      en: (a) => `NIP ${s(a.nip)} has more than one SKP for ${s(a.tahun)}; also in ${s(a.path_lain)}.`,
    },
    perbaikan: {
      id: () => 'Satu pegawai satu SKP per tahun: gabungkan atau hapus salah satunya.',
      en: () => 'One SKP per employee and year: merge or remove one of them.',
    },
  },
  UNIT_TIDAK_DIKENAL: {
    pesan: { id: (a) => `Unit ${q(a.unit)} tidak ada di daftar unit kerja.`, en: (a) => `Unit ${q(a.unit)} is not in the unit list.` },
    perbaikan: {
      id: (a) => `${maybe(a.saran, `Mungkin maksudnya ${q(a.saran)}? `, '', 'id')}Gunakan ID dari berkas unit-kerja.`,
      en: (a) => `${maybe(a.saran, '', `Did you mean ${q(a.saran)}? `, 'en')}Use an id from the unit-kerja file.`,
    },
  },
  PENILAI_DIRI: {
    pesan: { id: () => 'Penilai sama dengan pegawai yang dinilai.', en: () => 'The penilai is the employee being assessed.' },
    perbaikan: {
      id: () => 'Isi NIP pejabat penilai kinerja (biasanya atasan langsung).',
      en: () => "Enter the assessing official's NIP (usually the direct supervisor).",
    },
  },
  PENILAI_TIDAK_ADA: {
    pesan: { id: () => 'SKP tidak menyebut pejabat penilai kinerja.', en: () => 'The SKP names no assessing official (penilai).' },
    perbaikan: {
      id: () => 'Tambahkan `penilai:` dengan nip dan nama atasan langsung (untuk kepala daerah sebagai penilai: nama saja).',
      en: () => "Add `penilai:` with the direct supervisor's nip and nama (for a kepala daerah as penilai: nama only).",
    },
  },
  INTERVENSI_WAJIB: {
    pesan: {
      id: (a) => `RHK utama ${q(a.rhk)} tidak menyebut RHK atasan yang diintervensi (SKP penilai ada di ${s(a.path_penilai)}).`,
      en: (a) => `Utama RHK ${q(a.rhk)} names no supervisor RHK it supports (the penilai's SKP is ${s(a.path_penilai)}).`,
    },
    perbaikan: {
      id: (a) => `Tambahkan \`intervensi:\` dengan salah satu: ${s(a.rhk_penilai)}.`,
      en: (a) => `Add \`intervensi:\` with one of: ${s(a.rhk_penilai)}.`,
    },
  },
  INTERVENSI_TIDAK_DIKENAL: {
    pesan: {
      id: (a) => `intervensi ${q(a.intervensi)} bukan RHK di SKP penilai (${s(a.path_penilai)}).`,
      en: (a) => `intervensi ${q(a.intervensi)} is not an RHK of the penilai's SKP (${s(a.path_penilai)}).`,
    },
    perbaikan: { id: (a) => `Gunakan salah satu: ${s(a.rhk_penilai)}.`, en: (a) => `Use one of: ${s(a.rhk_penilai)}.` },
  },
  RHK_GANDA: {
    pesan: { id: (a) => `ID RHK ${q(a.id)} dipakai dua kali dalam SKP ini.`, en: (a) => `RHK id ${q(a.id)} is used twice in this SKP.` },
    perbaikan: { id: () => 'Beri tiap RHK ID yang unik.', en: () => 'Give each RHK a unique id.' },
  },
  RHK_TANPA_URAIAN: {
    pesan: { id: (a) => `RHK ${q(a.rhk)} tidak punya uraian.`, en: (a) => `RHK ${q(a.rhk)} has no uraian.` },
    perbaikan: {
      id: () => 'Tambahkan `uraian:` yang merumuskan hasil kerja yang direncanakan.',
      en: () => 'Add an `uraian:` stating the planned result.',
    },
  },
  REF_TIDAK_DIKENAL: {
    pesan: {
      id: (a) => `Indikator ${q(a.ref)} tidak ada di katalog indikator.`,
      en: (a) => `Indicator ${q(a.ref)} is not in any indicator catalogue.`,
    },
    perbaikan: {
      id: (a) =>
        `${maybe(a.saran, `Mungkin maksudnya ${q(a.saran)}? `, '', 'id')}Tambahkan ke katalog-indikator atau definisikan di SKP (id, nama, satuan, aspek, polaritas).`,
      en: (a) =>
        `${maybe(a.saran, '', `Did you mean ${q(a.saran)}? `, 'en')}Add it to a katalog-indikator or define it inline (id, nama, satuan, aspek, polaritas).`,
    },
  },
  INDIKATOR_TIDAK_LENGKAP: {
    pesan: {
      id: (a) => `Indikator tanpa \`ref\` tidak lengkap: kurang ${s(a.kurang)}.`,
      en: (a) => `Indicator without \`ref\` is incomplete: missing ${s(a.kurang)}.`,
    },
    perbaikan: {
      id: () => 'Rujuk katalog dengan `ref:` atau lengkapi id, nama, satuan, aspek dan polaritas.',
      en: () => 'Refer to a catalogue with `ref:` or give id, nama, satuan, aspek and polaritas.',
    },
  },
  INDIKATOR_GANDA: {
    pesan: {
      id: (a) => `Kunci indikator ${q(a.kunci)} dipakai dua kali dalam SKP ini.`,
      en: (a) => `Indicator key ${q(a.kunci)} is used twice in this SKP.`,
    },
    perbaikan: {
      id: () => 'Beri `id` berbeda (satu indikator katalog dapat dipakai dua RHK dengan `ref` + `id`).',
      en: () => 'Give a different `id` (one catalogue indicator can serve two RHKs with `ref` + `id`).',
    },
  },
  INDIKATOR_BENTROK_KATALOG: {
    pesan: {
      id: (a) => `id ${q(a.id)} sama dengan ID indikator katalog lain.`,
      en: (a) => `id ${q(a.id)} equals another catalogue indicator's id.`,
    },
    perbaikan: {
      id: () => 'Gunakan `ref:` untuk indikator katalog, atau pilih id lain.',
      en: () => 'Use `ref:` for a catalogue indicator, or choose another id.',
    },
  },
  BOBOT_SEBAGIAN: {
    pesan: {
      id: (a) => `Bobot hanya diisi pada sebagian RHK utama; tanpa bobot: ${s(a.tanpa_bobot)}.`,
      en: (a) => `Only some utama RHKs have a bobot; without: ${s(a.tanpa_bobot)}.`,
    },
    perbaikan: {
      id: () => 'Isi bobot di semua RHK utama (berjumlah 100) atau hapus semuanya (bobot sama).',
      en: () => 'Give every utama RHK a bobot (summing to 100) or none (equal weights).',
    },
  },
  BOBOT_TOTAL: {
    pesan: {
      id: (a) => `Bobot RHK utama berjumlah ${s(a.jumlah)}, bukan 100.`,
      en: (a) => `Utama RHK weights add up to ${s(a.jumlah)}, not 100.`,
    },
    perbaikan: { id: () => 'Sesuaikan bobot agar berjumlah 100.', en: () => 'Adjust the weights to add up to 100.' },
  },
  BOBOT_TAMBAHAN: {
    pesan: { id: (a) => `RHK tambahan ${q(a.rhk)} tidak boleh punya bobot.`, en: (a) => `Tambahan RHK ${q(a.rhk)} must not have a bobot.` },
    perbaikan: {
      id: () => 'Hapus `bobot`; RHK tambahan dilaporkan terpisah dan tidak masuk rerata.',
      en: () => 'Remove `bobot`; tambahan RHKs are reported apart and not averaged in.',
    },
  },
  TARGET_WAJIB: {
    pesan: { id: (a) => `Indikator ${q(a.kunci)} tidak punya target.`, en: (a) => `Indicator ${q(a.kunci)} has no target.` },
    perbaikan: {
      id: () => 'Tambahkan `target:` (angka atau { min, maks }); hanya SKP `pendekatan: kualitatif` boleh tanpa target.',
      en: () => 'Add `target:` (a number or { min, maks }); only `pendekatan: kualitatif` SKPs may omit it.',
    },
  },
  TARGET_NOL: {
    pesan: {
      id: () => 'Target 0 dengan polaritas maksimal membuat capaian tidak terhitung (pembagian dengan nol).',
      en: () => 'A target of 0 with polaritas maksimal makes capaian incomputable (division by zero).',
    },
    perbaikan: {
      id: () => 'Isi target > 0, atau gunakan `polaritas: minimal` untuk target toleransi nol.',
      en: () => 'Set a target > 0, or use `polaritas: minimal` for a zero-tolerance target.',
    },
  },
  TARGET_RENTANG: {
    pesan: {
      id: (a) => `Rentang target tidak sah: min ${s(a.min)}, maks ${s(a.maks)}.`,
      en: (a) => `Invalid target range: min ${s(a.min)}, maks ${s(a.maks)}.`,
    },
    perbaikan: { id: () => 'Rentang harus 0 ≤ min ≤ maks dengan maks > 0.', en: () => 'A range needs 0 ≤ min ≤ maks with maks > 0.' },
  },
  TARGET_PERIODE_KUNCI: {
    pesan: {
      id: (a) => (a.sah ? `Periode ${q(a.kunci)} di luar tahun SKP ${s(a.tahun)}.` : `${q(a.kunci)} bukan periode yang sah.`),
      en: (a) => (a.sah ? `Period ${q(a.kunci)} is outside the SKP year ${s(a.tahun)}.` : `${q(a.kunci)} is not a valid period.`),
    },
    perbaikan: {
      id: (a) => `Gunakan ${s(a.tahun)}-S1, ${s(a.tahun)}-TW1…TW4 atau ${s(a.tahun)}-01…12.`,
      en: (a) => `Use ${s(a.tahun)}-S1, ${s(a.tahun)}-TW1…TW4 or ${s(a.tahun)}-01…12.`,
    },
  },
  NIP_FORMAT: {
    pesan: {
      id: (a) =>
        `NIP ${q(a.nilai)} tidak sah: harus tepat 18 digit (ada ${s(a.panjang)} karakter${a.hanya_angka ? '' : ', bukan hanya angka'}).`,
      en: (a) =>
        `NIP ${q(a.nilai)} is invalid: it must be exactly 18 digits (got ${s(a.panjang)} characters${a.hanya_angka ? '' : ', not all digits'}).`,
    },
    perbaikan: {
      id: () => 'Salin NIP lengkap dari SK atau data kepegawaian. ' + EXCEL_FIX.id,
      en: () => 'Copy the full NIP from the decree or the personnel records. ' + EXCEL_FIX.en,
    },
  },
  NIP_NOTASI_ILMIAH: {
    pesan: {
      id: (a) => `NIP ${q(a.nilai)} dalam notasi ilmiah: Excel mengubahnya menjadi angka dan digit terakhirnya hilang.`,
      en: (a) => `NIP ${q(a.nilai)} is in scientific notation: Excel turned it into a number and lost its last digits.`,
    },
    perbaikan: { id: () => EXCEL_FIX.id, en: () => EXCEL_FIX.en },
  },
  NIP_TERPOTONG: {
    pesan: {
      id: (a) =>
        `NIP ${s(a.nilai)} berakhiran 000: kemungkinan terpotong Excel (hanya 15 digit bermakna).${maybe(a.mirip, ` Mungkin NIP ${s(a.mirip)}.`, '', 'id')}`,
      en: (a) =>
        `NIP ${s(a.nilai)} ends in 000: likely truncated by Excel (15 significant digits).${maybe(a.mirip, '', ` Probably NIP ${s(a.mirip)}.`, 'en')}`,
    },
    perbaikan: {
      id: () => 'Nomor urut NIP dimulai dari 001. ' + EXCEL_FIX.id,
      en: () => 'NIP serial numbers start at 001. ' + EXCEL_FIX.en,
    },
  },
  NIP_TANGGAL_LAHIR: {
    pesan: {
      id: (a) => `Digit 1–8 NIP (${s(a.nilai)}) bukan tanggal lahir yang sah (yyyymmdd).`,
      en: (a) => `NIP digits 1–8 (${s(a.nilai)}) are not a real birth date (yyyymmdd).`,
    },
    perbaikan: {
      id: () => 'Periksa NIP pada SK; digit 1–8 adalah tanggal lahir.',
      en: () => 'Check the NIP on the decree; digits 1–8 are the birth date.',
    },
  },
  NIP_TMT: {
    pesan: {
      id: (a) => `Digit 9–14 NIP (${s(a.nilai)}) bukan TMT yang sah (yyyymm, bulan 01–12).`,
      en: (a) => `NIP digits 9–14 (${s(a.nilai)}) are not a valid appointment date (yyyymm, month 01–12).`,
    },
    perbaikan: {
      id: () => 'Periksa NIP pada SK; digit 9–14 adalah tahun dan bulan TMT CPNS (PPPK: digit 9–12 tahun pengangkatan).',
      en: () => 'Check the NIP on the decree; digits 9–14 are the CPNS appointment year and month (PPPK: digits 9–12, year).',
    },
  },
  NIP_JENIS_KELAMIN: {
    pesan: {
      id: (a) => `Digit 15 NIP (${s(a.nilai)}) harus 1 (laki-laki) atau 2 (perempuan).`,
      en: (a) => `NIP digit 15 (${s(a.nilai)}) must be 1 (male) or 2 (female).`,
    },
    perbaikan: { id: () => 'Periksa NIP pada SK.', en: () => 'Check the NIP on the decree.' },
  },
  NIP_PPPK_KONTRAK: {
    pesan: { id: () => 'Digit 14 NI PPPK (nomor kontrak) harus 1–9.', en: () => 'NI PPPK digit 14 (contract number) must be 1–9.' },
    perbaikan: { id: () => 'Periksa NI PPPK pada SK pengangkatan.', en: () => 'Check the NI PPPK on the appointment decree.' },
  },
  NIP_TMT_MUDA: {
    pesan: {
      id: (a) => `Menurut NIP, pegawai diangkat (${s(a.tmt)}) sebelum berusia 18 tahun (lahir ${s(a.lahir)}).`,
      en: (a) => `By the NIP, the employee was appointed (${s(a.tmt)}) before turning 18 (born ${s(a.lahir)}).`,
    },
    perbaikan: { id: () => 'Periksa NIP; kemungkinan salah ketik.', en: () => 'Check the NIP; it is likely mistyped.' },
  },
  NIP_TMT_SETELAH_PERIODE: {
    pesan: {
      id: (a) => `Menurut NIP, pengangkatan (${s(a.tmt)}) setelah akhir tahun ${s(a.tahun)}.`,
      en: (a) => `By the NIP, the appointment (${s(a.tmt)}) is after the end of ${s(a.tahun)}.`,
    },
    perbaikan: { id: () => 'Periksa NIP atau tahun SKP.', en: () => 'Check the NIP or the SKP year.' },
  },
  CSV_FORMAT: {
    pesan: {
      id: (a) =>
        `Dibaca sebagai ${s(a.encoding)}, pemisah ${q(a.pemisah)}, desimal ${s(a.desimal)}${a.sumber_desimal === 'opsi' ? ' (--desimal)' : ''}.`,
      en: (a) =>
        `Read as ${s(a.encoding)}, delimiter ${q(a.pemisah)}, decimal ${s(a.desimal)}${a.sumber_desimal === 'opsi' ? ' (--desimal)' : ''}.`,
    },
    perbaikan: {
      id: (a) =>
        a.encoding === 'windows-1252'
          ? 'Berkas ini bukan UTF-8; simpan sebagai "CSV UTF-8" agar huruf khusus pasti terbaca benar.'
          : 'Bila salah, gunakan --delimiter atau --desimal.',
      en: (a) =>
        a.encoding === 'windows-1252'
          ? 'This file is not UTF-8; save it as "CSV UTF-8" so special letters are read right.'
          : 'If this is wrong, use --delimiter or --desimal.',
    },
  },
  CSV_TIDAK_DIKENALI: {
    pesan: {
      id: (a) =>
        a.alasan === 'several'
          ? `Header cocok untuk lebih dari satu jenis CSV (${s(a.kandidat)}).`
          : a.alasan === 'kosong'
            ? 'Berkas CSV kosong, tanpa header.'
            : 'Jenis CSV tidak dikenali dari headernya.',
      en: (a) =>
        a.alasan === 'several'
          ? `The header fits more than one CSV kind (${s(a.kandidat)}).`
          : a.alasan === 'kosong'
            ? 'The CSV file is empty, with no header.'
            : 'The CSV kind cannot be recognised from its header.',
    },
    perbaikan: {
      id: (a) => `Header yang diharapkan: ${s(a.diharapkan)}. Header berkas ini: ${s(a.header)}.`,
      en: (a) => `Expected headers: ${s(a.diharapkan)}. This file's header: ${s(a.header)}.`,
    },
  },
  CSV_HEADER_GANDA: {
    pesan: {
      id: (a) => `Kolom ${s(a.kolom)} muncul lebih dari sekali di header.`,
      en: (a) => `Column ${s(a.kolom)} appears more than once in the header.`,
    },
    perbaikan: { id: () => 'Hapus atau ganti nama kolom kembar.', en: () => 'Remove or rename the duplicate column.' },
  },
  CSV_KOLOM_DIABAIKAN: {
    pesan: { id: (a) => `Kolom tambahan diabaikan: ${s(a.kolom)}.`, en: (a) => `Extra columns ignored: ${s(a.kolom)}.` },
    perbaikan: { id: () => 'Tidak perlu tindakan bila kolom itu memang catatan.', en: () => 'Nothing to do if those columns are notes.' },
  },
  CSV_SINTAKS: {
    pesan: {
      id: (a) =>
        `Baris ${a.sampai !== undefined && a.sampai !== null ? `ini sampai baris ${s(a.sampai)}` : 'ini'} tidak dapat dibaca sebagai CSV (${s(a.detail)}); semuanya ditolak.`,
      en: (a) =>
        `This line${a.sampai !== undefined && a.sampai !== null ? ` through line ${s(a.sampai)}` : ''} cannot be read as CSV (${s(a.detail)}); all of it is rejected.`,
    },
    perbaikan: {
      id: () => 'Periksa tanda kutip: sel berisi tanda kutip harus diapit kutip dan kutip di dalamnya digandakan ("").',
      en: () => 'Check the quotes: a cell holding quotes must be quoted, with inner quotes doubled ("").',
    },
  },
  BARIS_KOLOM: {
    pesan: {
      id: (a) => `Baris berisi ${s(a.jumlah)} kolom, header ${s(a.diharapkan)}.`,
      en: (a) => `The row has ${s(a.jumlah)} columns, the header ${s(a.diharapkan)}.`,
    },
    perbaikan: {
      id: () => 'Periksa pemisah di dalam sel (sel berisi ; atau , harus diapit tanda kutip).',
      en: () => 'Check for delimiters inside cells (a cell holding ; or , must be quoted).',
    },
  },
  BARIS_KOSONG: {
    pesan: {
      id: (a) => `${s(a.jumlah)} baris kosong (hanya pemisah) diabaikan.`,
      en: (a) => `${s(a.jumlah)} empty rows (delimiters only) ignored.`,
    },
    perbaikan: {
      id: () => 'Hapus baris kosong di akhir lembar kerja sebelum menyimpan.',
      en: () => 'Delete empty rows at the end of the sheet before saving.',
    },
  },
  BARIS_DI_LUAR_PERIODE: {
    pesan: {
      id: (a) => `${s(a.jumlah)} baris di luar periode ${s(a.periode)} diabaikan.`,
      en: (a) => `${s(a.jumlah)} rows outside the period ${s(a.periode)} ignored.`,
    },
    perbaikan: {
      id: () => 'Tidak perlu tindakan; pilih periode lain dengan --periode.',
      en: () => 'Nothing to do; choose another period with --periode.',
    },
  },
  BARIS_SKP_TIDAK_VALID: {
    pesan: {
      id: (a) => `${s(a.jumlah)} baris milik pegawai yang SKP-nya berisi error tidak diperiksa terhadap SKP itu.`,
      en: (a) => `${s(a.jumlah)} rows of employees whose SKP has errors were not checked against it.`,
    },
    perbaikan: { id: () => 'Perbaiki error di SKP tersebut lalu jalankan lagi.', en: () => 'Fix the errors in those SKPs and run again.' },
  },
  KOLOM_KOSONG: {
    pesan: { id: (a) => `Kolom ${s(a.kolom)} kosong.`, en: (a) => `Column ${s(a.kolom)} is empty.` },
    perbaikan: { id: () => 'Isi sel ini; baris ditolak tanpanya.', en: () => 'Fill this cell; the row is rejected without it.' },
  },
  PERIODE_TIDAK_VALID: {
    pesan: { id: (a) => `${q(a.nilai)} bukan periode yang sah.`, en: (a) => `${q(a.nilai)} is not a valid period.` },
    perbaikan: {
      id: () => 'Gunakan 2026, 2026-S1, 2026-TW1 … 2026-TW4, atau 2026-01 … 2026-12.',
      en: () => 'Use 2026, 2026-S1, 2026-TW1 … 2026-TW4, or 2026-01 … 2026-12.',
    },
  },
  PERIODE_DIUBAH_EXCEL: {
    pesan: {
      id: (a) => `Periode ${q(a.nilai)} telah diubah Excel menjadi tanggal.`,
      en: (a) => `Period ${q(a.nilai)} was turned into a date by Excel.`,
    },
    perbaikan: {
      id: () => 'Format kolom periode sebagai Teks (Format Cells → Text), lalu ketik ulang periodenya, mis. 2026-01 atau 2026-TW1.',
      en: () => 'Format the periode column as Text (Format Cells → Text), then type the period again, e.g. 2026-01 or 2026-TW1.',
    },
  },
  TANGGAL_TIDAK_VALID: {
    pesan: { id: (a) => `${q(a.nilai)} bukan tanggal yang sah.`, en: (a) => `${q(a.nilai)} is not a valid date.` },
    perbaikan: {
      id: () => 'Gunakan yyyy-mm-dd (2026-03-15) atau hari lebih dulu: dd/mm/yyyy (15/03/2026).',
      en: () => 'Use yyyy-mm-dd (2026-03-15) or day first: dd/mm/yyyy (15/03/2026).',
    },
  },
  TANGGAL_BULAN_KEDUA: {
    pesan: {
      id: (a) => `${q(a.nilai)}: angka kedua lebih dari 12, padahal urutannya hari/bulan/tahun.`,
      en: (a) => `${q(a.nilai)}: the second number is over 12, but the order is day/month/year.`,
    },
    perbaikan: {
      id: () => 'Tanggal ini tampaknya ditulis bulan lebih dulu (format AS). Atur lokal Excel ke Indonesia atau tulis yyyy-mm-dd.',
      en: () => 'This date looks month-first (US format). Set Excel to an Indonesian locale or write yyyy-mm-dd.',
    },
  },
  NILAI_BUKAN_ANGKA: {
    pesan: {
      id: (a) => `${q(a.nilai)} di kolom ${s(a.kolom)} bukan angka.`,
      en: (a) => `${q(a.nilai)} in column ${s(a.kolom)} is not a number.`,
    },
    perbaikan: {
      id: () => 'Tulis angka saja, mis. 87,5 atau 1.234,5 (tanpa satuan atau teks).',
      en: () => 'Write a number only, e.g. 87,5 or 1.234,5 (no units or text).',
    },
  },
  NILAI_NEGATIF: {
    pesan: { id: (a) => `Nilai ${q(a.nilai)} negatif.`, en: (a) => `Value ${q(a.nilai)} is negative.` },
    perbaikan: {
      id: () => 'Realisasi dan nilai tidak boleh negatif; periksa sel ini.',
      en: () => 'Realisations and scores cannot be negative; check this cell.',
    },
  },
  NILAI_AMBIGU: {
    pesan: {
      id: (a) =>
        `${q(a.nilai)} dapat dibaca ${s(a.koma)} (desimal koma) atau ${s(a.titik)} (desimal titik); dipakai desimal ${s(a.dipakai)}.`,
      en: (a) =>
        `${q(a.nilai)} can be read as ${s(a.koma)} (decimal comma) or ${s(a.titik)} (decimal point); decimal ${s(a.dipakai)} was used.`,
    },
    perbaikan: {
      id: () => 'Bila salah, jalankan dengan --desimal koma|titik, atau tulis tanpa pemisah ribuan.',
      en: () => 'If that is wrong, run with --desimal koma|titik, or write it without a thousands separator.',
    },
  },
  DESIMAL_CAMPUR: {
    pesan: {
      id: (a) => `Berkas memakai dua tanda desimal: ${s(a.koma)} sel dengan koma, ${s(a.titik)} dengan titik.`,
      en: (a) => `The file uses both decimal marks: ${s(a.koma)} cells with a comma, ${s(a.titik)} with a point.`,
    },
    perbaikan: {
      id: (a) => `Sel yang ambigu dibaca dengan desimal ${s(a.dipakai)}; seragamkan sebelum ekspor.`,
      en: (a) => `Ambiguous cells were read with decimal ${s(a.dipakai)}; make them uniform before exporting.`,
    },
  },
  NILAI_MUNGKIN_PECAHAN: {
    pesan: {
      id: (a) =>
        `Semua realisasi indikator persen ${q(a.indikator)} di berkas ini ≤ 1,5 (terbesar ${s(a.maks)}): kemungkinan ditulis sebagai pecahan (0,95 = 95%).`,
      en: (a) =>
        `Every realisation of the percent indicator ${q(a.indikator)} in this file is ≤ 1.5 (largest ${s(a.maks)}): likely written as fractions (0.95 = 95%).`,
    },
    perbaikan: { id: () => 'Tulis persen sebagai 95 atau 95%, bukan 0,95.', en: () => 'Write percentages as 95 or 95%, not 0.95.' },
  },
  REALISASI_KOSONG: {
    pesan: {
      id: (a) => `Realisasi ${q(a.indikator)} kosong: dianggap belum dilaporkan, bukan nol.`,
      en: (a) => `Realisation of ${q(a.indikator)} is blank: taken as not reported, not as zero.`,
    },
    perbaikan: {
      id: () => 'Isi realisasinya bila sudah ada; tulis 0 bila memang nol.',
      en: () => 'Fill in the realisation if there is one; write 0 if it really is zero.',
    },
  },
  REALISASI_SUMBER_SKM: {
    pesan: {
      id: (a) => `Indikator ${q(a.indikator)} bersumber survei SKM; baris realisasinya diabaikan.`,
      en: (a) => `Indicator ${q(a.indikator)} is fed by the SKM survey; its realisasi row is ignored.`,
    },
    perbaikan: {
      id: () => 'Hapus baris ini; nilainya dihitung dari CSV SKM.',
      en: () => 'Remove this row; the value comes from the SKM CSV.',
    },
  },
  PERAN_TIDAK_VALID: {
    pesan: { id: (a) => `Peran ${q(a.nilai)} tidak dikenal.`, en: (a) => `Unknown role ${q(a.nilai)}.` },
    perbaikan: { id: () => 'Gunakan atasan, rekan, bawahan atau diri.', en: () => 'Use atasan, rekan, bawahan or diri.' },
  },
  PERILAKU_DI_LUAR_SKALA: {
    pesan: {
      id: (a) => `Nilai ${q(a.nilai)} di luar skala ${s(a.min)}–${s(a.maks)}.`,
      en: (a) => `Value ${q(a.nilai)} is outside the scale ${s(a.min)}–${s(a.maks)}.`,
    },
    perbaikan: {
      id: () => 'Perbaiki nilainya; nilai tidak pernah dipotong ke batas skala. Skala diatur di perilaku.skala.',
      en: () => 'Fix the value; values are never clamped to the scale. The scale is set in perilaku.skala.',
    },
  },
  PERILAKU_KOSONG: {
    pesan: { id: () => 'Ketujuh nilai BerAKHLAK kosong.', en: () => 'All seven BerAKHLAK values are blank.' },
    perbaikan: { id: () => 'Isi paling tidak satu nilai, atau hapus baris ini.', en: () => 'Fill at least one value, or remove the row.' },
  },
  PERILAKU_DIRI_NIP: {
    pesan: {
      id: (a) => `Peran diri tetapi penilai_nip ${s(a.penilai_nip)} bukan NIP pegawai ${s(a.nip)}.`,
      en: (a) => `Role diri but penilai_nip ${s(a.penilai_nip)} is not the employee's NIP ${s(a.nip)}.`,
    },
    perbaikan: {
      id: () => 'Untuk penilaian diri, penilai_nip sama dengan nip; bila bukan, perbaiki perannya.',
      en: () => 'For a self-assessment penilai_nip equals nip; otherwise fix the role.',
    },
  },
  PERILAKU_PENILAI_DIRI: {
    pesan: {
      id: (a) => `Pegawai menilai dirinya sendiri dengan peran ${q(a.peran)}.`,
      en: (a) => `The employee rates themself with role ${q(a.peran)}.`,
    },
    perbaikan: {
      id: () => 'Gunakan peran diri, atau isi NIP penilai yang benar.',
      en: () => 'Use role diri, or enter the right rater NIP.',
    },
  },
  RATING_TIDAK_VALID: {
    pesan: { id: (a) => `Rating ${q(a.nilai)} tidak dikenal.`, en: (a) => `Unknown rating ${q(a.nilai)}.` },
    perbaikan: { id: (a) => `Gunakan ${orList(a.label, 'id')}.`, en: (a) => `Use ${orList(a.label, 'en')}.` },
  },
  RATING_PREDIKAT: {
    pesan: { id: (a) => `${q(a.nilai)} adalah predikat, bukan rating.`, en: (a) => `${q(a.nilai)} is a predikat, not a rating.` },
    perbaikan: {
      id: (a) => `Kolom rating berisi ${orList(a.label, 'id')}; predikat dihitung dari kedua rating.`,
      en: (a) => `A rating column holds ${orList(a.label, 'en')}; the predikat follows from both ratings.`,
    },
  },
  INOVASI_TIDAK_VALID: {
    pesan: { id: (a) => `inovasi ${q(a.nilai)} tidak sah.`, en: (a) => `Invalid inovasi ${q(a.nilai)}.` },
    perbaikan: { id: () => 'Gunakan ya atau tidak.', en: () => 'Use ya or tidak.' },
  },
  PENILAIAN_KOSONG: {
    pesan: { id: () => 'Baris penilaian tanpa rating diabaikan.', en: () => 'A penilaian row without ratings is ignored.' },
    perbaikan: { id: () => 'Isi rating atau hapus baris ini.', en: () => 'Fill in a rating or remove the row.' },
  },
  PENILAIAN_GANDA: {
    pesan: {
      id: (a) =>
        `${s(a.kolom)} untuk pegawai dan periode ini sudah diisi di ${s(a.path_pertama)} baris ${s(a.baris_pertama)}; yang ini ditolak.`,
      en: (a) =>
        `${s(a.kolom)} for this employee and period is already set in ${s(a.path_pertama)} line ${s(a.baris_pertama)}; this one is rejected.`,
    },
    perbaikan: { id: () => 'Hapus salah satunya.', en: () => 'Remove one of them.' },
  },
  SKM_JAWABAN_TIDAK_VALID: {
    pesan: {
      id: (a) => `Jawaban ${s(a.unsur)} ${q(a.nilai)} tidak sah: PermenPAN-RB 14/2017 memakai skala 1–4.`,
      en: (a) => `Answer ${s(a.unsur)} ${q(a.nilai)} is invalid: PermenPAN-RB 14/2017 uses a 1–4 scale.`,
    },
    perbaikan: {
      id: () =>
        'Jawaban harus bilangan bulat 1–4 (kosong = tidak dijawab); nilai tidak pernah dipotong. Kuesioner 1–5 harus dikonversi dulu oleh penyelenggara.',
      en: () =>
        'Answers are whole numbers 1–4 (blank = not answered); values are never clamped. A 1–5 questionnaire must be converted first.',
    },
  },
  SKM_KOSONG: {
    pesan: { id: () => 'Kesembilan unsur kosong.', en: () => 'All nine unsur are blank.' },
    perbaikan: { id: () => 'Hapus baris ini atau isi jawabannya.', en: () => 'Remove the row or fill in the answers.' },
  },
  SKM_UNIT_TIDAK_DIKENAL: {
    pesan: { id: (a) => `Unit ${q(a.unit)} tidak ada di daftar unit kerja.`, en: (a) => `Unit ${q(a.unit)} is not in the unit list.` },
    perbaikan: {
      id: (a) => (a.id ? `Itu nama unit; tulis ID-nya: ${q(a.id)}.` : 'Gunakan ID unit dari unit-kerja.yaml.'),
      en: (a) => (a.id ? `That is the unit's name; write its id: ${q(a.id)}.` : 'Use a unit id from unit-kerja.yaml.'),
    },
  },
  SKM_TANPA_PERIODE: {
    pesan: {
      id: () => 'CSV SKM tanpa kolom tanggal atau periode: semua jawaban dihitung untuk periode mana pun.',
      en: () => 'SKM CSV without a tanggal or periode column: every answer counts for any period.',
    },
    perbaikan: {
      id: () => 'Tambahkan kolom tanggal (yyyy-mm-dd) atau periode.',
      en: () => 'Add a tanggal (yyyy-mm-dd) or periode column.',
    },
  },
  SKM_PERIODE_TIDAK_COCOK: {
    pesan: {
      id: (a) => `Tanggal ${s(a.tanggal)} di luar periode ${s(a.periode)}; periode yang dipakai.`,
      en: (a) => `Date ${s(a.tanggal)} is outside period ${s(a.periode)}; the period is used.`,
    },
    perbaikan: { id: () => 'Perbaiki salah satunya.', en: () => 'Fix one of them.' },
  },
  JP_TIDAK_VALID: {
    pesan: { id: (a) => `JP ${q(a.nilai)} harus lebih dari 0.`, en: (a) => `JP ${q(a.nilai)} must be greater than 0.` },
    perbaikan: { id: () => 'Isi jumlah jam pelajaran kegiatan.', en: () => 'Enter the hours of the activity.' },
  },
  BARIS_TUMPANG_TINDIH: {
    pesan: {
      id: (a) =>
        `Periode ${s(a.periode)} untuk ${s(a.kunci)} tumpang tindih dengan baris ${s(a.baris_pertama)} di ${s(a.path_pertama)}; baris ini ditolak.`,
      en: (a) =>
        `Period ${s(a.periode)} for ${s(a.kunci)} overlaps line ${s(a.baris_pertama)} of ${s(a.path_pertama)}; this row is rejected.`,
    },
    perbaikan: {
      id: () => 'Satu nilai per bulan: hapus duplikatnya, atau pakai triwulan saja atau bulan saja.',
      en: () => 'One value per month: remove the duplicate, or use only quarters or only months.',
    },
  },
  NIP_TANPA_SKP: {
    pesan: {
      id: (a) => `NIP ${s(a.nip)} tidak punya SKP tahun ${s(a.tahun)} di workspace.`,
      en: (a) => `NIP ${s(a.nip)} has no SKP for ${s(a.tahun)} in the workspace.`,
    },
    perbaikan: { id: () => 'Periksa NIP-nya, atau tambahkan SKP pegawai ini.', en: () => "Check the NIP, or add this employee's SKP." },
  },
  INDIKATOR_TIDAK_DI_SKP: {
    pesan: {
      id: (a) => `Indikator ${q(a.indikator)} tidak ada di SKP ${s(a.tahun)} pegawai ${s(a.nip)}.`,
      en: (a) => `Indicator ${q(a.indikator)} is not in employee ${s(a.nip)}'s ${s(a.tahun)} SKP.`,
    },
    perbaikan: {
      id: () => 'Gunakan kunci indikator dari SKP (id, atau ref bila tanpa id).',
      en: () => 'Use an indicator key from the SKP (its id, or its ref when it has no id).',
    },
  },
  PENILAI_TANPA_SKP: {
    pesan: {
      id: (a) => `Penilai ${s(a.penilai_nip)} tidak punya SKP di workspace; nilainya tetap dipakai.`,
      en: (a) => `Rater ${s(a.penilai_nip)} has no SKP in the workspace; the ratings are used.`,
    },
    perbaikan: {
      id: () => 'Wajar untuk penilai dari instansi lain; bila tidak, periksa NIP-nya.',
      en: () => 'Normal for raters from other agencies; otherwise check the NIP.',
    },
  },
  ATASAN_BUKAN_PENILAI: {
    pesan: {
      id: (a) => `Penilai peran atasan ${s(a.penilai_nip)} bukan penilai di SKP (${s(a.penilai_skp)}); nilainya tetap dipakai.`,
      en: (a) => `The atasan rater ${s(a.penilai_nip)} is not the SKP's penilai (${s(a.penilai_skp)}); the ratings are used.`,
    },
    perbaikan: { id: () => 'Periksa NIP penilai atau penilai di SKP.', en: () => "Check the rater's NIP or the SKP's penilai." },
  },
  SKP_TIDAK_VALID: {
    pesan: {
      id: () => 'SKP ini berisi error; pegawai tetap terdaftar tetapi tidak dinilai.',
      en: () => 'This SKP has errors; the employee is listed but not scored.',
    },
    perbaikan: {
      id: () => 'Perbaiki error di SKP (asn-kinerja validate) lalu nilai ulang.',
      en: () => 'Fix the SKP errors (asn-kinerja validate) and score again.',
    },
  },
  INDIKATOR_TANPA_REALISASI: {
    pesan: {
      id: (a) => `Indikator ${q(a.indikator)} tidak punya realisasi di periode ${s(a.periode)}; tidak ikut dirata-rata (bukan nol).`,
      en: (a) => `Indicator ${q(a.indikator)} has no realisation in ${s(a.periode)}; it is left out of the mean (not zero).`,
    },
    perbaikan: { id: () => 'Tambahkan baris realisasinya di CSV realisasi.', en: () => 'Add its rows to the realisasi CSV.' },
  },
  CAKUPAN_SEBAGIAN: {
    pesan: {
      id: (a) =>
        `Realisasi ${q(a.indikator)} mencakup ${s(a.bulan_tercakup)} dari ${s(a.bulan_periode)} bulan; bulan tanpa data: ${s(a.bulan_kosong)}.`,
      en: (a) =>
        `Realisation of ${q(a.indikator)} covers ${s(a.bulan_tercakup)} of ${s(a.bulan_periode)} months; months without data: ${s(a.bulan_kosong)}.`,
    },
    perbaikan: {
      id: () => 'Bulan kosong tidak dihitung nol; target jumlah diprorata ke bulan yang ada.',
      en: () => 'Missing months are not zeros; jumlah targets are pro-rated to the covered months.',
    },
  },
  TARGET_PERIODE_SUB: {
    pesan: {
      id: (a) => `Target per periode ${s(a.kunci)} ada di dalam ${s(a.periode)} tetapi tidak dijumlahkan; target tahunan yang dipakai.`,
      en: (a) => `Period targets ${s(a.kunci)} lie inside ${s(a.periode)} but are not aggregated; the annual target is used.`,
    },
    perbaikan: {
      id: (a) => `Tambahkan target_periode untuk ${s(a.periode)} bila perlu.`,
      en: (a) => `Add a target_periode for ${s(a.periode)} if needed.`,
    },
  },
  TOLERANSI_NOL: {
    pesan: {
      id: (a) => `Target 0 (toleransi nol) untuk ${q(a.indikator)}: capaian ${s(a.capaian)}.`,
      en: (a) => `Zero-tolerance target for ${q(a.indikator)}: capaian ${s(a.capaian)}.`,
    },
    perbaikan: {
      id: () => 'Capaian 100 bila realisasi 0, selain itu 0 (RULES.md §2.3).',
      en: () => 'Capaian is 100 when the realisation is 0, else 0 (RULES.md §2.3).',
    },
  },
  CAPAIAN_TIDAK_TERHITUNG: {
    pesan: {
      id: (a) =>
        `Capaian hasil kerja tidak dapat dihitung: ${a.sebab === 'TANPA_RHK_UTAMA' ? 'tidak ada RHK utama' : 'tidak ada realisasi RHK utama'}.`,
      en: (a) =>
        `Capaian hasil kerja cannot be computed: ${a.sebab === 'TANPA_RHK_UTAMA' ? 'no utama RHK' : 'no realisation for the utama RHKs'}.`,
    },
    perbaikan: { id: () => 'Lengkapi realisasi RHK utama.', en: () => 'Add realisations for the utama RHKs.' },
  },
  CAPAIAN_DATA_SEBAGIAN: {
    pesan: {
      id: (a) => `Capaian hasil kerja hanya dari RHK berbobot ${s(a.bobot_ada)} dari ${s(a.bobot_total)}.`,
      en: (a) => `Capaian hasil kerja rests on RHKs weighing only ${s(a.bobot_ada)} of ${s(a.bobot_total)}.`,
    },
    perbaikan: { id: () => 'Lengkapi realisasi RHK utama lainnya.', en: () => 'Add realisations for the other utama RHKs.' },
  },
  PERAN_PENILAI_KURANG: {
    pesan: {
      id: (a) => `Peran ${s(a.peran)} hanya ${s(a.penilai)} penilai (minimal ${s(a.minimal)}); tidak ikut dihitung.`,
      en: (a) => `Role ${s(a.peran)} has only ${s(a.penilai)} rater(s) (minimum ${s(a.minimal)}); it is left out.`,
    },
    perbaikan: {
      id: () => 'Tambahkan penilai atau ubah perilaku.minimal_penilai.',
      en: () => 'Add raters or change perilaku.minimal_penilai.',
    },
  },
  PERILAKU_TANPA_ATASAN: {
    pesan: {
      id: () => 'Tidak ada nilai perilaku dari atasan di periode ini; nilai perilaku tidak dihitung.',
      en: () => 'No perilaku rating by an atasan in this period; nilai perilaku is not computed.',
    },
    perbaikan: {
      id: () => 'Tambahkan baris perilaku dengan peran atasan, atau rating_perilaku di CSV penilaian.',
      en: () => 'Add perilaku rows with role atasan, or a rating_perilaku in the penilaian CSV.',
    },
  },
  KUALITATIF_TANPA_RATING: {
    pesan: {
      id: () => 'SKP pendekatan kualitatif tanpa rating hasil kerja dari penilai.',
      en: () => 'A kualitatif SKP without a rating hasil kerja from the penilai.',
    },
    perbaikan: { id: () => 'Isi rating_hasil_kerja di CSV penilaian.', en: () => 'Fill rating_hasil_kerja in the penilaian CSV.' },
  },
  RATING_BERBEDA: {
    pesan: {
      id: (a) =>
        `Rating ${s(a.rating)}: ${s(a.sumber)} memberi ${q(a.dipakai)}, ${s(a.sumber_lain)} ${q(a.lain)}; yang dipakai dari ${s(a.sumber)}.`,
      en: (a) => `Rating ${s(a.rating)}: ${s(a.sumber)} gives ${q(a.dipakai)}, ${s(a.sumber_lain)} ${q(a.lain)}; ${s(a.sumber)} is used.`,
    },
    perbaikan: {
      id: () => 'Tidak perlu tindakan; urutan: penilai > organisasi > dihitung.',
      en: () => 'Nothing to do; precedence: penilai > organisasi > dihitung.',
    },
  },
  PREDIKAT_TIDAK_DINILAI: {
    pesan: {
      id: (a) =>
        `Predikat tidak dapat ditetapkan: ${(Array.isArray(a.alasan) ? a.alasan : []).map((x) => (x === 'HASIL_KERJA_TIDAK_DINILAI' ? 'rating hasil kerja tidak ada' : x === 'PERILAKU_TIDAK_DINILAI' ? 'rating perilaku tidak ada' : String(x))).join(', ')}.`,
      en: (a) =>
        `No predikat: ${(Array.isArray(a.alasan) ? a.alasan : []).map((x) => (x === 'HASIL_KERJA_TIDAK_DINILAI' ? 'no rating hasil kerja' : x === 'PERILAKU_TIDAK_DINILAI' ? 'no rating perilaku' : String(x))).join(', ')}.`,
    },
    perbaikan: { id: () => 'Lengkapi data yang kurang.', en: () => 'Complete the missing data.' },
  },
  PIMPINAN_GANDA: {
    pesan: {
      id: (a) => `NIP ${s(a.nip)} memimpin beberapa unit berpredikat (${s(a.unit)}); dipakai unit terdekat ke akar: ${s(a.dipakai)}.`,
      en: (a) => `NIP ${s(a.nip)} heads several units with a predikat (${s(a.unit)}); the one nearest the root is used: ${s(a.dipakai)}.`,
    },
    perbaikan: { id: () => 'Periksa kolom pimpinan di unit-kerja.yaml.', en: () => 'Check the pimpinan keys in unit-kerja.yaml.' },
  },
  KURVA_TIDAK_SESUAI: {
    pesan: {
      id: (a) =>
        `Kurva distribusi unit ${q(a.unit)} (${s(a.predikat_organisasi)}) tidak sesuai: ${s(a.predikat)} ${a.aturan === 'maksimal' || a.aturan === 'nol' ? 'paling banyak' : 'paling sedikit'} ${s(a.batas)}, ada ${s(a.jumlah)}.`,
      en: (a) =>
        `Unit ${q(a.unit)} (${s(a.predikat_organisasi)}) does not fit its kurva distribusi: ${s(a.predikat)} ${a.aturan === 'maksimal' || a.aturan === 'nol' ? 'at most' : 'at least'} ${s(a.batas)}, got ${s(a.jumlah)}.`,
    },
    perbaikan: {
      id: () =>
        'Lihat saran pada laporan unit (hanya saran; hasil pegawai tidak diubah). Aturan "harus ada" di unit Baik adalah aturan SE MenPAN-RB 3/2023.',
      en: () => 'See the unit\'s saran (advice only; no result is changed). "harus ada" in a Baik unit is SE MenPAN-RB 3/2023\'s rule.',
    },
  },
  KURVA_TIDAK_MUNGKIN: {
    pesan: {
      id: (a) => `Tidak ada sebaran ${s(a.jumlah)} pegawai yang memenuhi kurva unit ${q(a.unit)}.`,
      en: (a) => `No distribution of ${s(a.jumlah)} employees can fit unit ${q(a.unit)}'s kurva.`,
    },
    perbaikan: { id: () => 'Tidak ada saran yang mungkin.', en: () => 'No advice is possible.' },
  },
  JP_KURANG: {
    pesan: {
      id: (a) => `JP pengembangan kompetensi ${s(a.jp)} di bawah minimal ${s(a.minimal)} untuk periode ini.`,
      en: (a) => `Competency development ${s(a.jp)} JP, below the minimum of ${s(a.minimal)} for this period.`,
    },
    perbaikan: {
      id: () => 'PP 11/2017 Pasal 203 ayat 4: paling sedikit 20 JP setahun bagi PNS.',
      en: () => 'PP 11/2017 art. 203(4): at least 20 JP a year for each PNS.',
    },
  },
  TIM_ANGGOTA_TANPA_SKP: {
    pesan: {
      id: (a) => `Anggota tim ${q(a.tim)} ${s(a.nip)} tidak punya SKP yang dinilai; tidak dihitung.`,
      en: (a) => `Team ${q(a.tim)} member ${s(a.nip)} has no scored SKP; left out.`,
    },
    perbaikan: { id: () => 'Periksa NIP anggota tim.', en: () => 'Check the member NIP.' },
  },
  SKM_UNSUR_KOSONG: {
    pesan: {
      id: (a) => `Tidak ada jawaban untuk unsur ${s(a.unsur)} di kelompok ${q(a.kunci)}; unsur itu tidak ikut dihitung.`,
      en: (a) => `No answers for unsur ${s(a.unsur)} in group ${q(a.kunci)}; it is left out of the index.`,
    },
    perbaikan: {
      id: () => 'Wajar bila unsur tidak berlaku (mis. Biaya/Tarif pada layanan gratis).',
      en: () => 'Normal when the unsur does not apply (e.g. Biaya/Tarif at a free service).',
    },
  },
  SKM_TANPA_KELOMPOK: {
    pesan: {
      id: (a) => `${s(a.jumlah)} jawaban tanpa ${s(a.kolom)} tidak masuk kelompok mana pun.`,
      en: (a) => `${s(a.jumlah)} responses without ${s(a.kolom)} belong to no group.`,
    },
    perbaikan: {
      id: (a) => `Isi kolom ${s(a.kolom)} bila jawaban itu perlu dihitung per ${s(a.kolom)}.`,
      en: (a) => `Fill the ${s(a.kolom)} column if those responses should count per ${s(a.kolom)}.`,
    },
  },
  SKM_POPULASI_SEBAGIAN: {
    pesan: {
      id: (a) => `Hanya sebagian unit di bawah ${q(a.unit)} punya populasi_layanan; sampel minimal dihitung dari yang ada.`,
      en: (a) => `Only some units under ${q(a.unit)} have populasi_layanan; the minimum sample uses those.`,
    },
    perbaikan: { id: () => 'Isi populasi_layanan di semua unit pelayanan.', en: () => 'Fill populasi_layanan in every service unit.' },
  },
  SKM_SAMPEL_KURANG: {
    pesan: {
      id: (a) => `Responden ${q(a.kunci)} ${s(a.responden)}, kurang dari sampel minimal ${s(a.sampel_minimal)} (Krejcie–Morgan).`,
      en: (a) =>
        `Group ${q(a.kunci)} has ${s(a.responden)} respondents, below the minimum sample of ${s(a.sampel_minimal)} (Krejcie–Morgan).`,
    },
    perbaikan: {
      id: () => 'Tambah responden sebelum IKM dipublikasikan (PermenPAN-RB 14/2017).',
      en: () => 'Collect more responses before publishing the IKM (PermenPAN-RB 14/2017).',
    },
  },
  TEMUAN_DIRINGKAS: {
    pesan: {
      id: (a) => `${s(a.jumlah)} temuan ${s(a.kode_temuan)} lain di berkas ini tidak ditampilkan satu per satu.`,
      en: (a) => `${s(a.jumlah)} more ${s(a.kode_temuan)} findings in this file are not listed one by one.`,
    },
    perbaikan: {
      id: () => 'Perbaiki temuan di atas lalu jalankan lagi (atau pakai --semua-temuan).',
      en: () => 'Fix the findings above and run again (or use --semua-temuan).',
    },
  },
} satisfies Record<Kode, Entry>;

export function renderFinding(kode: Kode, args: Args, lang: Lang): { pesan: string; perbaikan: string } {
  const entry: Entry = MESSAGES[kode];
  return { pesan: entry.pesan[lang](args), perbaikan: entry.perbaikan[lang](args) };
}
