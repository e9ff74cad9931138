/**
 * The CLI as a function: argv in, exit code out. The only layer that knows about argv, streams and
 * exit codes; commands are loaded lazily so `--version` stays fast.
 */
import { Command, CommanderError, Option } from 'commander';
import { UsageError, InputError } from '../errors.js';
import { EXIT } from '../core/exit-code.js';
import type { CliContext } from './context.js';
import { speakIndonesian, translateError } from './commander-words.js';
import { resolveLang, type GlobalOptions } from './options.js';
import { VERSION } from '../version.js';
import { SCHEMA_FILES } from '../schema/kinds.js';
import { terminalSafe } from '../report/safe-text.js';
import {
  IKM_FORMAT_NAMES,
  IKM_GROUPINGS,
  DOKUMEN_FORMAT_NAMES,
  SCORE_FORMAT_NAMES,
  SCORE_TABLES,
  VALIDATE_FORMAT_NAMES,
  type ValidateFormat,
} from '../report/names.js';
// Types only: the command modules themselves load lazily, when their command runs.
import type { ScoreOptions } from './commands/score.js';
import type { IkmOptions } from './commands/ikm.js';
import type { DokumenOptions } from './commands/dokumen.js';

const HELP = {
  id: {
    program: 'Pengelolaan kinerja pegawai ASN: validasi SKP dan penilaian kinerja dari berkas lokal',
    version: 'tampilkan versi',
    help: 'tampilkan bantuan',
    helpCommand: 'bantuan untuk satu perintah',
    lang: 'bahasa pesan: id | en (bawaan dari LC_ALL / LC_MESSAGES / LANG)',
    noColor: 'tanpa warna (juga NO_COLOR)',
    quiet: 'sembunyikan temuan info',
    config: 'berkas konfigurasi (pengganti asn-kinerja.yaml di akar workspace)',
    delimiter: 'pemisah CSV masukan: ; | , | tab (bawaan: dikenali dari header)',
    desimal: 'tanda desimal CSV masukan: koma | titik (bawaan: koma untuk ; dan tab, titik untuk ,)',
    semuaTemuan: 'tampilkan semua temuan (bawaan: 1.000 pertama per berkas dan kode)',
    anonim: 'ganti NIP dan nama dengan samaran P-… (kunci dari ASN_KINERJA_KUNCI_ANONIM)',
    batasUkuran: 'batas ukuran per berkas (bawaan 200MB; YAML 10MB)',
    validate: 'memvalidasi berkas atau workspace (bawaan: folder ini)',
    validatePath: 'berkas atau folder',
    format: `format laporan: ${VALIDATE_FORMAT_NAMES.join(' | ')} (github otomatis bila GITHUB_ACTIONS=true)`,
    strict: 'peringatan juga menggagalkan (kode keluar 1)',
    schema: 'mencetak JSON Schema satu jenis berkas, atau daftar jenisnya',
    score: 'menilai kinerja pegawai dan unit (metode: 6/2022, PP 30/2019, PP 46/2011)',
    scoreWs: 'folder workspace (bawaan: folder ini)',
    scoreFiles: 'berkas tambahan di luar workspace',
    periode: 'periode: 2026, 2026-S1, 2026-TW2, 2026-07 (bawaan: tahun di konfigurasi)',
    scoreFormat: `format: ${SCORE_FORMAT_NAMES.join(' | ')}`,
    output: 'tulis ke berkas (atomik; tidak pernah menimpa masukan)',
    tabel: `tabel untuk csv: ${SCORE_TABLES.join(' | ')}`,
    outputDelimiter: 'pemisah CSV keluaran: ; | , (bawaan ; untuk id, , untuk en)',
    explain: 'jelaskan setiap langkah untuk satu NIP',
    unit: 'batasi ke subpohon satu unit',
    ikm: 'indeks kepuasan masyarakat dari CSV SKM atau workspace (PermenPAN-RB 14/2017)',
    ikmPaths: 'berkas SKM atau folder workspace',
    per: `kelompok: ${IKM_GROUPINGS.join(' | ')}`,
    dokumen: 'Dokumen Evaluasi Kinerja Pegawai (PermenPAN-RB 6/2022) sebagai PDF atau HTML siap cetak',
    dokumenNip: 'satu pegawai (bawaan: semua pegawai yang dinilai)',
    dokumenFormat: `format: ${DOKUMEN_FORMAT_NAMES.join(' | ')} (bawaan pdf, atau dari ekstensi --output)`,
    tanggal: 'tanggal tanda tangan, yyyy-mm-dd (bawaan: titik-titik untuk diisi tangan)',
    init: 'membuat workspace baru yang langsung valid',
    initDir: 'folder tujuan',
  },
  en: {
    program: 'ASN civil-service performance management: validate SKP work plans and score performance from local files',
    version: 'print the version',
    help: 'show help',
    helpCommand: 'help for one command',
    lang: 'message language: id | en (default from LC_ALL / LC_MESSAGES / LANG)',
    noColor: 'no colour (also NO_COLOR)',
    quiet: 'hide info findings',
    config: 'config file (instead of asn-kinerja.yaml at the workspace root)',
    delimiter: 'input CSV delimiter: ; | , | tab (default: sniffed from the header)',
    desimal: 'input CSV decimal mark: koma | titik (default: koma for ; and tab, titik for ,)',
    semuaTemuan: 'list every finding (default: the first 1,000 per file and code)',
    anonim: 'replace NIPs and names with P-… pseudonyms (key from ASN_KINERJA_KUNCI_ANONIM)',
    batasUkuran: 'size limit per file (default 200MB; YAML 10MB)',
    validate: 'validate files or workspaces (default: this folder)',
    validatePath: 'file or folder',
    format: `report format: ${VALIDATE_FORMAT_NAMES.join(' | ')} (github automatically when GITHUB_ACTIONS=true)`,
    strict: 'warnings fail too (exit code 1)',
    schema: 'print the JSON Schema of one file kind, or list the kinds',
    score: 'score employees and units (metode: 6/2022, PP 30/2019, PP 46/2011)',
    scoreWs: 'workspace folder (default: this folder)',
    scoreFiles: 'extra files outside the workspace',
    periode: 'period: 2026, 2026-S1, 2026-TW2, 2026-07 (default: the config year)',
    scoreFormat: `format: ${SCORE_FORMAT_NAMES.join(' | ')}`,
    output: 'write to a file (atomically; never over an input)',
    tabel: `table for csv: ${SCORE_TABLES.join(' | ')}`,
    outputDelimiter: 'output CSV delimiter: ; | , (default ; for id, , for en)',
    explain: 'explain every step for one NIP',
    unit: 'limit to one unit subtree',
    ikm: 'citizen satisfaction index from SKM CSVs or a workspace (PermenPAN-RB 14/2017)',
    ikmPaths: 'SKM files or workspace folders',
    per: `group by: ${IKM_GROUPINGS.join(' | ')}`,
    dokumen: 'the Dokumen Evaluasi Kinerja Pegawai (PermenPAN-RB 6/2022) as PDF or print-ready HTML',
    dokumenNip: 'one employee (default: every employee scored)',
    dokumenFormat: `format: ${DOKUMEN_FORMAT_NAMES.join(' | ')} (default pdf, or from the --output extension)`,
    tanggal: 'signature date, yyyy-mm-dd (default: a dotted line to fill in by hand)',
    init: 'create a new workspace that validates clean',
    initDir: 'target folder',
  },
} as const;

/** The language for help texts, before commander has parsed --lang. */
function helpLang(argv: readonly string[], env: CliContext['env']): 'id' | 'en' {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  try {
    return resolveLang(flag === 'id' || flag === 'en' ? flag : undefined, env);
  } catch {
    return 'id';
  }
}

export async function run(argv: readonly string[], ctx: CliContext): Promise<number> {
  let exitCode: number = EXIT.ok;
  const lang = helpLang(argv, ctx.env);
  const t = HELP[lang];
  const program = new Command('asn-kinerja');
  // Before any subcommand is defined (DESIGN.md): usage errors must exit 2, not commander's 1.
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => ctx.stdout.write(s),
    writeErr: (s) => ctx.stderr.write(s),
    // commander's own error words in the user's language (its help, below, too).
    outputError: (s, write) => write(lang === 'id' ? translateError(s) : s),
  });
  if (lang === 'id') speakIndonesian(program);
  program
    .description(t.program)
    .version(VERSION, '-V, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .addOption(new Option('--lang <lang>', t.lang))
    .option('--no-color', t.noColor)
    .option('-q, --quiet', t.quiet)
    .option('--config <file>', t.config)
    .option('--delimiter <c>', t.delimiter)
    .option('--desimal <mark>', t.desimal)
    .option('--batas-ukuran <size>', t.batasUkuran)
    .showHelpAfterError();

  const globals = (): GlobalOptions => program.opts<GlobalOptions>();

  program
    .command('validate')
    .description(t.validate)
    .argument('[path...]', t.validatePath)
    .addOption(new Option('--format <format>', t.format).choices(VALIDATE_FORMAT_NAMES))
    .option('--output <file>', t.output)
    .option('--strict', t.strict)
    .option('--semua-temuan', t.semuaTemuan)
    .action(async (paths: string[], opts: { format?: ValidateFormat; output?: string; strict?: boolean; semuaTemuan?: boolean }) => {
      const { runValidate } = await import('./commands/validate.js');
      exitCode = await runValidate(paths, { ...opts, ...globals() }, ctx);
    });

  program
    .command('score')
    .description(t.score)
    .argument('[workspace]', t.scoreWs)
    .argument('[file...]', t.scoreFiles)
    .option('--periode <p>', t.periode)
    .addOption(new Option('--format <format>', t.scoreFormat).choices(SCORE_FORMAT_NAMES))
    .option('--output <file>', t.output)
    .addOption(new Option('--tabel <tabel>', t.tabel).choices(SCORE_TABLES))
    .option('--output-delimiter <c>', t.outputDelimiter)
    .option('--explain <nip>', t.explain)
    .option('--unit <id>', t.unit)
    .option('--strict', t.strict)
    .option('--semua-temuan', t.semuaTemuan)
    .option('--anonim', t.anonim)
    .action(async (workspace: string | undefined, files: string[], opts: Omit<ScoreOptions, keyof GlobalOptions>) => {
      const { runScore } = await import('./commands/score.js');
      exitCode = await runScore(workspace, files, { ...opts, ...globals() }, ctx);
    });

  program
    .command('ikm')
    .description(t.ikm)
    .argument('[path...]', t.ikmPaths)
    .addOption(new Option('--per <per>', t.per).choices(IKM_GROUPINGS))
    .option('--periode <p>', t.periode)
    .addOption(new Option('--format <format>', t.scoreFormat).choices(IKM_FORMAT_NAMES))
    .option('--output <file>', t.output)
    .option('--strict', t.strict)
    .action(async (paths: string[], opts: Omit<IkmOptions, keyof GlobalOptions>) => {
      const { runIkm } = await import('./commands/ikm.js');
      exitCode = await runIkm(paths, { ...opts, ...globals() }, ctx);
    });

  program
    .command('dokumen')
    .description(t.dokumen)
    .argument('[workspace]', t.scoreWs)
    .option('--nip <nip>', t.dokumenNip)
    .option('--unit <id>', t.unit)
    .option('--periode <p>', t.periode)
    .addOption(new Option('--format <format>', t.dokumenFormat).choices(DOKUMEN_FORMAT_NAMES))
    .option('--output <file>', t.output)
    .option('--tanggal <yyyy-mm-dd>', t.tanggal)
    .option('--strict', t.strict)
    .action(async (workspace: string | undefined, opts: Omit<DokumenOptions, keyof GlobalOptions>) => {
      const { runDokumen } = await import('./commands/dokumen.js');
      exitCode = await runDokumen(workspace, { ...opts, ...globals() }, ctx);
    });

  program
    .command('schema')
    .description(t.schema)
    .argument('[kind]', Object.keys(SCHEMA_FILES).join(' | '))
    .action(async (kind: string | undefined) => {
      const { runSchema } = await import('./commands/schema.js');
      exitCode = runSchema(kind, ctx, resolveLang(globals().lang, ctx.env));
    });

  program
    .command('init')
    .description(t.init)
    .argument('[dir]', t.initDir, '.')
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
    // A message names what the user gave (a path, a NIP): shown, never acted on by the terminal.
    ctx.stderr.write(`asn-kinerja: ${terminalSafe(err.pesan[lang], false)}\n`);
    return EXIT.usage;
  }
  const debug = (ctx.env.DEBUG ?? '').split(',').some((d) => d.trim() === 'asn-kinerja' || d.trim() === '*');
  const message = err instanceof Error ? err.message : String(err);
  ctx.stderr.write(
    lang === 'id'
      ? `asn-kinerja: kesalahan internal: ${terminalSafe(message, false)}\nIni bug; jalankan ulang dengan DEBUG=asn-kinerja untuk jejak lengkap dan laporkan.\n`
      : `asn-kinerja: internal error: ${terminalSafe(message, false)}\nThis is a bug; run again with DEBUG=asn-kinerja for the full trace and report it.\n`,
  );
  if (debug && err instanceof Error && err.stack) ctx.stderr.write(err.stack + '\n');
  return EXIT.internal;
}
