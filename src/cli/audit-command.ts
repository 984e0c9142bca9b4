/**
 * `upr-advocate audit verify [--format text|json] [--data DIR]`: walks the audit log's hash
 * chains. Prints OK with the number of entries, or exits 1 naming the first broken entry.
 */
import { verifyAuditLog, type AuditBrokenEntry, type AuditVerification } from '../server/app/audit-verify.js';
import type { AppDeps } from '../server/app/deps.js';
import { loadConfig } from '../server/config.js';
import { openDeps } from '../server/create-server.js';
import { UsageError, writeJson } from './output.js';

export interface AuditVerifyOptions {
  data?: string;
  format: 'text' | 'json';
}

/** A failed check: exit 1 with its one-line message (runCommand). */
export class AuditBrokenError extends UsageError {}

const REASONS: Record<AuditBrokenEntry['reason'], string> = {
  changed: 'its content does not match its hash (the entry was changed)',
  link: 'it does not follow the entry before it (an earlier entry was deleted, or entries were reordered)',
  'missing-newest': 'the newest entry of its chain is missing (it was deleted)',
  'no-head': 'its chain has no head record (the chain head was deleted)',
};

export function brokenMessage(broken: AuditBrokenEntry): string {
  const chain = broken.chain ? `organisation ${broken.chain}` : 'the instance-wide chain';
  const when = broken.at ? ` (${broken.at})` : '';
  return `audit log broken at entry ${broken.id}${when} in ${chain}: ${REASONS[broken.reason]}.`;
}

/** Prints the result; throws AuditBrokenError when a chain is broken. */
export async function reportAuditVerification(deps: Pick<AppDeps, 'db'>, format: 'text' | 'json'): Promise<AuditVerification> {
  const result = await verifyAuditLog(deps);
  if (format === 'json') writeJson({ ok: result.broken === null, entries: result.entries, chains: result.chains, broken: result.broken, heads: result.heads });
  else if (!result.broken) process.stdout.write(`OK: ${result.entries} audit entries in ${result.chains} chain(s), hash chains intact.\n`);
  if (result.broken) throw new AuditBrokenError(brokenMessage(result.broken));
  return result;
}

export async function auditVerifyCommand(opts: AuditVerifyOptions): Promise<void> {
  const { deps, handle } = await openDeps({ config: loadConfig({ dataDir: opts.data }) });
  try {
    await reportAuditVerification(deps, opts.format);
  } finally {
    await handle.close();
  }
}
