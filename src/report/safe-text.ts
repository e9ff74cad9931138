/**
 * Text that reaches a terminal or a CI log shows what the data holds and never acts on the reader
 * (issue [10] item 1): control characters (C0, DEL, C1: ESC sequences such as OSC 52 or `ESC [2J`, CR,
 * BEL), bidirectional overrides and line separators in names, ids, cells and file names are written as
 * visible escapes (`\x1b`, `\r`, `\u202e`). Two layers:
 * - `visible(s)` for one data value, newlines included (a name never breaks a table row or starts a
 *   line of its own);
 * - `terminalSafe(text, colour)` for a whole text report: everything `visible` escapes but the report's
 *   own newlines and, when colour is on, the report's own SGR colour codes.
 */

// C0 but LF, DEL, C1; bidi embeddings, overrides and isolates, ALM, LRM/RLM; line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_LF = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One data value, safe on one line: every control character and bidi override as a visible escape. */
export function visible(s: string): string {
  return s.replace(CONTROL_OR_LF, escapeChar);
}

// What a cell of a workbook (XML 1.0) cannot hold or would show deceptively: C0 but TAB, LF and CR; DEL, C1;
// U+FFFE, U+FFFF and lone surrogates (a workbook with one cannot be opened); bidi overrides and isolates.
const NOT_IN_CELL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A text for a workbook cell: what XML cannot carry is shown as a visible escape (exceljs would drop it
 * or write a file no one can open), and a literal `_x0041_` keeps its underscore (`_x005F_`), since a
 * spreadsheet reads `_xHHHH_` as an escape.
 */
export function cellSafe(s: string): string {
  return s.replace(NOT_IN_CELL, escapeChar).replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/** Whether a style writes colour codes (the report's own SGR sequences are then kept). */
export const isColoured = (style: { bold: (s: string) => string }): boolean => style.bold('x') !== 'x';

// The colour codes chalk writes: CSI … m (SGR) only.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SGR = /\u001b\[[0-9;]*m/g;

/**
 * A whole text report for a terminal or a log: the report's line breaks stay, and with `colour` its SGR
 * colour codes; any other control character — an escape sequence that came with the data — is shown.
 * No line starts with `::` either (see `noWorkflowCommands`).
 */
export function terminalSafe(text: string, colour: boolean): string {
  if (!colour) return noWorkflowCommands(text.replace(CONTROL, escapeChar));
  let out = '';
  let last = 0;
  for (const m of text.matchAll(SGR)) {
    out += text.slice(last, m.index).replace(CONTROL, escapeChar) + m[0];
    last = m.index + m[0].length;
  }
  return noWorkflowCommands(out + text.slice(last).replace(CONTROL, escapeChar));
}

/**
 * A CI runner takes a line that starts with `::` (after leading spaces) as a workflow command. A report's
 * own lines never do; one that would, because a file named `::error file=x::pwn.csv` or a value opens it,
 * shows its first colon escaped (`\x3a:`), under any --format, in or out of GitHub Actions.
 */
export function noWorkflowCommands(text: string): string {
  return text.replace(/^([ \t]*):(?=:)/gm, '$1\\x3a');
}
