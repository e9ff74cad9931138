/** The configuration with every default of PRODUCT.md (`kind: konfigurasi`) filled in. */
import type { Konfigurasi } from '../types/generated/konfigurasi.js';

export type RaterRole = 'atasan' | 'rekan' | 'bawahan' | 'diri';
export const RATER_ROLES: readonly RaterRole[] = ['atasan', 'rekan', 'bawahan', 'diri'];

export interface ResolvedConfig {
  instansi: string | null;
  /** Where the Dokumen Evaluasi Kinerja is signed (its signature line); null: a dotted line. */
  tempat: string | null;
  tahun: number | null;
  metode: 'permenpan-rb-6-2022' | 'pp-30-2019' | 'pp-46-2011';
  hasilKerja: { ambang: { diAtas: number; sesuai: number }; batasCapaian: number; caraRating: 'sebaran' | 'rata_rata' };
  perilaku: {
    skala: { min: number; maks: number };
    ambang: { diAtas: number; sesuai: number };
    bobotPeran: Record<RaterRole, number>;
    minimalPenilai: Record<RaterRole, number>;
  };
  kurva: { minimalPegawai: number; sebagianBesar: 'mayoritas' | 'terbanyak' };
  skm: { bobot: NonNullable<NonNullable<Konfigurasi['skm']>['bobot']> };
  kompetensi: { minimalJp: number };
  pp30: { dengan360: boolean };
  abaikan: string[];
}

export function resolveConfig(k: Konfigurasi | undefined): ResolvedConfig {
  const hk = k?.hasil_kerja;
  const pk = k?.perilaku;
  return {
    instansi: k?.instansi ?? null,
    tempat: k?.tempat ?? null,
    tahun: k?.tahun ?? null,
    metode: k?.metode ?? 'permenpan-rb-6-2022',
    hasilKerja: {
      ambang: { diAtas: hk?.ambang?.di_atas ?? 100, sesuai: hk?.ambang?.sesuai ?? 90 },
      batasCapaian: hk?.batas_capaian ?? 120,
      caraRating: hk?.cara_rating ?? 'sebaran',
    },
    perilaku: {
      skala: { min: pk?.skala?.min ?? 1, maks: pk?.skala?.maks ?? 5 },
      ambang: { diAtas: pk?.ambang?.di_atas ?? 3.5, sesuai: pk?.ambang?.sesuai ?? 2.5 },
      bobotPeran: {
        atasan: pk?.bobot_peran?.atasan ?? 60,
        rekan: pk?.bobot_peran?.rekan ?? 20,
        bawahan: pk?.bobot_peran?.bawahan ?? 20,
        diri: pk?.bobot_peran?.diri ?? 0,
      },
      minimalPenilai: {
        atasan: pk?.minimal_penilai?.atasan ?? 1,
        rekan: pk?.minimal_penilai?.rekan ?? 0,
        bawahan: pk?.minimal_penilai?.bawahan ?? 0,
        diri: pk?.minimal_penilai?.diri ?? 0,
      },
    },
    kurva: { minimalPegawai: k?.kurva?.minimal_pegawai ?? 5, sebagianBesar: k?.kurva?.sebagian_besar ?? 'mayoritas' },
    skm: { bobot: k?.skm?.bobot ?? 'tepat' },
    kompetensi: { minimalJp: k?.kompetensi?.minimal_jp ?? 20 },
    pp30: { dengan360: k?.pp_30_2019?.dengan_360 ?? false },
    abaikan: k?.abaikan ?? [],
  };
}
