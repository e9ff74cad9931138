/**
 * The CLI as a function: argv in, exit code out. The only layer that knows about argv, streams and
 * exit codes; commands are loaded lazily so `--version` stays fast.
 */
import { Command, CommanderError, Option } from 'commander';
import { UsageError, InputError } from '../errors.js';
import { EXIT } from '../core/exit-code.js';
import type { CliContext } from './context.js';
import { resolveLang, type GlobalOptions } from './options.js';
import { VERSION } from '../version.js';

export async function run(argv: readonly string[], ctx: CliContext): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('asn-kinerja');
  // Before any subcommand is defined (DESIGN.md): usage errors must exit 2, not commander's 1.
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => ctx.stdout.write(s),
    writeErr: (s) => ctx.stderr.write(s),
  });
  program
    .description('Pengelolaan kinerja pegawai ASN: validasi SKP dan penilaian kinerja dari berkas lokal')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--lang <lang>', 'bahasa pesan: id | en (bawaan dari LC_ALL / LC_MESSAGES / LANG)'))
    .option('--no-color', 'tanpa warna')
    .option('-q, --quiet', 'hanya error dan peringatan')
    .option('--config <file>', 'berkas konfigurasi (pengganti asn-kinerja.yaml)')
    .option('--delimiter <c>', 'pemisah CSV masukan: ; | , | tab')
    .option('--desimal <mark>', 'tanda desimal CSV masukan: koma | titik')
    .option('--batas-ukuran <size>', 'batas ukuran per berkas', '200MB')
    .showHelpAfterError();

  const globals = (): GlobalOptions => program.opts<GlobalOptions>();

  program
    .command('validate')
    .description('memvalidasi berkas atau workspace (bawaan: .)')
    .argument('[path...]', 'berkas atau folder')
    .addOption(new Option('--format <format>', 'text | json | github').choices(['text', 'json', 'github']))
    .option('--strict', 'peringatan juga menggagalkan')
    .action(async (paths: string[], opts: { format?: 'text' | 'json' | 'github'; strict?: boolean }) => {
      const { runValidate } = await import('./commands/validate.js');
      exitCode = runValidate(paths, { ...opts, ...globals() }, ctx);
    });

  program
    .command('schema')
    .description('mencetak JSON Schema satu jenis berkas, atau daftar jenisnya')
    .argument('[kind]', 'konfigurasi | unit-kerja | tim-kerja | katalog-indikator | skp | laporan-validasi')
    .action(async (kind: string | undefined) => {
      const { runSchema } = await import('./commands/schema.js');
      exitCode = runSchema(kind, ctx);
    });

  program
    .command('init')
    .description('membuat workspace baru yang langsung valid')
    .argument('[dir]', 'folder tujuan', '.')
    .action(async (dir: string) => {
      const { runInit } = await import('./commands/init.js');
      exitCode = runInit(dir, { ...globals() }, ctx);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    return handleError(err, ctx, globals());
  }
}

function handleError(err: unknown, ctx: CliContext, opts: GlobalOptions): number {
  if (err instanceof CommanderError) {
    // --help and --version arrive here as "errors" with exit code 0.
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  let lang: 'id' | 'en' = 'id';
  try {
    lang = resolveLang(opts.lang, ctx.env);
  } catch {
    /* the error below is what the user needs to see */
  }
  if (err instanceof UsageError || err instanceof InputError) {
    ctx.stderr.write(`asn-kinerja: ${err.pesan[lang]}\n`);
    return EXIT.usage;
  }
  const debug = (ctx.env.DEBUG ?? '').split(',').some((d) => d.trim() === 'asn-kinerja' || d.trim() === '*');
  const message = err instanceof Error ? err.message : String(err);
  ctx.stderr.write(
    lang === 'id'
      ? `asn-kinerja: kesalahan internal: ${message}\nIni bug; jalankan ulang dengan DEBUG=asn-kinerja untuk jejak lengkap dan laporkan.\n`
      : `asn-kinerja: internal error: ${message}\nThis is a bug; run again with DEBUG=asn-kinerja for the full trace and report it.\n`,
  );
  if (debug && err instanceof Error && err.stack) ctx.stderr.write(err.stack + '\n');
  return EXIT.internal;
}
