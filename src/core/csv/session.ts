/**
 * The state the CSV files of one workspace share while they are read in canonical order: overlaps
 * are found across files and a penilaian row can be a duplicate of one in another file.
 */
import { OverlapTracker } from './overlap.js';
import type { SharedCsvState } from './row-checker.js';

export function createCsvSession(): SharedCsvState {
  return { overlap: new OverlapTracker(), paths: [], penilaian: new Map() };
}
