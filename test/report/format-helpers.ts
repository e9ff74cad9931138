/** What the formatter tests share: plain options and a formatter's output as text. */
import type { Formatted, FormatOptions } from '../../src/report/format.js';
import { PLAIN } from '../../src/report/style.js';

export const options = (o: Partial<FormatOptions> = {}): FormatOptions => ({
  lang: 'id',
  style: PLAIN,
  quiet: false,
  strict: false,
  delimiter: ';',
  ...o,
});

/** A formatter's output as text (formatters may be async, src/report/format.ts). */
export async function text(x: Formatted | Promise<Formatted>): Promise<string> {
  const v = await x;
  return typeof v === 'string' ? v : new TextDecoder().decode(v);
}
