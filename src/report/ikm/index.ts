/** The ikm formats: one file each, registered here; `--format`'s choices come from this map. */
import type { IkmResult } from '../../engine/ikm.js';
import type { Formatter } from '../format.js';
import { formatIkmCsv } from './csv.js';
import { formatIkmJson } from './json.js';
import { formatIkmTable } from './table.js';
import { formatIkmXlsx } from './xlsx.js';

import type { IkmFormat } from '../names.js';

export type { IkmFormat } from '../names.js';

export const IKM_FORMATS = {
  table: formatIkmTable,
  csv: formatIkmCsv,
  json: formatIkmJson,
  xlsx: formatIkmXlsx,
} as const satisfies Record<IkmFormat, Formatter<IkmResult>>;
