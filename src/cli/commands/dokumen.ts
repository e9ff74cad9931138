/** `asn-kinerja dokumen [WORKSPACE]`: the Dokumen Evaluasi Kinerja Pegawai, as PDF (default) or print-ready HTML. */
import { getExitCode } from '../../core/exit-code.js';
import { FINDING_CAP } from '../../constants.js';
import { dokumenWorkspace } from '../../engine/dokumen.js';
import { buildScoreReport } from '../../report/score/index.js';
import { buildDokumen, DOKUMEN_FORMATS, type DokumenReport } from '../../report/dokumen/index.js';
import { DOKUMEN_FORMAT_NAMES, type DokumenFormat } from '../../report/names.js';
import { UsageError } from '../../errors.js';
import { PLAIN } from '../../report/style.js';
import { chooseFormat, emit } from '../output.js';
import type { CliContext } from '../context.js';
import { formatOptions, readOptions, type GlobalOptions } from '../options.js';
import { reportUnusableConfig } from '../unusable-config.js';
import { progressReporter } from '../progress.js';
import { loadPdfFonts } from '../../io/pdf-fonts.js';
import { visible } from '../../report/safe-text.js';

export interface DokumenOptions extends GlobalOptions {
  nip?: string;
  unit?: string;
  periode?: string;
  format?: DokumenFormat;
  output?: string;
  tanggal?: string;
  strict?: boolean;
}

/** A real calendar date, yyyy-mm-dd. */
function checkTanggal(raw: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3]))
    throw new UsageError({
      id: `--tanggal harus tanggal yyyy-mm-dd, mis. 2027-01-15 (bukan ${raw})`,
      en: `--tanggal must be a yyyy-mm-dd date, e.g. 2027-01-15 (not ${raw})`,
    });
  return raw.trim();
}

export async function runDokumen(workspace: string | undefined, opts: DokumenOptions, ctx: CliContext): Promise<number> {
  const format = chooseFormat('dokumen', opts.format, opts.output, DOKUMEN_FORMAT_NAMES, 'pdf', ctx);
  const tanggal = opts.tanggal !== undefined ? checkTanggal(opts.tanggal) : undefined;
  const fmt = { ...formatOptions(opts, ctx, ctx.stdout), style: PLAIN };
  const progress = progressReporter(ctx.stderr);
  const done = await dokumenWorkspace({
    ...readOptions(opts, ctx),
    ...(workspace !== undefined ? { workspace } : {}),
    ...(opts.periode !== undefined ? { periode: opts.periode } : {}),
    ...(opts.unit !== undefined ? { unit: opts.unit } : {}),
    ...(opts.nip !== undefined ? { nip: opts.nip } : {}),
    ...(opts.output !== undefined && opts.output !== '-' ? { output: opts.output } : {}),
    findingCap: FINDING_CAP,
    onProgress: progress,
    onFileDone: () => progress.done(),
  });
  if (!done.ok) return reportUnusableConfig(done.configReport, opts, ctx);
  const { result } = done;
  const score = buildScoreReport(result, fmt.lang);
  const report: DokumenReport = {
    dokumen: buildDokumen(result, score.laporan, done.pegawai, tanggal !== undefined ? { tanggal } : {}),
    versiAlat: result.versiAlat,
    metode: score.metode,
    ...(format === 'pdf' ? { fonts: loadPdfFonts() } : {}),
  };
  const out = await DOKUMEN_FORMATS[format](report, fmt);
  await emit(out, opts.output, ctx);
  if (!opts.quiet) {
    const n = report.dokumen.length;
    const tanpa = report.dokumen.filter((d) => d.predikat === null).length;
    const where = opts.output !== undefined && opts.output !== '-' ? ` → ${opts.output}` : '';
    ctx.stderr.write(
      fmt.lang === 'id'
        ? `${n} dokumen${tanpa > 0 ? ` (${tanpa} tanpa predikat: lihat asn-kinerja score)` : ''}${where}\n`
        : `${n} document(s)${tanpa > 0 ? ` (${tanpa} without a predikat: see asn-kinerja score)` : ''}${where}\n`,
    );
  }
  // Said even with --quiet: an employee may be missing from the pile to sign.
  for (const path of done.skpTanpaDokumen)
    ctx.stderr.write(
      fmt.lang === 'id'
        ? `tanpa dokumen: ${visible(path)} tidak dapat dibaca sebagai SKP (lihat asn-kinerja validate)\n`
        : `no document: ${visible(path)} cannot be read as an SKP (see asn-kinerja validate)\n`,
    );
  return getExitCode({ counts: done.scopedCounts, strict: fmt.strict });
}
