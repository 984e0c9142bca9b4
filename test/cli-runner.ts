/**
 * Runs the real `upr-advocate` executable (bin/upr-advocate.js) as a user would, on an
 * embedded database in `dataDir` (DATABASE_URL cleared so the CLI never touches PostgreSQL).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cliIn(dataDir: string): (...args: string[]) => CliResult {
  return (...args) => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/upr-advocate.js'), ...args, '--data', dataDir], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '' },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
}
