/**
 * The real public data of ../shared/data (SOURCES.md), used by tests and benchmarks but never
 * copied into the repository. Tests that need it are skipped, with a message, when it is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';

export const SHARED_DATA_DIR = path.resolve(process.env.UPR_SHARED_DATA ?? path.join(import.meta.dirname, '../../shared/data'));

/** The absolute path of a shared data file (relative to shared/data), or null when it is missing. */
export function sharedDataFile(relative: string): string | null {
  const file = path.join(SHARED_DATA_DIR, relative);
  if (fs.existsSync(file)) return file;
  console.warn(`skipping: shared data file ${file} not found (set UPR_SHARED_DATA to the shared/data folder)`);
  return null;
}

/** One row of the UPR Info recommendations export (upr_recommendations_sessions01-20.csv.gz), as strings. */
export interface UprInfoRow {
  rec_id: string;
  cycle: string;
  session: string;
  sur_iso3: string;
  rs_iso3: string;
  recommendation: string;
  response_upr_info: string;
  response: string;
  action_category: string;
  issues: string;
}

let uprInfoRows: UprInfoRow[] | null | undefined;

/** All rows of the UPR Info export in file order (parsed once per worker), or null when the file is missing. */
export function readUprInfoRows(): UprInfoRow[] | null {
  if (uprInfoRows !== undefined) return uprInfoRows;
  const file = sharedDataFile('upr_info_sessions01-20/upr_recommendations_sessions01-20.csv.gz');
  uprInfoRows = file ? (parseCsv(gunzipSync(fs.readFileSync(file)), { columns: true }) as UprInfoRow[]) : null;
  return uprInfoRows;
}

/** Every `step`-th row from `offset`, at most `limit` rows: a deterministic sample. */
export function everyNthRow<T>(rows: readonly T[], step: number, limit: number, offset = 0): T[] {
  const out: T[] = [];
  for (let i = offset; i < rows.length && out.length < limit; i += step) out.push(rows[i] as T);
  return out;
}
