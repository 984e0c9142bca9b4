/**
 * PostgreSQL parses and plans every unnamed statement anew: for the session gate's four-table
 * join that was most of its round trip, on every signed-in request. A statement whose text
 * comes back is given a name instead, so each pooled connection parses and plans it once and
 * afterwards only binds and executes it (PostgreSQL still re-plans by itself when a table it
 * reads changes, and chooses between a generic and a per-value plan as for any prepared
 * statement).
 *
 * Names are given sparingly: a text must come back once before it is named (a statement with
 * its values written into the text, such as a search page's list of ids, rarely does), and at
 * most MAX_NAMED names are ever given, because a connection keeps every statement it prepared
 * until it closes.
 */
import type pg from 'pg';
import { LruMap } from '../../core/lru-map.js';

/** Our queries are a few hundred shapes; more names would only be texts with values in them. */
export const MAX_NAMED = 400;
/**
 * A statement with more values than this stays unnamed: a generic plan cannot know a long
 * list's values (an outreach board's 50 post ids) and was 10× slower than a plan made for them
 * (measured: 0.8 → 8 ms).
 */
export const MAX_PARAMETERS = 16;
/** Texts seen once, remembered so that a second sighting names them. */
const SIGHTINGS_KEPT = 2000;

export class StatementNames {
  private readonly names = new Map<string, string>();
  private readonly seenOnce = new LruMap<string, true>(SIGHTINGS_KEPT);

  constructor(private readonly maxNamed = MAX_NAMED) {}

  get count(): number {
    return this.names.size;
  }

  /** The name of `text` if it has earned one (seen before, and names are left). */
  nameFor(text: string): string | undefined {
    const name = this.names.get(text);
    if (name !== undefined || this.names.size >= this.maxNamed) return name;
    if (this.seenOnce.get(text) === undefined) {
      this.seenOnce.set(text, true);
      return undefined;
    }
    const given = `upr_${this.names.size + 1}`;
    this.names.set(text, given);
    return given;
  }
}

type QueryFunction = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/** Makes `client` send a statement whose text has earned a name as a named (prepared) statement. */
export function nameRepeatedStatements(client: pg.ClientBase, names: StatementNames): void {
  const query = client.query.bind(client) as QueryFunction;
  const named: QueryFunction = (config, values, callback) => {
    // Kysely calls query(text, values); anything else (a cursor, a callback) goes through as it is.
    if (typeof config === 'string' && Array.isArray(values) && values.length <= MAX_PARAMETERS && callback === undefined) {
      const name = names.nameFor(config);
      if (name !== undefined) return query({ name, text: config, values });
    }
    return query(config, values, callback);
  };
  (client as unknown as { query: QueryFunction }).query = named;
}
