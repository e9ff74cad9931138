/**
 * commander's own words in Indonesian under `--lang id`: the help's headings and option notes, and
 * its usage errors (unknown option, did-you-mean, invalid choice, missing argument). Our own texts are
 * in run.ts; these are the library's, rewritten as they leave it (commander 14.0.3's wording, pinned).
 */
import { Help, type Command } from 'commander';

const HEADINGS: Record<string, string> = {
  'Usage:': 'Penggunaan:',
  'Arguments:': 'Argumen:',
  'Options:': 'Opsi:',
  'Global Options:': 'Opsi global:',
  'Commands:': 'Perintah:',
};

const ERRORS: [RegExp, string][] = [
  [/^error: unknown option '(.+?)'/m, "galat: opsi tidak dikenal '$1'"],
  [/^error: unknown command '(.+?)'/m, "galat: perintah tidak dikenal '$1'"],
  [/\(Did you mean one of (.+)\?\)/, '(Maksud Anda salah satu dari $1?)'],
  [/\(Did you mean (.+)\?\)/, '(Maksud Anda $1?)'],
  [
    /^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+)\./m,
    "galat: nilai '$2' untuk opsi '$1' tidak sah. Pilihan: $3.",
  ],
  [/^error: option '(.+?)' argument missing/m, "galat: opsi '$1' perlu nilai"],
  [/^error: missing required argument '(.+?)'/m, "galat: argumen wajib '$1' tidak ada"],
  [
    /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./m,
    'galat: terlalu banyak argumen. Diharapkan $2, diterima $3.',
  ],
  [
    /^error: command-argument value '(.+?)' is invalid for argument '(.+?)'\. Allowed choices are (.+)\./m,
    "galat: nilai '$1' untuk argumen '$2' tidak sah. Pilihan: $3.",
  ],
  [/^error: /m, 'galat: '],
];

/** A commander error message in Indonesian (an unknown wording keeps commander's words after `galat:`). */
export function translateError(message: string): string {
  let out = message;
  for (const [re, to] of ERRORS) out = out.replace(re, to);
  return out;
}

/** Configures `program` (before its subcommands are added, so they inherit it) to speak Indonesian. */
export function speakIndonesian(program: Command): void {
  program.configureHelp({
    styleTitle: (title: string) => HEADINGS[title] ?? title,
    optionDescription: (option) =>
      Help.prototype.optionDescription
        .call(new Help(), option)
        .replace(/\(choices: /g, '(pilihan: ')
        .replace(/\bdefault: /g, 'bawaan: ')
        .replace(/, choices: /g, ', pilihan: '),
    argumentDescription: (argument) =>
      Help.prototype.argumentDescription
        .call(new Help(), argument)
        .replace(/\(choices: /g, '(pilihan: ')
        .replace(/\bdefault: /g, 'bawaan: '),
    subcommandTerm: (cmd) => Help.prototype.subcommandTerm.call(new Help(), cmd).replace(/\[options\]/g, '[opsi]'),
    commandUsage: (cmd) =>
      Help.prototype.commandUsage
        .call(new Help(), cmd)
        .replace(/\[options\]/g, '[opsi]')
        .replace(/\[command\]/g, '[perintah]'),
  });
}
