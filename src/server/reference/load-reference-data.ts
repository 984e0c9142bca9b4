/**
 * Loads the project's reference data (data/*.csv, see data/README.md): States with their
 * regional groups and names, and the UPR calendar. Any bad row stops the load with an Error
 * naming the file, the line and the problem; the admin import uses the same parsers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StateInfo, UprCalendar } from '../../core/upr/calendar.js';
import { CALENDAR_FILES, parseCalendarCsvs } from './parse-calendar-csv.js';
import { parseStatesCsv, STATES_FILE } from './parse-states-csv.js';
import { parseStateAliasesCsv, STATE_ALIASES_FILE, type StateAlias } from './state-names.js';

export { parseStatesCsv } from './parse-states-csv.js';
export { parseCalendarCsvs } from './parse-calendar-csv.js';
export { ReferenceDataError } from './csv-table.js';

export interface ReferenceData {
  states: StateInfo[];
  /** Other spellings of State names (UPR Info, UNTERM) for imports: data/state-aliases.csv. */
  stateAliases: StateAlias[];
  calendar: UprCalendar;
}

/** `<repo>/data`, found from this file's location (src/server/reference/). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot read reference data file ${path}: ${reason}`, { cause: error });
  }
}

export function loadReferenceData(dataDir: string = DEFAULT_DATA_DIR): ReferenceData {
  const path = (name: string) => join(dataDir, name);
  const states = parseStatesCsv(readText(path(STATES_FILE)), path(STATES_FILE));
  const calendar = parseCalendarCsvs(
    {
      sessions: readText(path(CALENDAR_FILES.sessions)),
      reviews: readText(path(CALENDAR_FILES.reviews)),
      hrcSessions: readText(path(CALENDAR_FILES.hrcSessions)),
    },
    {
      fileNames: {
        sessions: path(CALENDAR_FILES.sessions),
        reviews: path(CALENDAR_FILES.reviews),
        hrcSessions: path(CALENDAR_FILES.hrcSessions),
      },
      knownStates: states.map((s) => s.iso3),
    },
  );
  const stateAliases = parseStateAliasesCsv(readText(path(STATE_ALIASES_FILE)), states.map((s) => s.iso3), path(STATE_ALIASES_FILE));
  return { states, stateAliases, calendar };
}
