/**
 * YAML with positions. Scalars are read as strings (failsafe schema) and the JSON Schema decides
 * types (ajv coerceTypes): otherwise an unquoted 18-digit NIP silently loses its last digits.
 * A plain (unquoted) empty, `~` or `null` value counts as absent, so `induk:` means "no parent"
 * and a required key left empty is reported as missing at that key.
 */
import { LineCounter, parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';
import type { Document, Node as YamlNode, ParsedNode } from 'yaml';
import type { Finding, FindingArgs, FindingInput, Kode } from '../core/findings.js';
import { makeFinding } from '../core/findings.js';

export interface Position {
  baris: number;
  kolom: number;
}

export interface ParsedYaml {
  /** The document as plain data, or undefined when it could not be parsed. */
  data: unknown;
  findings: Finding[];
  /** Position of the value (or, with `pada: 'kunci'`, the key) at a JSON pointer. */
  locate: (jalur: string, pada?: 'kunci') => Position | undefined;
}

/** Expanded nodes allowed per source node through aliases: a billion-laughs file stops here. */
const MAX_ALIAS_EXPANSION = 10_000;
/**
 * Nesting allowed in a document: the deepest schema (an SKP's target_periode range) is six levels, and
 * the parser itself overflows the call stack near 800 (issue [10] item 3). Past this, the walks below
 * (recursive, for positions) never start.
 */
const MAX_DEPTH = 64;
const NULL_PLAIN = new Set(['', '~', 'null', 'Null', 'NULL']);

export function parseYaml(path: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const posAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { baris: line, kolom: col };
  };
  const findings: Finding[] = [];
  const add = <K extends Kode>(kode: K, offset: number | undefined, args: FindingArgs[K], extra: Partial<FindingInput> = {}) => {
    findings.push(makeFinding(kode, { path, ...(offset !== undefined ? posAt(offset) : {}), ...extra }, args));
  };

  // Nesting deep enough to exhaust the parser's recursion is found before it runs, so where it is said
  // does not depend on the call stack left (issue [10], found by the fuzz suite).
  const deep = nestingTooDeep(text);
  if (deep !== undefined) {
    // Not parsed, so the line counter is empty: the place from the text itself.
    const before = text.slice(0, deep);
    const baris = before.split('\n').length;
    findings.push(makeFinding('YAML_TERLALU_DALAM', { path, baris, kolom: deep - before.lastIndexOf('\n') }, { batas: MAX_DEPTH }));
    return { data: undefined, findings, locate: () => undefined };
  }

  // Duplicate keys are found below in one pass: the parser's own check compares every key with every
  // earlier one of its map (100,000 keys took 90 s), ours keeps a set per map (issue [10] item 3).
  const docs = parseAllDocuments(text, { lineCounter, schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  if (list.length > 1) {
    const second = list[1]!;
    add('DOKUMEN_GANDA', second.range[0], { jumlah: list.length });
  }
  const doc = list[0] as Document.Parsed | undefined;
  const noLocate = () => undefined;
  if (!doc) return { data: undefined, findings, locate: noLocate };

  // The parser's first error is the mistake; the ones after it are mostly its echoes.
  const first = doc.errors[0];
  const fatal = first !== undefined;
  if (first) {
    const offset = first.pos[0];
    if (first.code === 'DUPLICATE_KEY') add('KUNCI_GANDA', offset, { kunci: keyAt(text, offset) });
    // A file nested hundreds deep overflows the parser's own recursion, which it reports as an error.
    else if (/call stack/i.test(first.message)) add('YAML_TERLALU_DALAM', offset, { batas: MAX_DEPTH });
    else add('YAML_SINTAKS', offset, { pesan_parser: firstLine(first.message), kode_parser: first.code, lainnya: doc.errors.length - 1 });
  }
  if (fatal) return { data: undefined, findings, locate: noLocate };
  const { duplicate, tooDeep, nodes } = scanTree(doc.contents);
  if (duplicate !== undefined) {
    add('KUNCI_GANDA', duplicate, { kunci: keyAt(text, duplicate) });
    return { data: undefined, findings, locate: noLocate };
  }
  if (tooDeep !== undefined) {
    add('YAML_TERLALU_DALAM', tooDeep, { batas: MAX_DEPTH });
    return { data: undefined, findings, locate: noLocate };
  }

  // Aliases may expand to as many nodes as the document holds (or the floor), never by its byte length:
  // 2 MB of comments must not buy an alias bomb two million nodes (issue [10] item 3).
  const budget = { left: Math.max(MAX_ALIAS_EXPANSION, nodes) };
  let data: unknown;
  try {
    data = toData(doc.contents as YamlNode | null, doc, budget);
  } catch (e) {
    if (e instanceof AliasBombError) {
      add('YAML_ALIAS', e.offset, { batas: MAX_ALIAS_EXPANSION });
      return { data: undefined, findings, locate: noLocate };
    }
    if (e instanceof TooDeepError) {
      add('YAML_TERLALU_DALAM', e.offset, { batas: MAX_DEPTH });
      return { data: undefined, findings, locate: noLocate };
    }
    throw e;
  }

  const at = (n: unknown): Position | undefined => {
    const range = (n as { range?: [number, number, number] } | null | undefined)?.range;
    return range ? posAt(range[0]) : undefined;
  };
  // A compact index of every node's position by JSON pointer, so the document tree (many times the
  // size of the file) can be dropped: a workspace of thousands of plans keeps only these.
  const index = new Map<string, Entry>();
  const walk = (raw: unknown, jalur: string, keyNode: unknown) => {
    const node = resolveAlias(raw, doc);
    index.set(jalur, { v: at(node), k: keyNode ? at(keyNode) : undefined });
    // Read here as written (every scalar is a string); an editor or another YAML tool reads an unquoted
    // NIP as a number and loses its last digits: said, never changed.
    if (isScalar(node) && node.type === Scalar.PLAIN && /^\d{16,}$/.test(String(node.value)))
      add('NIP_TANPA_KUTIP', (node as ParsedNode).range?.[0], { nilai: String(node.value) });
    // `1e400`, a 400-digit number, `.inf` or `.nan` reads as Infinity or NaN: no number any field can use
    // (a weight of Infinity turns every rating upside down). An error where it is written, never a value.
    // (Read with the failsafe schema, a scalar is its text: a plain one that reads as a number but not a finite one.)
    if (isScalar(node) && node.type === Scalar.PLAIN && nonFinite(String(node.value)))
      add('ANGKA_TIDAK_TERHINGGA', (node as ParsedNode).range?.[0], { nilai: String(node.value).slice(0, 40) });
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const child = `${jalur}/${escapePointer(String(pair.key.value))}`;
        // A key with no value: point at the key.
        if (pair.value === null || isNullPlain(pair.value)) index.set(child, { v: at(pair.key), k: at(pair.key) });
        else walk(pair.value, child, pair.key);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = `${jalur}/${i}`;
        if (item === null || isNullPlain(item)) {
          const here = keyNode ? at(keyNode) : at(node);
          index.set(child, { v: here, k: here });
        } else walk(item, child, undefined);
      });
    }
  };
  walk(doc.contents, '', undefined);
  // Built outside this scope: a closure here would keep the whole document tree alive.
  const locate = locateIn(index);
  return { data, findings, locate };
}

interface Entry {
  v: Position | undefined;
  k: Position | undefined;
}

function locateIn(index: ReadonlyMap<string, Entry>): ParsedYaml['locate'] {
  return (jalur, pada) => {
    const exact = index.get(jalur);
    if (exact) return pada === 'kunci' ? (exact.k ?? exact.v) : exact.v;
    // A missing key: the nearest existing ancestor, at its key when it has one.
    for (let cut = jalur.lastIndexOf('/'); cut >= 0; cut = jalur.lastIndexOf('/', cut - 1)) {
      const parent = index.get(jalur.slice(0, cut));
      if (parent) return parent.k ?? parent.v;
      if (cut === 0) break;
    }
    return undefined;
  };
}

class AliasBombError extends Error {
  constructor(readonly offset: number) {
    super('alias expansion limit');
  }
}

class TooDeepError extends Error {
  constructor(readonly offset: number) {
    super('nesting limit');
  }
}

function resolveAlias(node: unknown, doc: Document.Parsed): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function isNullPlain(node: unknown): boolean {
  return isScalar(node) && node.type === Scalar.PLAIN && NULL_PLAIN.has(String(node.value));
}

/**
 * Plain data from the node tree; keys that hold a plain null are left out (absent). Nodes reached
 * through an alias count against the budget; `aliasAt` is the offset of the outermost alias being
 * expanded, which is where an alias bomb is reported.
 */
function toData(node: YamlNode | null, doc: Document.Parsed, budget: { left: number }, aliasAt?: number, depth = 0): unknown {
  if (node === null) return undefined;
  // Aliases can stack nesting that no single node shows (scanTree counts each alias once).
  if (depth > MAX_DEPTH) throw new TooDeepError(aliasAt ?? (node as ParsedNode).range?.[0] ?? 0);
  if (aliasAt !== undefined && --budget.left < 0) throw new AliasBombError(aliasAt);
  if (isAlias(node)) {
    const target = node.resolve(doc);
    return target ? toData(target as YamlNode, doc, budget, aliasAt ?? (node as ParsedNode).range?.[0] ?? 0, depth) : undefined;
  }
  if (isScalar(node)) return isNullPlain(node) ? undefined : String(node.value);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(toData(pair.key as YamlNode, doc, budget, aliasAt, depth + 1));
      const value = toData(pair.value as YamlNode | null, doc, budget, aliasAt, depth + 1);
      if (value === undefined) continue;
      // defineProperty: a key named __proto__ must stay a plain key, never a prototype.
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (isSeq(node)) {
    return node.items.map((item) => toData(item as YamlNode | null, doc, budget, aliasAt, depth + 1) ?? null);
  }
  return undefined;
}

/** Indentation (with compact `- ` items) past which a line is nested too deep, whatever the stack. */
const MAX_INDENT = 256;

/**
 * The offset where the text nests too deep to parse safely, or undefined: flow brackets more than
 * MAX_DEPTH open, or a line indented (counting compact `- ` items) past MAX_INDENT. A quick scan, not a
 * parse: quotes and comments are skipped, a top-level line starts afresh. It may miss a contrived case
 * (the node walk below still bounds the depth); it does not flag a plan file.
 */
function nestingTooDeep(text: string): number | undefined {
  let depth = 0;
  let quote: '' | "'" | '"' = '';
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (lineStart) {
      lineStart = false;
      // A key or item at column 0 begins a new top-level entry: nothing before it is still open.
      if (/[A-Za-z0-9_-]/.test(ch)) {
        depth = 0;
        quote = '';
      }
      if (quote === '') {
        let j = i;
        while (text[j] === ' ') j++;
        let indent = j - i;
        while (text[j] === '-' && text[j + 1] === ' ') {
          indent += 2;
          j += 2;
          while (text[j] === ' ') j++;
        }
        if (indent > MAX_INDENT) return i + Math.min(indent, j - i);
      }
    }
    if (ch === '\n') {
      lineStart = true;
      continue;
    }
    if (quote === "'") {
      if (ch === "'") quote = text[i + 1] === "'" ? (i++, "'") : '';
      continue;
    }
    if (quote === '"') {
      if (ch === '\\') i++;
      else if (ch === '"') quote = '';
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (ch === "'" || ch === '"') {
      // A quote opens a scalar only where one can begin (after a space, a bracket, a comma or a colon).
      if (i === 0 || /[\s[{,:]/.test(text[i - 1]!)) quote = ch;
    } else if (ch === '[' || ch === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return undefined;
}

/**
 * YAML 1.2's own words for infinity and not-a-number (`.inf`, `.nan`). A number too large to hold
 * (`1e400`, 400 digits, quoted or not) is found after the schema has read the number fields
 * (io/workspace.ts), so a name or a note that happens to read like one stays text.
 */
function nonFinite(v: string): boolean {
  return /^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/.test(v);
}

/**
 * The offset of the first key that repeats an earlier key of its map, of the first node nested deeper
 * than MAX_DEPTH, and the number of nodes written (aliases as one); linear.
 */
function scanTree(root: unknown): { duplicate: number | undefined; tooDeep: number | undefined; nodes: number } {
  let nodes = 0;
  // Depth-first with an explicit stack (a deeply nested file cannot overflow the call stack), children in order.
  const stack: unknown[] = [root];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const node = stack.pop();
    const depth = depths.pop()!;
    nodes++;
    if (depth > MAX_DEPTH && (isMap(node) || isSeq(node)))
      return { duplicate: undefined, tooDeep: (node as ParsedNode).range?.[0] ?? 0, nodes };
    if (isMap(node)) {
      const seen = new Set<string>();
      const children: unknown[] = [];
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const k = String(pair.key.value);
          if (seen.has(k)) return { duplicate: (pair.key as ParsedNode).range?.[0] ?? 0, tooDeep: undefined, nodes };
          seen.add(k);
        }
        children.push(pair.value);
      }
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push(children[i]);
        depths.push(depth + 1);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        stack.push(node.items[i]);
        depths.push(depth + 1);
      }
    }
  }
  return { duplicate: undefined, tooDeep: undefined, nodes };
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200);
  const m = /^["']?([^:"'\n]*)/.exec(rest);
  return (m?.[1] ?? '').trim();
}
