/**
 * RULES.md §2.1: rows of one key (employee + indicator, or employee + rater + role) must not overlap in
 * time, whatever P is; the later row (canonical order) is rejected, naming the first.
 * Memory grows with keys × years, not with rows: keys are interned to small integers and each
 * key-year owns 12 month slots (line and file of the row holding it) in pooled Int32Array chunks.
 * Ids below 2^20 pack with the role code and the year into one exact integer key (< 2^53); past a
 * million distinct NIPs and keys, a key-year is found by a string key instead (exact, unbounded, slower).
 */
import type { Periode } from '../period.js';

export interface FirstRow {
  file: number;
  line: number;
}

const SLOT = 24; // 12 months × (line, file)
const CHUNK = SLOT * 4096; // slots live in fixed chunks: growing never copies (no doubled peak)
const ID_LIMIT = 1048576; // 2^20

export class OverlapTracker {
  private readonly ids = new Map<string, number>();
  private readonly offsets = new Map<number, number>();
  /** Key-years of ids ≥ 2^20 (more than a million distinct NIPs and keys in one workspace). */
  private readonly wideOffsets = new Map<string, number>();
  private readonly chunks: Int32Array[] = [];
  private used = 0;
  private lastKey = -1;
  private lastAt = 0;

  // The two most recent strings: rows come grouped by employee, so the NIP repeats between keys.
  private recent0 = '';
  private recent1 = '';
  private recentId0 = 0;
  private recentId1 = 0;

  /** A small integer for a string (an NIP, an indicator key, a role). */
  intern(s: string): number {
    if (s === this.recent0) return this.recentId0;
    if (s === this.recent1) return this.recentId1;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(s, id);
    }
    this.recent1 = this.recent0;
    this.recentId1 = this.recentId0;
    this.recent0 = s;
    this.recentId0 = id;
    return id;
  }

  /**
   * Claims the months of `p` for the key (a, b, c: interned ids); returns the first row already
   * holding one of them, if any.
   */
  claim(a: number, b: number, c: number /* 0–7 */, p: Periode, file: number, line: number): FirstRow | undefined {
    const at =
      a < ID_LIMIT && b < ID_LIMIT
        ? this.offsetOf(((a * ID_LIMIT + b) * 8 + c) * 512 + (p.tahun - 1900))
        : this.wideOffsetOf(`${a},${b},${c},${p.tahun}`);
    const pool = this.chunks[Math.floor(at / CHUNK)]!;
    const base = at % CHUNK;
    for (let m = p.bulanAwal; m <= p.bulanAkhir; m++) {
      const line0 = pool[base + (m - 1) * 2]!;
      if (line0 !== 0) return { line: line0, file: pool[base + (m - 1) * 2 + 1]! };
    }
    for (let m = p.bulanAwal; m <= p.bulanAkhir; m++) {
      pool[base + (m - 1) * 2] = line;
      pool[base + (m - 1) * 2 + 1] = file;
    }
    return undefined;
  }

  /** The slots of a packed key (parsePeriode keeps years in 1900–2199: 9 bits). */
  private offsetOf(key: number): number {
    // Exports list an employee's indicator month after month: the same key comes back at once.
    if (key === this.lastKey) return this.lastAt;
    let at = this.offsets.get(key);
    if (at === undefined) this.offsets.set(key, (at = this.allocate()));
    this.lastKey = key;
    this.lastAt = at;
    return at;
  }

  private wideOffsetOf(key: string): number {
    let at = this.wideOffsets.get(key);
    if (at === undefined) this.wideOffsets.set(key, (at = this.allocate()));
    return at;
  }

  private allocate(): number {
    if (this.used % CHUNK === 0) this.chunks.push(new Int32Array(CHUNK));
    const at = this.used;
    this.used += SLOT;
    return at;
  }
}
