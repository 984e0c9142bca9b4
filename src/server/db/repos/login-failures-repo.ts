/**
 * Failed sign-ins of the last minutes, counted per client address, per typed account and per
 * device cookie. Rows older than the window are pruned as new ones arrive.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface LoginFailure {
  ip: string;
  accountKey: string;
  deviceKey: string | null;
  at: string;
}

export async function insertLoginFailure(db: Kysely<Database>, failure: LoginFailure, pruneBefore: string): Promise<void> {
  await db.deleteFrom('login_failure').where('at', '<', pruneBefore).execute();
  await db
    .insertInto('login_failure')
    .values({ id: crypto.randomUUID(), at: failure.at, ip: failure.ip, account_key: failure.accountKey, device_key: failure.deviceKey })
    .execute();
}

export interface FailureCounts {
  ip: number;
  /** Failures on this account from devices without a valid device cookie. */
  accountUnknownDevices: number;
  /** Failures that came with this device cookie (0 without one). */
  device: number;
}

export async function countLoginFailures(
  db: Kysely<Database>,
  attempt: { ip: string; accountKey: string; deviceKey: string | null },
  since: string,
): Promise<FailureCounts> {
  const base = () =>
    db
      .selectFrom('login_failure')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('at', '>=', since);
  const count = (filter: (q: ReturnType<typeof base>) => ReturnType<typeof base>) =>
    filter(base())
      .executeTakeFirstOrThrow()
      .then((row) => Number(row.n));
  const [ip, accountUnknownDevices, device] = await Promise.all([
    count((q) => q.where('ip', '=', attempt.ip)),
    count((q) => q.where('account_key', '=', attempt.accountKey).where('device_key', 'is', null)),
    attempt.deviceKey ? count((q) => q.where('device_key', '=', attempt.deviceKey)) : Promise.resolve(0),
  ]);
  return { ip, accountUnknownDevices, device };
}
