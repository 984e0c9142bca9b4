/**
 * Forward-only migrations, applied at start-up in name order (names are timestamps). Each
 * migration receives the engine, because a few statements differ between SQLite and PostgreSQL.
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Engine } from './database.js';
import * as betterAuth from './migrations/2026-11-27T1900-better-auth.js';
import * as organisations from './migrations/2026-11-27T1910-organisations-campaigns.js';
import * as recommendations from './migrations/2026-11-27T2000-recommendations.js';
import * as searchIndexes from './migrations/2026-11-27T2100-recommendation-search-indexes.js';
import * as targetIndexes from './migrations/2026-11-27T2100-target-indexes.js';
import * as advocacyOutreach from './migrations/2026-11-27T2200-advocacy-outreach.js';
import * as outcomeMonitoring from './migrations/2026-11-27T2300-outcome-monitoring.js';

type EngineMigration = { up(db: Kysely<unknown>, engine: Engine): Promise<void> };

const MIGRATIONS: Record<string, EngineMigration> = {
  '2026-11-27T1900-better-auth': betterAuth,
  '2026-11-27T1910-organisations-campaigns': organisations,
  '2026-11-27T2000-recommendations': recommendations,
  '2026-11-27T2100-recommendation-search-indexes': searchIndexes,
  '2026-11-27T2100-target-indexes': targetIndexes,
  '2026-11-27T2200-advocacy-outreach': advocacyOutreach,
  '2026-11-27T2300-outcome-monitoring': outcomeMonitoring,
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
}

/** Applies every pending migration; throws (and changes nothing more) if one fails. */
export async function migrateToLatest(db: Kysely<any>, engine: Engine, schema: string | null = null): Promise<MigrationReport> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one is ours.
  const migrator = new Migrator({ db, provider: new StaticProvider(engine), ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

export function pendingMigrationNames(): string[] {
  return Object.keys(MIGRATIONS).sort();
}
