/** Rules over unit-kerja and tim-kerja files: unique ids, known parents, no cycles, valid NIPs. */
import { closestKey } from '../closest.js';
import { makeFinding, type Finding } from '../findings.js';
import type { NipCheckOptions } from '../nip.js';
import { nipFindings } from './nip-findings.js';
import { ptr, type DocOf } from './types.js';

export interface UnitEntry {
  id: string;
  induk?: string;
  path: string;
  jalur: string;
}

/** Units of all unit-kerja files, first occurrence of each id wins. */
export function collectUnits(docs: readonly DocOf<'unit-kerja'>[], out: Finding[], nipOptions: NipCheckOptions): Map<string, UnitEntry> {
  const units = new Map<string, UnitEntry>();
  for (const doc of docs) {
    doc.data.unit.forEach((u, i) => {
      const jalur = ptr('unit', i);
      const first = units.get(u.id);
      if (first) {
        out.push(
          makeFinding(
            'UNIT_GANDA',
            { path: doc.path, jalur: `${jalur}/id` },
            { id: u.id, path_pertama: first.path, jalur_pertama: `${first.jalur}/id` },
          ),
        );
        return;
      }
      units.set(u.id, { id: u.id, ...(u.induk !== undefined ? { induk: u.induk } : {}), path: doc.path, jalur });
      if (u.pimpinan !== undefined) nipFindings(u.pimpinan, { path: doc.path, jalur: `${jalur}/pimpinan` }, nipOptions, out);
    });
  }
  for (const unit of units.values()) {
    if (unit.induk !== undefined && !units.has(unit.induk)) {
      out.push(
        makeFinding(
          'INDUK_TIDAK_DIKENAL',
          { path: unit.path, jalur: `${unit.jalur}/induk` },
          { id: unit.id, induk: unit.induk, saran: closestKey(unit.induk, units) },
        ),
      );
    }
  }
  reportCycles(units, out);
  return units;
}

/** Cycles up to this many units are shown whole in every member's finding; longer ones by a window. */
const MAX_CYCLE_SHOWN = 12;
const CYCLE_WINDOW = 10;

function reportCycles(units: Map<string, UnitEntry>, out: Finding[]): void {
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of units.keys()) {
    const chain: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && units.has(id) && state.get(id) !== 'done') {
      if (state.get(id) === 'visiting') {
        // Every member's induk is reported (any of them may be the wrong one), each time with the
        // cycle starting at the member that sorts first, so findings do not depend on file order.
        const cycle = chain.slice(chain.indexOf(id));
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
        // A long cycle (20,000 units in one ring held 400 million ids and aborted the process) is shown
        // from each member along its induk chain, the rest counted.
        cycle.forEach((member, i) => {
          const at = units.get(member)!;
          const args =
            cycle.length <= MAX_CYCLE_SHOWN
              ? { id: member, siklus: [...ordered, ordered[0]!] }
              : {
                  id: member,
                  siklus: [...cycle.slice(i, i + CYCLE_WINDOW), ...cycle.slice(0, Math.max(0, i + CYCLE_WINDOW - cycle.length))],
                  lainnya: cycle.length - CYCLE_WINDOW,
                };
          out.push(makeFinding('UNIT_SIKLUS', { path: at.path, jalur: `${at.jalur}/induk` }, args));
        });
        break;
      }
      state.set(id, 'visiting');
      chain.push(id);
      id = units.get(id)!.induk;
    }
    for (const c of chain) state.set(c, 'done');
  }
}

export function checkTim(docs: readonly DocOf<'tim-kerja'>[], out: Finding[], nipOptions: NipCheckOptions): void {
  const seen = new Map<string, { path: string; jalur: string }>();
  for (const doc of docs) {
    doc.data.tim.forEach((t, i) => {
      const jalur = ptr('tim', i);
      const first = seen.get(t.id);
      if (first)
        out.push(
          makeFinding(
            'TIM_GANDA',
            { path: doc.path, jalur: `${jalur}/id` },
            { id: t.id, path_pertama: first.path, jalur_pertama: first.jalur },
          ),
        );
      else seen.set(t.id, { path: doc.path, jalur: `${jalur}/id` });
      const members = new Set<string>();
      const visit = (raw: string, at: string) => {
        const nip = nipFindings(raw, { path: doc.path, jalur: at }, nipOptions, out);
        if (nip === undefined) return;
        if (members.has(nip)) out.push(makeFinding('TIM_ANGGOTA_GANDA', { path: doc.path, jalur: at, nip }, { id: t.id, nip }));
        members.add(nip);
      };
      visit(t.ketua, `${jalur}/ketua`);
      t.anggota?.forEach((a, j) => visit(a, `${jalur}/anggota/${j}`));
    });
  }
}

/** The candidate nearest to `value` by edit distance, when it is close enough to be a typo. */
