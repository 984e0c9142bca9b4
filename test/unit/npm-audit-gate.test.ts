import { describe, expect, it } from 'vitest';
import { decideAudit, findings, type AuditRun, type Waiver } from '../../scripts/npm-audit-gate.js';

// What `npm audit --json` printed on our build machines (npm 11), whose registry refuses audits.
const REFUSED: AuditRun = {
  status: 1,
  stdout: JSON.stringify({
    message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    method: 'POST',
    uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    statusCode: 405,
    body: '',
    error: { summary: '', detail: '' },
  }),
  stderr: 'npm warn audit 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk\nnpm error audit endpoint returned an error\n',
};

function report(vulnerabilities: Record<string, unknown>, status = 1): AuditRun {
  return { status, stdout: JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: {} }), stderr: '' };
}

const via = (name: string, severity: string, ghsa: string, title = 'Prototype pollution') => ({
  source: 1_100_000,
  name,
  dependency: name,
  title,
  url: `https://github.com/advisories/${ghsa}`,
  severity,
  range: '<2.0.0',
});

const HIGH = report({
  'deep-merge': { name: 'deep-merge', severity: 'high', isDirect: false, via: [via('deep-merge', 'high', 'GHSA-aaaa-bbbb-cccc')], effects: ['exceljs'] },
  // An effect only (via names another package): not counted twice.
  exceljs: { name: 'exceljs', severity: 'high', isDirect: true, via: ['deep-merge'], effects: [] },
  'left-pad': { name: 'left-pad', severity: 'moderate', isDirect: false, via: [via('left-pad', 'moderate', 'GHSA-mmmm-nnnn-oooo')] },
});
const TODAY = '2026-11-28';
const waiver = (extra: Partial<Waiver> = {}): Waiver => ({
  advisory: 'GHSA-aaaa-bbbb-cccc',
  package: 'deep-merge',
  reason: 'Only reached when parsing spreadsheets the operator uploads; no user input reaches it.',
  reviewBy: '2027-03-01',
  ...extra,
});

describe('npm audit gate', () => {
  it('reports a registry that refuses the audit endpoint in one line, without failing', () => {
    expect(decideAudit(REFUSED, [], TODAY)).toEqual({
      outcome: 'unavailable',
      lines: ['npm audit: the registry refuses the audit endpoint (405 Method Not Allowed); no advisories checked.'],
    });
    // The same refusal when only the warning on stderr is there.
    expect(decideAudit({ ...REFUSED, stdout: '' }, [], TODAY).outcome).toBe('unavailable');
  });

  it('fails on a high advisory, naming it once', () => {
    expect(findings(JSON.parse(HIGH.stdout))).toEqual([{ advisory: 'GHSA-aaaa-bbbb-cccc', package: 'deep-merge', severity: 'high', title: 'Prototype pollution' }]);
    expect(decideAudit(HIGH, [], TODAY)).toEqual({
      outcome: 'fail',
      lines: ['npm audit: 1 high or critical advisories:', '  high deep-merge GHSA-aaaa-bbbb-cccc Prototype pollution'],
    });
  });

  it('fails on critical too, and passes on moderate and low only', () => {
    const critical = report({ x: { via: [via('x', 'critical', 'GHSA-cccc-dddd-eeee', 'Remote code execution')] } });
    expect(decideAudit(critical, [], TODAY).outcome).toBe('fail');
    const mild = report({ y: { via: [via('y', 'moderate', 'GHSA-1'), via('y', 'low', 'GHSA-2')] } });
    expect(decideAudit(mild, [], TODAY)).toEqual({ outcome: 'pass', lines: ['npm audit: no high or critical advisories.'] });
    expect(decideAudit(report({}, 0), [], TODAY).outcome).toBe('pass');
  });

  it('honours a waiver with a reason until its review date', () => {
    expect(decideAudit(HIGH, [waiver()], TODAY)).toEqual({ outcome: 'pass', lines: ['npm audit: no high or critical advisories (1 waived in audit-waivers.json).'] });
    expect(decideAudit(HIGH, [waiver({ package: 'another-package' })], TODAY).outcome).toBe('fail');
    const expired = decideAudit(HIGH, [waiver({ reviewBy: '2026-11-01' })], TODAY);
    expect(expired.outcome).toBe('fail');
    expect(expired.lines[0]).toBe('npm audit: the waiver of GHSA-aaaa-bbbb-cccc expired on 2026-11-01; review it.');
  });

  it('refuses a waiver without a written reason', () => {
    expect(decideAudit(HIGH, [waiver({ reason: 'ok' })], TODAY)).toEqual({
      outcome: 'fail',
      lines: ['audit-waivers.json: the waiver of GHSA-aaaa-bbbb-cccc needs a written reason (at least 20 characters).'],
    });
  });

  it('fails when npm audit did not run at all (not a refusal)', () => {
    expect(decideAudit({ status: 1, stdout: '', stderr: 'npm error code ENOLOCK\nnpm error audit This command requires an existing lockfile.\n' }, [], TODAY)).toEqual({
      outcome: 'fail',
      lines: ['npm audit did not run: npm error code ENOLOCK'],
    });
    const network = { status: 1, stdout: JSON.stringify({ message: 'request to https://registry.example/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND' }), stderr: '' };
    expect(decideAudit(network, [], TODAY).outcome).toBe('fail');
  });
});
