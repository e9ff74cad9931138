/**
 * A few runs of the built binary (bin/asn-kinerja.js → dist/), recorded as snapshots of the
 * command, stdout, stderr and exit code (as ATTW does). `npm test` builds first.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, FIXTURES, ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin', 'asn-kinerja.js');

function runBinary(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'id_ID.UTF-8' },
  });
  return { command: `asn-kinerja ${args.join(' ')}`, exitCode: r.status, stdout: r.stdout, stderr: r.stderr };
}

function brokenWorkspace(): string {
  const ws = copyFixture(join(FIXTURES, 'validate', 'base'));
  const file = join(ws, 'skp', 'staf.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace('ref: dokumen-perencanaan', 'ref: dokumen-perencanan')
      .replace('"199104152015032001"', '1,99104E+17'),
  );
  return ws;
}

describe('the built binary', () => {
  it('--version', () => {
    expect(runBinary(['--version'])).toMatchSnapshot();
  });
  it('validate on the bundled example: exit 0', () => {
    expect(runBinary(['validate', 'examples/kota-contoh'])).toMatchSnapshot();
  });
  it('validate on a broken plan file: exit 1, located findings', () => {
    expect(runBinary(['validate', 'skp/staf.yaml'], brokenWorkspace())).toMatchSnapshot();
  });
  it('validate --format json --lang en on a broken plan file', () => {
    expect(runBinary(['--lang', 'en', 'validate', '--format', 'json', 'skp/staf.yaml'], brokenWorkspace())).toMatchSnapshot();
  });
  it('validate --format github', () => {
    expect(runBinary(['validate', '--format', 'github', 'skp/staf.yaml'], brokenWorkspace())).toMatchSnapshot();
  });
  it("score and ikm on the bundled example (the README's first command): exit 0, nothing on stderr", () => {
    const score = runBinary(['score', 'examples/kota-contoh', '--format', 'json']);
    expect(score).toMatchObject({ exitCode: 0, stderr: '' });
    expect(JSON.parse(score.stdout)).toMatchObject({ versi_format: 1, metode: 'permenpan-rb-6-2022', periode: '2026' });
    const ikm = runBinary(['ikm', 'examples/kota-contoh']);
    expect(ikm).toMatchObject({ exitCode: 0, stderr: '' });
    expect(ikm.stdout).toContain('IKM 3.2');
  });
  it('a missing path: exit 2, message on stderr', () => {
    expect(runBinary(['validate', 'tidak-ada.yaml'])).toMatchSnapshot();
  });
  it('an unknown command: exit 2', () => {
    expect(runBinary(['nilai'])).toMatchSnapshot();
  });
});
