/* Generated from schemas/tim-kerja.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */

/**
 * Tim kerja lintas unit (opsional).
 */
export interface TimKerja {
  /**
   * Selalu `tim-kerja`.
   */
  kind: 'tim-kerja';
  /**
   * Daftar tim kerja.
   *
   * @minItems 1
   */
  tim: {
    /**
     * Pengenal unik tim.
     */
    id: string;
    /**
     * Nama tim kerja.
     */
    nama: string;
    /**
     * NIP ketua tim, 18 digit.
     */
    ketua: string;
    /**
     * Daftar NIP anggota tim.
     */
    anggota?: string[];
  }[];
}
