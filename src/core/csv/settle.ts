/**
 * After the last file of a session: the rows that repeat or contradict each other are decided as
 * groups, so that no outcome depends on the order of the rows (docs/keputusan.md, "Duplicated and
 * contradicting rows"; RULES.md §1 Determinism, §2.1, §2.5, §2.6).
 *
 * - Rows of one key sharing months (overlap.ts): when all have the same period and value(s), they are
 *   copies: the first in canonical order stands, each other is rejected (BARIS_TUMPANG_TINDIH naming
 *   the first). Otherwise every row of the group is rejected (BARIS_BERTENTANGAN) and none is counted.
 * - Penilaian rows setting one column for an employee and period (rating-ledger.ts): the same, per
 *   column (PENILAIAN_GANDA / PENILAIAN_BERTENTANGAN); a contradicted rating counts as not given.
 *
 * A row meeting a month an earlier row held was rejected as it was read. The others of a group — its
 * first, and in a chain rows read before the row joining them — were read as any row and were used
 * (inside P) or ignored (outside P); when their group disagrees they become rejected rows: their
 * file's counts move them to ditolak, and a used row is withdrawn from what the job collected.
 */
import type { Finding, FindingArgs, Kode } from '../findings.js';
import { isWithin, type Periode } from '../period.js';
import type { CsvCounts, SharedCsvState } from './row-checker.js';
import type { GroupRow } from './overlap.js';
import { RATING_COLUMNS, type RatingColumn, type RatingRow } from './rating-ledger.js';
import { FindingSink } from './sink.js';

/** A used row (or a penilaian row's column) that no longer counts: the job drops it from its collection. */
export type WithdrawnRow =
  | { peran: 'realisasi'; nip: string; indikator: string; file: number; line: number }
  | { peran: 'perilaku'; nip: string; file: number; line: number }
  /** `kolom`: the rating withdrawn; null: the whole row (its catatan), none of its columns standing. */
  | { peran: 'penilaian'; nip: string; file: number; line: number; kolom: RatingColumn | null };

/** What settling changes in one file's result. */
export interface FileSettlement {
  /** The findings of its rows' groups (capped per kode like every other). */
  findings: Finding[];
  /** Rows moved to ditolak from baris_dipakai and from baris_diabaikan. */
  fromUsed: number;
  fromIgnored: number;
  /** Per-file summaries (their `jumlah`) that counted an ignored row now rejected. */
  uncounted: Map<Kode, number>;
}

export interface Settlement {
  /** By file index in the session. */
  files: Map<number, FileSettlement>;
  withdrawn: WithdrawnRow[];
}

interface Late {
  file: number;
  line: number;
  kolom: string;
  nip: string;
  add: (sink: FindingSink, where: { baris: number; kolom?: number; nama_kolom: string; nip: string }) => void;
}

/** Decides the session's groups; pure (the session is only read). */
export function settleSession(session: SharedCsvState, periode: Periode | null): Settlement {
  const files = new Map<number, FileSettlement>();
  const withdrawn: WithdrawnRow[] = [];
  const late: Late[] = [];
  const fileOf = (i: number) => {
    let f = files.get(i);
    if (!f) files.set(i, (f = { findings: [], fromUsed: 0, fromIgnored: 0, uncounted: new Map() }));
    return f;
  };
  const at = <K extends Kode>(row: { file: number; line: number }, kolom: string, nip: string, kode: K, args: FindingArgs[K]) =>
    late.push({ ...row, kolom, nip, add: (sink, where) => sink.add(kode, where, args) });
  const source = (file: number) => session.paths[file]!;

  for (const group of session.overlap.groups()) {
    const { nip, other, label, rows } = group;
    const kunci = label === undefined ? `${nip} ${other}` : `${nip} ${other} ${label}`;
    const first = rows[0]!;
    const copies = rows.every(
      (r) =>
        r.periode.bulanAwal === first.periode.bulanAwal && r.periode.bulanAkhir === first.periode.bulanAkhir && r.digest === first.digest,
    );
    if (copies) {
      for (const r of rows.slice(1))
        at(r, 'periode', nip, 'BARIS_TUMPANG_TINDIH', {
          kunci,
          periode: r.periode.kode,
          path_pertama: source(first.file),
          baris_pertama: first.line,
        });
      continue;
    }
    for (const r of rows) {
      const named = rows.find((x) => x !== r && shareMonths(x, r))!;
      at(r, 'periode', nip, 'BARIS_BERTENTANGAN', {
        kunci,
        periode: r.periode.kode,
        jumlah: rows.length,
        path_lain: source(named.file),
        baris_lain: named.line,
      });
    }
    // A row that claimed did so last of its checks (RowContext.claimMonths): inside P it was used, else ignored.
    for (const r of rows) {
      if (!r.claimed) continue;
      const f = fileOf(r.file);
      const role = session.files[r.file]!.role;
      if (isWithin(r.periode, periode)) {
        f.fromUsed++;
        withdrawn.push(
          role === 'realisasi'
            ? { peran: 'realisasi', nip, indikator: other, file: r.file, line: r.line }
            : { peran: 'perilaku', nip, file: r.file, line: r.line },
        );
      } else {
        f.fromIgnored++;
        uncount(f, 'BARIS_DI_LUAR_PERIODE');
        // RowChecker.inPeriod: a 360° row outside P that holds all of P (PERILAKU_PERIODE_LEBIH_PANJANG).
        const p = r.periode;
        if (
          role === 'perilaku' &&
          periode &&
          p.tahun === periode.tahun &&
          p.bulanAwal <= periode.bulanAwal &&
          p.bulanAkhir >= periode.bulanAkhir
        )
          uncount(f, 'PERILAKU_PERIODE_LEBIH_PANJANG');
      }
    }
  }

  const lost = new Map<RatingRow, number>();
  for (const { nip, kolom, setters } of session.penilaian.repeated()) {
    const column = RATING_COLUMNS[kolom];
    const first = setters[0]!;
    if (setters.every((s) => s.value === first.value)) {
      for (const s of setters.slice(1))
        at(s, column, nip, 'PENILAIAN_GANDA', { kolom: column, path_pertama: source(first.file), baris_pertama: first.line });
      continue;
    }
    for (const s of setters) {
      const named = s === first ? setters[1]! : first;
      at(s, column, nip, 'PENILAIAN_BERTENTANGAN', {
        kolom: column,
        jumlah: setters.length,
        path_lain: source(named.file),
        baris_lain: named.line,
      });
    }
    // The first row gave this column; when it gave nothing else (and states no inovasi) it goes too.
    withdrawn.push({ peran: 'penilaian', nip, file: first.file, line: first.line, kolom });
    const n = (lost.get(first.row) ?? 0) + 1;
    lost.set(first.row, n);
    if (n === first.row.firsts && !first.row.inovasi) {
      fileOf(first.file).fromUsed++;
      withdrawn.push({ peran: 'penilaian', nip, file: first.file, line: first.line, kolom: null });
    }
  }

  // Each file's findings in row order, so that the cap keeps the first ones as it does while reading.
  late.sort((a, b) => a.file - b.file || a.line - b.line);
  for (let i = 0; i < late.length;) {
    const file = late[i]!.file;
    const info = session.files[file]!;
    const sink = new FindingSink(info.path, info.cap, info.lembar);
    for (; i < late.length && late[i]!.file === file; i++) {
      const x = late[i]!;
      const col = info.columns.get(x.kolom);
      x.add(sink, { baris: x.line, ...(col !== undefined ? { kolom: col + 1 } : {}), nama_kolom: x.kolom, nip: x.nip });
    }
    fileOf(file).findings = sink.finish();
  }
  return { files, withdrawn };
}

/** A file's result with its settlement applied: counts moved, findings added, summaries recounted. */
export function applySettlement<T extends { counts?: CsvCounts; findings: Finding[] }>(result: T, s: FileSettlement | undefined): T {
  if (!s) return result;
  const findings: Finding[] = [];
  for (const f of result.findings) {
    const less = s.uncounted.get(f.kode);
    if (less === undefined || f.baris !== undefined || typeof f.args.jumlah !== 'number') findings.push(f);
    else if (f.args.jumlah > less) findings.push({ ...f, args: { ...f.args, jumlah: f.args.jumlah - less } });
  }
  findings.push(...s.findings);
  const c = result.counts;
  const counts = c && {
    baris_dibaca: c.baris_dibaca,
    baris_dipakai: c.baris_dipakai - s.fromUsed,
    baris_ditolak: c.baris_ditolak + s.fromUsed + s.fromIgnored,
    baris_diabaikan: c.baris_diabaikan - s.fromIgnored,
  };
  return { ...result, findings, ...(counts ? { counts } : {}) };
}

function uncount(f: FileSettlement, kode: Kode): void {
  f.uncounted.set(kode, (f.uncounted.get(kode) ?? 0) + 1);
}

function shareMonths(a: GroupRow, b: GroupRow): boolean {
  return a.periode.bulanAwal <= b.periode.bulanAkhir && b.periode.bulanAwal <= a.periode.bulanAkhir;
}
