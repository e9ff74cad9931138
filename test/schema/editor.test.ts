/**
 * Issue [8] item 7: editors agree with the CLI. The YAML language server (npm yaml-language-server, the
 * one VS Code's YAML extension runs) is driven over stdio here: every YAML file of the example
 * workspace, and of a workspace `init` writes, gets no diagnostic from its `$schema=` modeline; a
 * wrong value in an init file does get one, so the modelines resolve.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, makeTempDir, runCli } from '../helpers.js';

const SERVER = join(createRequire(import.meta.url).resolve('yaml-language-server/package.json'), '..', 'bin', 'yaml-language-server');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(name) ? [p] : [];
  });
}

/** The diagnostics the language server publishes for each file (no schema store: nothing fetched). */
async function diagnose(root: string, files: readonly string[]): Promise<Map<string, string[]>> {
  const ls = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  let buf = Buffer.alloc(0);
  let id = 0;
  const pending = new Map<number, () => void>();
  const diags = new Map<string, string[]>();
  const send = (m: object) => {
    const s = JSON.stringify({ jsonrpc: '2.0', ...m });
    ls.stdin.write(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`);
  };
  ls.stdout.on('data', (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const h = buf.indexOf('\r\n\r\n');
      if (h < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, h).toString())![1]);
      if (buf.length < h + 4 + len) return;
      const m = JSON.parse(buf.subarray(h + 4, h + 4 + len).toString()) as {
        id?: number;
        method?: string;
        params?: { uri: string; diagnostics: { range: { start: { line: number } }; message: string }[]; items?: unknown[] };
      };
      buf = buf.subarray(h + 4 + len);
      if (m.id !== undefined && !m.method) pending.get(m.id)?.();
      else if (m.method === 'textDocument/publishDiagnostics')
        diags.set(
          m.params!.uri,
          m.params!.diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`),
        );
      else if (m.method === 'workspace/configuration')
        send({ id: m.id, result: (m.params!.items ?? []).map(() => ({ validate: true, schemaStore: { enable: false } })) });
      else if (m.id !== undefined) send({ id: m.id, result: null });
    }
  });
  try {
    await new Promise<void>((resolve) => {
      pending.set(++id, resolve);
      send({
        id,
        method: 'initialize',
        params: { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: { workspace: { configuration: true } } },
      });
    });
    send({ method: 'initialized', params: {} });
    send({
      method: 'workspace/didChangeConfiguration',
      params: { settings: { yaml: { validate: true, schemaStore: { enable: false } } } },
    });
    for (const f of files)
      send({
        method: 'textDocument/didOpen',
        params: { textDocument: { uri: pathToFileURL(f).href, languageId: 'yaml', version: 1, text: readFileSync(f, 'utf8') } },
      });
    const t0 = Date.now();
    while (files.some((f) => !diags.has(pathToFileURL(f).href)) && Date.now() - t0 < 30_000) await new Promise((r) => setTimeout(r, 50));
  } finally {
    ls.kill();
  }
  return new Map(files.map((f) => [f, diags.get(pathToFileURL(f).href) ?? ['(no diagnostics published)']]));
}

describe('the YAML language server agrees with validate', () => {
  it('no file of the example workspace is flagged', { timeout: 60_000 }, async () => {
    expect((await runCli(['validate', EXAMPLE])).code).toBe(0);
    const files = yamlFiles(EXAMPLE);
    expect(files.length).toBeGreaterThan(30);
    const flagged = [...(await diagnose(EXAMPLE, files))].filter(([, d]) => d.length > 0);
    expect(flagged).toEqual([]);
  });

  it("init's files carry modelines that resolve: clean as written, flagged when a value is wrong", { timeout: 60_000 }, async () => {
    const ws = join(makeTempDir('editor'), 'baru');
    expect((await runCli(['init', ws])).code).toBe(0);
    const files = yamlFiles(ws);
    for (const f of files) expect(readFileSync(f, 'utf8'), f).toMatch(/^# yaml-language-server: \$schema=\S+\.schema\.json\n/);
    expect([...(await diagnose(ws, files))].filter(([, d]) => d.length > 0)).toEqual([]);
    const skp = files.find((f) => f.endsWith('staf.yaml'))!;
    writeFileSync(skp, readFileSync(skp, 'utf8').replace(/^tahun: .*$/m, 'tahun: dua ribu'));
    expect((await diagnose(ws, [skp])).get(skp)!.join('\n')).toMatch(/tahun|Incorrect type|integer/i);
  });

  it('validate says NIP_TANPA_KUTIP where an editor would misread a NIP, and reads it whole', async () => {
    const ws = makeTempDir('editor');
    expect((await runCli(['init', ws])).code).toBe(0);
    const skp = join(ws, 'skp', 'staf.yaml');
    writeFileSync(skp, readFileSync(skp, 'utf8').replace('nip: "199104152015032001"', 'nip: 199104152015032001'));
    const r = JSON.parse((await runCli(['validate', ws, '--format', 'json'])).stdout) as {
      valid: boolean;
      file: { path: string; temuan: { kode: string; baris?: number; args: object }[] }[];
    };
    expect(r.valid).toBe(true);
    const f = r.file.flatMap((x) => x.temuan).find((t) => t.kode === 'NIP_TANPA_KUTIP');
    expect(f).toMatchObject({ args: { nilai: '199104152015032001' } });
  });
});
