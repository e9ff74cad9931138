/**
 * The state the CSV files of one workspace share while they are read in canonical order: overlaps
 * are found across files and a penilaian row can repeat one in another file. settle.ts decides them
 * after the last file.
 */
import { OverlapTracker } from './overlap.js';
import { RatingLedger } from './rating-ledger.js';
import type { SharedCsvState } from './row-checker.js';

export function createCsvSession(): SharedCsvState {
  return { overlap: new OverlapTracker(), paths: [], files: [], penilaian: new RatingLedger() };
}
