/**
 * The candidate nearest a mistyped value, for did-you-mean hints (case-insensitive edit distance).
 *
 * A hint is asked once per finding, so a hostile file asks it tens of thousands of times against tens of
 * thousands of candidates (20,000 units each naming an unknown `induk` ran over two minutes). So a set
 * of candidates is indexed once by length (`closestKey` keeps that index with the Map or Set it came
 * from), each value is answered once, the distance stops as soon as it passes the best so far, and each
 * index spends at most WORK_BUDGET cells of distance tables: past that, a hint is not given. A hint is
 * advice; the finding is the same with or without it.
 */

/** Distance-table cells one index may compute in a run (about a tenth of a second). */
const WORK_BUDGET = 20_000_000;

export function closest(value: string, candidates: Iterable<string>): string | null {
  return new Nearest(candidates).find(value);
}

const indexes = new WeakMap<object, Nearest>();

/** `closest` over a Map's keys or a Set, indexed once per collection: it must not change after the first call. */
export function closestKey(value: string, keys: ReadonlyMap<string, unknown> | ReadonlySet<string>): string | null {
  let index = indexes.get(keys);
  if (!index) indexes.set(keys, (index = new Nearest(keys.keys())));
  return index.find(value);
}

class Nearest {
  /** Candidates by length: [lowercased, as written], in the order given. */
  private readonly byLength = new Map<number, [string, string][]>();
  private readonly answers = new Map<string, string | null>();
  private work = 0;

  constructor(candidates: Iterable<string>) {
    for (const c of candidates) {
      const lower = c.toLowerCase();
      const list = this.byLength.get(lower.length) ?? [];
      list.push([lower, c]);
      this.byLength.set(lower.length, list);
    }
  }

  find(value: string): string | null {
    const known = this.answers.get(value);
    if (known !== undefined) return known;
    const a = value.toLowerCase();
    const limit = Math.max(2, Math.floor(value.length / 4));
    let best: string | null = null;
    let bestDistance = limit + 1;
    // Nearest lengths first, so a close candidate tightens the cut-off early (a length `delta` away is at
    // least `delta` edits away; at exactly the best distance it may still win the tie by name).
    for (let delta = 0; delta <= limit && delta <= bestDistance; delta++) {
      for (const length of delta === 0 ? [a.length] : [a.length - delta, a.length + delta]) {
        for (const [lower, c] of this.byLength.get(length) ?? []) {
          if (this.work > WORK_BUDGET) return this.remember(value, null);
          this.work += (a.length + 1) * (lower.length + 1);
          const d = boundedDistance(a, lower, bestDistance);
          if (d < bestDistance || (d === bestDistance && best !== null && c < best)) {
            best = c;
            bestDistance = d;
          }
        }
      }
    }
    return this.remember(value, best);
  }

  private remember(value: string, answer: string | null): string | null {
    this.answers.set(value, answer);
    return answer;
  }
}

/** The edit distance of a and b, or a number above `cap` as soon as it cannot be ≤ cap. */
function boundedDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Number.MAX_SAFE_INTEGER);
}
