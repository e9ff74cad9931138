/**
 * RULES.md §2.1: rows of one key (employee + indicator, or employee + rater + role) must not overlap in
 * time, whatever P is; the later row (canonical order) is rejected, naming the first. Memory: one
 * 24-int array per key and year, so it grows with employees × indicators, not with rows.
 */
import type { Periode } from '../period.js';

export interface FirstRow {
  file: number;
  line: number;
}

export class OverlapTracker {
  private readonly slots = new Map<string, Int32Array>();

  /** Claims the months of `p` for `key`; returns the first row already holding one of them, if any. */
  claim(key: string, p: Periode, file: number, line: number): FirstRow | undefined {
    const id = `${key}|${p.tahun}`;
    let months = this.slots.get(id);
    if (!months) {
      months = new Int32Array(24);
      this.slots.set(id, months);
    }
    for (let m = p.bulanAwal; m <= p.bulanAkhir; m++) {
      const line0 = months[(m - 1) * 2]!;
      if (line0 !== 0) return { line: line0, file: months[(m - 1) * 2 + 1]! };
    }
    for (let m = p.bulanAwal; m <= p.bulanAkhir; m++) {
      months[(m - 1) * 2] = line;
      months[(m - 1) * 2 + 1] = file;
    }
    return undefined;
  }
}
