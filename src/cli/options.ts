import { Chalk } from 'chalk';
import type { Lang } from '../i18n/messages.js';
import { PLAIN, type Style } from '../report/style.js';
import type { CliContext, OutStream } from './context.js';
import { UsageError } from '../errors.js';
import type { ReadOptions } from '../engine/options.js';
import type { FormatOptions } from '../report/format.js';

export interface GlobalOptions {
  lang?: string;
  color?: boolean;
  quiet?: boolean;
  config?: string;
  delimiter?: string;
  desimal?: string;
  batasUkuran?: string;
}

/** --lang, else the first non-empty of LC_ALL, LC_MESSAGES, LANG: `en…` gives en, anything else id. */
export function resolveLang(flag: string | undefined, env: CliContext['env']): Lang {
  if (flag !== undefined) {
    if (flag === 'id' || flag === 'en') return flag;
    throw new UsageError({ id: `--lang harus id atau en, bukan '${flag}'`, en: `--lang must be id or en, not '${flag}'` });
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** Colour only on a TTY, honouring --no-color, NO_COLOR and FORCE_COLOR. */
export function resolveStyle(stream: OutStream, colorFlag: boolean | undefined, env: CliContext['env']): Style {
  let on: boolean;
  if (colorFlag === false) on = false;
  else if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') on = false;
  else if (env.FORCE_COLOR !== undefined) on = env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  else on = stream.isTTY === true;
  if (!on) return PLAIN;
  const c = new Chalk({ level: 1 });
  return { error: c.red, warning: c.yellow, info: c.cyan, ok: c.green, dim: c.dim, bold: c.bold };
}

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i;
const UNIT: Record<string, number> = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

export function parseSize(raw: string): number {
  const m = SIZE.exec(raw.trim());
  if (!m)
    throw new UsageError({ id: `--batas-ukuran tidak sah: '${raw}' (contoh: 200MB)`, en: `invalid --batas-ukuran: '${raw}' (e.g. 200MB)` });
  return Math.floor(Number(m[1]) * UNIT[(m[2] ?? 'b').toLowerCase()]!);
}

export function parseDelimiter(raw: string | undefined): ';' | ',' | '\t' | undefined {
  if (raw === undefined) return undefined;
  if (raw === ';' || raw === ',') return raw;
  if (raw === 'tab' || raw === '\t') return '\t';
  throw new UsageError({ id: `--delimiter harus ; , atau tab, bukan '${raw}'`, en: `--delimiter must be ; , or tab, not '${raw}'` });
}

export function parseDesimal(raw: string | undefined): 'koma' | 'titik' | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'koma' || raw === 'titik') return raw;
  throw new UsageError({ id: `--desimal harus koma atau titik, bukan '${raw}'`, en: `--desimal must be koma or titik, not '${raw}'` });
}

/** The global flags as the engine reads them. */
export function readOptions(opts: GlobalOptions, ctx: CliContext): ReadOptions {
  const delimiter = parseDelimiter(opts.delimiter);
  const desimal = parseDesimal(opts.desimal);
  return {
    cwd: ctx.cwd,
    // Only a given --batas-ukuran is passed on: without it YAML files keep their lower default.
    ...(opts.batasUkuran !== undefined ? { sizeLimit: parseSize(opts.batasUkuran) } : {}),
    ...(opts.config !== undefined ? { configPath: opts.config } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(desimal ? { desimal } : {}),
  };
}

/** What every formatter is told: language, colour for the stream it goes to, quiet, strict, CSV delimiter. */
export function formatOptions(
  opts: GlobalOptions & { strict?: boolean; outputDelimiter?: string },
  ctx: CliContext,
  stream: OutStream,
): FormatOptions {
  const lang = resolveLang(opts.lang, ctx.env);
  const delimiter = opts.outputDelimiter ?? (lang === 'id' ? ';' : ',');
  if (delimiter !== ';' && delimiter !== ',')
    throw new UsageError({ id: `--output-delimiter harus ; atau ,`, en: `--output-delimiter must be ; or ,` });
  return { lang, style: resolveStyle(stream, opts.color, ctx.env), quiet: opts.quiet ?? false, strict: opts.strict ?? false, delimiter };
}
