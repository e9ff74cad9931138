/**
 * Reading a ZIP archive (an .xlsx) through its central directory: the entries' names and where their
 * data lies, and each entry as a stream of inflated bytes. The central directory, not a pass over the
 * local headers, because writers order entries as they please (Excel writes the sheets before the
 * shared strings, exceljs writes workbook.xml last) and a streamed pass cannot look ahead.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createInflateRaw, crc32 } from 'node:zlib';
import { Readable, Transform } from 'node:stream';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  encrypted: boolean;
  crc: number;
}

/** Why an archive cannot be read (the finding's `sebab`). */
export type ZipProblem = 'bukan-zip' | 'terenkripsi' | 'rusak';

export class ZipError extends Error {
  constructor(
    readonly sebab: ZipProblem,
    detail: string,
  ) {
    super(detail);
  }
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** An OLE2 compound file: an .xls, or an .xlsx saved with a password (Excel encrypts it into one). */
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();

  private constructor(
    private readonly abs: string,
    private readonly fileSize: number,
  ) {}

  static open(abs: string, fileSize: number): ZipArchive {
    const zip = new ZipArchive(abs, fileSize);
    zip.readDirectory();
    return zip;
  }

  /** The entry's inflated bytes as a stream; the name as written in the archive (no leading `/`). */
  stream(name: string): Readable {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError('rusak', `missing entry ${name}`);
    if (entry.encrypted) throw new ZipError('terenkripsi', `encrypted entry ${name}`);
    const local = this.read(entry.localHeaderOffset, 30);
    if (local.readUInt32LE(0) !== LOCAL) throw new ZipError('rusak', `bad local header for ${name}`);
    const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (entry.method !== 0 && entry.method !== 8) throw new ZipError('rusak', `compression method ${entry.method} for ${name}`);
    if (entry.compressedSize === 0) return Readable.from([]);
    const raw = createReadStream(this.abs, { start, end: start + entry.compressedSize - 1, highWaterMark: 256 * 1024 });
    const check = checksum(entry);
    raw.on('error', (e) => check.destroy(e));
    if (entry.method === 0) return raw.pipe(check);
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    raw.on('error', (e) => inflate.destroy(e));
    inflate.on('error', (e) => check.destroy(e));
    return raw.pipe(inflate).pipe(check);
  }

  /** A small entry read whole, as text (UTF-8: what OOXML parts are written in). */
  async text(name: string): Promise<string> {
    const parts: Buffer[] = [];
    for await (const chunk of this.stream(name)) parts.push(chunk as Buffer);
    return Buffer.concat(parts).toString('utf8');
  }

  private read(position: number, length: number): Buffer {
    const buf = Buffer.alloc(length);
    const fd = openSync(this.abs, 'r');
    try {
      const n = readSync(fd, buf, 0, length, position);
      return buf.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  }

  private readDirectory(): void {
    const head = this.read(0, 8);
    if (head.length === 8 && head.equals(OLE2)) throw new ZipError('terenkripsi', 'OLE2 compound file');
    if (head.length < 4 || head.readUInt32LE(0) !== LOCAL) throw new ZipError('bukan-zip', 'no ZIP signature');
    // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KiB.
    const tailLength = Math.min(this.fileSize, 22 + 0xffff + 20);
    const tail = this.read(this.fileSize - tailLength, tailLength);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new ZipError('rusak', 'no end of central directory (the file was cut short?)');
    let count = tail.readUInt16LE(at + 10);
    let dirSize = tail.readUInt32LE(at + 12);
    let dirOffset = tail.readUInt32LE(at + 16);
    if (
      (count === 0xffff || dirOffset === 0xffffffff || dirSize === 0xffffffff) &&
      at >= 20 &&
      tail.readUInt32LE(at - 20) === EOCD64_LOCATOR
    ) {
      const rec = this.read(Number(tail.readBigUInt64LE(at - 20 + 8)), 56);
      if (rec.readUInt32LE(0) !== EOCD64) throw new ZipError('rusak', 'bad ZIP64 end record');
      count = Number(rec.readBigUInt64LE(32));
      dirSize = Number(rec.readBigUInt64LE(40));
      dirOffset = Number(rec.readBigUInt64LE(48));
    }
    if (dirOffset + dirSize > this.fileSize) throw new ZipError('rusak', 'central directory past the end of the file');
    const dir = this.read(dirOffset, dirSize);
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw new ZipError('rusak', 'bad central directory entry');
      const flags = dir.readUInt16LE(p + 8);
      const crc = dir.readUInt32LE(p + 16);
      const method = dir.readUInt16LE(p + 10);
      let compressedSize = dir.readUInt32LE(p + 20);
      let size = dir.readUInt32LE(p + 24);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      let localHeaderOffset = dir.readUInt32LE(p + 42);
      const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
      // ZIP64 sizes and offset, in the order the fields were maxed out.
      let e = p + 46 + nameLength;
      const extraEnd = e + extraLength;
      while (e + 4 <= extraEnd) {
        const id = dir.readUInt16LE(e);
        const len = dir.readUInt16LE(e + 2);
        if (id === 1) {
          let q = e + 4;
          if (size === 0xffffffff) {
            size = Number(dir.readBigUInt64LE(q));
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = Number(dir.readBigUInt64LE(q));
            q += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = Number(dir.readBigUInt64LE(q));
        }
        e += 4 + len;
      }
      this.entries.set(name.replace(/^\//, ''), {
        name,
        method,
        compressedSize,
        size,
        localHeaderOffset,
        encrypted: (flags & 1) === 1,
        crc,
      });
      p = extraEnd + commentLength;
    }
  }
}

/**
 * Passes an entry's bytes through and checks them at the end against the CRC-32 and size the archive
 * recorded: a damaged part is an error, never numbers read from garbage.
 */
function checksum(entry: ZipEntry): Transform {
  let crc = 0;
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      if (crc !== entry.crc || size !== entry.size)
        done(new ZipError('rusak', `${entry.name}: checksum or size does not match (damaged archive)`));
      else done();
    },
  });
}
