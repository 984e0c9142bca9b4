/**
 * Lookup and search of UN member and observer States by ISO code or by name in Russian or
 * English ("Казахстан", "kazakh", "KAZ"), tolerant of case, accents and ё/е.
 */
import type { StateInfo } from '../../core/upr/calendar.js';
import { createStateNameResolver, type StateAlias } from './state-names.js';

export interface StateRegistry {
  all(): readonly StateInfo[];
  get(iso3: string): StateInfo | undefined;
  search(query: string, limit?: number): StateInfo[];
  /** Close matches for a code or name that is not a State, for "did you mean" messages. */
  suggest(query: string, limit?: number): StateInfo[];
  /** The ISO3 code of a State named in an imported file ("DPR Korea", "Iran (Islamic Republic of)"), or null. */
  resolve(name: string): string | null;
}

export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export function createStateRegistry(states: readonly StateInfo[], aliases: readonly StateAlias[] = []): StateRegistry {
  const resolve = createStateNameResolver(states, aliases);
  const byIso3 = new Map(states.map((s) => [s.iso3, s]));
  const keys = states.map((s) => ({ state: s, names: Object.values(s.names).map(normalizeName) }));
  return {
    resolve,
    all: () => states,
    get: (iso3) => byIso3.get(iso3.toUpperCase()),
    search(query, limit = 20) {
      const q = normalizeName(query);
      if (!q) return states.slice(0, limit);
      const scored = keys
        .map(({ state, names }) => {
          if (state.iso3.toLowerCase() === q) return { state, score: 0 };
          if (names.some((n) => n.startsWith(q))) return { state, score: 1 };
          if (names.some((n) => n.split(' ').some((w) => w.startsWith(q)))) return { state, score: 2 };
          if (names.some((n) => n.includes(q))) return { state, score: 3 };
          return null;
        })
        .filter((x): x is { state: StateInfo; score: number } => x !== null);
      return scored.sort((a, b) => a.score - b.score || a.state.names.en.localeCompare(b.state.names.en)).slice(0, limit).map((x) => x.state);
    },
    suggest(query, limit = 3) {
      const q = normalizeName(query);
      const found = this.search(q, limit);
      if (found.length > 0) return found;
      return keys
        .map(({ state, names }) => ({
          state,
          distance: Math.min(editDistance(q, state.iso3.toLowerCase()), ...names.map((n) => editDistance(q, n.slice(0, Math.max(q.length, 3))))),
        }))
        .sort((a, b) => a.distance - b.distance)
        .slice(0, limit)
        .map((x) => x.state);
    },
  };
}
