// The long fuzz run (issue [10]): `npm run fuzz` makes FUZZ_RUNS hostile workspaces from FUZZ_SEED
// (test/fuzz/hostile.ts) and runs the BUILT binary on each (bin/asn-kinerja.js → dist; `npm run build`
// first) as child processes, with a timeout and a bounded heap, so a crash, a hang or an out-of-memory
// abort is caught as well as every invariant of test/fuzz/invariants.ts. Each failing case is printed
// with its seed, class, what it holds and the commands that reproduce it; the exit code is 1 on any.
//
//   FUZZ_SEED     first seed (default: random, printed); case i has seed FUZZ_SEED + i
//   FUZZ_RUNS     number of workspaces (default 200)
//   FUZZ_VARIANT  only this variant (`class.name`, see VARIANTS in test/fuzz/hostile.ts), or a class (`csv`)
//   FUZZ_BASE     kota-contoh | init (default: drawn per case)
//   FUZZ_SCALE    size factor of the large inputs (default 1, as in the quick suite)
//   FUZZ_TIMEOUT  per-run timeout in ms (default 20000); FUZZ_HEAP  --max-old-space-size in MB (default 512)
//   FUZZ_JOBS     cases run at once (default 1: the machine is shared)
//   FUZZ_KEEP=1   keep every case folder (failing ones are always kept)
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'asn-kinerja.js');

const env = process.env;
const int = (name, fallback) => {
  const v = env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`fuzz: ${name} must be a whole number, not ${JSON.stringify(v)}`);
    process.exit(2);
  }
  return n;
};
const SEED = int('FUZZ_SEED', Math.floor(Math.random() * 2 ** 31));
const RUNS = int('FUZZ_RUNS', 200);
const SCALE = Number(env.FUZZ_SCALE || 1);
if (!(SCALE > 0)) {
  console.error(`fuzz: FUZZ_SCALE must be a positive number, not ${JSON.stringify(env.FUZZ_SCALE)}`);
  process.exit(2);
}
const TIMEOUT = int('FUZZ_TIMEOUT', 20_000);
const HEAP = int('FUZZ_HEAP', 512);
const JOBS = Math.max(1, int('FUZZ_JOBS', 1));
const KEEP = env.FUZZ_KEEP === '1';

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('fuzz: dist/ is missing; run `npm run build` first (the fuzz run drives the built binary)');
  process.exit(2);
}
/** The newest mtime of the files under `dir`. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return t;
}
if (newest(join(ROOT, 'src')) > newest(join(ROOT, 'dist'))) {
  console.error('fuzz: warning: src/ is newer than dist/; run `npm run build` to fuzz the current code');
}

/**
 * The generator and the invariants are TypeScript importing only Node's built-ins (and scripts/random.mjs):
 * each is transpiled on its own into a temp folder, its relative imports pointed back at the repo.
 */
async function loadTs(work) {
  const dir = join(work, 'modules');
  mkdirSync(dir, { recursive: true });
  for (const name of ['hostile', 'invariants']) {
    const src = join(ROOT, 'test', 'fuzz', `${name}.ts`);
    const { outputText } = ts.transpileModule(readFileSync(src, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      fileName: src,
    });
    const js = outputText.replace(/from '(\.[^']+)'/g, (_, spec) => {
      if (/^\.\/(hostile|invariants)\.js$/.test(spec)) return `from '${spec.replace(/\.js$/, '.mjs')}'`;
      return `from '${new URL(spec, pathToFileURL(src)).href}'`;
    });
    writeFileSync(join(dir, `${name}.mjs`), js);
  }
  return {
    hostile: await import(pathToFileURL(join(dir, 'hostile.mjs')).href),
    invariants: await import(pathToFileURL(join(dir, 'invariants.mjs')).href),
  };
}

/** The report schemas, compiled once with the options of src/schema/check-output.ts. */
const validators = new Map();
function checkSchema(name, data) {
  let fn = validators.get(name);
  if (!fn) {
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true });
    ajv.addVocabulary(['x-description-en']);
    fn = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')));
    validators.set(name, fn);
  }
  return fn(data) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** The environment of every run: the caller's, without what would change the tool's output. */
const BASE_ENV = Object.fromEntries(
  Object.entries(env).filter(
    ([k]) => !/^(GITHUB_ACTIONS|GITLAB_CI|CI|FORCE_COLOR|NO_COLOR|DEBUG|LC_ALL|LC_MESSAGES|LANG|ASN_KINERJA_.*)$/.test(k),
  ),
);

/** Runs the built binary with a timeout and a bounded heap. */
function runBinary(cmd, nodeFlags = []) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP}`, ...nodeFlags, BIN, ...cmd.argv], {
      cwd: cmd.cwd,
      env: { ...BASE_ENV, NO_COLOR: '1', LANG: 'id_ID.UTF-8', ...cmd.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Math.round(performance.now() - start);
      const r = { code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms };
      if (timedOut) r.stderr += `\n[fuzz: killed after ${TIMEOUT} ms]`;
      if (cmd.output) {
        try {
          r.outputText = readFileSync(cmd.output, 'utf8');
        } catch {
          r.outputText = undefined;
        }
      }
      resolve(r);
    });
  });
}

async function runCase(mods, c) {
  const { commandsFor, checkRun, snapshot, checkWrites, shellLine } = mods.invariants;
  const problems = [];
  let before = snapshot(c.root);
  let scoreJson;
  let slowest = { ms: 0, kind: '' };
  for (const cmd of commandsFor(c, true, true)) {
    const r = await runBinary(cmd);
    if (r.ms > slowest.ms) slowest = { ms: r.ms, kind: cmd.kind };
    const found = checkRun(c, cmd, r, checkSchema);
    if (r.signal === 'SIGKILL' && r.ms >= TIMEOUT) found.push(`${cmd.kind}: hung (killed after ${TIMEOUT} ms)`);
    if (cmd.kind === 'score-json') scoreJson = r.stdout;
    const writes = checkWrites(c, cmd, r, before, scoreJson);
    found.push(...writes.problems);
    before = writes.before;
    for (const p of found) problems.push({ problem: p, command: shellLine(cmd).replace('<repo>', ROOT) });
    if (cmd.kind === 'validate-json' && r.code !== null) {
      // The same report with three times the call stack: a result must not depend on how deep the
      // parser could recurse before it gave up.
      const again = await runBinary(cmd, ['--stack-size=3000']);
      if (again.code !== r.code || again.stdout !== r.stdout) {
        const command = shellLine(cmd).replace('<repo>', ROOT).replace('node ', 'node --stack-size=3000 ');
        problems.push({
          problem: `validate-json: another report (exit ${again.code}, was ${r.code}) with node --stack-size=3000`,
          command,
        });
      }
    }
  }
  return { problems, slowest };
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), `asn-kinerja-fuzz-${SEED}-`));
  const mods = await loadTs(work);
  const { makeCase, VARIANTS } = mods.hostile;
  const wanted = env.FUZZ_VARIANT;
  const pool = wanted ? VARIANTS.filter((v) => v === wanted || v.startsWith(`${wanted}.`)) : undefined;
  if (pool && pool.length === 0) {
    console.error(`fuzz: no variant ${JSON.stringify(wanted)}; known: ${VARIANTS.join(', ')}`);
    process.exit(2);
  }
  const base = env.FUZZ_BASE;
  if (base !== undefined && base !== 'kota-contoh' && base !== 'init') {
    console.error('fuzz: FUZZ_BASE is kota-contoh or init');
    process.exit(2);
  }
  const init = join(work, 'base-init');
  execFileSync(process.execPath, [BIN, 'init', init], { stdio: 'ignore', env: { ...BASE_ENV, LANG: 'id_ID.UTF-8' } });
  const bases = { 'kota-contoh': join(ROOT, 'examples', 'kota-contoh'), init };
  const cases = join(work, 'cases');
  mkdirSync(cases);

  console.log(`fuzz: seed ${SEED}, ${RUNS} workspaces, scale ${SCALE}, timeout ${TIMEOUT} ms, heap ${HEAP} MB, ${JOBS} at once`);
  console.log(`fuzz: cases in ${cases}`);
  const started = performance.now();
  const failures = [];
  const byVariant = new Map();
  const slow = [];
  let done = 0;
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= RUNS) return;
      const seed = SEED + i;
      // With FUZZ_VARIANT naming a class, each case draws one of its variants from its own seed.
      const variant = pool ? (pool.length === 1 ? pool[0] : pool[(seed >>> 0) % pool.length]) : undefined;
      let c;
      try {
        c = makeCase(seed, { parent: cases, bases, variant, base, scale: SCALE });
      } catch (e) {
        failures.push({
          seed,
          variant: variant ?? '?',
          klass: '?',
          notes: [],
          problems: [{ problem: `the generator failed: ${e.stack}`, command: '' }],
        });
        continue;
      }
      const { problems, slowest } = await runCase(mods, c);
      byVariant.set(c.variant, (byVariant.get(c.variant) ?? 0) + 1);
      slow.push({ ...slowest, seed, variant: c.variant });
      slow.sort((a, b) => b.ms - a.ms).splice(3);
      if (problems.length) {
        failures.push({ seed, variant: c.variant, klass: c.klass, base: c.base, root: c.root, notes: c.notes, problems });
        report(failures.at(-1), pool !== undefined);
      } else if (!KEEP) rmSync(c.root, { recursive: true, force: true });
      done++;
      if (done % 25 === 0)
        console.log(`fuzz: ${done}/${RUNS} (${failures.length} failing) ${Math.round((performance.now() - started) / 1000)} s`);
    }
  };
  await Promise.all(Array.from({ length: JOBS }, worker));

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\nfuzz: ${RUNS} workspaces (${byVariant.size} variants) in ${seconds} s, seed ${SEED}: ${failures.length} failing`);
  console.log(`fuzz: slowest runs: ${slow.map((s) => `${s.ms} ms (${s.kind}, ${s.variant}, seed ${s.seed})`).join('; ')}`);
  if (failures.length) {
    const counts = new Map();
    for (const f of failures) counts.set(f.variant, (counts.get(f.variant) ?? 0) + 1);
    for (const [v, n] of [...counts].sort()) console.log(`  ${v}: ${n}`);
    process.exitCode = 1;
  } else if (!KEEP) rmSync(work, { recursive: true, force: true });
}

function report(f, named) {
  const variantEnv = named ? ` FUZZ_VARIANT=${f.variant}` : '';
  console.log(`\nFAIL seed ${f.seed} · class ${f.klass} · variant ${f.variant} · base ${f.base ?? '?'}`);
  for (const n of f.notes) console.log(`  input: ${n.slice(0, 300)}`);
  const seen = new Set();
  for (const { problem } of f.problems) {
    if (seen.has(problem)) continue;
    seen.add(problem);
    console.log(`  ✖ ${problem.slice(0, 600)}`);
  }
  const baseEnv = env.FUZZ_BASE ? ` FUZZ_BASE=${env.FUZZ_BASE}` : '';
  console.log(
    `  reproduce: FUZZ_SEED=${f.seed} FUZZ_RUNS=1${variantEnv}${baseEnv}${SCALE !== 1 ? ` FUZZ_SCALE=${SCALE}` : ''} FUZZ_KEEP=1 npm run fuzz`,
  );
  const commands = [...new Set(f.problems.map((p) => p.command).filter(Boolean))];
  for (const cmd of commands.slice(0, 3)) console.log(`  run:       ${cmd}`);
  if (f.root) console.log(`  case kept: ${f.root}`);
}

await main();
