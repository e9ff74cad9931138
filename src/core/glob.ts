/**
 * The config's `abaikan` patterns (PRODUCT.md: workspace-relative globs skipped when reading), matched
 * without regular expressions so that no pattern can hang the run (issue [10] item 3: a nested
 * quantifier such as `**\/(a+)+b` took a regex engine a minute). Time is bounded by pattern × path.
 *
 * - `*` any run of characters within one path segment, `?` one character, `[abc]`, `[a-z]`, `[!abc]`
 *   one character of (not of) a set; `**` as a whole segment any number of segments, none included;
 *   `{a,b}` alternatives (not nested; at most 256 expansions per pattern, the rest not tried); every
 *   other character is itself (no backslash escapes, extglobs or POSIX classes).
 * - Dot files match like any other (the walk skips names starting with `.` itself).
 * - `!pattern` means what it says: the last pattern that matches a path decides, so
 *   `["arsip/**", "!arsip/2026.csv"]` skips the folder but that file. A folder is walked into whenever
 *   some `!` pattern might re-include something below it.
 */

interface Rule {
  negated: boolean;
  segments: string[];
}

const MAX_EXPANSIONS = 256;

export function compileIgnore(patterns: readonly string[]): (rel: string, isDirectory?: boolean) => boolean {
  const rules: Rule[] = [];
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const body = (negated ? raw.slice(1) : raw).replace(/^\.\//, '');
    for (const p of expandBraces(body))
      rules.push({ negated, segments: p.split('/').filter((s, i, all) => s !== '' || i === all.length - 1) });
  }
  if (rules.length === 0) return () => false;
  const anyNegated = rules.some((r) => r.negated);
  return (rel, isDirectory = false) => {
    const parts = rel.split('/');
    let ignored = false;
    // A rule matches a path or a folder it lies in (`arsip` skips arsip/x.csv too); the last rule decides.
    for (const r of rules) if (matchesOrUnder(r.segments, parts)) ignored = !r.negated;
    // A folder a later `!` pattern may reach into is walked; its files decide one by one.
    if (ignored && isDirectory && anyNegated) return false;
    return ignored;
  };
}

/**
 * `{a,b}c` → `ac`, `bc`, group after group; a group without a comma stays literal. Built left to right
 * and cut at MAX_EXPANSIONS, so the work is bounded by that × the groups (`{a,b}` × 30 is not 2^30 steps).
 */
function expandBraces(p: string): string[] {
  let results = [''];
  let rest = p;
  for (;;) {
    const open = rest.indexOf('{');
    const close = open < 0 ? -1 : rest.indexOf('}', open);
    if (close < 0) return results.map((r) => r + rest);
    const inner = rest.slice(open + 1, close);
    if (!inner.includes(',')) {
      results = results.map((r) => r + rest.slice(0, close + 1));
    } else {
      const prefix = rest.slice(0, open);
      const next: string[] = [];
      for (const r of results) for (const alt of inner.split(',')) if (next.length < MAX_EXPANSIONS) next.push(r + prefix + alt);
      results = next;
    }
    rest = rest.slice(close + 1);
  }
}

function matchesOrUnder(pattern: readonly string[], parts: readonly string[]): boolean {
  for (let k = 1; k <= parts.length; k++) if (matchSegments(pattern, k === parts.length ? parts : parts.slice(0, k))) return true;
  return false;
}

/** Pattern segments against path segments, `**` spanning any number of them: dynamic programming, O(P × S). */
function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  // can[j]: the pattern so far matches path[0..j).
  let can = new Array<boolean>(path.length + 1).fill(false);
  can[0] = true;
  for (const seg of pattern) {
    const next = new Array<boolean>(path.length + 1).fill(false);
    if (seg === '**') {
      let reached = false;
      for (let j = 0; j <= path.length; j++) {
        reached ||= can[j]!;
        next[j] = reached;
      }
    } else {
      for (let j = 0; j < path.length; j++) if (can[j] && matchSegment(seg, path[j]!)) next[j + 1] = true;
    }
    can = next;
  }
  return can[path.length]!;
}

/** One segment: `*`, `?`, `[…]` and literals, by the greedy two-pointer method (no backtracking blow-up). */
function matchSegment(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] === '*') {
      starP = p++;
      starT = t;
      continue;
    }
    const step = p < pattern.length ? single(pattern, p, text[t]!) : 0;
    if (step > 0) {
      p += step;
      t++;
    } else if (starP >= 0) {
      p = starP + 1;
      t = ++starT;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** How many pattern characters one text character consumes at `p` (0: no match). */
function single(pattern: string, p: number, c: string): number {
  const ch = pattern[p]!;
  if (ch === '?') return 1;
  if (ch === '[') {
    const end = pattern.indexOf(']', p + 2);
    if (end > 0) {
      let i = p + 1;
      const negate = pattern[i] === '!' || pattern[i] === '^';
      if (negate) i++;
      let hit = false;
      for (; i < end; i++) {
        if (pattern[i + 1] === '-' && i + 2 < end) {
          if (c >= pattern[i]! && c <= pattern[i + 2]!) hit = true;
          i += 2;
        } else if (pattern[i] === c) hit = true;
      }
      return hit !== negate ? end - p + 1 : 0;
    }
  }
  return ch === c ? 1 : 0;
}
