import type { Konfigurasi } from '../types/generated/konfigurasi.js';
import type { UnitKerja } from '../types/generated/unit-kerja.js';
import type { TimKerja } from '../types/generated/tim-kerja.js';
import type { KatalogIndikator } from '../types/generated/katalog-indikator.js';
import type { Skp } from '../types/generated/skp.js';

/** The YAML kinds of a workspace, each with the type generated from its schema. */
export interface KindTypes {
  konfigurasi: Konfigurasi;
  'unit-kerja': UnitKerja;
  'tim-kerja': TimKerja;
  'katalog-indikator': KatalogIndikator;
  skp: Skp;
}
export type YamlKind = keyof KindTypes;

/** Schema file (in schemas/) of each kind and of each JSON output. */
export const SCHEMA_FILES = {
  konfigurasi: 'konfigurasi.schema.json',
  'unit-kerja': 'unit-kerja.schema.json',
  'tim-kerja': 'tim-kerja.schema.json',
  'katalog-indikator': 'katalog-indikator.schema.json',
  skp: 'skp.schema.json',
  'laporan-validasi': 'laporan-validasi.schema.json',
  'laporan-skor': 'laporan-skor.schema.json',
  'laporan-ikm': 'laporan-ikm.schema.json',
} as const satisfies Record<YamlKind | 'laporan-validasi' | 'laporan-skor' | 'laporan-ikm', string>;
export type SchemaName = keyof typeof SCHEMA_FILES;

export const YAML_KINDS = ['konfigurasi', 'unit-kerja', 'tim-kerja', 'katalog-indikator', 'skp'] as const satisfies readonly YamlKind[];

export function isYamlKind(value: unknown): value is YamlKind {
  return typeof value === 'string' && (YAML_KINDS as readonly string[]).includes(value);
}
