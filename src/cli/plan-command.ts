/**
 * `upr-advocate plan --state ISO3 [--review YYYY-MM-DD] [--today YYYY-MM-DD] [--lang ru|en]
 * [--format text|json|ics]`: the campaign plan of a State's review, without signing in.
 */
import { AppError } from '../core/errors.js';
import { isIsoDate, MAX_SUPPORTED_DATE, MIN_SUPPORTED_DATE } from '../core/dates.js';
import { describePlan, type DescribedPlan } from '../core/strategy/describe-plan.js';
import { planCampaign } from '../core/strategy/plan-campaign.js';
import { PLAN_LANGUAGES, type PlanLanguage } from '../core/strategy/stage-texts.js';
import { suggestReviewDate } from '../core/upr/estimate.js';
import { reviewWarnings } from '../server/app/campaign-view.js';
import type { AppDeps } from '../server/app/deps.js';
import { requireState } from '../server/app/states.js';
import { campaignsToIcs } from '../server/export/plan-ics.js';
import { UsageError } from './output.js';

export interface PlanOptions {
  state: string;
  review?: string;
  today?: string;
  lang: string;
  format: string;
}

function checkDate(value: string, flag: string): string {
  if (!isIsoDate(value)) throw new AppError('invalid-date', `${flag} ${value} is not a real date; use YYYY-MM-DD, e.g. 2027-08-31.`);
  if (value < MIN_SUPPORTED_DATE || value > MAX_SUPPORTED_DATE) throw new AppError('date-out-of-range', `${flag} ${value} is outside 2008–2040.`);
  return value;
}

export interface PlanResult {
  json: ReturnType<typeof toJson>;
  described: DescribedPlan;
  warnings: string[];
}

function toJson(state: { iso3: string; name: string }, reviewDateSource: string, plan: DescribedPlan) {
  return {
    state,
    reviewDate: plan.reviewDate,
    reviewDateSource,
    today: plan.today,
    session: plan.session,
    currentStages: plan.currentStages,
    stages: plan.stages.map((s) => ({
      key: s.key, title: s.title, summary: s.summary, start: s.start, end: s.end, status: s.status, actionableLate: s.actionableLate,
      tasks: s.tasks, notes: s.notes, tips: s.tips,
    })),
    deadlines: plan.deadlines,
    adoption: plan.adoption,
    genevaOutreach: plan.genevaOutreach,
  };
}

export function buildPlan(deps: AppDeps, options: PlanOptions): PlanResult {
  if (!(PLAN_LANGUAGES as readonly string[]).includes(options.lang)) throw new UsageError(`--lang must be ru or en, not "${options.lang}".`);
  const language = options.lang as PlanLanguage;
  const state = requireState(deps, options.state);
  const today = options.today ? checkDate(options.today, '--today') : deps.clock.today();
  const calendar = deps.calendar.get();
  let reviewDate = options.review ? checkDate(options.review, '--review') : null;
  let source = 'user';
  if (!reviewDate) {
    const suggestion = suggestReviewDate(calendar, state.iso3, today);
    if (!suggestion) throw new UsageError(`No review is known for ${state.names.en}; give the date with --review YYYY-MM-DD.`);
    reviewDate = suggestion.next.reviewDate;
    source = suggestion.next.source;
  }
  const described = describePlan(planCampaign({ reviewDate, today, calendar }), language);
  const warnings = reviewWarnings(calendar, state.iso3, reviewDate, today)
    .filter((w) => w.code === 'review-far-from-session')
    .map((w) => `warning: ${reviewDate} is far from the expected review of ${state.names.en} (around ${w.params.expected}); check the date.`);
  return { json: toJson({ iso3: state.iso3, name: state.names[language] }, source, described), described, warnings };
}

export function planAsText(result: PlanResult): string {
  const { json } = result;
  const lines = [`${json.state.name} — UPR review ${json.reviewDate} (${json.reviewDateSource}); today ${json.today}`, ''];
  for (const stage of json.stages) {
    const marker = json.currentStages.includes(stage.key) ? '▶' : stage.status === 'past' ? '✓' : ' ';
    lines.push(`${marker} ${stage.start} … ${stage.end}  ${stage.title} [${stage.key}]`);
    for (const task of stage.tasks) lines.push(`    ${task.due}  ${task.title}`);
  }
  lines.push('', `Geneva missions: ${json.genevaOutreach.window.start} … ${json.genevaOutreach.window.end}`);
  for (const c of json.genevaOutreach.conflicts) lines.push(`  busy: ${c.name} ${c.start} … ${c.end}`);
  for (const s of json.genevaOutreach.suggested) lines.push(`  call: ${s.start} … ${s.end}`);
  return `${lines.join('\n')}\n`;
}

export function planAsIcs(result: PlanResult): string {
  const name = `UPR ${result.json.state.name} ${result.json.reviewDate}`;
  return campaignsToIcs([{ id: `${result.json.state.iso3}-${result.json.reviewDate}`, name, plan: result.described }], name);
}
