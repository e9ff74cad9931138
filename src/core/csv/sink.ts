import { makeFinding, type Finding, type FindingArgs, type FindingInput, type Kode } from '../findings.js';

/** Per file and kode the first `cap` findings are kept; the rest are counted (PRODUCT.md "Accounting"). */
export class FindingSink {
  readonly findings: Finding[] = [];
  private readonly perKode = new Map<Kode, number>();

  constructor(
    private readonly path: string,
    private readonly cap: number,
  ) {}

  add<K extends Kode>(kode: K, where: Omit<FindingInput, 'path'>, args: FindingArgs[K]): void {
    const n = (this.perKode.get(kode) ?? 0) + 1;
    this.perKode.set(kode, n);
    if (n <= this.cap) this.findings.push(makeFinding(kode, { path: this.path, ...where }, args));
  }

  /** The kept findings plus one TEMUAN_DIRINGKAS per kode that went over the cap. */
  finish(): Finding[] {
    for (const [kode, n] of this.perKode) {
      if (n > this.cap)
        this.findings.push(makeFinding('TEMUAN_DIRINGKAS', { path: this.path }, { kode_temuan: kode, jumlah: n - this.cap }));
    }
    return this.findings;
  }
}
