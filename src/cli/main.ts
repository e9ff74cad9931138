import { VERSION } from '../version.js';

// `asn-kinerja validate … | head` closes the pipe early: stop quietly, as other CLIs do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // Fast path: loading commander and the rest costs more than Node's own start-up on a slow disk.
  process.stdout.write(`${VERSION}\n`);
} else {
  const { run } = await import('./run.js');
  // Set the exit code, never process.exit(): piped output would be cut (PRODUCT.md).
  process.exitCode = await run(argv, { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
}
