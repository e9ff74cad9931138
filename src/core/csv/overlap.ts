/**
 * RULES.md §2.1: rows of one key (employee + indicator, or employee + rater + role) must not overlap in
 * time, whatever P is; the later row (canonical order) is rejected, naming the first.
 * Memory grows with keys × years, not with rows: keys are interned to small integers and each
 * key-year owns 12 month slots (line and file of the row holding it) in one pooled Int32Array.
 */
import type { Periode } from '../period.js';

export interface FirstRow {
  file: number;
  line: number;
}

const SLOT = 24; // 12 months × (line, file)

export class OverlapTracker {
  private readonly ids = new Map<string, number>();
  private readonly offsets = new Map<number, number>();
  private pool = new Int32Array(SLOT * 1024);
  private used = 0;

  /** A small integer for a string (an NIP, an indicator key, a role). */
  intern(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.ids.size + 1;
      if (id >= 1048576) throw new Error('more than 2^20 distinct keys in one workspace');
      this.ids.set(s, id);
    }
    return id;
  }

  /**
   * Claims the months of `p` for the key (a, b, c: interned ids); returns the first row already
   * holding one of them, if any.
   */
  claim(a: number, b: number, c: number /* 0–7 */, p: Periode, file: number, line: number): FirstRow | undefined {
    // Interned ids stay below 2^20 (a million distinct NIPs and keys); the key is an exact integer < 2^53.
    const key = ((a * 1048576 + b) * 8 + c) * 512 + (p.tahun - 1900);
    let at = this.offsets.get(key);
    if (at === undefined) {
      if (this.used + SLOT > this.pool.length) {
        const bigger = new Int32Array(this.pool.length * 2);
        bigger.set(this.pool);
        this.pool = bigger;
      }
      at = this.used;
      this.used += SLOT;
      this.offsets.set(key, at);
    }
    const pool = this.pool;
    for (let m = p.bulanAwal; m <= p.bulanAkhir; m++) {
      const line0 = pool[at + (m - 1) * 2]!;
      if (line0 !== 0) return { line: line0, file: pool[at + (m - 1) * 2 + 1]! };
    }
    for (let m = p.bulanAwal; m <= p.bulanAkhir; m++) {
      pool[at + (m - 1) * 2] = line;
      pool[at + (m - 1) * 2 + 1] = file;
    }
    return undefined;
  }
}
