/**
 * Issue [8] item 6: commander's own words follow --lang. Under id the help has no "Usage:",
 * "Options:", "choices:" or "default:", and its usage errors (unknown option with did-you-mean, invalid
 * choice, unknown command) are Indonesian, still exit 2; under en they stay as commander writes them.
 */
import { describe, expect, it } from 'vitest';
import { translateError } from '../../src/cli/commander-words.js';
import { runCli } from '../helpers.js';

describe('commander in Indonesian', () => {
  it('help of the program and of each command', async () => {
    for (const argv of [['--help'], ['score', '--help'], ['validate', '--help'], ['ikm', '--help'], ['help', 'init']]) {
      const r = await runCli(['--lang', 'id', ...argv]);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/^Penggunaan: asn-kinerja/);
      for (const english of ['Usage:', 'Options:', 'Arguments:', 'Commands:', 'choices:', 'default:', '[options]'])
        expect(r.stdout, `${argv.join(' ')}: ${english}`).not.toContain(english);
    }
    // The language comes from LANG as well.
    expect((await runCli(['score', '--help'], { env: { LANG: 'id_ID.UTF-8' } })).stdout).toContain('Opsi:');
  });

  it('usage errors: unknown option with did-you-mean, invalid choice, unknown command', async () => {
    const unknown = await runCli(['--lang', 'id', 'score', '--formt', 'json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("galat: opsi tidak dikenal '--formt'\n(Maksud Anda --format?)");
    const choice = await runCli(['--lang', 'id', 'score', '--format', 'pdf']);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain("galat: nilai 'pdf' untuk opsi '--format <format>' tidak sah. Pilihan: table, csv, json, xlsx, html.");
    const command = await runCli(['--lang', 'id', 'skor']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("galat: perintah tidak dikenal 'skor'");
    expect(command.stderr).toContain('(Maksud Anda score?)');
    expect(command.stderr).not.toMatch(/error:|Did you mean/);
  });

  it('English stays English', async () => {
    const r = await runCli(['--lang', 'en', 'score', '--formt', 'json']);
    expect(r.stderr).toContain("error: unknown option '--formt'\n(Did you mean --format?)");
    expect((await runCli(['--lang', 'en', 'score', '--help'])).stdout).toMatch(/^Usage: asn-kinerja score \[options\]/);
  });

  it('a wording commander adds later keeps its text after "galat:"', () => {
    expect(translateError('error: something new\n')).toBe('galat: something new\n');
  });
});
