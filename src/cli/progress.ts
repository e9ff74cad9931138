import { visible } from '../report/safe-text.js';
import type { OutStream } from './context.js';

const MIN_BYTES = 8 * 1024 * 1024;
const EVERY_MS = 200;

/** A one-line progress bar on stderr for long files, only when stderr is a terminal. */
export function progressReporter(stderr: OutStream): ((path: string, done: number, total: number) => void) & { done(): void } {
  let last = 0;
  let shown = false;
  const report = (path: string, done: number, total: number) => {
    if (stderr.isTTY !== true || total < MIN_BYTES) return;
    const now = Date.now();
    if (now - last < EVERY_MS && done < total) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    stderr.write(
      `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(Math.floor((done / total) * 100)).padStart(3)}% ${visible(path)}`,
    );
    shown = true;
  };
  return Object.assign(report, {
    done() {
      if (shown) stderr.write('\r\x1b[2K');
      shown = false;
    },
  });
}
