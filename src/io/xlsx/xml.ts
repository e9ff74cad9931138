/**
 * The little XML this reader needs from SpreadsheetML parts: attributes of one tag, text with its
 * entities, and OOXML's own `_xHHHH_` escapes. Parts are machine-written (Excel, LibreOffice,
 * exceljs, openpyxl); a plain scanner over them is twice as fast as a validating SAX parser.
 */

/** The value of attribute `name` in a start tag's text (`<c r="A1" t="s">`), decoded; undefined if absent. */
export function attr(tag: string, name: string): string | undefined {
  let i = tag.indexOf(name + '=');
  while (i > 0) {
    const before = tag.charCodeAt(i - 1);
    // A whole attribute name: after whitespace (` r=`, not `ref=` when asking for `r`... or `xr:r=`).
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      const q = tag[i + name.length + 1];
      if (q === '"' || q === "'") {
        const end = tag.indexOf(q, i + name.length + 2);
        if (end < 0) return undefined;
        return decodeXml(tag.slice(i + name.length + 2, end));
      }
    }
    i = tag.indexOf(name + '=', i + 1);
  }
  return undefined;
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    name ? NAMED[name]! : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)),
  );
}

/** ST_Xstring: Excel writes characters XML cannot hold (a CR, controls) as `_x000D_`, and `_` before such a form as `_x005F_`. */
export function decodeOoxml(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** After a tag's name: `>`, `/` or whitespace (a space, a tab, a line break). */
export function endsName(c: number): boolean {
  return c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13;
}

/** Text of a cell or shared string: every `<t>` inside it, in order, leaving out phonetic runs (`<rPh>`). */
export function runText(xml: string, prefix: string): string {
  let body = xml;
  if (body.indexOf('rPh') >= 0) body = body.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  const open = `<${prefix}t`;
  const close = `</${prefix}t>`;
  let out = '';
  for (let i = body.indexOf(open); i >= 0; i = body.indexOf(open, i + 1)) {
    const c = body.charCodeAt(i + open.length);
    // `<t>`, `<t xml:space="preserve">` or `<t/>`; not `<tc>` or the like.
    if (!endsName(c)) continue;
    const gt = body.indexOf('>', i);
    if (gt < 0) break;
    if (body.charCodeAt(gt - 1) === 47) continue;
    const end = body.indexOf(close, gt);
    if (end < 0) break;
    out += body.slice(gt + 1, end);
    i = end;
  }
  return decodeOoxml(decodeXml(out));
}

/** Every start tag `<name …>` (or `<p:name …>`) in a small part, as its text. */
export function* tags(xml: string, name: string): Generator<string> {
  const re = new RegExp(`<(?:\\w+:)?${name}(?=[\\s/>])[^>]*>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) yield m[0];
}

/** The namespace prefix of a part's root element (`x:` for `<x:worksheet>`, '' for none). */
export function rootPrefix(xml: string): string {
  const m = /<(?![?!])(\w+:)?\w+[\s>]/.exec(xml);
  return m?.[1] ?? '';
}

/** `C12` → column 2 (0-based); undefined for a malformed reference. */
export function columnOf(ref: string): number | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  return i === 0 ? undefined : col - 1;
}

/** `C12` → row 12; undefined if absent. */
export function rowOf(ref: string): number | undefined {
  const m = /\d+$/.exec(ref);
  return m ? Number(m[0]) : undefined;
}
