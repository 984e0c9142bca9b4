/**
 * The supply-chain gate of `.ci/run`: `npm audit --audit-level=high`, read as JSON.
 * - High or critical advisories fail the build, unless waived in audit-waivers.json with a
 *   written reason (and not past its review date).
 * - A registry that refuses the audit endpoint (ours answers 405) is reported in one line and
 *   does not fail the build: there is nothing to check against.
 * Run: node_modules/.bin/tsx scripts/npm-audit-gate.ts  (exit 0 pass or unavailable, 1 fail)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Waiver {
  /** GHSA id (e.g. GHSA-abcd-efgh-ijkl) or the npm advisory number. */
  advisory: string;
  package?: string;
  /** Why this advisory does not put our users at risk: required. */
  reason: string;
  /** YYYY-MM-DD: after this day the waiver no longer counts (someone must look again). */
  reviewBy?: string;
}

export interface AuditRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface Finding {
  advisory: string;
  package: string;
  severity: 'high' | 'critical';
  title: string;
}

export interface AuditDecision {
  outcome: 'pass' | 'fail' | 'unavailable';
  lines: string[];
}

const BLOCKING = new Set(['high', 'critical']);
// The registry answers the audit endpoint but refuses it: nothing to audit against here.
const REFUSED_STATUS = new Set([400, 403, 404, 405, 410, 501]);
const MIN_REASON = 20;

interface AuditVia {
  source?: number;
  name?: string;
  title?: string;
  url?: string;
  severity?: string;
}

function parse(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function refusal(report: Record<string, unknown> | null, stderr: string): string | null {
  const status = typeof report?.statusCode === 'number' ? report.statusCode : Number(/\b(\d{3}) [A-Z][A-Za-z ]+ - (?:POST|GET) \S*\/-\/npm\/v1\/security\//.exec(stderr)?.[1]);
  if (!REFUSED_STATUS.has(status)) return null;
  const message = typeof report?.message === 'string' ? report.message : `${status} from the audit endpoint`;
  return message.split(' - ')[0] ?? message;
}

/** High and critical advisories of an `npm audit --json` (report version 2) output. */
export function findings(report: Record<string, unknown>): Finding[] {
  const vulnerabilities = (report.vulnerabilities ?? {}) as Record<string, { via?: (AuditVia | string)[] }>;
  const seen = new Map<string, Finding>();
  for (const [pkg, vulnerability] of Object.entries(vulnerabilities)) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via === 'string' || !via.severity || !BLOCKING.has(via.severity)) continue;
      const advisory = /GHSA-[\w-]+/.exec(via.url ?? '')?.[0] ?? String(via.source ?? 'unknown');
      const key = `${advisory} ${via.name ?? pkg}`;
      if (!seen.has(key)) seen.set(key, { advisory, package: via.name ?? pkg, severity: via.severity as Finding['severity'], title: via.title ?? '' });
    }
  }
  return [...seen.values()];
}

function waiverProblems(waivers: Waiver[]): string[] {
  return waivers
    .filter((w) => !w.advisory || typeof w.reason !== 'string' || w.reason.trim().length < MIN_REASON)
    .map((w) => `audit-waivers.json: the waiver of ${w.advisory || '(no advisory)'} needs a written reason (at least ${MIN_REASON} characters).`);
}

/** The gate's decision on one run of `npm audit --json`. */
export function decideAudit(run: AuditRun, waivers: Waiver[], today: string): AuditDecision {
  const problems = waiverProblems(waivers);
  if (problems.length) return { outcome: 'fail', lines: problems };
  const report = parse(run.stdout);
  const refused = refusal(report, run.stderr);
  if (refused) return { outcome: 'unavailable', lines: [`npm audit: the registry refuses the audit endpoint (${refused}); no advisories checked.`] };
  if (!report || (!('vulnerabilities' in report) && run.status !== 0)) {
    const why = (typeof report?.message === 'string' ? report.message : run.stderr.trim().split('\n')[0]) || `exit ${run.status}`;
    return { outcome: 'fail', lines: [`npm audit did not run: ${why}`] };
  }
  const found = findings(report);
  const valid = waivers.filter((w) => !w.reviewBy || w.reviewBy >= today);
  const expired = waivers.filter((w) => w.reviewBy && w.reviewBy < today);
  const waived = (f: Finding) => valid.some((w) => w.advisory === f.advisory && (!w.package || w.package === f.package));
  const open = found.filter((f) => !waived(f));
  const notes = expired.map((w) => `npm audit: the waiver of ${w.advisory} expired on ${w.reviewBy}; review it.`);
  if (open.length) {
    return {
      outcome: 'fail',
      lines: [...notes, `npm audit: ${open.length} high or critical advisories:`, ...open.map((f) => `  ${f.severity} ${f.package} ${f.advisory} ${f.title}`.trimEnd())],
    };
  }
  const waivedCount = found.length - open.length;
  return { outcome: 'pass', lines: [...notes, `npm audit: no high or critical advisories${waivedCount ? ` (${waivedCount} waived in audit-waivers.json)` : ''}.`] };
}

export function readWaivers(file: string): Waiver[] {
  if (!fs.existsSync(file)) return [];
  const content = JSON.parse(fs.readFileSync(file, 'utf8')) as { waivers?: Waiver[] };
  return content.waivers ?? [];
}

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const run = spawnSync('npm', ['audit', '--json', '--audit-level=high'], { cwd: root, encoding: 'utf8' });
  const decision = decideAudit({ status: run.status, stdout: run.stdout ?? '', stderr: run.stderr ?? '' }, readWaivers(path.join(root, 'audit-waivers.json')), new Date().toISOString().slice(0, 10));
  for (const line of decision.lines) process.stdout.write(`${line}\n`);
  process.exit(decision.outcome === 'fail' ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
