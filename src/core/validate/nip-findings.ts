import { makeFinding, type Finding } from '../findings.js';
import { checkNip, type NipCheckOptions } from '../nip.js';

/** NIP problems as findings at `jalur` of `path`; returns the normalised NIP when it has 18 digits. */
export function nipFindings(
  raw: string,
  where: { path: string; jalur: string },
  options: NipCheckOptions,
  out: Finding[],
): string | undefined {
  const result = checkNip(raw, options);
  for (const p of result.problems) out.push(makeFinding(p.kode, { ...where, ...(result.nip ? { nip: result.nip } : {}) }, p.args));
  return result.nip;
}
