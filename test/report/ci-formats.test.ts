/**
 * Issue [8] item 4: validate's CI formats — SARIF 2.1.0 (GitHub code scanning), GitLab Code Quality,
 * JUnit XML — checked against the shapes their consumers require (SARIF and GitLab as JSON Schemas
 * written here from the SARIF 2.1.0 standard's required properties and GitLab's documented fields;
 * JUnit with xmllint against test/fixtures/ci-formats/junit.xsd), on a workspace with an error, a
 * warning, info, and a workbook finding.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { copyFixture, EXAMPLE, FIXTURES, makeTempDir, runCli } from '../helpers.js';
import { readText, writeWorkbook } from '../xlsx-helpers.js';

async function brokenWorkspace(): Promise<string> {
  const ws = copyFixture(EXAMPLE);
  writeFileSync(join(ws, 'rusak.yaml'), 'kind: rencana\n');
  writeFileSync(
    join(ws, 'data', 'bad.csv'),
    'nip;periode;indikator;realisasi\n198410172009072001;2026-TW1;disdukcapil.ktp-el-terbit;abc\n',
  );
  mkdirSync(join(ws, 'skp', 'tim #1'), { recursive: true });
  writeFileSync(join(ws, 'skp', 'tim #1', 'x?.yaml'), 'kind: rencana\n');
  // A warning only: a link to nothing.
  symlinkSync('tidak-ada.csv', join(ws, 'data', 'tautan.csv'));
  const realisasi = readText(join(ws, 'data', 'realisasi-2026.csv'));
  await writeWorkbook(join(ws, 'data', 'tambahan.xlsx'), [
    {
      name: 'Realisasi',
      csv: realisasi.split(/\r?\n/).slice(0, 3).join('\n'),
      edit: (s) => {
        s.getCell('A2').value = Number(s.getCell('A2').value);
      },
    },
  ]);
  return ws;
}

const validate = async (ws: string, format: string, extra: string[] = []) => {
  const r = await runCli(['validate', '.', '--format', format, ...extra], { cwd: ws });
  return r;
};

/** SARIF 2.1.0's required properties and enums for what this tool writes (§3.13–§3.30 of the standard). */
const SARIF_SHAPE = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['tool'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  version: { type: 'string' },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['id'],
                      properties: {
                        id: { type: 'string' },
                        defaultConfiguration: { type: 'object', properties: { level: { enum: ['none', 'note', 'warning', 'error'] } } },
                      },
                    },
                  },
                },
              },
            },
          },
          columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: -1 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: {
                  type: 'object',
                  anyOf: [{ required: ['text'] }, { required: ['id'] }],
                  properties: { text: { type: 'string', minLength: 1 } },
                },
                locations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        anyOf: [{ required: ['address'] }, { required: ['artifactLocation'] }],
                        properties: {
                          artifactLocation: { type: 'object', properties: { uri: { type: 'string', format: 'uri-reference' } } },
                          region: {
                            type: 'object',
                            properties: { startLine: { type: 'integer', minimum: 1 }, startColumn: { type: 'integer', minimum: 1 } },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

/** GitLab Code Quality: an array of issues with these fields (docs.gitlab.com, "Code Quality report format"). */
const GITLAB_SHAPE = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string' },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string' },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
};

function ajv() {
  const a = new Ajv({ allErrors: true, strict: false });
  a.addFormat('uri', /^[a-z][a-z0-9+.-]*:/i);
  // A relative reference of unreserved and percent-encoded characters: no space, `#` or `?` left raw.
  a.addFormat('uri-reference', /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})*$/);
  return a;
}

describe('validate --format sarif', () => {
  it('is SARIF 2.1.0 with a rule per code and a result per finding, located; a sheet’s cell in the message', async () => {
    const ws = await brokenWorkspace();
    const json = await validate(ws, 'json');
    const r = await validate(ws, 'sarif');
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout) as {
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
        }[];
      }[];
    };
    const check = ajv().compile(SARIF_SHAPE);
    expect(check(sarif), JSON.stringify(check.errors)).toBe(true);
    const findings = (
      JSON.parse(json.stdout) as { file: { temuan: { kode: string; path: string; baris?: number; tingkat: string }[] }[] }
    ).file.flatMap((f) => f.temuan);
    const run = sarif.runs[0]!;
    expect(run.results).toHaveLength(findings.length);
    for (const res of run.results) expect(run.tool.driver.rules[res.ruleIndex]!.id).toBe(res.ruleId);
    expect(run.results.find((x) => x.ruleId === 'KIND_TIDAK_DIKENAL')).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'rusak.yaml' }, region: { startLine: 1, startColumn: 7 } } }],
    });
    const nip = run.results.find((x) => x.ruleId === 'NIP_ANGKA_EXCEL')!;
    expect(nip.message.text).toMatch(/^Realisasi!A2: /);
    // A workbook has no lines: line 1, the cell in the message.
    expect(nip.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'data/tambahan.xlsx' }, region: { startLine: 1 } });
    // A CSV finding's column is a field number, not a character: its line only.
    const csv = run.results.find((x) => x.ruleId === 'NILAI_BUKAN_ANGKA')!;
    expect(csv.locations[0]!.physicalLocation.region).toEqual({ startLine: 2 });
    // Paths with a space, `#` or `?` are percent-encoded segment by segment.
    expect(run.results.some((x) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'skp/tim%20%231/x%3F.yaml')).toBe(true);
    expect(new Set(run.results.map((x) => x.level))).toEqual(new Set(['error', 'warning', 'note']));
  });
});

describe('validate --format gitlab', () => {
  it('is a Code Quality report: one issue per finding, unique fingerprints that stay the same run to run', async () => {
    const ws = await brokenWorkspace();
    const r = await validate(ws, 'gitlab');
    const issues = JSON.parse(r.stdout) as {
      fingerprint: string;
      check_name: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
    }[];
    const check = ajv().compile(GITLAB_SHAPE);
    expect(check(issues), JSON.stringify(check.errors)).toBe(true);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect((JSON.parse((await validate(ws, 'gitlab')).stdout) as typeof issues).map((i) => i.fingerprint)).toEqual(
      issues.map((i) => i.fingerprint),
    );
    expect(issues.find((i) => i.check_name === 'KIND_TIDAK_DIKENAL')).toMatchObject({
      severity: 'major',
      location: { path: 'rusak.yaml', lines: { begin: 1 } },
    });
    expect(issues.find((i) => i.check_name === 'NIP_ANGKA_EXCEL')).toMatchObject({
      location: { path: 'data/tambahan.xlsx', lines: { begin: 1 } },
    });
  });
});

const XMLLINT = ['/usr/bin/xmllint'].find((p) => existsSync(p));

describe('validate --format junit', () => {
  it('a test case per file, failing where the file has an error; the sheet of a workbook its own case', async () => {
    const ws = await brokenWorkspace();
    const r = await validate(ws, 'junit');
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(r.stdout).toContain(
      '<testcase classname="asn-kinerja.validate" name="rusak.yaml">\n      <failure message="1 temuan yang menggagalkan" type="KIND_TIDAK_DIKENAL">',
    );
    expect(r.stdout).toContain('name="data/tambahan.xlsx › Realisasi"');
    const tests = Number(/<testsuite [^>]*tests="(\d+)"/.exec(r.stdout)![1]);
    const failures = Number(/<testsuite [^>]*failures="(\d+)"/.exec(r.stdout)![1]);
    expect(tests).toBeGreaterThan(40);
    // rusak.yaml, tim #1/x?.yaml, bad.csv and the workbook's sheet.
    expect(failures).toBe(4);
    // --strict: a file with only a warning fails too (the broken link's TAUTAN_SIMBOLIK).
    const strict = await validate(ws, 'junit', ['--strict']);
    expect(Number(/<testsuite [^>]*failures="(\d+)"/.exec(strict.stdout)![1])).toBeGreaterThan(failures);
  });

  it.runIf(XMLLINT !== undefined || process.env.CI)('is valid against the JUnit schema CI servers read (xmllint)', async () => {
    expect(XMLLINT, 'xmllint (apt-get install libxml2-utils)').toBeDefined();
    const ws = await brokenWorkspace();
    const out = join(makeTempDir('junit'), 'validate.xml');
    expect((await runCli(['validate', ws, '--output', out])).code).toBe(1);
    execFileSync(XMLLINT!, ['--noout', '--schema', join(FIXTURES, 'ci-formats', 'junit.xsd'), out], { stdio: 'pipe' });
  });
});
