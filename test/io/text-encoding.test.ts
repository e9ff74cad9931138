/** The whole-file encoding decision (issue [7] item 2), chunk by chunk as the file streams. */
import { describe, expect, it } from 'vitest';
import { DecodingTap, detectEncoding, firstInvalidUtf8, incompleteTail } from '../../src/io/text-encoding.js';

/** Streams `chunks` through the tap; what csv-parse would read, and the decision. */
async function through(chunks: Buffer[]) {
  const probe = Buffer.concat(chunks).subarray(0, 64 * 1024);
  const enc = detectEncoding(probe);
  if (enc === 'biner') throw new Error('binary');
  const tap = new DecodingTap(enc, probe, () => {});
  const out: Buffer[] = [];
  tap.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((r) => tap.on('end', r));
  for (const c of chunks) tap.write(c);
  tap.end();
  await done;
  return { text: Buffer.concat(out).toString('utf8'), ...tap.report };
}

describe('UTF-8 checks', () => {
  it('incompleteTail: a sequence cut at the end of a chunk', () => {
    const e = Buffer.from('é', 'utf8'); // C3 A9
    const euro = Buffer.from('€', 'utf8'); // E2 82 AC
    expect(incompleteTail(Buffer.from('abc'))).toBe(0);
    expect(incompleteTail(Buffer.concat([Buffer.from('a'), e.subarray(0, 1)]))).toBe(1);
    expect(incompleteTail(Buffer.concat([Buffer.from('a'), e]))).toBe(0);
    expect(incompleteTail(euro.subarray(0, 2))).toBe(2);
    expect(incompleteTail(euro)).toBe(0);
  });
  it('firstInvalidUtf8: a lone Windows-1252 byte, an overlong form, a surrogate', () => {
    expect(firstInvalidUtf8(Buffer.from('Jos\xe9 x', 'latin1'))).toBe(3);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from('ok é', 'utf8'))).toBe(5);
  });
});

describe('DecodingTap', () => {
  it('a UTF-8 letter split across two chunks is not a mistake', async () => {
    const all = Buffer.from('a;b\r\nJosé;1\r\n', 'utf8');
    const cut = all.indexOf(0xc3) + 1;
    const r = await through([all.subarray(0, cut), all.subarray(cut)]);
    expect(r).toMatchObject({ text: 'a;b\r\nJosé;1\r\n', encoding: 'utf-8', campur: null });
  });
  it('ASCII chunks, then a Windows-1252 byte: Windows-1252 for the whole file', async () => {
    const r = await through([Buffer.from('a;b\r\nx;1\r\n'), Buffer.from('Jos\xe9;2\r\n', 'latin1')]);
    expect(r).toMatchObject({ text: 'a;b\r\nx;1\r\nJosé;2\r\n', encoding: 'windows-1252', campur: null });
  });
  it('UTF-8 letters, then a Windows-1252 byte on line 3: mixed, named at its line', async () => {
    const r = await through([Buffer.from('a;b\r\nJosé;1\r\n', 'utf8'), Buffer.from('Ren\xe9e;2\r\n', 'latin1')]);
    expect(r.encoding).toBe('utf-8');
    expect(r.campur).toEqual({ baris: 3 });
    expect(r.text).toBe('a;b\r\nJosé;1\r\nRen\ufffde;2\r\n');
  });
  it('a BOM says UTF-8: a later Windows-1252 byte is mixed, not a switch', async () => {
    const r = await through([Buffer.from('\ufeffa;b\r\nx;1\r\n', 'utf8'), Buffer.from('Jos\xe9;2\r\n', 'latin1')]);
    expect(r).toMatchObject({ encoding: 'utf-8', campur: { baris: 3 } });
  });
  it('a file ending in the middle of a sequence', async () => {
    const r = await through([Buffer.from('a;b\r\nJosé;1\r\n', 'utf8'), Buffer.from([0xc3])]);
    expect(r.campur).toEqual({ baris: 3 });
    // ASCII until a cut sequence at the very end: Windows-1252, the byte read once (Ã), not twice.
    const cut = await through([Buffer.from('a;b\r\nx;2', 'utf8'), Buffer.from([0xc3])]);
    expect(cut).toMatchObject({ encoding: 'windows-1252', text: 'a;b\r\nx;2Ã' });
  });
  it('UTF-16LE and UTF-16BE with a BOM, UTF-16LE without; NUL bytes otherwise are binary', async () => {
    const text = 'nip\tperiode\r\nJosé\t2026\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await through([le])).toMatchObject({ text, encoding: 'utf-16le' });
    expect(await through([Buffer.from(le).swap16()])).toMatchObject({ text, encoding: 'utf-16be' });
    expect(detectEncoding(Buffer.from(text, 'utf16le'))).toBe('utf-16le');
    expect(detectEncoding(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x00, 0x13, 0x9a]))).toBe('biner');
  });
});
