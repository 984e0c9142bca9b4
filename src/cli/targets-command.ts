/**
 * `upr-advocate targets --state ISO3 --issue LABEL [--issue LABEL…] [--limit N] [--org ID|NAME]
 * [--format text|json]`: the recommending States to lobby for a State's next review, ranked on the
 * issues over the library (and the organisation's own imports with --org), with the evidence.
 * The same ranking as the campaign's target finder, without a campaign.
 */
import { findIssue, type UprInfoIssue } from '../core/recommendations/issues.js';
import { cycleOfDate } from '../core/upr/cycle-of-date.js';
import { suggestReviewDate } from '../core/upr/estimate.js';
import { closeIssueLabels } from '../server/app/campaign-issues.js';
import type { AppDeps } from '../server/app/deps.js';
import { resolveOperatorOrganisation } from '../server/app/import-recommendations.js';
import { requireState } from '../server/app/states.js';
import { describeTargets, rankTargets } from '../server/app/target-ranking.js';
import { loadConfig } from '../server/config.js';
import { openDeps } from '../server/create-server.js';
import { MAX_CAMPAIGN_ISSUES, MAX_TARGET_LIMIT, type RankedTargetDto } from '../shared/contracts/targets.js';
import { UsageError, writeJson } from './output.js';

export interface TargetsCommandOptions {
  state: string;
  issue: string[];
  limit?: string;
  format: 'text' | 'json';
  data?: string;
  org?: string;
}

export interface TargetsResult {
  state: { iso3: string; name: string };
  issues: UprInfoIssue[];
  /** The cycle of the State's next review; earlier cycles weigh 2^-k. */
  currentCycle: number;
  /** 'library', or the organisation's id (its imports and the library). */
  namespace: string;
  targets: Omit<RankedTargetDto, 'regionalGroup' | 'euMember'>[];
}

const DEFAULT_LIMIT = 10;

/** The issues named with --issue (data, English or Russian labels); an unknown one names close labels. */
export function parseIssueOptions(labels: readonly string[]): UprInfoIssue[] {
  if (labels.length === 0) throw new UsageError('give at least one --issue LABEL, e.g. --issue "Rights of the Child".');
  const issues: UprInfoIssue[] = [];
  for (const label of labels) {
    const issue = findIssue(label);
    if (!issue) {
      const close = closeIssueLabels(label);
      const hint = close.length > 0 ? `did you mean ${close.map((c) => `"${c}"`).join(', ')}?` : 'use one of the 54 UPR Info issue labels, e.g. "Rights of the Child".';
      throw new UsageError(`--issue "${label}" is not a UPR Info issue; ${hint}`);
    }
    if (!issues.includes(issue)) issues.push(issue);
  }
  if (issues.length > MAX_CAMPAIGN_ISSUES) throw new UsageError(`give at most ${MAX_CAMPAIGN_ISSUES} issues, not ${issues.length}.`);
  return issues;
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_TARGET_LIMIT) throw new UsageError(`--limit must be a whole number from 1 to ${MAX_TARGET_LIMIT}, not "${value}".`);
  return n;
}

/** The cycle of the State's next review (known or projected), else the cycle of today. */
function nextReviewCycle(deps: AppDeps, iso3: string): number {
  const calendar = deps.calendar.get();
  return suggestReviewDate(calendar, iso3, deps.clock.today())?.next.cycle ?? cycleOfDate(calendar, deps.clock.today());
}

export async function buildTargets(deps: AppDeps, options: TargetsCommandOptions): Promise<TargetsResult> {
  const issues = parseIssueOptions(options.issue);
  const limit = parseLimit(options.limit);
  const state = requireState(deps, options.state);
  const orgId = options.org === undefined ? 'library' : (await resolveOperatorOrganisation(deps, options.org)).id;
  const ranking = await rankTargets(deps, { orgId, surIso3: state.iso3, issues, currentCycle: nextReviewCycle(deps, state.iso3) });
  if (ranking.ranked.length === 0) {
    throw new UsageError('no recommendations are in the database; import a UPR Info export first: upr-advocate import recommendations FILE.');
  }
  const described = await describeTargets(deps, ranking, ranking.ranked.slice(0, limit), 'en');
  return {
    state: { iso3: state.iso3, name: state.names.en },
    issues,
    currentCycle: ranking.input.currentCycle,
    namespace: orgId,
    targets: described.map(({ regionalGroup: _g, euMember: _e, ...t }) => t),
  };
}

const percent = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

export function targetsAsText(result: TargetsResult): string {
  const lines = [`Whom to lobby for ${result.state.name} (${result.state.iso3}) on: ${result.issues.join('; ')}`, ''];
  lines.push(' #  State                              score  on issues  to SuR  supported  specific');
  for (const t of result.targets) {
    const f = t.facts;
    lines.push(
      `${String(t.rank).padStart(2)}  ${`${t.name} (${t.iso3})`.slice(0, 34).padEnd(34)} ${t.score.toFixed(1).padStart(5)}  ${String(f.issueRecs).padStart(9)}  ${String(f.toSur).padStart(6)}  ${percent(f.acceptanceRate).padStart(9)}  ${percent(f.specificShare).padStart(8)}`,
    );
    const sample = t.evidence.samples[0];
    if (sample) lines.push(`      e.g. "${sample.text.length > 110 ? `${sample.text.slice(0, 107)}…` : sample.text}" (session ${sample.session}, to ${sample.sur.iso3}, ${sample.response})`);
  }
  return `${lines.join('\n')}\n`;
}

export async function targetsCommand(options: TargetsCommandOptions): Promise<void> {
  if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`--format must be text or json, not "${String(options.format)}".`);
  parseIssueOptions(options.issue);
  parseLimit(options.limit);
  const { deps, handle } = await openDeps({ config: loadConfig({ dataDir: options.data }) });
  try {
    const result = await buildTargets(deps, options);
    if (options.format === 'json') writeJson(result);
    else process.stdout.write(targetsAsText(result));
  } finally {
    await handle.close();
  }
}
