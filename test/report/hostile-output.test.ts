/**
 * Issue [10] item 1: a user-controlled string never acts on whoever reads our output. Names, units and
 * file names carrying terminal escape sequences (OSC 52 clipboard, ESC [2J clear screen, BEL, CR), a
 * bidi override and a newline are shown escaped in every text output, with or without colour; a CSV
 * cell never starts a live formula (TAB and CR before `=` included); the GitHub log cannot be made to
 * run a workflow command; the HTML report escapes every value.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, nipCell, writeCsv } from '../../src/report/csv-writer.js';
import { terminalSafe, visible } from '../../src/report/safe-text.js';
import { copyFixture, FIXTURES, makeTempDir, runCli } from '../helpers.js';

const ESC = '\u001b';
const OSC52 = `${ESC}]52;c;ZXZpbA==\u0007`;
const CLEAR = `${ESC}[2J`;
const RLO = '\u202e';
const HOSTILE = `Budi${OSC52}${CLEAR}\r${RLO}Evil\n::error file=ci.yml,line=1::pwned`;

/** The small 6/2022 workspace with the staff member's name, and a unit's name, made hostile. */
function hostileWorkspace(): string {
  const ws = copyFixture(join(FIXTURES, 'engine', 'kecil'));
  const staf = join(ws, 'skp', 'staf.yaml');
  const yaml = readFileSync(staf, 'utf8');
  // A double-quoted YAML scalar carries every control character through its escapes.
  writeFileSync(staf, yaml.replace(/nama: .*/, `nama: ${JSON.stringify(HOSTILE)}`));
  const units = join(ws, 'unit-kerja.yaml');
  writeFileSync(
    units,
    readFileSync(units, 'utf8').replace('nama: Bidang Pelayanan', `nama: ${JSON.stringify(`Bidang${CLEAR}<script>alert(1)</script>`)}`),
  );
  return ws;
}

/** No control character but LF, no bidi override, and ESC only as an SGR colour code when `colour`. */
function assertInert(text: string, colour: boolean) {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const withoutSgr = colour ? text.replace(/\u001b\[[0-9;]*m/g, '') : text;
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  expect(withoutSgr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  // No line of it is a workflow command from the data.
  expect(text.split('\n').some((l) => /^\s*::(error|warning|notice|stop-commands)/.test(l))).toBe(false);
}

describe('text outputs show what the data holds and never act on the terminal', () => {
  it('score as a table, without and with colour', async () => {
    const ws = hostileWorkspace();
    const plain = await runCli(['score', ws]);
    expect(plain.code).toBeLessThan(2);
    assertInert(plain.stdout, false);
    // The name as escapes (the table wraps it over lines of its column).
    expect(plain.stdout).toContain('Budi\\x1b]52;');
    expect(plain.stdout.replace(/[│ \n]/g, '')).toContain('\\u202eEvil\\n::error');
    const coloured = await runCli(['score', ws], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(coloured.stdout).toMatch(/\u001b\[[0-9;]*m/);
    assertInert(coloured.stdout, true);
  });

  it('score --explain, validate, ikm and the findings name the data escaped', async () => {
    const ws = hostileWorkspace();
    const scored = JSON.parse((await runCli(['score', ws, '--format', 'json'])).stdout) as { pegawai: { nip: string; nama: string }[] };
    const staf = scored.pegawai.find((p) => p.nama === HOSTILE)!;
    // The JSON keeps the exact value (JSON escapes its control characters itself).
    expect(staf).toBeDefined();
    assertInert((await runCli(['score', ws, '--explain', staf.nip])).stdout, false);
    // A file name with an escape sequence in a finding's place.
    mkdirSync(join(ws, 'skp'), { recursive: true });
    writeFileSync(join(ws, 'skp', `x${CLEAR}.yaml`), 'kind: skp\ntahun: [\n');
    const v = await runCli(['validate', ws]);
    expect(v.code).toBe(1);
    assertInert(v.stdout, false);
    expect(v.stdout).toContain('x\\x1b[2J.yaml');
    assertInert((await runCli(['ikm', ws])).stdout, false);
  });

  it('a usage error naming a hostile path is shown escaped on stderr', async () => {
    const r = await runCli(['score', `/nonexistent${OSC52}${CLEAR}`]);
    expect(r.code).toBe(2);
    assertInert(r.stderr, false);
    expect(r.stderr).toContain('\\x1b]52');
  });

  it('under GitHub Actions neither an annotation nor the text report after them can become a runner command', async () => {
    const ws = copyFixture(join(FIXTURES, 'engine', 'kecil'));
    // A NIP cell that would, printed raw, end the line and start `::error file=ci.yml` or `::stop-commands::`.
    const csv = join(ws, 'data', 'realisasi.csv');
    const raw = readFileSync(csv, 'utf8');
    const header = raw.split(/\r?\n/)[0]!;
    writeFileSync(csv, `${header}\r\n"19\n::error file=ci.yml,line=1::pwned\n::stop-commands::x";2026;a;1\r\n`);
    const r = await runCli(['validate', ws, '--format', 'github']);
    const lines = r.stdout.split('\n');
    expect(lines.some((l) => /^\s*::error file=ci\.yml/.test(l))).toBe(false);
    expect(lines.some((l) => /^\s*::stop-commands::x/.test(l))).toBe(false);
    // The report after the annotations runs with workflow commands stopped, the token the report's own.
    const start = lines.findIndex((l) => l.startsWith('::stop-commands::'));
    expect(start).toBeGreaterThan(0);
    const token = lines[start]!.slice('::stop-commands::'.length);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(lines.at(-2)).toBe(`::${token}::`);
    for (const l of lines.slice(0, start)) expect(l).toMatch(/^::(error|warning|notice) /);
  });

  it('a file named like a workflow command never starts a line, under --format text or github (found by the fuzz suite)', async () => {
    const ws = copyFixture(join(FIXTURES, 'engine', 'kecil'));
    writeFileSync(join(ws, '::error file=x,line=1::pwn.yaml'), 'a: [\n');
    writeFileSync(join(ws, '::warning::pwn.csv'), 'x;y\n1;2\n');
    for (const format of ['text', 'github']) {
      const r = await runCli(['validate', '.', '--format', format], { cwd: ws });
      expect(r.stdout).toContain('pwn.yaml');
      const lines = r.stdout.split('\n');
      const own = (l: string) =>
        /^::(error|warning|notice) /.test(l) || /^::stop-commands::[0-9a-f]{32}$/.test(l) || /^::[0-9a-f]{32}::$/.test(l);
      expect(lines.filter((l) => l.trimStart().startsWith('::') && !own(l))).toEqual([]);
      // The name is shown, its first colon escaped.
      expect(r.stdout).toContain('\\x3a:error file=x,line=1::pwn.yaml');
    }
  });
});

describe('what a review found still raw, now shown escaped', () => {
  it('a unit name in the table headers, an SKM layanan in the ikm table, a file name in validate and in the Dokumen run', async () => {
    const ws = copyFixture(join(FIXTURES, 'engine', 'kecil'));
    const units = join(ws, 'unit-kerja.yaml');
    writeFileSync(
      units,
      readFileSync(units, 'utf8').replace('nama: Bidang Pelayanan', `nama: ${JSON.stringify(`Bidang\n::error::unit${ESC}[31mRED`)}`),
    );
    // A survey whose layanan cell holds a newline, a would-be workflow command and a colour code.
    writeFileSync(
      join(ws, 'data', 'skm.csv'),
      `unit;tanggal;layanan;u1;u2;u3;u4;u5;u6;u7;u8;u9\r\nbidang;2026-02-03;"Lay\n::error::x${ESC}[31m";4;4;4;4;4;4;4;4;4\r\n`,
    );
    writeFileSync(join(ws, 'skp', `bad${ESC}]0;pwn\u0007\n::error::x.yaml`), 'kind: skp\ntahun: 2026\n');
    for (const env of [{}, { FORCE_COLOR: '1', NO_COLOR: '' }] as Record<string, string>[]) {
      const colour = 'FORCE_COLOR' in env;
      const score = await runCli(['score', ws], { env });
      assertInert(score.stdout, colour);
      expect(score.stdout).toContain('\\x1b[31mRED');
      const ikm = (await runCli(['ikm', ws, '--per', 'layanan'], { env })).stdout;
      assertInert(ikm, colour);
      expect(ikm).toContain('Lay\\n::error::x\\x1b[31m');
      assertInert((await runCli(['validate', ws], { env })).stdout, colour);
    }
    const dir = makeTempDir('hostile-dokumen');
    const dokumen = await runCli(['dokumen', ws, '--format', 'html', '--output', join(dir, 'd.html')]);
    assertInert(dokumen.stderr, false);
    expect(dokumen.stderr).toContain('\\x1b]0;pwn');
  });
});

describe('spreadsheet outputs never hold a live formula', () => {
  it('the one CSV writer neutralises =, +, -, @ and a TAB, CR or LF before them, before quoting', () => {
    for (const s of ['=HYPERLINK("http://x","a")', '+1', '-1+2', '@SUM(A1)', '\t=1+1', '\r=1+1', '\n=1']) {
      expect(neutralizeFormula(s)).toBe(`'${s}`);
    }
    expect(neutralizeFormula('a=1')).toBe('a=1');
    const csv = writeCsv([['=HYPERLINK("http://x")', '\t=1+1', nipCell('=1+1'), nipCell('198703152010012003')]], ';');
    expect(csv).toBe('\ufeff"\'=HYPERLINK(""http://x"")";\'\t=1+1;\'=1+1;="198703152010012003"\r\n');
  });

  it('score CSV and XLSX write a hostile name as text', async () => {
    const ws = copyFixture(join(FIXTURES, 'engine', 'kecil'));
    const staf = join(ws, 'skp', 'staf.yaml');
    writeFileSync(staf, readFileSync(staf, 'utf8').replace(/nama: .*/, 'nama: "=HYPERLINK(\\"http://evil\\",\\"klik\\")"'));
    const csv = (await runCli(['score', ws, '--format', 'csv'])).stdout;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""klik"")"`);
    expect(csv).not.toMatch(/(^|;)"?=HYPERLINK/m);
    const dir = makeTempDir('hostile-xlsx');
    await runCli(['score', ws, '--output', join(dir, 'skor.xlsx')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'skor.xlsx'));
    const cells: ExcelJS.Cell[] = [];
    wb.worksheets.forEach((sheet) => sheet.eachRow((row) => row.eachCell((c) => cells.push(c))));
    // No cell of any sheet is a formula; the name is the text itself.
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    expect(cells.some((c) => c.value === '=HYPERLINK("http://evil","klik")' && c.type === ExcelJS.ValueType.String)).toBe(true);
  });
});

describe('the HTML report', () => {
  it('escapes every value: no script, no markup from the data', async () => {
    const ws = hostileWorkspace();
    const html = (await runCli(['score', ws, '--format', 'html'])).stdout;
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('the two layers', () => {
  it('visible() escapes one value, newlines too; terminalSafe() keeps the report own lines and colours', () => {
    expect(visible(`a\nb\tc${ESC}[31m${RLO}`)).toBe('a\\nb\\tc\\x1b[31m\\u202e');
    expect(terminalSafe(`${ESC}[1mok${ESC}[22m\nx${CLEAR}`, true)).toBe(`${ESC}[1mok${ESC}[22m\nx\\x1b[2J`);
    expect(terminalSafe(`${ESC}[1mok${ESC}[22m\n`, false)).toBe('\\x1b[1mok\\x1b[22m\n');
  });
});
