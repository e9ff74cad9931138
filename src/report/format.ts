/** What every formatter receives besides its model; a formatter returns text or bytes, never prints. */
import type { Lang } from '../i18n/messages.js';
import type { Style } from './style.js';

export interface FormatOptions {
  lang: Lang;
  /** Colour, resolved once by the CLI (PLAIN when off). */
  style: Style;
  /** Hide info findings. */
  quiet: boolean;
  strict: boolean;
  /** CSV outputs: the delimiter (`;` with the decimal comma for id, `,` for en by default). */
  delimiter: ';' | ',';
}

export type Formatted = string | Uint8Array;

/** Async when it loads a heavy library (exceljs, a PDF writer) on first use. */
export type Formatter<M, O = object> = (model: M, options: FormatOptions & O) => Formatted | Promise<Formatted>;
