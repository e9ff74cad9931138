/**
 * `dokumen` as a function: the score of a workspace (with the rows' notes kept) and the employees whose
 * Dokumen Evaluasi Kinerja Pegawai is asked for — one NIP, a unit's subtree, or everyone scored. The
 * Dokumen is PermenPAN-RB 6/2022's form: under another rule pack it is refused (exit 2).
 */
import { countFindings, type FindingCounts } from '../core/findings.js';
import { normalizeNip } from '../core/nip.js';
import type { PegawaiScore } from '../core/score/index.js';
import { UsageError, InputError } from '../errors.js';
import { findEmployee, scoreWorkspace, type ScoreRefused, type ScoreRequest, type ScoreResult } from './score.js';

export interface DokumenRequest extends Omit<ScoreRequest, 'catatan'> {
  /** One employee (spaces ignored); else everyone in scope. */
  nip?: string;
}

export interface DokumenResult {
  ok: true;
  result: ScoreResult;
  /** The employees to write a Dokumen for, in the report's order. */
  pegawai: Pegawai6[];
  /** What the exit code follows: with a NIP, the findings that concern that employee or no one in particular. */
  scopedCounts: FindingCounts;
  /**
   * SKP files with errors that name no one scored (unreadable, `pegawai` not a map, another year's by
   * mistake): no Dokumen can come from them, and the run says which. Empty with `--nip` or `--unit`.
   */
  skpTanpaDokumen: string[];
}

const t = (id: string, en: string) => ({ id, en });

/** The NIP an SKP (valid or not) is about, when it can be read. */
function ownerOf(data: unknown): string | undefined {
  const nip = (data as { pegawai?: { nip?: unknown } } | null)?.pegawai?.nip;
  return typeof nip === 'string' ? normalizeNip(nip) : undefined;
}

export async function dokumenWorkspace(request: DokumenRequest): Promise<DokumenResult | ScoreRefused> {
  const result = await scoreWorkspace({ ...request, catatan: true });
  if (!result.ok) return result;
  // Every pack but 6/2022 is refused (the legacy packs compute no predikat matrix, kurva or ratings).
  const pack: string = result.pack.id;
  if (pack !== 'permenpan-rb-6-2022')
    throw new UsageError(
      t(
        `Dokumen Evaluasi Kinerja Pegawai adalah format PermenPAN-RB 6/2022; metode ${pack} tidak memakainya. Gunakan score untuk hasilnya.`,
        `The Dokumen Evaluasi Kinerja Pegawai is PermenPAN-RB 6/2022's form; rule pack ${pack} has none. Use score for its results.`,
      ),
    );
  if (request.nip === undefined) {
    // Nothing to sign is not an empty file: say so (exit 2), as an unknown unit does.
    if (result.pegawai.length === 0)
      throw new InputError(
        result.unitScope !== null
          ? t(
              `tidak ada pegawai yang dinilai di unit ${result.unitScope} untuk ${result.periode.kode}`,
              `no employee is scored in unit ${result.unitScope} for ${result.periode.kode}`,
            )
          : t(`tidak ada pegawai yang dinilai untuk ${result.periode.kode}`, `no employee is scored for ${result.periode.kode}`),
      );
    const pegawai = result.pegawai.filter(is6);
    const covered = new Set(pegawai.flatMap((p) => [p.path, ...p.skp.map((s) => s.path)]));
    const skpTanpaDokumen =
      result.unitScope === null ? result.docs.filter((d) => d.kind === 'skp' && !d.valid && !covered.has(d.path)).map((d) => d.path) : [];
    return { ok: true, result, pegawai, scopedCounts: result.scopedCounts, skpTanpaDokumen };
  }
  const p = findEmployee(result, request.nip);
  if (result.unitScope !== null && !result.pegawai.includes(p))
    throw new InputError(t(`NIP ${p.nip} tidak di unit ${result.unitScope}`, `NIP ${p.nip} is not in unit ${result.unitScope}`));
  // A finding about another employee — by NIP, or in another employee's SKP — or about another unit
  // does not fail this employee's document; one about no one in particular (a broken CSV file) does.
  const otherSkps = new Set(result.docs.filter((d) => d.kind === 'skp' && ownerOf(d.data) !== p.nip).map((d) => d.path));
  const concerns = (f: { nip?: string; unit?: string; path: string }) =>
    f.nip !== undefined ? f.nip === p.nip : f.unit !== undefined ? f.unit === p.unit : !otherSkps.has(f.path);
  const scopedCounts = countFindings([...result.temuan.filter(concerns), ...p.temuan]);
  return { ok: true, result: { ...result, pegawai: [p] }, pegawai: [p].filter(is6), scopedCounts, skpTanpaDokumen: [] };
}

/** The Dokumen is 6/2022's: after the refusal above every result is that pack's. */
type Pegawai6 = Extract<PegawaiScore, { metode: 'permenpan-rb-6-2022' }>;
const is6 = (p: PegawaiScore): p is Pegawai6 => p.metode === 'permenpan-rb-6-2022';
