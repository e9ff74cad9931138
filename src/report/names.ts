/**
 * The names of every job's formats, apart from the formatters themselves, so the CLI can offer them
 * as choices without loading a formatter. Each registry is checked against its list
 * (`satisfies Record<…>`): a name without a formatter, or a formatter without a name, fails to compile.
 */
export const VALIDATE_FORMAT_NAMES = ['text', 'json', 'github', 'sarif', 'gitlab', 'junit'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMAT_NAMES)[number];

export const SCORE_FORMAT_NAMES = ['table', 'csv', 'json', 'xlsx', 'html'] as const;
export type ScoreFormat = (typeof SCORE_FORMAT_NAMES)[number];

/** `score --format csv --tabel …`. */
export const SCORE_TABLES = ['pegawai', 'unit', 'temuan', 'tim'] as const;
export type TabelCsv = (typeof SCORE_TABLES)[number];

export const DOKUMEN_FORMAT_NAMES = ['pdf', 'html'] as const;
export type DokumenFormat = (typeof DOKUMEN_FORMAT_NAMES)[number];

export const IKM_FORMAT_NAMES = ['table', 'csv', 'json', 'xlsx'] as const;
export type IkmFormat = (typeof IKM_FORMAT_NAMES)[number];

export const IKM_GROUPINGS = ['unit', 'layanan', 'petugas'] as const;
