/**
 * The unit hierarchy of a workspace (`unit-kerja` files): one place for the walks every job needs —
 * a unit's subtree, the units an employee's unit lies under, a unit's depth. Cycles are cut (validate
 * reports them as UNIT_SIKLUS); an unknown `induk` ends the walk.
 */
import type { UnitKerja } from '../types/generated/unit-kerja.js';

/** A unit as the unit list (`kind: unit-kerja`) defines it (type generated from its schema). */
export type UnitNode = UnitKerja['unit'][number];

export class UnitTree<U extends UnitNode = UnitNode> {
  private readonly byId = new Map<string, U>();
  private readonly children = new Map<string, U[]>();
  private readonly subtrees = new Map<string, string[]>();

  constructor(readonly units: readonly U[]) {
    // A duplicated id (UNIT_GANDA) resolves to its last definition, as it always has.
    for (const u of units) this.byId.set(u.id, u);
    for (const u of units) {
      if (u.induk === undefined) continue;
      const list = this.children.get(u.induk) ?? [];
      list.push(u);
      this.children.set(u.induk, list);
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): U | undefined {
    return this.byId.get(id);
  }

  /** The unit and every unit below it, breadth-first in unit-list order (the root first). */
  subtree(id: string): string[] {
    const cached = this.subtrees.get(id);
    if (cached) return cached;
    const out = [id];
    const seen = new Set(out);
    for (let i = 0; i < out.length; i++) {
      for (const child of this.children.get(out[i]!) ?? []) {
        if (seen.has(child.id)) continue;
        seen.add(child.id);
        out.push(child.id);
      }
    }
    this.subtrees.set(id, out);
    return out;
  }

  /** The unit itself and the known units above it, nearest first (empty for an unknown unit). */
  ancestors(id: string): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    for (let cur: string | undefined = id; cur !== undefined && this.byId.has(cur) && !seen.has(cur); cur = this.byId.get(cur)!.induk) {
      seen.add(cur);
      out.push(cur);
    }
    return out;
  }

  /** How many known units lie above this one (a cycle counted once round). */
  depth(unit: U): number {
    let d = 0;
    const seen = new Set<string>();
    for (let p = unit.induk; p !== undefined && this.byId.has(p) && !seen.has(p); p = this.byId.get(p)!.induk) {
      seen.add(p);
      d++;
    }
    return d;
  }
}
