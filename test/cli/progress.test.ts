import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/cli/progress.js';

function stream(isTTY: boolean) {
  const out = { text: '', isTTY, write: (s: string | Uint8Array) => (out.text += String(s)) };
  return out;
}

describe('progress bar', () => {
  it('draws on a terminal for long files and clears its line at the end', () => {
    const err = stream(true);
    const p = progressReporter(err);
    p('data/realisasi.csv', 50 * 1024 * 1024, 100 * 1024 * 1024);
    expect(err.text).toBe(`\r[${'#'.repeat(15)}${' '.repeat(15)}]  50% data/realisasi.csv`);
    p.done();
    expect(err.text.endsWith('\r\x1b[2K')).toBe(true);
  });
  it('stays silent when stderr is not a terminal, and for short files', () => {
    const piped = stream(false);
    progressReporter(piped)('a.csv', 50 * 1024 * 1024, 100 * 1024 * 1024);
    expect(piped.text).toBe('');
    const tty = stream(true);
    const p = progressReporter(tty);
    p('a.csv', 1000, 2000);
    p.done();
    expect(tty.text).toBe('');
  });
});
