/**
 * RULES.md §2.1 and §2.5: rows of one key (employee + indicator, or employee + rater + role) must not
 * overlap in time, whatever P is. Rows sharing a month form a group — the connected components of
 * "shares a month with" — which is decided once the last file is read (settle.ts), so that no outcome
 * depends on the order of the rows (docs/keputusan.md, "Duplicated and contradicting rows").
 * Memory grows with keys × years, not with rows: keys are interned to small integers and each key-year
 * owns 12 month slots in pooled Int32Array chunks: the number of the row holding the month (its line
 * past its file's base: one number for file and line) and a 32-bit digest of that row's value(s) — the
 * 8 bytes a month that a line and a file took before digests. Only a row meeting a month already held
 * gets a record of its own: it and the row holding that month become nodes of a union-find, so groups
 * cost nothing for clean data.
 */
import { periodeOfMonths, type Periode } from '../period.js';

/** A row of a group: where it is, its period and the digest of its value(s) (digestOfNumber, digestOf). */
export interface GroupRow {
  file: number;
  line: number;
  periode: Periode;
  digest: number;
  /**
   * It claimed its months when read (no earlier row held one of them), so it was used or ignored like
   * any row; else it was rejected when read. A group's first row always claimed; in a chain later
   * ones may have too (January and March before the quarter holding both).
   */
  claimed: boolean;
}

/** Rows of one key that share months, in canonical order (file, then line). */
export interface OverlapGroup {
  nip: string;
  /** The indicator key (realisasi), or the rater's NIP (perilaku). */
  other: string;
  /** What ends the key as findings show it (the rater's role), if anything. */
  label: string | undefined;
  rows: GroupRow[];
}

interface Node extends GroupRow {
  nip: string;
  other: string;
  label: string | undefined;
}

const MONTHS = 12;
const SLOT = MONTHS * 2; // 12 months × (row number, digest)
const KEYS_PER_CHUNK = 4096; // slots live in fixed chunks: growing never copies (no doubled peak)
/** Interned ids below 2^20 pack with the role code and the year into one exact integer key (< 2^53). */
const ID_LIMIT = 1048576;
/** A slot's row number past 2^32 − 2 (a session of over four billion lines) lives in a wide chunk. */
const WIDE = 0xffffffff;

export class OverlapTracker {
  private readonly ids = new Map<string, number>();
  private readonly offsets = new Map<number, number>();
  /** Key-years of ids ≥ 2^20 (more than a million distinct NIPs and keys): a string key, exact and unbounded. */
  private readonly wideOffsets = new Map<string, number>();
  private readonly chunks: Int32Array[] = [];
  /** Row numbers too large for a slot, by chunk; a chunk gets one only when it needs it. */
  private readonly wide: (Float64Array | undefined)[] = [];
  private keyYears = 0;
  private lastKey = -1;
  private lastAt = 0;

  // A row's number is its line past its file's base: files come one after another, so the bases grow
  // and a number names one row of the session (rowAt) in 4 bytes instead of a line and a file.
  private readonly baseFiles: number[] = [];
  private readonly bases: number[] = [];
  private nextBase = 0;

  // The two most recent strings: rows come grouped by employee, so the NIP repeats between keys.
  private recent0 = '';
  private recent1 = '';
  private recentId0 = 0;
  private recentId1 = 0;

  // Rows that met a month already held, and the rows holding those months: a union-find.
  private readonly nodes: Node[] = [];
  private readonly parent: number[] = [];
  private readonly nodeOf = new Map<number, number>();

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
   * Claims the months of `p` for the key (nip, other, code 0–7), for the row at `line` (≥ 1) of file
   * `file`; rows come file after file (canonical order). Returns false when none of the months was held
   * (the common case: nothing is recorded but the slots). Returns true when the row meets a month an
   * earlier row holds: the row joins that row's group, takes the months still free (a later row meeting
   * only those joins the group too) and is rejected for now; settle.ts decides the group.
   */
  claim(nip: string, other: string, code: number, p: Periode, file: number, line: number, digest: number, label?: string): boolean {
    const k = this.keyYear(this.intern(nip), this.intern(other), code, p.tahun);
    const chunk = Math.floor(k / KEYS_PER_CHUNK);
    const pool = this.chunks[chunk]!;
    const base = (k % KEYS_PER_CHUNK) * SLOT;
    const row = this.rowNumber(file, line);
    let held = false;
    for (let m = p.bulanAwal - 1; m < p.bulanAkhir; m++) {
      if (pool[base + m * 2] !== 0) {
        held = true;
        break;
      }
    }
    if (!held) {
      for (let m = p.bulanAwal - 1; m < p.bulanAkhir; m++) this.hold(chunk, base + m * 2, row, digest);
      return false;
    }
    const me = this.addNode(row, { file, line, periode: p, digest, claimed: false, nip, other, label });
    for (let m = p.bulanAwal - 1; m < p.bulanAkhir; m++) {
      const at = base + m * 2;
      if (pool[at] === 0) this.hold(chunk, at, row, digest);
      else {
        const holder = this.rowIn(chunk, at);
        this.union(me, this.nodeOf.get(holder) ?? this.holderNode(chunk, base, holder, p.tahun, me));
      }
    }
    return true;
  }

  /** The groups: every set of two or more rows of one key-year joined by shared months, rows in canonical order. */
  groups(): OverlapGroup[] {
    const byRoot = new Map<number, Node[]>();
    for (let i = 0; i < this.nodes.length; i++) {
      const root = this.find(i);
      const list = byRoot.get(root);
      if (list) list.push(this.nodes[i]!);
      else byRoot.set(root, [this.nodes[i]!]);
    }
    return [...byRoot.values()].map((rows) => {
      rows.sort((x, y) => x.file - y.file || x.line - y.line);
      const { nip, other, label } = rows[0]!;
      return {
        nip,
        other,
        label,
        rows: rows.map(({ file, line, periode, digest, claimed }) => ({ file, line, periode, digest, claimed })),
      };
    });
  }

  private keyYear(a: number, b: number, c: number, tahun: number): number {
    // parsePeriode keeps years in 1900–2199: 9 bits.
    const y = tahun - 1900;
    if (a >= ID_LIMIT || b >= ID_LIMIT) {
      const key = `${a},${b},${c},${y}`;
      let k = this.wideOffsets.get(key);
      if (k === undefined) this.wideOffsets.set(key, (k = this.allocate()));
      return k;
    }
    const key = ((a * ID_LIMIT + b) * 8 + c) * 512 + y;
    // Exports list an employee's indicator month after month: the same key comes back at once.
    if (key === this.lastKey) return this.lastAt;
    let k = this.offsets.get(key);
    if (k === undefined) this.offsets.set(key, (k = this.allocate()));
    this.lastKey = key;
    this.lastAt = k;
    return k;
  }

  private allocate(): number {
    const k = this.keyYears++;
    if (k % KEYS_PER_CHUNK === 0) this.chunks.push(new Int32Array(SLOT * KEYS_PER_CHUNK));
    return k;
  }

  /** The session-wide number of a row (≥ 1): its line past its file's base. */
  private rowNumber(file: number, line: number): number {
    const n = this.baseFiles.length;
    if (n === 0 || this.baseFiles[n - 1] !== file) {
      this.baseFiles.push(file);
      this.bases.push(this.nextBase);
    }
    const row = this.bases[this.bases.length - 1]! + line;
    if (row >= this.nextBase) this.nextBase = row + 1;
    return row;
  }

  /** The file and line of a row number: the file whose base lies just below it. */
  private rowAt(row: number): { file: number; line: number } {
    let lo = 0;
    let hi = this.bases.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.bases[mid]! < row) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.baseFiles[lo]!, line: row - this.bases[lo]! };
  }

  private hold(chunk: number, at: number, row: number, digest: number): void {
    const pool = this.chunks[chunk]!;
    if (row < WIDE) pool[at] = row;
    else {
      pool[at] = WIDE;
      (this.wide[chunk] ??= new Float64Array(SLOT * KEYS_PER_CHUNK))[at] = row;
    }
    pool[at + 1] = digest;
  }

  private rowIn(chunk: number, at: number): number {
    const row = this.chunks[chunk]![at]! >>> 0;
    return row === WIDE ? this.wide[chunk]![at]! : row;
  }

  /** A row that claimed its months cleanly, now met by a later row: its months are the slots it holds. */
  private holderNode(chunk: number, base: number, row: number, tahun: number, of: number): number {
    let first = 0;
    let last = 0;
    for (let m = 1; m <= MONTHS; m++) {
      if (this.rowIn(chunk, base + (m - 1) * 2) === row) {
        if (first === 0) first = m;
        last = m;
      }
    }
    const { nip, other, label } = this.nodes[of]!;
    const digest = this.chunks[chunk]![base + (first - 1) * 2 + 1]!;
    return this.addNode(row, {
      ...this.rowAt(row),
      periode: periodeOfMonths(tahun, first, last),
      digest,
      claimed: true,
      nip,
      other,
      label,
    });
  }

  private addNode(row: number, node: Node): number {
    const i = this.nodes.length;
    this.nodes.push(node);
    this.parent.push(i);
    this.nodeOf.set(row, i);
    return i;
  }

  private find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

// Scratch for reading a double's bits (the hashes below).
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
/** A realisation with at most three decimals, below 2^31 / 1000 (2,147,483.647), is its own code. */
const MILLI = 1000;
const EXACT_LIMIT = 2147483648;

/**
 * A realisation's digest: a 32-bit integer, equal for two rows exactly when their values are equal
 * when both have at most three decimals and are below 2,147,483.648 (the value × 1000, exact); any
 * other value is hashed to a negative digest, so two such different values share one with probability
 * 2^-31 (then they are taken for copies: the later is still rejected, with its finding).
 */
export function digestOfNumber(v: number): number {
  const milli = Math.round(v * MILLI);
  if (milli >= 0 && milli < EXACT_LIMIT && milli / MILLI === v) return milli;
  return negative(mix(0x811c9dc5, v));
}

/**
 * A 360° row's digest (its seven values, null: blank), the same way: seven values that are each a half
 * step between 0 and 7 (every 1–5 scale with halves) pack exactly into 28 bits; any others are hashed
 * to a negative digest.
 */
export function digestOf(values: readonly (number | null)[]): number {
  if (values.length <= 7) {
    let packed = 0;
    let exact = true;
    for (const v of values) {
      const q = v === null ? 0 : v * 2 + 1;
      if (!(Number.isInteger(q) && q >= 0 && q < 16)) {
        exact = false;
        break;
      }
      packed = packed * 16 + q;
    }
    if (exact) return packed;
  }
  let h = 0x9e3779b9;
  for (const v of values) h = v === null ? Math.imul(h ^ 0x5bd1e995, 0x01000193) : mix(h, v);
  return negative(h);
}

function mix(h: number, v: number): number {
  F64[0] = v;
  h = Math.imul(h ^ U32[0]!, 0x01000193);
  h = Math.imul(h ^ U32[1]!, 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x85ebca6b);
}

/** A 31-bit hash as a digest below 0, apart from every exact code. */
function negative(h: number): number {
  return -1 - ((h >>> 0) % 2147483648);
}
