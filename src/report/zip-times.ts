/**
 * A ZIP (an .xlsx) with every entry's modification time set to one date, in its local headers and its
 * central directory: the writer stamps the clock, and the same workspace must give the same bytes
 * (RULES.md §1, Determinism). Pure: bytes in, bytes out; a buffer that is not a ZIP comes back as it was.
 */
export function withZipTimes(zip: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  // The end of central directory record: its signature within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 65_557); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return zip;
  const year = Math.min(2107, Math.max(1980, date.getUTCFullYear()));
  const dosDate = ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries && at + 46 <= out.length && view.getUint32(at, true) === 0x02014b50; n++) {
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= out.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, 0, true);
      view.setUint16(local + 12, dosDate, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
