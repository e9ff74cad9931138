import { run } from './run.js';

// Set the exit code, never process.exit(): piped output would be cut (PRODUCT.md).
process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
