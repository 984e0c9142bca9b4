/**
 * The one loader of the shared data file every benchmark uses: the full UPR Info export
 * (41,066 rows, sessions 1–20) from ../shared/data or $UPR_SHARED_DATA. Never copied into the
 * repository; when it is absent the benchmarks are skipped.
 */
import fs from 'node:fs';
import path from 'node:path';

export const SHARED_DATA_DIR = path.resolve(process.env.UPR_SHARED_DATA ?? path.join(import.meta.dirname, '../../../shared/data'));
export const LIBRARY_RELATIVE = 'upr_info_sessions01-20/upr_recommendations_sessions01-20.csv.gz';

export interface LibraryFile {
  path: string;
  fileName: string;
  bytes: Uint8Array;
}

let cached: LibraryFile | null | undefined;

/** The library file, read once per process; null (with the reason in `missingReason`) when absent. */
export function loadLibraryFile(): LibraryFile | null {
  if (cached !== undefined) return cached;
  const file = path.join(SHARED_DATA_DIR, LIBRARY_RELATIVE);
  cached = fs.existsSync(file) ? { path: file, fileName: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)) } : null;
  return cached;
}

export function missingReason(): string {
  return `${path.join(SHARED_DATA_DIR, LIBRARY_RELATIVE)} not found (set UPR_SHARED_DATA to the shared/data folder)`;
}
