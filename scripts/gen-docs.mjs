// Writes docs/temuan.md from the finding catalogue (run `npm run build` first; npm run gen:docs does).
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderFindingCatalogue } from '../dist/report/finding-docs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, 'docs', 'temuan.md'), renderFindingCatalogue());
