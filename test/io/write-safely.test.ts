/**
 * Issue [10] item 2, outputs written safely (src/io/write-file.ts): a report replacing a file keeps that
 * file's mode; `--output` onto a link never writes through it; an interrupt while the report is being
 * written leaves no temp file and no partial report. Runs the built module (an interrupt needs a process).
 */
import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, makeTempDir, ROOT, runCli } from '../helpers.js';

describe('writing a report', () => {
  it('replacing a file keeps its mode (a private 0600 file stays private)', async () => {
    const dir = makeTempDir('mode');
    const out = join(dir, 'skor.csv');
    writeFileSync(out, 'lama');
    chmodSync(out, 0o600);
    expect((await runCli(['score', EXAMPLE, '--output', out])).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toContain('nip');
  });

  it('--output onto a link replaces the link and never writes through it', async () => {
    const dir = makeTempDir('link');
    const elsewhere = join(dir, 'penting.txt');
    writeFileSync(elsewhere, 'jangan ditimpa');
    const link = join(dir, 'skor.csv');
    symlinkSync(elsewhere, link);
    expect((await runCli(['score', EXAMPLE, '--output', link])).code).toBe(0);
    expect(readFileSync(elsewhere, 'utf8')).toBe('jangan ditimpa');
    expect(lstatSync(link).isFile()).toBe(true);
  });

  it('an interrupt while writing leaves neither the temp file nor a partial report', async () => {
    const dir = makeTempDir('interrupt');
    const out = join(dir, 'skor.xlsx');
    // A report large enough to be caught mid-write.
    const script = `import(${JSON.stringify(join(ROOT, 'dist', 'io', 'write-file.js'))}).then((m) => m.writeAtomically(${JSON.stringify(out)}, Buffer.alloc(800e6, 1)))`;
    const child = spawn(process.execPath, ['-e', script]);
    let seen = false;
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('exit', (code, signal) => done({ code, signal })),
    );
    const poll = setInterval(() => {
      if (!seen && readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
        seen = true;
        child.kill('SIGINT');
      }
    }, 2);
    const { signal } = await ended;
    clearInterval(poll);
    expect(seen).toBe(true);
    expect(signal).toBe('SIGINT');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a full disk (issue [10] item 2)', () => {
  it('--output /dev/full (a device that is always full) is exit 2 with ENOSPC, not an internal error', async () => {
    const r = await runCli(['score', EXAMPLE, '--output', '/dev/full']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ENOSPC');
    expect(r.stderr).not.toContain('internal');
  });

  // A real full filesystem needs a mount: a 16 KiB tmpfs where the machine allows it (root in CI);
  // elsewhere the case is skipped, said in the run.
  it('a report that does not fit: exit 2, no temp file left, the old report untouched', async (ctx) => {
    const dir = makeTempDir('full');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir], { stdio: 'ignore' });
    } catch {
      ctx.skip();
    }
    try {
      writeFileSync(join(dir, 'r.html'), 'laporan lama');
      const r = await runCli(['score', EXAMPLE, '--format', 'html', '--output', join(dir, 'r.html')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('ENOSPC');
      expect(readdirSync(dir)).toEqual(['r.html']);
      expect(readFileSync(join(dir, 'r.html'), 'utf8')).toBe('laporan lama');
    } finally {
      execFileSync('umount', [dir]);
    }
  });
});
