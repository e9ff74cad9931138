/**
 * The text encoding of a CSV file, decided for the whole file (issue [7]): UTF-8 with or without BOM,
 * UTF-16 LE/BE as Excel's "Unicode Text" writes it (BOM, tab-separated), else Windows-1252. The first
 * 64 KB propose; every later byte of a UTF-8 file is checked as it streams, so a Windows-1252 byte
 * after them is never a silent U+FFFD: a file that was ASCII up to that byte is Windows-1252 throughout
 * (ASCII reads the same in both), a file that already held UTF-8 letters mixes encodings (a finding
 * names the first line).
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

import type { Encoding } from '../core/finding-codes.js';

export type { Encoding };

/** The encoding the first bytes of a file propose; `biner` for NUL bytes that are not UTF-16. */
export function detectEncoding(probe: Buffer): Encoding | 'biner' {
  if (probe[0] === 0xef && probe[1] === 0xbb && probe[2] === 0xbf) return 'utf-8';
  if (probe[0] === 0xff && probe[1] === 0xfe) return 'utf-16le';
  if (probe[0] === 0xfe && probe[1] === 0xff) return 'utf-16be';
  if (probe.includes(0)) return utf16WithoutBom(probe) ?? 'biner';
  const body = probe.subarray(0, probe.length - incompleteTail(probe));
  if (isUtf8(body)) return 'utf-8';
  // Not UTF-8 throughout: Windows-1252, unless UTF-8 letters come first — then the file mixes
  // encodings and is read as UTF-8 with a finding at the first bad line (never "Ã©" in silence).
  const bad = firstInvalidUtf8(body);
  return isAscii(body.subarray(0, bad)) ? 'windows-1252' : 'utf-8';
}

/** UTF-16 text without a BOM: mostly ASCII, so one byte of each pair is NUL and the other is not. */
function utf16WithoutBom(probe: Buffer): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(probe.length / 2);
  if (pairs < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < probe.length; i += 2) {
    if (probe[i] === 0) evenZero++;
    if (probe[i + 1] === 0) oddZero++;
  }
  if (oddZero >= pairs * 0.6 && evenZero <= pairs * 0.02) return 'utf-16le';
  if (evenZero >= pairs * 0.6 && oddZero <= pairs * 0.02) return 'utf-16be';
  return null;
}

/** How many bytes at the end of `b` start a UTF-8 sequence the next chunk completes (0–3). */
export function incompleteTail(b: Buffer): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const byte = b[b.length - back]!;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return need > back ? back : 0;
    }
  }
  return 0;
}

/** Index of the first byte of the first invalid UTF-8 sequence in `b` (which is known to hold one). */
export function firstInvalidUtf8(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

export interface EncodingReport {
  /** The encoding the whole file was read in. */
  encoding: Encoding;
  /** A UTF-8 file holding bytes that are not UTF-8: the line of the first, and how many chunks held some. */
  campur: { baris: number } | null;
}

/**
 * The bytes of a file in, what csv-parse reads out (UTF-8 bytes, or strings for the other encodings),
 * deciding a UTF-8 file's encoding byte by byte as it passes.
 */
export class DecodingTap extends Transform {
  private enc: Encoding;
  private readonly bom: boolean;
  private decoder: TextDecoder | null;
  private carry: Buffer = Buffer.alloc(0);
  private sawNonAscii = false;
  private newlines = 0;
  private mixedAt: number | null = null;

  constructor(
    encoding: Encoding,
    probe: Buffer,
    private readonly onChunk: (chunk: Buffer) => void,
    /** A later pass over the same file (after a bad quote): what the earlier passes saw, and where it starts. */
    resume: { sawNonAscii: boolean; lineOffset: number } = { sawNonAscii: false, lineOffset: 0 },
  ) {
    super({ readableObjectMode: false });
    this.enc = encoding;
    this.sawNonAscii = resume.sawNonAscii;
    this.newlines = resume.lineOffset;
    this.bom = probe[0] === 0xef && probe[1] === 0xbb && probe[2] === 0xbf;
    this.decoder = encoding === 'utf-8' ? null : new TextDecoder(encoding);
  }

  get report(): EncodingReport & { sawNonAscii: boolean } {
    return { encoding: this.enc, campur: this.mixedAt === null ? null : { baris: this.mixedAt }, sawNonAscii: this.sawNonAscii };
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.onChunk(chunk);
    if (this.decoder) {
      done(null, this.decoder.decode(chunk, { stream: true }));
      return;
    }
    const buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const tail = incompleteTail(buf);
    const body = buf.subarray(0, buf.length - tail);
    this.carry = Buffer.from(buf.subarray(buf.length - tail));
    done(null, this.utf8(body));
  }

  override _flush(done: TransformCallback): void {
    if (this.decoder) {
      const rest = this.decoder.decode();
      done(null, rest.length > 0 ? rest : undefined);
      return;
    }
    // A sequence cut by the end of the file is itself not UTF-8 (taken out of `carry` first: the
    // switch to Windows-1252 appends what is carried).
    const tail = this.carry;
    this.carry = Buffer.alloc(0);
    done(null, tail.length > 0 ? this.utf8(tail) : undefined);
  }

  /** A UTF-8 body (no cut sequence at its end): passed on, or the switch to Windows-1252. */
  private utf8(body: Buffer): Buffer | string {
    if (isUtf8(body)) {
      if (!this.sawNonAscii && !isAscii(body)) this.sawNonAscii = true;
      if (this.mixedAt === null) this.countLines(body, body.length);
      return body;
    }
    const at = firstInvalidUtf8(body);
    if (!this.bom && !this.sawNonAscii && isAscii(body.subarray(0, at))) {
      // ASCII so far: the file is Windows-1252, and what was passed on reads the same in it.
      this.enc = 'windows-1252';
      this.decoder = new TextDecoder('windows-1252');
      const rest = this.decoder.decode(Buffer.concat([body.subarray(at), this.carry]), { stream: true });
      this.carry = Buffer.alloc(0);
      return body.subarray(0, at).toString('latin1') + rest;
    }
    if (this.mixedAt === null) {
      this.countLines(body, at);
      this.mixedAt = this.newlines + 1;
    }
    return body;
  }

  private countLines(b: Buffer, end: number): void {
    for (let i = b.indexOf(10); i >= 0 && i < end; i = b.indexOf(10, i + 1)) this.newlines++;
  }
}
