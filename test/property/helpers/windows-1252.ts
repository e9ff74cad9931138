/**
 * Windows-1252 as the WHATWG Encoding Standard defines it (index-windows-1252): bytes 0x00–0x7F and
 * 0xA0–0xFF are the same code points, 0x80–0x9F are the table below (five of them, 0x81 0x8D 0x8F 0x90
 * 0x9D, map to the C1 controls of the same number).
 *
 * The table is written out rather than taken from Node: Node 20.20's `new TextDecoder('windows-1252')
 * .decode(bytes)` without `{ stream: true }` reads 0x80–0x9F as Latin-1 (0x80 → U+0080, not €), while
 * the streaming decode src/io/text-encoding.ts uses reads them right.
 */
const HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const codePointOf = (byte: number) => (byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80]! : byte);

/** The characters of bytes 0x01–0xFF, by byte (NUL left out: a NUL byte makes a file binary, PRODUCT.md). */
export const WINDOWS_1252_CHARS: readonly string[] = Array.from({ length: 255 }, (_, i) => String.fromCodePoint(codePointOf(i + 1)));

const BYTE_OF = new Map<string, number>(WINDOWS_1252_CHARS.map((c, i) => [c, i + 1]));

/** The non-ASCII characters Windows-1252 has (é, €, ‘, …). */
export const WINDOWS_1252_NON_ASCII: readonly string[] = WINDOWS_1252_CHARS.slice(0x7f);

export function encodeWindows1252(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = BYTE_OF.get(text[i]!);
    if (b === undefined) throw new Error(`not in Windows-1252: U+${text.charCodeAt(i).toString(16)}`);
    out[i] = b;
  }
  return out;
}
