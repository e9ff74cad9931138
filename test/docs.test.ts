import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFindingCatalogue } from '../src/report/finding-docs.js';
import { TINGKAT_KODE } from '../src/core/findings.js';
import { VERSION } from '../src/version.js';
import { ROOT } from './helpers.js';

describe('docs', () => {
  it('docs/temuan.md lists every finding code (run `npm run gen:docs` when this fails)', () => {
    const text = readFileSync(join(ROOT, 'docs', 'temuan.md'), 'utf8');
    expect(text).toBe(renderFindingCatalogue());
    for (const kode of Object.keys(TINGKAT_KODE)) expect(text).toContain(`| \`${kode}\` |`);
  });
  it('the version constant equals package.json', () => {
    expect(VERSION).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
