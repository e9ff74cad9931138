/**
 * `dokumen` as a function: the score of a workspace (with the rows' notes kept) and the employees whose
 * Dokumen Evaluasi Kinerja Pegawai is asked for — one NIP, a unit's subtree, or everyone scored. The
 * Dokumen is PermenPAN-RB 6/2022's form: under another rule pack it is refused (exit 2).
 */
import { countFindings, type FindingCounts } from '../core/findings.js';
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
  pegawai: PegawaiScore[];
  /** What the exit code follows: with a NIP, the findings that concern that employee or no one in particular. */
  scopedCounts: FindingCounts;
}

const t = (id: string, en: string) => ({ id, en });

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
  if (request.nip === undefined) return { ok: true, result, pegawai: result.pegawai, scopedCounts: result.scopedCounts };
  const p = findEmployee(result, request.nip);
  if (result.unitScope !== null && !result.pegawai.includes(p))
    throw new InputError(t(`NIP ${p.nip} tidak di unit ${result.unitScope}`, `NIP ${p.nip} is not in unit ${result.unitScope}`));
  // A finding about another employee, or another unit, does not fail this employee's document.
  const concerns = (f: { nip?: string; unit?: string }) =>
    f.unit !== undefined ? f.unit === p.unit : f.nip === undefined || f.nip === p.nip;
  const scopedCounts = countFindings([...result.temuan.filter(concerns), ...p.temuan]);
  return { ok: true, result: { ...result, pegawai: [p] }, pegawai: [p], scopedCounts };
}
