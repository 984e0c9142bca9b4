/**
 * `upr-advocate org import FILE [--name NAME]`: imports an organisation exported by its admin
 * (Settings → "Download all data", GET /api/admin/organisation-export) into this instance under
 * new ids, and prints each member's one-time link to set a password (valid for a day; links use
 * PUBLIC_URL). Hand each link to its owner only.
 */
import fs from 'node:fs';
import { importOrganisation, type OrganisationImportSummary } from '../server/app/organisation-transfer.js';
import { loadConfig } from '../server/config.js';
import { openDeps } from '../server/create-server.js';
import { UsageError, writeJson } from './output.js';

export interface OrgImportOptions {
  data?: string;
  name?: string;
  format: 'text' | 'json';
}

function readExport(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}: no such file. Give the .json file an admin downloaded (Settings → "Download all data").`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not JSON: give the organisation export file unchanged.`);
  }
}

export async function orgImportCommand(file: string, opts: OrgImportOptions): Promise<OrganisationImportSummary> {
  const input = readExport(file);
  const { deps, handle } = await openDeps({ config: loadConfig({ dataDir: opts.data }) });
  try {
    process.stderr.write(`org import: reading ${file}\n`);
    const summary = await importOrganisation(deps, input, { name: opts.name });
    if (opts.format === 'json') writeJson({ orgId: summary.orgId, name: summary.name, rows: summary.rows, members: summary.members });
    else {
      process.stdout.write(`Imported "${summary.name}" (${summary.rows} rows) as organisation ${summary.orgId}.\n`);
      process.stdout.write(`Each member sets a password with their own link (valid for 24 hours); give each link to its owner only:\n`);
      for (const m of summary.members) process.stdout.write(`  ${m.name} <${m.email}> (${m.role}): ${m.passwordLink}\n`);
    }
    return summary;
  } finally {
    await handle.close();
  }
}
