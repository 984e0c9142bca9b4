/**
 * For a transaction that writes many rows on PostgreSQL (an import, a restore): lets PostgreSQL
 * reuse plans until the transaction ends. Each row's foreign keys are checked by a statement
 * PostgreSQL prepares once, and the pool's forced custom plans (decision record 0010) made it
 * plan that check again for every row: ~100,000 links of the recommendation library took
 * 11.2 s to import instead of 7.8. `SET LOCAL`, so the pooled connection goes back to forced
 * custom plans with the commit or rollback. Nothing to do on SQLite.
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from './database.js';
import type { Database } from './schema.js';

export async function reusePlansForBulkWrites(trx: Kysely<Database>, engine: Engine): Promise<void> {
  if (engine === 'postgres') await sql`set local plan_cache_mode = auto`.execute(trx);
}
