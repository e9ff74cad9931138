/**
 * The one rounding helper (RULES.md §1): x.toPrecision(15) removes binary noise
 * (89.99499999999999 → 89.9950000000000), then the decimal is rounded half away from zero,
 * as a spreadsheet's ROUND does. Never toFixed ((1.005).toFixed(2) is "1.00").
 */
export function roundReport(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const [mantissa = '0', expPart] = Math.abs(x).toPrecision(15).split('e');
  const [intPart = '0', fracPart = ''] = mantissa.split('.');
  const digits = intPart + fracPart;
  const keep = intPart.length + (expPart ? Number(expPart) : 0) + decimals;
  if (keep >= digits.length) return x;
  if (keep < 0) return 0;
  let kept = BigInt(digits.slice(0, keep) || '0');
  if (digits.charCodeAt(keep) >= 53 /* '5' */) kept += 1n;
  const rounded = Number(`${kept}e-${decimals}`);
  return rounded === 0 ? 0 : sign * rounded;
}
