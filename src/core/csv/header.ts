/**
 * CSV headers and roles (PRODUCT.md "CSV inputs"): names case-insensitive and trimmed, spaces equal
 * underscores; a file's role is the one role whose required columns are all present.
 */
export const NILAI_PERILAKU = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'] as const;
export const UNSUR_SKM = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;

export type Peran = 'realisasi' | 'perilaku' | 'penilaian' | 'skm' | 'kompetensi';

interface RoleSpec {
  required: readonly string[];
  /** At least one of these (penilaian's rating columns). */
  anyOf?: readonly string[];
  optional: readonly string[];
}

export const ROLES = {
  realisasi: { required: ['nip', 'periode', 'indikator', 'realisasi'], optional: ['catatan'] },
  perilaku: { required: ['nip', 'periode', 'penilai_nip', 'peran', ...NILAI_PERILAKU], optional: ['catatan'] },
  penilaian: {
    required: ['nip', 'periode'],
    anyOf: ['rating_hasil_kerja', 'rating_perilaku', 'nilai_perilaku'],
    optional: ['rating_hasil_kerja', 'rating_perilaku', 'nilai_perilaku', 'inovasi', 'catatan'],
  },
  skm: { required: ['unit', ...UNSUR_SKM], optional: ['tanggal', 'periode', 'layanan', 'nip_petugas', 'responden_id'] },
  kompetensi: { required: ['nip', 'tanggal', 'kegiatan', 'jp'], optional: ['jenis', 'penyelenggara'] },
} as const satisfies Record<Peran, RoleSpec>;

export const PERAN_CSV = Object.keys(ROLES) as Peran[];

export function normalizeHeader(name: string): string {
  return name
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '_');
}

export type RoleResult =
  | { ok: true; peran: Peran; columns: Map<string, number>; duplicates: string[]; ignored: string[] }
  | { ok: false; reason: 'none' | 'several'; candidates: Peran[]; duplicates: string[] };

export function detectRole(rawHeaders: readonly string[]): RoleResult {
  const columns = new Map<string, number>();
  const duplicates: string[] = [];
  rawHeaders.forEach((raw, i) => {
    const name = normalizeHeader(raw);
    if (name === '') return;
    if (columns.has(name)) duplicates.push(name);
    else columns.set(name, i);
  });
  const matches = PERAN_CSV.filter((peran) => {
    const spec: RoleSpec = ROLES[peran];
    return spec.required.every((c) => columns.has(c)) && (!spec.anyOf || spec.anyOf.some((c) => columns.has(c)));
  });
  if (matches.length !== 1) return { ok: false, reason: matches.length === 0 ? 'none' : 'several', candidates: matches, duplicates };
  const peran = matches[0]!;
  const spec: RoleSpec = ROLES[peran];
  const known = new Set([...spec.required, ...spec.optional]);
  return { ok: true, peran, columns, duplicates, ignored: [...columns.keys()].filter((c) => !known.has(c)) };
}

/** The delimiter of a header line: the most frequent of `;`, tab and `,` outside quotes (ties: `;`, tab, `,`). */
export function sniffDelimiter(headerLine: string): ';' | ',' | '\t' {
  const counts = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  let best: ';' | ',' | '\t' = ';';
  for (const d of [';', '\t', ','] as const) if (counts[d] > counts[best]) best = d;
  return best;
}
