import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliIn } from '../cli-runner.js';
import { STAGE_KEYS } from '../../src/core/strategy/catalogue.js';

// The command contract of DESIGN.md, exercised through the real executable.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const cli = cliIn(dataDir);

describe('upr-advocate plan', () => {
  it('prints every stage key with the dates of STRATEGY.md for KAZ reviewed on 2027-08-31', () => {
    const { code, stdout } = cli('plan', '--state', 'KAZ', '--review', '2027-08-31', '--today', '2026-11-27', '--format', 'json');
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.state).toEqual({ iso3: 'KAZ', name: 'Kazakhstan' });
    expect(plan.reviewDate).toBe('2027-08-31');
    expect(plan.stages.map((s: { key: string }) => s.key)).toEqual([...STAGE_KEYS]);
    const window = (key: string) => plan.stages.find((s: { key: string }) => s.key === key);
    expect(window('national-consultations')).toMatchObject({ start: '2026-08-31', end: '2027-02-28' });
    expect(window('advocacy-document')).toMatchObject({ start: '2027-02-28', end: '2027-04-30' });
    expect(window('embassies')).toMatchObject({ start: '2027-04-30', end: '2027-05-31' });
    expect(window('geneva-missions')).toMatchObject({ start: '2027-06-30', end: '2027-07-31' });
    expect(window('review')).toMatchObject({ start: '2027-08-31', end: '2027-08-31' });
    expect(window('mid-term-report')).toMatchObject({ start: '2029-08-31', end: '2030-02-28' });
    expect(plan.deadlines.nationalReport).toBe('2027-05-31');
    expect(plan.currentStages).toEqual(['national-consultations']);
    expect(plan.genevaOutreach.window).toEqual({ start: '2027-06-30', end: '2027-07-31' });
    for (const suggestion of plan.genevaOutreach.suggested) {
      for (const conflict of plan.genevaOutreach.conflicts) {
        expect(suggestion.end < conflict.start || suggestion.start > conflict.end).toBe(true);
      }
    }
    expect(window('embassies').tasks[0].title.length).toBeGreaterThan(10);
  });

  it('speaks Russian with --lang ru and writes iCalendar with --format ics', () => {
    const ru = cli('plan', '--state', 'KAZ', '--review', '2027-08-31', '--lang', 'ru', '--format', 'json');
    expect(ru.code).toBe(0);
    expect(JSON.parse(ru.stdout).state.name).toBe('Казахстан');
    const ics = cli('plan', '--state', 'MOZ', '--format', 'ics', '--today', '2026-01-10');
    expect(ics.code).toBe(0);
    expect(ics.stdout).toContain('BEGIN:VCALENDAR');
    expect(ics.stdout).toContain('20260505'); // Mozambique's confirmed review day
  });

  it('refuses an unknown State with exit 1 and names close matches', () => {
    const { code, stderr, stdout } = cli('plan', '--state', 'KAX', '--format', 'json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('KAZ');
  });

  it('refuses impossible and out-of-range dates with exit 1', () => {
    const impossible = cli('plan', '--state', 'KAZ', '--review', '2027-02-30');
    expect(impossible.code).toBe(1);
    expect(impossible.stderr).toMatch(/2027-02-30 is not a real date/);
    const outside = cli('plan', '--state', 'KAZ', '--review', '2045-01-01');
    expect(outside.code).toBe(1);
    expect(outside.stderr).toMatch(/2008/);
  });
});
