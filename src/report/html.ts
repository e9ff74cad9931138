/**
 * The pieces every HTML output shares: escaping (every value from data goes through `esc`), numbers
 * written the way the language writes them, and one self-contained page — inline CSS, inline SVG, a
 * few lines of inline script, no font, image, style or script fetched from anywhere — print-ready on A4.
 */
import type { Lang } from '../i18n/messages.js';
import { numberText } from '../i18n/format.js';

export function esc(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '';
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** `95,74` under id, `95.74` under en; '–' for none. */
export const num = numberText;

/** A table's header row, the columns at `numeric` right-aligned (class n). */
export function headRow(labels: readonly string[], numeric: ReadonlySet<number>): string {
  return `<tr>${labels.map((h, i) => `<th${numeric.has(i) ? ' class="n"' : ''}>${esc(h)}</th>`).join('')}</tr>`;
}

const CSS = `
:root { --ink: #1d2733; --muted: #5b6774; --line: #d5dbe1; --ok: #1e7b45; --bad: #b3261e; --accent: #1f5fa8; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); margin: 2rem auto; max-width: 1100px; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border-bottom: 1px solid var(--line); padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #f1f4f7; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
table[data-sortable] th { cursor: pointer; } table[data-sortable] th[aria-sort]::after { content: " ▾"; } table[data-sortable] th[aria-sort=ascending]::after { content: " ▴"; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: .6rem; font-size: .85em; border: 1px solid currentColor; }
.ok { color: var(--ok); } .bad { color: var(--bad); } .muted { color: var(--muted); }
.weak { font-weight: 700; color: var(--bad); }
.p-sb { background: #63be7b33; } .p-b { background: #c6efce66; } .p-bp { background: #ffeb9c66; } .p-k { background: #f8cbad66; } .p-sk { background: #ff7c8044; }
svg { max-width: 100%; height: auto; }
details { margin: .25rem 0; } summary { cursor: pointer; font-weight: 600; }
table.fold { margin: .25rem 0; font-size: .9em; } table.fold td.h { font-weight: 600; background: #f4f6f8; }
code { font-size: .9em; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; max-width: none; font-size: 11px; } section.unit { break-before: page; } }
`;

/**
 * Sorts a table by a header's column on click (numbers by their `data-v`, else text), and marks the
 * tables it made sortable; without script the table is a plain table.
 */
const SCRIPT = `
// Printed, every group of findings is open (a closed <details> prints its summary only).
window.addEventListener('beforeprint', function () { document.querySelectorAll('details').forEach(function (d) { d.open = true; }); });
document.querySelectorAll('table[data-sortable]').forEach(function (t) {
  t.setAttribute('data-sortable', 'ready');
  t.querySelectorAll('th').forEach(function (th, i) {
    th.addEventListener('click', function () {
      var up = th.getAttribute('aria-sort') !== 'ascending';
      t.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      var body = t.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var key = function (r) { var c = r.cells[i]; var v = c && c.getAttribute('data-v'); return v !== null && v !== '' ? Number(v) : (c ? c.textContent : ''); };
      rows.sort(function (a, b) { var x = key(a), y = key(b); var r = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)); return up ? r : -r; });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
`;

/** A whole page. `css` replaces the report's style sheet (the Dokumen's form); `script: false` leaves the sorting out. */
export function page(lang: Lang, title: string, body: string, options: { css?: string; script?: boolean } = {}): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="asn-kinerja">
<title>${esc(title)}</title>
<style>${options.css ?? CSS}</style>
</head>
<body>
${body}
${options.script === false ? '' : `<script>${SCRIPT}</script>\n`}</body>
</html>
`;
}
