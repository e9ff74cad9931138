/**
 * RULES.md §2.6: the penilaian rows of one employee and period, per rating column, across the files of
 * a session. Each row is recorded as it is read; settle.ts decides each column once the last file is
 * read: rows that agree are one rating (the first row gives it, the others repeat it), rows that
 * disagree give none. Bounded by employees, not rows of data: at most a few rows each.
 */

/** The columns a penilaian row can set (the legacy packs' nilai_perilaku too). */
export type RatingColumn = 'hk' | 'perilaku' | 'nilai';

export const RATING_COLUMNS = { hk: 'rating_hasil_kerja', perilaku: 'rating_perilaku', nilai: 'nilai_perilaku' } as const;

/** A row that was the first to set some column: it stays used while one of those columns (or its inovasi) stands. */
export interface RatingRow {
  file: number;
  line: number;
  /** How many columns it is the first to set. */
  firsts: number;
  /** It states inovasi, which is its own statement, never a duplicate (so the row stays used). */
  inovasi: boolean;
}

export interface RatingSetter {
  file: number;
  line: number;
  value: string | number;
  row: RatingRow;
}

/** The rows setting one column for one employee and period, in canonical order. */
export interface RatingColumnRows {
  nip: string;
  kolom: RatingColumn;
  setters: RatingSetter[];
}

export class RatingLedger {
  private readonly byKey = new Map<string, { nip: string; columns: Partial<Record<RatingColumn, RatingSetter[]>> }>();

  /**
   * A row's ratings for (nip, periode), in canonical order; returns the columns it is the first to
   * set. The other columns are repeats of an earlier row, or contradict it (settle.ts tells which).
   */
  record(
    nip: string,
    periode: string,
    file: number,
    line: number,
    set: Partial<Record<RatingColumn, string | number>>,
    inovasi: boolean,
  ): RatingColumn[] {
    const key = `${nip}|${periode}`;
    let entry = this.byKey.get(key);
    if (!entry) this.byKey.set(key, (entry = { nip, columns: {} }));
    const row: RatingRow = { file, line, firsts: 0, inovasi };
    const firsts: RatingColumn[] = [];
    for (const kolom of ['hk', 'perilaku', 'nilai'] as const) {
      const value = set[kolom];
      if (value === undefined) continue;
      const setters = entry.columns[kolom];
      if (setters) setters.push({ file, line, value, row });
      else {
        entry.columns[kolom] = [{ file, line, value, row }];
        firsts.push(kolom);
      }
    }
    row.firsts = firsts.length;
    return firsts;
  }

  /** Every column set by two or more rows. */
  *repeated(): Generator<RatingColumnRows> {
    for (const { nip, columns } of this.byKey.values())
      for (const kolom of ['hk', 'perilaku', 'nilai'] as const) {
        const setters = columns[kolom];
        if (setters && setters.length > 1) yield { nip, kolom, setters };
      }
  }
}
