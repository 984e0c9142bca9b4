#!/usr/bin/env node
// `npm test`: type-check, lint, unit tests, database tests (SQLite, and PostgreSQL when
// DATABASE_URL is set) and end-to-end tests in Chromium. Prints one plain closing line
// `N passed, N failed` with the totals of all suites (CI's log reader looks for it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-test-report-'));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
let passed = 0;
let failed = 0;
const problems = [];

function run(label, command, args, env = {}) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function step(label, command, args) {
  if (run(label, command, args) !== 0) {
    failed += 1;
    problems.push(label);
  } else passed += 1;
}

function vitest(project) {
  const out = path.join(tmp, `${project}.json`);
  const status = run(`vitest ${project}`, bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numFailedTests > 0 || status !== 0) problems.push(`vitest ${project}`);
    if (status !== 0 && report.numFailedTests === 0) failed += 1;
  } else {
    failed += 1;
    problems.push(`vitest ${project} (no report)`);
  }
}

function playwright() {
  if (!fs.existsSync(CHROMIUM)) {
    const message = `Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) to run the end-to-end tests.`;
    if (process.env.CI) {
      failed += 1;
      problems.push(message);
    } else process.stdout.write(`\n=== e2e skipped ===\n${message}\n`);
    return;
  }
  if (run('build web app', 'npm', ['run', 'build:web']) !== 0) {
    failed += 1;
    problems.push('web build');
    return;
  }
  const out = path.join(tmp, 'e2e.json');
  const status = run('playwright e2e', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  if (fs.existsSync(out)) {
    const stats = JSON.parse(fs.readFileSync(out, 'utf8')).stats ?? {};
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
    if ((stats.unexpected ?? 0) > 0 || status !== 0) problems.push('playwright e2e');
    if (status !== 0 && !stats.unexpected) failed += 1;
  } else {
    failed += 1;
    problems.push('playwright e2e (no report)');
  }
}

step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('lint', bin('eslint'), ['.', '--max-warnings=0']);
vitest('unit');
if (!process.env.DATABASE_URL) process.stdout.write('\n(DATABASE_URL is not set: database tests run on SQLite only)\n');
vitest('db');
playwright();

fs.rmSync(tmp, { recursive: true, force: true });
if (problems.length) process.stdout.write(`\nFailed: ${problems.join(', ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
