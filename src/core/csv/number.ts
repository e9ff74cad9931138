/**
 * Numbers in CSV cells as spreadsheets write them (PRODUCT.md "Numbers"): decimal comma or point,
 * thousands separators, a trailing `%`. Never guesses silently: a cell that could be read two ways
 * (`1.234`, `1,234`) is read by the file's convention and reported with both readings.
 */
export type Desimal = 'koma' | 'titik';

export type NumberResult = { ok: true; value: number; ambiguous?: { koma: number; titik: number }; mark?: Desimal } | { ok: false };

const GROUPED = /^\d{1,3}(?:X\d{3})+$/;

function isGrouped(intPart: string, sep: string): boolean {
  return GROUPED.test(intPart.split(sep).join('X'));
}

/**
 * Parses one cell. `mark` is the decimal mark the cell itself proves (for the mixed-convention
 * warning); `ambiguous` carries both readings when only the convention decided.
 */
export function parseNumberCell(raw: string, convention: Desimal): NumberResult {
  const r = parseCell(raw, convention);
  // A 400-digit cell reads as Infinity: no number any column can use, so not a number (never a silent value).
  return r.ok && !Number.isFinite(r.value) ? { ok: false } : r;
}

function parseCell(raw: string, convention: Desimal): NumberResult {
  const fast = parseSimple(raw);
  if (fast !== undefined) return fast;
  let s = raw.trim();
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  let sign = 1;
  if (s.startsWith('-')) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (s === '' || !/^[\d.,]+$/.test(s) || !/\d/.test(s[0]!) || !/\d$/.test(s)) {
    // A leading separator (",5") is still a decimal: Excel never writes it, people do.
    if (/^[.,]\d+$/.test(s)) return { ok: true, value: sign * Number('0.' + s.slice(1)), mark: s[0] === ',' ? 'koma' : 'titik' };
    return { ok: false };
  }
  const dots = count(s, '.');
  const commas = count(s, ',');
  if (dots === 0 && commas === 0) return { ok: true, value: sign * Number(s) };
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal mark, the other groups thousands.
    const decimalSep = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    const at = s.lastIndexOf(decimalSep);
    const intPart = s.slice(0, at);
    const frac = s.slice(at + 1);
    if (count(frac, groupSep) > 0 || count(intPart, decimalSep) > 0 || !isGrouped(intPart, groupSep)) return { ok: false };
    return { ok: true, value: sign * Number(intPart.split(groupSep).join('') + '.' + frac), mark: decimalSep === ',' ? 'koma' : 'titik' };
  }
  const sep = dots > 0 ? '.' : ',';
  const n = dots + commas;
  if (n > 1) {
    // The same separator repeated can only group thousands: 1.234.567.
    if (!isGrouped(s, sep)) return { ok: false };
    return { ok: true, value: sign * Number(s.split(sep).join('')), mark: sep === '.' ? 'koma' : 'titik' };
  }
  const at = s.indexOf(sep);
  const intPart = s.slice(0, at);
  const frac = s.slice(at + 1);
  const asDecimal = sign * Number(intPart + '.' + frac);
  if (frac.length !== 3 || intPart[0] === '0' || intPart.length > 3) {
    // Not three digits after it, a leading 0, or more than three before it: a decimal mark.
    return { ok: true, value: asDecimal, mark: sep === ',' ? 'koma' : 'titik' };
  }
  const asGrouped = sign * Number(intPart + frac);
  const readings = sep === ',' ? { koma: asDecimal, titik: asGrouped } : { koma: asGrouped, titik: asDecimal };
  return { ok: true, value: readings[convention], ambiguous: readings };
}

const INTEGER: NumberResult[] = [];
/**
 * The shapes that make up nearly every cell, without regular expressions: digits, or digits with one
 * separator that is not followed by exactly three digits. Anything else goes the long way.
 */
function parseSimple(s: string): NumberResult | undefined {
  const n = s.length;
  if (n === 0 || n > 15) return undefined;
  let sepAt = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if ((c === 44 || c === 46) && sepAt < 0 && i > 0 && i < n - 1) {
      sepAt = i;
      continue;
    }
    return undefined;
  }
  if (sepAt < 0) {
    if (n > 1 && s.charCodeAt(0) === 48) return undefined;
    const v = Number(s);
    return v < 1024 ? (INTEGER[v] ??= { ok: true, value: v }) : { ok: true, value: v };
  }
  if (n - sepAt - 1 === 3 && s.charCodeAt(0) !== 48 && sepAt <= 3) return undefined; // maybe grouping
  const comma = s.charCodeAt(sepAt) === 44;
  return { ok: true, value: Number(comma ? s.slice(0, sepAt) + '.' + s.slice(sepAt + 1) : s), mark: comma ? 'koma' : 'titik' };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
