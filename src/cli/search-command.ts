/**
 * `upr-advocate search [QUERY] [--sur ISO3] [--rs ISO3] [--issue LABEL…] [--response R]
 * [--cycle N] [--limit N] [--org ID|NAME] [--format text|json] [--data DIR]`: full-text search
 * of the instance-wide recommendation library (or of what one organisation sees, with --org).
 * JSON on stdout is `{ total, items: [...], facets }`, with the field names of the HTTP API.
 */
import { loadConfig } from '../server/config.js';
import { openDeps } from '../server/create-server.js';
import type { AppDeps } from '../server/app/deps.js';
import { operatorNamespaces, searchNamespaces } from '../server/app/search-recommendations.js';
import type { RecommendationSearchResultDto } from '../shared/contracts/recommendations.js';
import { UsageError, writeJson } from './output.js';

export interface SearchCommandOptions {
  sur?: string;
  rs?: string;
  issue?: string[];
  response?: string;
  cycle?: string;
  limit?: string;
  org?: string;
  format: 'text' | 'json';
  data: string;
}

export interface SearchCommandResult {
  total: number;
  items: RecommendationSearchResultDto['items'];
  facets: RecommendationSearchResultDto['facets'];
}

function limitOf(limit: string | undefined): number {
  if (limit === undefined) return 20;
  const n = Number(limit);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new UsageError(`--limit must be a whole number from 1 to 100, not "${limit}".`);
  return n;
}

/** Runs the search the options describe (testable without a process). */
export async function runSearch(deps: AppDeps, query: string | undefined, options: Omit<SearchCommandOptions, 'format' | 'data'>): Promise<SearchCommandResult> {
  const namespaces = await operatorNamespaces(deps, options.org);
  // --issue may be repeated; a label holds no comma, so "a,b" would also be read as two.
  const params = {
    q: query, sur: options.sur, rs: options.rs, issue: options.issue, response: options.response, cycle: options.cycle,
    sort: query ? 'relevance' : 'session-desc', page: '1', pageSize: String(limitOf(options.limit)),
  };
  const { total, items, facets } = await searchNamespaces(deps, namespaces, params);
  return { total, items, facets };
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

/** A compact table: one line per recommendation, then the largest facets. */
export function searchAsText(result: SearchCommandResult): string {
  const lines = [`${result.total} recommendation${result.total === 1 ? '' : 's'}${result.items.length < result.total ? ` (first ${result.items.length})` : ''}`];
  if (result.items.length > 0) lines.push('', 'C  S   SuR  by           response    AC  recommendation');
  for (const r of result.items) {
    const by = clip(r.recommendingStates.join(','), 12).padEnd(12);
    lines.push(`${r.cycle}  ${String(r.session).padEnd(3)} ${r.surIso3}  ${by} ${r.response.padEnd(11)} ${r.actionCategory ?? '-'}   ${clip(r.text, 100)}`);
  }
  const top = (label: string, buckets: { value: string | number; count: number }[]) => {
    if (buckets.length > 0) lines.push(`${label}: ${buckets.slice(0, 8).map((b) => `${b.value} ${b.count}`).join(', ')}`);
  };
  lines.push('');
  top('States under Review', result.facets.sur);
  top('Recommending States', result.facets.rs);
  top('Responses', result.facets.response);
  top('Issues', result.facets.issue);
  return `${lines.join('\n')}\n`;
}

/** The command body: opens the database of `--data` (or DATABASE_URL), searches, prints. */
export async function searchCommand(query: string | undefined, options: SearchCommandOptions): Promise<void> {
  if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`--format must be text or json, not "${String(options.format)}".`);
  const { deps, handle } = await openDeps({ config: loadConfig({ dataDir: options.data }) });
  try {
    const result = await runSearch(deps, query, options);
    if (options.format === 'json') writeJson(result);
    else process.stdout.write(searchAsText(result));
  } finally {
    await handle.close();
  }
}
