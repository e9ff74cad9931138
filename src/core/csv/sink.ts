import { makeFinding, type Finding, type FindingArgs, type FindingInput, type Kode } from '../findings.js';
import { cellAddress } from './cell-kind.js';

/** Per file and kode the first `cap` findings are kept; the rest are counted (PRODUCT.md "Accounting"). */
export class FindingSink {
  readonly findings: Finding[] = [];
  private readonly perKode = new Map<Kode, number>();

  /** `lembar`: the findings are a workbook sheet's, located by cell as well (`C12`). */
  constructor(
    private readonly path: string,
    private readonly cap: number,
    private readonly lembar?: string,
  ) {}

  add<K extends Kode>(kode: K, where: Omit<FindingInput, 'path'>, args: FindingArgs[K]): void {
    const n = (this.perKode.get(kode) ?? 0) + 1;
    this.perKode.set(kode, n);
    if (n <= this.cap) this.findings.push(makeFinding(kode, this.place(where), args));
  }

  private place(where: Omit<FindingInput, 'path'>): FindingInput {
    if (this.lembar === undefined) return { path: this.path, ...where };
    const sel = where.baris !== undefined && where.kolom !== undefined ? { sel: cellAddress(where.kolom, where.baris) } : {};
    return { path: this.path, lembar: this.lembar, ...sel, ...where };
  }

  /** The kept findings plus one TEMUAN_DIRINGKAS per kode that went over the cap. */
  finish(): Finding[] {
    for (const [kode, n] of this.perKode) {
      if (n > this.cap) this.findings.push(makeFinding('TEMUAN_DIRINGKAS', this.place({}), { kode_temuan: kode, jumlah: n - this.cap }));
    }
    return this.findings;
  }
}
