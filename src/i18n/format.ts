/** What a language file provides, and the helpers its messages share. */
import type { ArgValue, FindingArgs, Kode } from '../core/findings.js';
import { visible } from '../report/safe-text.js';

export interface Message<A> {
  pesan: (a: A) => string;
  perbaikan: (a: A) => string;
}

/** The text of every code in one language, each reading that code's typed args. */
export type Catalogue = { readonly [K in Kode]: Message<FindingArgs[K]> };

export const CONFIG = 'asn-kinerja.yaml';

// The helpers take any arg value: docs/temuan.md renders every message with a placeholder string
// in place of each arg, lists included (src/report/finding-docs.ts).

// Every arg shows its control characters as escapes (src/report/safe-text.ts): a name or cell from the
// data never moves the cursor, clears a screen or starts a CI command in any message.
export const s = (v: ArgValue | undefined): string =>
  v === null || v === undefined ? '' : visible(Array.isArray(v) ? v.join(', ') : String(v));

export const q = (v: ArgValue | undefined): string => `'${s(v)}'`;

export const arrow = (v: ArgValue | undefined): string => (Array.isArray(v) ? visible(v.join(' → ')) : s(v));

/** `a, b or c`, with the language's word for "or". */
export const orList = (v: ArgValue | undefined, or: string): string => {
  const items = Array.isArray(v) ? v.map((x) => visible(String(x))) : [s(v)];
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
};

/** `text` when `v` is set, else nothing. */
export const maybe = (v: ArgValue | undefined, text: string): string => (v === null || v === undefined ? '' : text);

/** The items of a list arg; none for a placeholder. */
// `Array.isArray` narrows a readonly array to `any[]` (TypeScript#17002), hence the cast back.
export const list = <T>(v: readonly T[]): readonly T[] => (Array.isArray(v) ? (v as readonly T[]) : []);

/** A number as the language writes it, `digits` after the mark: `95,74` under id, `95.74` under en; '–' for none. */
export function numberText(x: number | null | undefined, lang: 'id' | 'en', digits = 2): string {
  if (x === null || x === undefined) return '–';
  const t = x.toFixed(digits);
  return lang === 'id' ? t.replace('.', ',') : t;
}
