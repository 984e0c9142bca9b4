import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIssueOptions, targetsAsText, type TargetsResult } from '../../src/cli/targets-command.js';
import { UsageError } from '../../src/cli/output.js';
import { readUprInfoRows, sharedDataFile } from '../shared-data.js';

// SQLITE ONLY: the spawned command uses the embedded database in --data DIR (DATABASE_URL is
// cleared for it); the ranking itself runs on both engines in targets.db.test.ts.
const UPR_INFO = sharedDataFile('upr_info_sessions01-20/upr_recommendations_sessions01-20.csv.gz');
const BIN = path.resolve(import.meta.dirname, '../../bin/upr-advocate.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-cli-targets-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args, '--data', dataDir], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', UPR_TODAY: '2026-11-27' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('upr-advocate targets (spawned, SQLite only)', () => {
  it.skipIf(!UPR_INFO)('ranks the States that most often recommended on the issue near the top, with evidence, as JSON', { timeout: 240_000 }, () => {
    const imported = cli(['import', 'recommendations', UPR_INFO!, '--format', 'json']);
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ namespace: 'library', rowsRead: 41_066 });

    const run = cli(['targets', '--state', 'KEN', '--issue', 'Rights of the Child', '--format', 'json', '--limit', '25']);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as TargetsResult;
    expect(result.state).toEqual({ iso3: 'KEN', name: 'Kenya' });
    expect(result.issues).toEqual(['Rights of the Child']);
    expect(result.targets).toHaveLength(25);

    // Independently from the file: recommending States by their recommendations on the issue.
    const counts = new Map<string, Set<string>>();
    for (const r of readUprInfoRows()!) {
      if (!r.rs_iso3 || !r.issues.split('; ').includes('Rights of the Child')) continue;
      counts.set(r.rs_iso3, (counts.get(r.rs_iso3) ?? new Set()).add(`${r.session}|${r.sur_iso3}|${r.recommendation}`));
    }
    const byCount = [...counts].map(([iso3, recs]) => [iso3, recs.size] as const).sort((a, b) => b[1] - a[1]);
    const toKenya = new Set(readUprInfoRows()!.filter((r) => r.sur_iso3 === 'KEN').map((r) => r.rs_iso3));
    for (const [iso3, n] of byCount.filter(([, n]) => n >= byCount[4]![1])) {
      const target = result.targets.find((t) => t.iso3 === iso3);
      expect(target, iso3).toBeDefined();
      expect(target!.facts.issueRecs).toBe(n);
      // Never having recommended anything to Kenya costs the "history with the SuR" points.
      expect(target!.rank, iso3).toBeLessThanOrEqual(toKenya.has(iso3) ? 10 : 15);
    }
    for (const t of result.targets) {
      expect(t.score).toBeGreaterThanOrEqual(0);
      expect(t.score).toBeLessThanOrEqual(100);
      expect(Object.keys(t.components).sort()).toEqual(['acceptance', 'issues', 'region', 'specificity', 'surHistory']);
      expect(t.evidence.samples.length).toBeGreaterThan(0);
    }
    expect(result.targets.map((t) => t.score)).toEqual([...result.targets.map((t) => t.score)].sort((a, b) => b - a));

    const text = cli(['targets', '--state', 'ken', '--issue', 'права ребёнка', '--limit', '3']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(`Whom to lobby for Kenya (KEN) on: Rights of the Child`);
    expect(text.stdout).toContain(`${result.targets[0]!.name} (${result.targets[0]!.iso3})`);
  });

  it.skipIf(!UPR_INFO)('answers an unknown issue or State with exit 1 and a one-line hint', () => {
    const issue = cli(['targets', '--state', 'KEN', '--issue', 'Rights of children']);
    expect(issue.status).toBe(1);
    expect(issue.stderr.trim()).toMatch(/^upr-advocate: --issue "Rights of children" is not a UPR Info issue; did you mean "Rights of the Child"/);
    const state = cli(['targets', '--state', 'KNE', '--issue', 'Rights of the Child']);
    expect(state.status).toBe(1);
    expect(state.stderr).toMatch(/"KNE" is not a UN member or observer State code/);
  });
});

describe('targets command helpers', () => {
  it('resolves issue labels in English, Russian or data form, each once, and names close labels for a typo', () => {
    expect(parseIssueOptions(['Rights of the Child', 'права ребёнка', 'women’s rights'])).toEqual(['Rights of the Child', "Women's rights"]);
    expect(() => parseIssueOptions([])).toThrow(UsageError);
    expect(() => parseIssueOptions(['Torturee'])).toThrow(/did you mean "Torture and other CID treatment"/);
  });

  it('prints a readable table', () => {
    const text = targetsAsText({
      state: { iso3: 'KEN', name: 'Kenya' }, issues: ['Rights of the Child'], currentCycle: 5, namespace: 'library',
      targets: [{
        iso3: 'NOR', name: 'Norway', rank: 1, score: 87.44,
        components: {} as never,
        facts: { issueRecs: 155, issueRecsRecencyWeighted: 10, toSur: 7, toSurRecencyWeighted: 0.4, toRegion: 300, surSupported: 6, surTotal: 7, acceptanceRate: 6 / 7, specific: 140, specificShare: 0.9 },
        evidence: { byCycle: [], issueByCycle: [], samples: [{ id: 'x', text: 'Raise the age of criminal responsibility', session: 8, cycle: 1, sur: { iso3: 'KEN', name: 'Kenya' }, response: 'supported', onIssues: true }] },
      }],
    });
    expect(text).toMatch(/^ 1 {2}Norway \(NOR\) +87\.4 +155 +7 +86% +90%$/m);
    expect(text).toContain('e.g. "Raise the age of criminal responsibility" (session 8, to KEN, supported)');
  });
});
