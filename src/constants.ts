/** Limits every layer shares (PRODUCT.md "Accounting", "Global flags"). */

/** `--batas-ukuran` default: a file over this is a finding, not read. */
export const DEFAULT_SIZE_LIMIT = 200 * 1024 * 1024;
export const DEFAULT_SIZE_LIMIT_TEXT = '200MB';

/** Per file and kode the first 1,000 findings are listed; `--semua-temuan` lifts the cap. */
export const FINDING_CAP = 1000;

/** The config file at a workspace's root. */
export const CONFIG_FILE = 'asn-kinerja.yaml';
