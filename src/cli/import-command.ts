/**
 * `upr-advocate import recommendations FILE [--org ID|NAME] [--skip-bad-rows] [--format text|json]`:
 * loads a UPR Info export or an OHCHR thematic list (CSV, or the .docx matrix itself) into the
 * instance-wide library (or into one organisation with --org), showing progress on stderr and the
 * result on stdout.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  importRecommendations,
  resolveOperatorOrganisation,
  type ImportActor,
  type ImportProgress,
  type ImportRecommendationsResult,
} from '../server/app/import-recommendations.js';
import { loadConfig } from '../server/config.js';
import { positionWord } from '../server/import/read-records.js';
import { openDeps } from '../server/create-server.js';
import { UsageError, writeJson } from './output.js';

export interface ImportCommandOptions {
  data?: string;
  org?: string;
  skipBadRows?: boolean;
  format: 'text' | 'json';
}

const PROGRESS_INTERVAL_MS = 500;
const number = (n: number) => n.toLocaleString('en-US');

function readInput(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${reason}. Give the path of a .csv, .csv.gz, .xlsx or .json export, or of an OHCHR .docx matrix.`);
  }
}

/** A progress line on stderr at most every PROGRESS_INTERVAL_MS, and always at the end of a phase. */
export function progressPrinter(write: (line: string) => void, now: () => number = () => performance.now()) {
  let last = -Infinity;
  let lastPhase = '';
  return (p: ImportProgress) => {
    const t = now();
    if (p.phase === lastPhase && p.phase !== 'done' && t - last < PROGRESS_INTERVAL_MS) return;
    last = t;
    lastPhase = p.phase;
    const verb = p.phase === 'reading' ? 'read' : p.phase === 'writing' ? 'written' : 'done:';
    const what = p.phase === 'writing' ? 'recommendations' : 'rows';
    write(`${verb} ${number(p.rows)} ${what} (${number(p.rowsPerSecond)}/s)\n`);
  };
}

export function resultAsText(result: ImportRecommendationsResult, where: string): string {
  const lines = [
    `Imported ${result.fileName}`,
    `  into:                   ${where}`,
    `  rows read:              ${number(result.rowsRead)} (${result.scheme}, ${result.format})`,
    `  recommendations:        ${number(result.recommendationsInFile)} in the file, ${number(result.recommendationsAdded)} added, ${number(result.duplicates)} already there`,
    `  recommending States:    ${number(result.statesAdded)} added`,
    `  issue tags:             ${number(result.issuesAdded)} added`,
  ];
  if (result.skippedCount > 0) {
    lines.push(`  skipped bad rows:       ${number(result.skippedCount)}`);
    // Lines of a CSV, rows of a spreadsheet or Word table, items of JSON: as the file's own editor counts them.
    for (const bad of result.skipped) lines.push(`    ${positionWord(result.format)} ${bad.line}: ${bad.reason}`);
    if (result.skipped.length < result.skippedCount) lines.push(`    … and ${number(result.skippedCount - result.skipped.length)} more`);
  }
  if (result.warnings.length > 0) {
    lines.push(`  warnings:               ${result.warnings.length}`);
    for (const warning of result.warnings) lines.push(`    ${warning}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function importRecommendationsCommand(file: string, options: ImportCommandOptions): Promise<void> {
  if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`--format must be text or json, not "${String(options.format)}".`);
  const bytes = readInput(file);
  const { deps, handle } = await openDeps({ config: loadConfig({ dataDir: options.data }) });
  try {
    let actor: ImportActor = 'library';
    let where = 'the library (visible to every organisation)';
    if (options.org !== undefined) {
      const org = await resolveOperatorOrganisation(deps, options.org);
      actor = { operator: true, orgId: org.id };
      where = `organisation "${org.name}" (${org.id})`;
    }
    const onProgress = progressPrinter((line) => process.stderr.write(line));
    const result = await importRecommendations(deps, actor, { fileName: path.basename(file), bytes, skipBadRows: options.skipBadRows ?? false, onProgress });
    if (options.format === 'json') writeJson(result);
    else process.stdout.write(resultAsText(result, where));
  } finally {
    await handle.close();
  }
}
