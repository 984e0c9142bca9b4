/**
 * Forward-only migrations, applied at start-up in name order (names are timestamps). Each
 * migration receives the engine, because a few statements differ between SQLite and PostgreSQL.
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Engine } from './database.js';
import { backupBeforeMigration, type PreMigrationBackupTarget } from './pre-migration-backup.js';
import * as betterAuth from './migrations/2026-11-27T1900-better-auth.js';
import * as organisations from './migrations/2026-11-27T1910-organisations-campaigns.js';
import * as recommendations from './migrations/2026-11-27T2000-recommendations.js';
import * as searchIndexes from './migrations/2026-11-27T2100-recommendation-search-indexes.js';
import * as targetIndexes from './migrations/2026-11-27T2100-target-indexes.js';
import * as advocacyOutreach from './migrations/2026-11-27T2200-advocacy-outreach.js';
import * as outcomeMonitoring from './migrations/2026-11-27T2300-outcome-monitoring.js';
import * as nextCycle from './migrations/2026-11-28T0300-next-cycle.js';
import * as auditChain from './migrations/2026-11-28T0200-audit-chain.js';
import * as accountsSecurity from './migrations/2026-11-28T0100-accounts-security.js';
import * as performanceIndexes from './migrations/2026-11-28T0400-performance-indexes.js';
import * as recommendationLinkLists from './migrations/2026-11-28T0500-recommendation-link-lists.js';
import * as campaignProgressVersion from './migrations/2026-11-28T0600-campaign-progress-version.js';
import * as searchIndexVersion from './migrations/2026-11-28T0700-search-index-version.js';
import * as campaignOpenFollowUps from './migrations/2026-11-28T0800-campaign-open-follow-ups.js';
import * as orgOutreachVersion from './migrations/2026-11-28T0900-org-outreach-version.js';

type EngineMigration = { up(db: Kysely<unknown>, engine: Engine): Promise<void> };

const MIGRATIONS: Record<string, EngineMigration> = {
  '2026-11-27T1900-better-auth': betterAuth,
  '2026-11-27T1910-organisations-campaigns': organisations,
  '2026-11-27T2000-recommendations': recommendations,
  '2026-11-27T2100-recommendation-search-indexes': searchIndexes,
  '2026-11-27T2100-target-indexes': targetIndexes,
  '2026-11-27T2200-advocacy-outreach': advocacyOutreach,
  '2026-11-27T2300-outcome-monitoring': outcomeMonitoring,
  '2026-11-28T0300-next-cycle': nextCycle,
  '2026-11-28T0200-audit-chain': auditChain,
  '2026-11-28T0100-accounts-security': accountsSecurity,
  '2026-11-28T0400-performance-indexes': performanceIndexes,
  '2026-11-28T0500-recommendation-link-lists': recommendationLinkLists,
  '2026-11-28T0600-campaign-progress-version': campaignProgressVersion,
  '2026-11-28T0700-search-index-version': searchIndexVersion,
  '2026-11-28T0800-campaign-open-follow-ups': campaignOpenFollowUps,
  '2026-11-28T0900-org-outreach-version': orgOutreachVersion,
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly engine: Engine) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const entries = Object.entries(MIGRATIONS).map(([name, m]) => [name, { up: (db: Kysely<unknown>) => m.up(db, this.engine) }]);
    return Object.fromEntries(entries);
  }
}

export interface MigrationReport {
  applied: string[];
  /** The copy of the SQLite file taken before migrating, if one was taken. */
  backupFile?: string;
}

export interface MigrateOptions {
  /**
   * SQLite: copy the database to `<dataDir>/backups/pre-migration-<time>.sqlite` before applying
   * pending migrations to a database that already has some (a failed or unwanted upgrade can be
   * undone by putting the copy back).
   */
  backupBefore?: PreMigrationBackupTarget;
}

function migratorFor(db: Kysely<any>, engine: Engine, schema: string | null): Migrator {
  // Kysely looks for its bookkeeping tables in every schema unless told which one is ours.
  return new Migrator({ db, provider: new StaticProvider(engine), ...(schema ? { migrationTableSchema: schema } : {}) });
}

function reportOf(outcome: MigrationResultSet): MigrationReport {
  const { error, results } = outcome;
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** Applies every pending migration; throws (and changes nothing more) if one fails. */
export async function migrateToLatest(db: Kysely<any>, engine: Engine, schema: string | null = null, options: MigrateOptions = {}): Promise<MigrationReport> {
  const migrator = migratorFor(db, engine, schema);
  let backupFile: string | undefined;
  if (options.backupBefore) {
    const infos = await migrator.getMigrations();
    const hasApplied = infos.some((m) => m.executedAt !== undefined);
    const hasPending = infos.some((m) => m.executedAt === undefined);
    if (hasApplied && hasPending) backupFile = await backupBeforeMigration(options.backupBefore);
  }
  const report = reportOf(await migrateRetryingRacedCatalog(migrator));
  return backupFile ? { ...report, backupFile } : report;
}

/**
 * Kysely checks for its bookkeeping tables by listing the tables of every schema; on a shared
 * PostgreSQL server a schema dropped meanwhile by someone else (a parallel test run, another
 * instance's clean-up) makes that listing fail with 3F000 for a schema that is not ours. Nothing
 * has been applied then (a failed migration run is rolled back), so asking again is safe.
 */
async function migrateRetryingRacedCatalog(migrator: Migrator): Promise<MigrationResultSet> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await migrator.migrateToLatest();
    const code = (outcome.error as { code?: unknown } | undefined)?.code;
    if (code !== '3F000' || attempt === 3) return outcome;
  }
}

/** Applies the migrations up to and including `name` (restoring an older backup). */
export async function migrateTo(db: Kysely<any>, engine: Engine, schema: string | null, name: string): Promise<MigrationReport> {
  return reportOf(await migratorFor(db, engine, schema).migrateTo(name));
}

/** Names of the migrations already applied to the database, in order. */
export async function appliedMigrationNames(db: Kysely<any>, engine: Engine, schema: string | null = null): Promise<string[]> {
  const infos = await migratorFor(db, engine, schema).getMigrations();
  return infos.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}

export function pendingMigrationNames(): string[] {
  return Object.keys(MIGRATIONS).sort();
}
