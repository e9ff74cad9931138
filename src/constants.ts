/** Limits every layer shares (PRODUCT.md "Accounting", "Global flags"). */

/** `--batas-ukuran` default: a file over this is a finding, not read. */
export const DEFAULT_SIZE_LIMIT = 200 * 1024 * 1024;
export const DEFAULT_SIZE_LIMIT_TEXT = '200MB';
/**
 * A YAML file's default limit, lower: its parsed tree takes about 50 bytes of memory per byte of text
 * (a 75 MB catalogue reached 3.9 GB and aborted smaller machines; issue [10] item 3). An explicit
 * `--batas-ukuran` applies to every file, YAML too.
 */
export const DEFAULT_YAML_SIZE_LIMIT = 10 * 1024 * 1024;

/** Per file and kode the first 1,000 findings are listed; `--semua-temuan` lifts the cap. */
export const FINDING_CAP = 1000;

/** The config file at a workspace's root. */
export const CONFIG_FILE = 'asn-kinerja.yaml';
