/**
 * `upr-advocate outcome parse FILE [--format text|json] [--responses ADD1_FILE]`: the
 * recommendations of a Working Group report (.txt, .docx, .pdf) or an OHCHR matrix (.docx, .csv, .xlsx) with their recommending States,
 * and with --responses the State's responses from the addendum. Prints the same preview the web
 * app shows; the parser's doubts are warnings (stderr in text mode, in the document in json
 * mode) and do not fail the command. Reads only the reference data: no database is opened.
 */
import fs from 'node:fs';
import { parseOutcome } from '../server/app/outcome-parse.js';
import { loadReferenceData } from '../server/reference/load-reference-data.js';
import { createStateRegistry } from '../server/reference/state-registry.js';
import type { OutcomeParseDto, OutcomeWarningDto } from '../shared/contracts/outcome.js';
import { UsageError, writeJson } from './output.js';

export interface OutcomeParseOptions {
  format: 'text' | 'json';
  responses?: string;
  /** Accepted as by every command; the parser needs no database. */
  data?: string;
}

const TEXT_WIDTH = 72;

function readInput(file: string, what: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${reason}. Give the path of the ${what} as .txt, .docx or .pdf.`);
  }
}

function shorten(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** ISO3 codes that fit in `width`, the rest counted: "DZA CPV PRY SSD LKA +3". */
function statesCell(codes: readonly string[], width: number): string {
  const all = codes.join(' ');
  if (all.length <= width) return all;
  let shown = 0;
  while (shown < codes.length && codes.slice(0, shown + 1).join(' ').length + ` +${codes.length - shown - 1}`.length <= width) shown++;
  return `${codes.slice(0, shown).join(' ')} +${codes.length - shown}`;
}

function warningLine(w: OutcomeWarningDto): string {
  const where = [w.source === 'responses' ? 'addendum' : '', w.line > 0 ? `line ${w.line}` : ''].filter(Boolean).join(' ');
  return `warning [${w.code}]${where ? ` ${where}` : ''}: ${w.message}`;
}

/** A table a person reads: number (with "?" when to be checked), response, States, start of the text. */
export function outcomeAsText(result: OutcomeParseDto): string {
  const recs = result.recommendations;
  const paraWidth = Math.max(4, ...recs.map((r) => r.paragraph.length + 1));
  const statesWidth = Math.min(24, Math.max(6, ...recs.map((r) => r.recommendingStates.join(' ').length)));
  const withResponses = result.responses !== undefined || recs.some((r) => r.response !== null);
  const header = [
    'Para'.padEnd(paraWidth),
    ...(withResponses ? ['Response'.padEnd(19)] : []),
    'States'.padEnd(statesWidth),
    'Recommendation',
  ];
  const lines = [header.join('  ')];
  for (const r of recs) {
    const states =
      r.recommendingStates.length > 0 ? statesCell(r.recommendingStates, statesWidth) : r.rawStates.length > 0 ? '(unknown)' : '—';
    lines.push(
      [
        `${r.paragraph}${r.confidence === 'low' ? '?' : ''}`.padEnd(paraWidth),
        ...(withResponses ? [(r.response ?? '—').padEnd(19)] : []),
        states.padEnd(statesWidth),
        shorten(r.text, TEXT_WIDTH),
      ].join('  '),
    );
  }
  const toCheck = recs.filter((r) => r.confidence === 'low').length;
  lines.push('', `${recs.length} recommendation${recs.length === 1 ? '' : 's'}; ${toCheck} to check (marked "?").`);
  for (const lead of result.leadIns) lines.push(`  paragraph ${lead.paragraph}: ${lead.count} ${lead.position ?? 'position not stated'}`);
  if (result.responses) {
    const count = (response: string) => result.responses!.items.filter((i) => i.response === response).length;
    const stated = result.responses.stated
      ? ` (the addendum says ${result.responses.stated.supported} supported, ${result.responses.stated.noted} noted)`
      : '';
    lines.push(
      `  addendum: ${count('supported')} supported, ${count('partially-supported')} partially supported, ${count('noted')} noted${stated}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function outcomeParseCommand(file: string, options: OutcomeParseOptions): Promise<void> {
  if (options.format !== 'text' && options.format !== 'json')
    throw new UsageError(`--format must be text or json, not "${String(options.format)}".`);
  const bytes = readInput(file, 'Working Group report');
  const responses =
    options.responses === undefined ? undefined : { fileName: options.responses, bytes: readInput(options.responses, 'addendum (Add.1)') };
  const reference = loadReferenceData();
  const states = createStateRegistry(reference.states, reference.stateAliases);
  const result = await parseOutcome({ states }, { fileName: file, bytes, responses });
  if (result.recommendations.length === 0) {
    throw new UsageError(
      `no numbered recommendations found in ${file}. Give the report's section "Conclusions and/or recommendations" (140.1 …, or a Word draft).`,
    );
  }
  if (options.format === 'json') {
    writeJson({
      recommendations: result.recommendations,
      warnings: result.warnings,
      leadIns: result.leadIns,
      ...(result.responses ? { responses: result.responses } : {}),
      source: result.source,
    });
    return;
  }
  process.stdout.write(outcomeAsText(result));
  for (const warning of result.warnings) process.stderr.write(`${warningLine(warning)}\n`);
}
