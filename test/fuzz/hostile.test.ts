/**
 * The quick fuzz suite (issue [10]): one hostile workspace per variant of test/fuzz/hostile.ts, from a
 * fixed seed, each run in-process through validate (text, json, github), score (table, json, csv) and
 * ikm, with the invariants of test/fuzz/invariants.ts checked on every run. `npm run fuzz` runs many
 * more cases through the built binary (scripts/fuzz.mjs).
 *
 * A real defect the suite finds stays in KNOWN_DEFECTS, skipped with its reproducer, until src/ is
 * fixed; then the entry goes and the case runs with the others.
 */
import { lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/io/yaml-file.js';
import { loadSchema } from '../../src/schema/validator.js';
import { EXAMPLE, makeTempDir, runCli } from '../helpers.js';
import { makeCase, VARIANTS, type Bases, type HostileCase } from './hostile.js';
import { checkRun, checkWrites, commandsFor, diffSnapshots, shellLine, snapshot, type RunResult, type SchemaCheck } from './invariants.js';

/** The suite's one seed. Each variant's case has a seed of its own from it and the variant's name. */
const SEED = 0x5eed_2026;
/** Large inputs at a quarter of `npm run fuzz`'s size, to keep the suite within its time budget. */
const SCALE = 0.25;

/** FNV-1a of a variant's name: its case stays the same when variants are added or reordered. */
function nameHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
const seedOf = (variant: string) => (SEED + nameHash(variant)) % 2 ** 31;
/** Most cases start from the small `init` workspace; one in sixteen from examples/kota-contoh (five times slower). */
const baseOf = (variant: string) => (nameHash(variant) % 16 === 3 ? 'kota-contoh' : 'init');
/** One case in three runs the extra commands (ikm json, score --output, the findings CSV). */
const fullOf = (variant: string) => nameHash(variant) % 3 === 0;

interface KnownDefect {
  id: string;
  /** Once src/ is fixed, how: the case then runs on every test run, as a regression test. */
  fixed?: string;
  severity: 'high' | 'medium' | 'low';
  variant: string;
  /** The case that shows it: the suite's own for the variant unless a seed (from `npm run fuzz`) is given. */
  seed?: number;
  base?: 'kota-contoh' | 'init';
  /** What is wrong, and which part of the contract it breaks. */
  summary: string;
  /** A minimal input by hand: shell commands from an empty folder, `asn-kinerja` being bin/asn-kinerja.js. */
  input: string;
  /** A check of its own, in-process, beyond the case's invariants. */
  probe?: () => void;
}

/** `f` called from `depth` frames down: less call stack left for it. */
function atDepth<T>(depth: number, f: () => T): T {
  return depth === 0 ? f() : [atDepth(depth - 1, f)][0]!;
}

/**
 * Defects of src/ this suite found. Each is skipped (it.skip) with its reproducer until src/ is fixed;
 * then its entry goes and its case runs in the loop above with the others.
 */
const KNOWN_DEFECTS: KnownDefect[] = [
  {
    id: 'D1',
    fixed: 'ANGKA_TIDAK_TERHINGGA after the schema reads number fields (src/io/workspace.ts)',
    severity: 'high',
    variant: 'yaml.non-finite-target-quoted',
    summary:
      'a YAML number written quoted ("1e400", "Infinity", "-Infinity", " 1e400", a quoted 400-digit number) or as an ' +
      'overflowing hexadecimal (0x followed by 300 F) is coerced by the schema to ±Infinity with no finding: validate ' +
      'exits 0, score uses target Infinity (capaian 0, JSON target null; as a range maks the score JSON breaks ' +
      'laporan-skor), exit 0 (PRODUCT.md non-negotiable: never silently changes a number; docs/keamanan.md says ' +
      'ANGKA_TIDAK_TERHINGGA covers every YAML number field)',
    input:
      'asn-kinerja init ws && sed -i \'s/target: 4$/target: "1e400"/\' ws/skp/staf.yaml && asn-kinerja validate ws; ' +
      'echo $?  # 0, no finding; asn-kinerja score ws --format json: target null, capaian 0',
  },
  {
    id: 'D1',
    fixed: 'ANGKA_TIDAK_TERHINGGA after the schema reads number fields (src/io/workspace.ts)',
    severity: 'high',
    variant: 'yaml.non-finite-config',
    summary:
      'the same in the config: bobot_peran.atasan 0x followed by 300 F (or hasil_kerja.ambang.di_atas "1e400") reads ' +
      'as Infinity; validate and score exit 0 (a peringatan KONFIGURASI_BATAS_CAPAIAN "ambang di_atas Infinity" at ' +
      'most) where an invalid config must exit 2',
    input:
      'asn-kinerja init ws && sed -i \'s/di_atas: 100,/di_atas: "1e400",/\' ws/asn-kinerja.yaml && asn-kinerja validate ws; ' +
      'echo $?  # 0',
  },
  {
    id: 'D1',
    fixed: 'ANGKA_TIDAK_TERHINGGA after the schema reads number fields (src/io/workspace.ts)',
    severity: 'high',
    variant: 'yaml.non-finite-populasi',
    seed: 7101,
    base: 'init',
    summary:
      'the same in the unit list (found by npm run fuzz, FUZZ_SEED=7000): populasi_layanan "Infinity" reads as ' +
      'Infinity, no finding; score and ikm exit 0 (the SKM sample check runs against an infinite population)',
    input:
      'asn-kinerja init ws && sed -i \'s/^    nama: Nama Instansi/&\\n    populasi_layanan: "Infinity"/\' ws/unit-kerja.yaml && asn-kinerja validate ws; echo $?  # 0',
  },
  {
    id: 'D2',
    fixed: 'noWorkflowCommands in terminalSafe (src/report/safe-text.ts)',
    severity: 'medium',
    variant: 'inject.root-file-name',
    summary:
      "validate's text report starts a line with a file's path: a file at the workspace root named " +
      "'::warning::pwn.csv' (or '::error file=x,line=1::…', '::add-mask::…', '::stop-commands::…') makes `validate .` " +
      'print a line that GitHub Actions runs as a workflow command under --format text, and a line starting with :: ' +
      'inside the stop-commands block under --format github (data must never start a line with ::)',
    input:
      "asn-kinerja init ws && cd ws && printf 'a: [\\n' > '::error file=x,line=1::pwn.yaml' && asn-kinerja validate . --format text | head -1",
  },
  {
    id: 'D3',
    fixed: 'nestingTooDeep before the parser (src/io/yaml-file.ts)',
    severity: 'medium',
    variant: 'yaml.deep-flow',
    summary:
      'deeply nested YAML is reported as YAML_SINTAKS "Maximum call stack size exceeded" at the line and column where ' +
      "the parser's recursion ran out, so the report depends on the call stack left: node --stack-size=400 / 3000 " +
      'give 2:295 / 2:2513 for the same file, and in-process the --output report differs from the stdout one ' +
      '(PRODUCT.md: the same inputs give byte-identical output; the place is not where the fault is)',
    input:
      "asn-kinerja init ws && printf 'kind: skp\\ntahun: %s1\\n' \"$(printf '[%.0s' $(seq 5000))\" > ws/skp/dalam.yaml && " +
      'for s in 400 3000; do node --stack-size=$s bin/asn-kinerja.js validate ws --format json | grep -m1 kolom; done',
    probe: () => {
      const text = `kind: skp\ntahun: ${'['.repeat(20_000)}1${']'.repeat(20_000)}\n`;
      const shallow = parseYaml('skp/dalam.yaml', text).findings;
      expect(atDepth(3000, () => parseYaml('skp/dalam.yaml', text).findings)).toEqual(shallow);
    },
  },
  {
    id: 'D3',
    fixed: 'nestingTooDeep before the parser (src/io/yaml-file.ts)',
    severity: 'medium',
    variant: 'yaml.deep-block',
    summary: 'the same with about 1,000 block maps nested one space a level: YAML_SINTAKS at line 324, 882 or SKEMA findings by stack size',
    input:
      "asn-kinerja init ws && python3 -c \"print('kind: skp'); [print(' '*i + 'a:') for i in range(2000)]\" > ws/skp/blok.yaml && " +
      'for s in 400 984 3000; do node --stack-size=$s bin/asn-kinerja.js validate ws --format json | grep -m1 -A6 -e YAML_SINTAKS -e SKEMA | grep baris; done',
  },
  {
    id: 'D4',
    fixed: 'a config without kind is KIND_TIDAK_DIKENAL (src/io/workspace.ts)',
    severity: 'low',
    variant: 'yaml.config-kind-missing',
    summary:
      'asn-kinerja.yaml whose kind is missing or null: validate exits 2 (right) but its JSON says "valid": true and its ' +
      'text "✔ … 0 error" before "Konfigurasi tidak sah"; the only finding is the info TANPA_KIND "skipped", so no ' +
      'error says why the config is unusable',
    input:
      "asn-kinerja init ws && sed -i 's/^kind: konfigurasi/kind:/' ws/asn-kinerja.yaml && asn-kinerja validate ws --format json | head -4",
  },
  {
    id: 'D5',
    fixed: 'an empty kind is KIND_TIDAK_DIKENAL (src/io/workspace.ts)',
    severity: 'low',
    variant: 'yaml.kind-empty',
    summary:
      'an SKP whose kind is written but empty (kind:, kind: ~, kind: null: a plan cut short) is skipped as a YAML ' +
      'without kind (info TANPA_KIND), exit 0, while kind: "" is KIND_TIDAK_DIKENAL (error); PRODUCT.md: a kind ' +
      'that is not ours is an error',
    input: "asn-kinerja init ws && sed -i 's/^kind: skp/kind:/' ws/skp/staf.yaml && asn-kinerja validate ws; echo $?  # 0",
  },
  {
    id: 'D6',
    fixed: 'FIFOs, sockets and devices named like inputs are FILE_TIDAK_TERBACA (src/io/workspace.ts)',
    severity: 'low',
    variant: 'fs.fifo',
    summary:
      'a FIFO named *.csv or *.yaml in the workspace is skipped with no finding and is not listed (a broken link, a ' +
      'link leaving the workspace or a loop is TAUTAN_SIMBOLIK: "never a silent skip")',
    input: 'asn-kinerja init ws && mkfifo ws/data/pipa.csv && asn-kinerja validate ws --format json | grep -c pipa  # 0',
  },
  {
    id: 'D6',
    fixed: 'FIFOs, sockets and devices named like inputs are FILE_TIDAK_TERBACA (src/io/workspace.ts)',
    severity: 'low',
    variant: 'fs.symlink-to-fifo',
    summary: 'the same for a link inside the workspace to a FIFO: skipped, no finding',
    input:
      'asn-kinerja init ws && mkfifo ws/data/pipa && ln -s pipa ws/data/pipa.csv && asn-kinerja validate ws --format json | grep -c pipa  # 0',
  },
];

const validators = new Map<string, ValidateFunction>();
/** The report schemas, compiled once with the options of src/schema/check-output.ts. */
const checkSchema: SchemaCheck = (name, data) => {
  let fn = validators.get(name);
  if (!fn) {
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true });
    ajv.addVocabulary(['x-description-en']);
    fn = ajv.compile(loadSchema(name));
    validators.set(name, fn);
  }
  return fn(data) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
};

async function runOne(argv: string[], cwd: string, env: Record<string, string>, output?: string): Promise<RunResult> {
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  let result: RunResult;
  try {
    const r = await runCli(argv, { cwd, env });
    result = { ...r, ms: 0 };
  } catch (e) {
    result = { code: null, stdout: '', stderr: '', ms: 0, threw: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  result.ms = Math.round(performance.now() - start);
  result.rssGrowthMb = Math.round((process.memoryUsage().rss - rss) / 2 ** 20);
  if (output !== undefined) {
    try {
      result.outputText = readFileSync(output, 'utf8');
    } catch {
      result.outputText = undefined;
    }
  }
  return result;
}

/** Runs every command on the case; returns each broken invariant with the command that broke it. */
async function runCase(c: HostileCase, full: boolean): Promise<string[]> {
  const problems: string[] = [];
  const repoTop = snapshotTop(process.cwd());
  let before = snapshot(c.root);
  let scoreJson: string | undefined;
  for (const cmd of commandsFor(c, full)) {
    const r = await runOne(cmd.argv, cmd.cwd, cmd.env, cmd.output);
    const found = checkRun(c, cmd, r, checkSchema);
    if (cmd.kind === 'score-json') scoreJson = r.stdout;
    const writes = checkWrites(c, cmd, r, before, scoreJson);
    found.push(...writes.problems);
    before = writes.before;
    for (const p of found) problems.push(`${p}\n      ${shellLine(cmd)}`);
  }
  const top = diffSnapshots(repoTop, snapshotTop(process.cwd()));
  if (top.length) problems.push(`the process cwd changed: ${top.join('; ')}`);
  return problems;
}

/**
 * The entries directly in `dir`, the runner's own cwd, where a path resolved against process.cwd()
 * instead of the command's cwd would land: names, and each file's size and mtime (a folder's mtime is
 * left out, as other test files may work under it meanwhile).
 */
function snapshotTop(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const st = lstatSync(join(dir, name));
    out.set(name, st.isDirectory() ? 'dir' : `${st.size} ${st.mtimeMs}`);
  }
  return out;
}

let bases: Bases;
let parent: string;

beforeAll(async () => {
  parent = makeTempDir('fuzz');
  const init = join(parent, 'base-init');
  const made = await runCli(['init', init]);
  expect(made.code).toBe(0);
  bases = { 'kota-contoh': EXAMPLE, init };
});

const caseOf = (d: KnownDefect) => ({ seed: d.seed ?? seedOf(d.variant), base: d.base ?? baseOf(d.variant) });
const knownBySeed = new Map(KNOWN_DEFECTS.map((d) => [`${d.variant}@${caseOf(d).seed}`, d]));

describe('hostile workspaces: every run keeps the invariants', () => {
  for (const variant of VARIANTS) {
    const seed = seedOf(variant);
    if (knownBySeed.has(`${variant}@${seed}`)) continue;
    it(`${variant} (seed ${seed})`, async () => {
      const c = makeCase(seed, { parent, bases, variant, base: baseOf(variant), scale: SCALE });
      const problems = await runCase(c, fullOf(variant));
      expect(problems, `case ${c.root}: ${c.notes.join(' | ')}`).toEqual([]);
      rmSync(c.root, { recursive: true, force: true });
    });
  }
});

/** A fixed defect always runs; an open one is skipped unless FUZZ_KNOWN=1 (to see which a change to src/ fixed). */
const known = (d: KnownDefect) => (d.fixed !== undefined || process.env.FUZZ_KNOWN === '1' ? it : it.skip);

describe('KNOWN_DEFECTS: open ones skipped with their reproducer, fixed ones kept as regression cases', () => {
  for (const d of KNOWN_DEFECTS) {
    const { seed, base } = caseOf(d);
    const fuzz = `FUZZ_SEED=${seed} FUZZ_VARIANT=${d.variant} FUZZ_BASE=${base} FUZZ_SCALE=${SCALE} FUZZ_RUNS=1 FUZZ_KEEP=1 npm run fuzz`;
    known(d)(
      `${d.id} (${d.severity})${d.fixed ? ' [fixed]' : ''} ${d.variant} seed ${seed}: ${d.summary}. Reproduce: ${fuzz}; by hand: ${d.input}`,
      async () => {
        d.probe?.();
        const c = makeCase(seed, { parent, bases, variant: d.variant, base, scale: SCALE });
        expect(await runCase(c, true)).toEqual([]);
      },
    );
  }
});
