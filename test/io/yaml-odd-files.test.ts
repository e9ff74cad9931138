/**
 * Issue [10] item 5: a plan file that is ours but written wrong is said, never skipped in silence —
 * `Kind:` in the wrong case gets a did-you-mean at its key; a NUL byte anywhere (not only in the first
 * 8 KiB) makes it a binary file, not YAML read up to the NUL.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from '../helpers.js';

interface Report {
  file: { path: string; temuan: { kode: string; tingkat: string; baris?: number; kolom?: number; args: Record<string, unknown> }[] }[];
}
async function findings(path: string) {
  const r = await runCli(['validate', path, '--format', 'json']);
  return { code: r.code, temuan: (JSON.parse(r.stdout) as Report).file.flatMap((f) => f.temuan) };
}

describe('odd YAML files', () => {
  it('`Kind: skp` is KIND_HURUF at its key, a warning (a file not ours may say Kind too), with the key it meant', async () => {
    const dir = makeTempDir('kind-case');
    const file = join(dir, 'skp.yaml');
    writeFileSync(file, 'Kind: skp\ntahun: 2026\n');
    const { code, temuan } = await findings(file);
    expect(code).toBe(0);
    expect(temuan.map((t) => [t.kode, t.tingkat, t.baris, t.kolom, t.args])).toEqual([
      ['KIND_HURUF', 'peringatan', 1, 1, { kunci: 'Kind' }],
    ]);
  });

  it('a file without any kind is still only told (TANPA_KIND, info)', async () => {
    const dir = makeTempDir('no-kind');
    const file = join(dir, 'lain.yaml');
    writeFileSync(file, 'nama: bukan berkas kami\n');
    expect((await findings(file)).temuan.map((t) => [t.kode, t.tingkat])).toEqual([['TANPA_KIND', 'info']]);
  });

  it('a NUL byte past the first 8 KiB makes the file binary (FILE_BINER), not YAML read up to it', async () => {
    const dir = makeTempDir('nul');
    const file = join(dir, 'skp.yaml');
    const padding = '# ' + 'x'.repeat(9000) + '\n';
    writeFileSync(file, Buffer.concat([Buffer.from(`kind: skp\ntahun: 2026\n${padding}`), Buffer.from([0]), Buffer.from('pegawai: {}\n')]));
    const { code, temuan } = await findings(file);
    expect(code).toBe(1);
    expect(temuan.map((t) => t.kode)).toEqual(['FILE_BINER']);
  });
});

describe('deeply nested YAML (issue [10] item 3)', () => {
  // Past the parser's own recursion (near 800 levels here) the message used to be "Maximum call stack
  // size exceeded" with advice about indentation; between 64 and that, the walks were one frame per level.
  const cases: [string, string, number, number][] = [
    ['flow brackets, 5,000 deep', 'kind: katalog-indikator\nindikator: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n', 2, 0],
    [
      'flow brackets, 100 deep (parses, but past the limit)',
      'kind: katalog-indikator\nindikator: ' + '['.repeat(100) + ']'.repeat(100) + '\n',
      2,
      76,
    ],
    ['compact block sequences on one line', 'kind: katalog-indikator\nindikator:\n  ' + '- '.repeat(2000) + 'a\n', 3, 0],
    [
      'block maps indented one more each line',
      'kind: katalog-indikator\nindikator:\n' + Array.from({ length: 900 }, (_, i) => ' '.repeat(i + 2) + 'a:').join('\n') + '\n',
      0,
      0,
    ],
  ];
  for (const [name, text, line, col] of cases) {
    it(`${name}: YAML_TERLALU_DALAM where the nesting goes too deep, exit 1, no crash`, async () => {
      const dir = makeTempDir('deep');
      const file = join(dir, 'katalog.yaml');
      writeFileSync(file, text);
      const { code, temuan } = await findings(file);
      expect(code).toBe(1);
      expect(temuan.map((t) => [t.kode, t.args])).toEqual([['YAML_TERLALU_DALAM', { batas: 64 }]]);
      if (line > 0) expect(temuan[0]!.baris).toBe(line);
      if (col > 0) expect(temuan[0]!.kolom).toBe(col);
    });
  }

  it('aliases cannot stack nesting the file does not show: each anchor 60 deep, each holding the last', async () => {
    const dir = makeTempDir('deep-alias');
    const file = join(dir, 'katalog.yaml');
    let text = 'kind: katalog-indikator\nx:\n';
    for (let i = 0; i < 14; i++) text += `  - &a${i} ${'['.repeat(60)}${i === 0 ? '1' : `*a${i - 1}`}${']'.repeat(60)}\n`;
    writeFileSync(file, text + 'indikator: []\n');
    const { code, temuan } = await findings(file);
    expect(code).toBe(1);
    expect(temuan.map((t) => t.kode)).toEqual(['YAML_TERLALU_DALAM']);
    // Reported at the alias that carried it past the limit (the second anchor holds the first).
    expect(temuan[0]!.baris).toBe(4);
  });

  it('is said at the same place whatever call stack is left (found by the fuzz suite: the parser ran out at a different line)', async () => {
    const { parseYaml } = await import('../../src/io/yaml-file.js');
    const atDepth = <T>(depth: number, f: () => T): T => (depth === 0 ? f() : [atDepth(depth - 1, f)][0]!);
    const flow = `kind: skp\ntahun: ${'['.repeat(20_000)}1${']'.repeat(20_000)}\n`;
    const block = 'kind: skp\n' + Array.from({ length: 2000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + '\n';
    for (const text of [flow, block]) {
      const shallow = parseYaml('skp/dalam.yaml', text).findings;
      expect(shallow.map((f) => f.kode)).toEqual(['YAML_TERLALU_DALAM']);
      expect(atDepth(3000, () => parseYaml('skp/dalam.yaml', text).findings)).toEqual(shallow);
    }
    expect(parseYaml('x.yaml', flow).findings[0]).toMatchObject({ baris: 2, kolom: 72 });
    // The block case at the first line indented past 256 columns (line 259: 257 spaces).
    expect(parseYaml('x.yaml', block).findings[0]).toMatchObject({ baris: 259 });
  });

  it('a real plan file nests six levels: the limit is far from it', async () => {
    const dir = makeTempDir('deep-ok');
    const file = join(dir, 'katalog.yaml');
    writeFileSync(file, 'kind: katalog-indikator\nindikator: ' + '['.repeat(60) + ']'.repeat(60) + '\n');
    expect((await findings(file)).temuan.map((t) => t.kode)).toEqual(['SKEMA']);
  });
});

describe('YAML size (issue [10] item 3: memory per YAML byte)', () => {
  // A parsed YAML tree takes about 50 bytes of memory per byte (a 75 MB catalogue: 3.9 GB RSS, 68 s):
  // YAML files default to 10 MB, said with the reason; an explicit --batas-ukuran applies to them too.
  const catalogue = (bytes: number) => {
    const entry = '  - id: x.i\n    nama: Persentase layanan yang diselesaikan tepat waktu\n    satuan: persen\n';
    return 'kind: katalog-indikator\nindikator:\n' + entry.repeat(Math.ceil(bytes / entry.length));
  };

  it('an 11 MB catalogue is YAML_TERLALU_BESAR at the file (exit 1), never parsed', async () => {
    const dir = makeTempDir('yaml-big');
    const file = join(dir, 'katalog.yaml');
    writeFileSync(file, catalogue(11 * 1024 * 1024));
    const { code, temuan } = await findings(file);
    expect(code).toBe(1);
    expect(temuan.map((t) => [t.kode, t.args.batas])).toEqual([['YAML_TERLALU_BESAR', 10 * 1024 * 1024]]);
  });

  it('an explicit --batas-ukuran applies to YAML files as well, above or below the YAML default', async () => {
    const { readDefaults } = await import('../../src/engine/options.js');
    expect(readDefaults({ cwd: '.' })).toMatchObject({ sizeLimit: 200 * 1024 * 1024, yamlSizeLimit: 10 * 1024 * 1024 });
    expect(readDefaults({ cwd: '.', sizeLimit: 12 * 1024 * 1024 })).toMatchObject({ yamlSizeLimit: 12 * 1024 * 1024 });
    // Below the YAML default the limit is the user's own: the general code (parsing 11 MB here would take 12 s).
    const dir = makeTempDir('yaml-big-ok');
    const file = join(dir, 'katalog.yaml');
    writeFileSync(file, catalogue(2 * 1024 * 1024));
    const small = await runCli(['validate', file, '--format', 'json', '--batas-ukuran', '1MB']);
    expect((JSON.parse(small.stdout) as Report).file.flatMap((f) => f.temuan.map((t) => t.kode))).toEqual(['FILE_TERLALU_BESAR']);
    expect((await findings(file)).temuan.map((t) => t.kode)).not.toContain('YAML_TERLALU_BESAR');
  });
});

describe('ikm honours the workspace it pools by', () => {
  it('a unit list with an error is said by ikm as by validate and score (exit 1), not passed over with exit 0', async () => {
    const { copyFixture, FIXTURES } = await import('../helpers.js');
    const ws = copyFixture(join(FIXTURES, 'engine', 'kecil'));
    writeFileSync(join(ws, 'unit-kerja.yaml'), 'kind: unit-kerja\nunit:\n  - id: induk\n    nama: Kantor\n    populasi_layanan: -3\n');
    const ikm = await runCli(['ikm', ws, '--format', 'json']);
    expect(ikm.code).toBe(1);
    const temuan = (JSON.parse(ikm.stdout) as { temuan: { kode: string; path: string; baris: number }[] }).temuan;
    expect(temuan.filter((t) => t.path.endsWith('unit-kerja.yaml')).map((t) => [t.kode, t.baris])).toEqual([['SKEMA', 5]]);
    expect((await runCli(['score', ws])).code).toBe(1);
    // An unusable config stops ikm as it stops score: exit 2.
    writeFileSync(join(ws, 'asn-kinerja.yaml'), 'kind: konfigurasi\ntahun: 2026\nskm:\n  bobot: banyak\n');
    expect((await runCli(['ikm', ws])).code).toBe(2);
  });
});

describe('duplicate keys in a large map', () => {
  it('a repeated key among 100,000 is found at its line, in one pass (the parser compared every pair: 90 s)', async () => {
    const dir = makeTempDir('keys');
    const file = join(dir, 'katalog.yaml');
    const keys = Array.from({ length: 100_000 }, (_, i) => `  k${i}: 1`);
    // The repeat is the last key: line 3 + 100,000 + 1.
    writeFileSync(file, ['kind: katalog-indikator', 'extra:', ...keys, '  k7: 2', ''].join('\n'));
    const { code, temuan } = await findings(file);
    expect(code).toBe(1);
    expect(temuan.map((t) => [t.kode, t.baris, t.args])).toEqual([['KUNCI_GANDA', 100_003, { kunci: 'k7' }]]);
  });
});

describe('the alias budget', () => {
  it('does not grow with padding: 2 MB of comments around an alias bomb still stop it early (YAML_ALIAS)', async () => {
    const dir = makeTempDir('bomb');
    const file = join(dir, 'katalog.yaml');
    const lines = ['kind: katalog-indikator', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 8; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    lines.push('indikator: []', ...Array.from({ length: 20_000 }, () => '# ' + 'p'.repeat(98)));
    writeFileSync(file, lines.join('\n') + '\n');
    const { code, temuan } = await findings(file);
    expect(code).toBe(1);
    // Stopped at the first alias whose expansion passes the floor of 10,000 nodes (the file holds about
    // a hundred): a byte-sized budget let it expand two million nodes first.
    expect(temuan.map((t) => [t.kode, t.baris])).toEqual([['YAML_ALIAS', 5]]);
  });

  it('a file that reuses anchors within its own size is read as before', async () => {
    const dir = makeTempDir('anchors');
    const file = join(dir, 'unit-kerja.yaml');
    writeFileSync(file, 'kind: unit-kerja\nunit:\n  - &u { id: a, nama: A }\n  - { id: b, nama: B }\n');
    expect((await findings(file)).temuan.filter((t) => t.kode === 'YAML_ALIAS')).toEqual([]);
  });
});

describe('very many findings', () => {
  it('150,000 rejected rows with --semua-temuan are each reported, not a stack overflow (exit 3)', async () => {
    const { copyFixture, FIXTURES } = await import('../helpers.js');
    const ws = copyFixture(join(FIXTURES, 'engine', 'kecil'));
    const rows = ['nip;periode;indikator;realisasi;catatan'];
    for (let i = 0; i < 150_000; i++) rows.push(`19780512200312100${i % 10};2026-TW1;tidak-ada-${i};1;`);
    writeFileSync(join(ws, 'data', 'realisasi.csv'), rows.join('\n') + '\n');
    const r = await runCli(['validate', ws, '--semua-temuan', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { ringkasan: { error: number } };
    expect(report.ringkasan.error).toBe(150_000);
    expect((await runCli(['score', ws, '--format', 'json'])).code).toBe(1);
  });
});

describe('a YAML saved as UTF-16 (Notepad\'s "Unicode")', () => {
  for (const [name, bom, enc] of [
    ['little-endian', [0xff, 0xfe], 'utf16le'],
    ['big-endian', [0xfe, 0xff], 'utf16be'],
  ] as const) {
    it(`${name}: FILE_ENCODING (save as UTF-8), not FILE_BINER`, async () => {
      const dir = makeTempDir('utf16');
      const file = join(dir, 'skp.yaml');
      const le = Buffer.from('kind: skp\ntahun: 2026\n', 'utf16le');
      const body = enc === 'utf16le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]!));
      writeFileSync(file, Buffer.concat([Buffer.from(bom), body]));
      const { code, temuan } = await findings(file);
      expect(code).toBe(1);
      expect(temuan.map((t) => t.kode)).toEqual(['FILE_ENCODING']);
    });
  }
});

describe('files that are ours but say nothing of what they are (found by the fuzz suite)', () => {
  it('`kind:` written but empty is KIND_TIDAK_DIKENAL (error), not a skipped stranger; a config without kind stops the run', async () => {
    const { copyFixture, FIXTURES } = await import('../helpers.js');
    const ws = copyFixture(join(FIXTURES, 'engine', 'kecil'));
    const staf = join(ws, 'skp', 'staf.yaml');
    writeFileSync(staf, readFileSync(staf, 'utf8').replace(/^kind: skp$/m, 'kind:'));
    const { code, temuan } = await findings(ws);
    expect(code).toBe(1);
    expect(temuan.filter((t) => t.kode === 'KIND_TIDAK_DIKENAL').map((t) => t.args.kind)).toEqual(['']);
    const config = join(ws, 'asn-kinerja.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^kind: konfigurasi$/m, ''));
    const r = await runCli(['validate', ws, '--format', 'json']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Report & { valid: boolean };
    expect(report.valid).toBe(false);
    expect(report.file.find((f) => f.path.endsWith('asn-kinerja.yaml'))!.temuan.map((t) => t.kode)).toEqual(['KIND_TIDAK_DIKENAL']);
  });

  it('a FIFO named like an input (or a link to one) is FILE_TIDAK_TERBACA (FIFO), never read nor passed over', async () => {
    const { copyFixture, FIXTURES } = await import('../helpers.js');
    const { execFileSync } = await import('node:child_process');
    const { symlinkSync } = await import('node:fs');
    const ws = copyFixture(join(FIXTURES, 'engine', 'kecil'));
    execFileSync('mkfifo', [join(ws, 'data', 'pipa.csv'), join(ws, 'data', 'pipa2')]);
    symlinkSync('pipa2', join(ws, 'data', 'pipa2.csv'));
    const r = await runCli(['validate', ws, '--format', 'json']);
    expect(r.code).toBe(1);
    const hits = (JSON.parse(r.stdout) as Report).file.filter((f) => /pipa2?\.csv$/.test(f.path));
    expect(hits.map((f) => f.temuan.map((t) => [t.kode, t.args.sebab]))).toEqual([
      [['FILE_TIDAK_TERBACA', 'FIFO']],
      [['FILE_TIDAK_TERBACA', 'FIFO']],
    ]);
  });
});
