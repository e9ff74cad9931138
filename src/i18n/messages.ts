/**
 * The message catalogues, one file per language (id.ts, en.ts), each typed over every finding code:
 * a code without text, or a message reading an arg its code does not carry, fails to compile.
 */
import type { Args, Kode } from '../core/findings.js';
import { en } from './en.js';
import type { Catalogue, Message } from './format.js';
import { id } from './id.js';

export type Lang = 'id' | 'en';
export type { Catalogue } from './format.js';

export const MESSAGES = { id, en } as const satisfies Record<Lang, Catalogue>;

/** A finding at rest carries loose args; makeFinding checked them against its kode. */
export function renderFinding(kode: Kode, args: Args, lang: Lang): { pesan: string; perbaikan: string } {
  const entry = MESSAGES[lang][kode] as Message<Args>;
  return { pesan: entry.pesan(args), perbaikan: entry.perbaikan(args) };
}
