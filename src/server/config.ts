/**
 * The only reader of process.env. Everything else receives a Config.
 */
import path from 'node:path';

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

export interface Config {
  /** Folder of the embedded SQLite database and the instance secret. */
  dataDir: string;
  /** PostgreSQL instead of SQLite when set. */
  databaseUrl: string | null;
  /**
   * PostgreSQL: prepare repeated statements once per connection (PG_PREPARED_STATEMENTS=off
   * turns it off, e.g. behind a connection pooler in transaction mode that cannot keep them).
   */
  pgNamedStatements: boolean;
  port: number;
  host: string;
  /** Public address of the instance, used in invitation links and calendar feeds. */
  publicUrl: string | null;
  /** Secret for signing cookies; generated and kept in dataDir when not given. */
  authSecret: string | null;
  smtp: SmtpConfig | null;
  /** Sessions expire after this many seconds without use. */
  sessionMaxAgeSeconds: number;
  /** Tests pin the clock; production uses the real date. */
  fixedToday: string | null;
  /** A fixed first-run setup code for automated installs and tests; random when unset. */
  setupCode: string | null;
  /** The daily e-mail of follow-ups due: sent once a day from this hour (UTC) on, unless disabled. */
  digest: DigestConfig;
  /** Passphrase of `upr-advocate backup`/`restore` from UPR_BACKUP_PASSPHRASE (--passphrase-file wins). */
  backupPassphrase: string | null;
}

export interface DigestConfig {
  hourUtc: number;
  disabled: boolean;
}

export interface ConfigOverrides {
  dataDir?: string;
  port?: number;
}

export function loadConfig(overrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const smtpHost = env.SMTP_HOST?.trim();
  return {
    dataDir: path.resolve(overrides.dataDir ?? env.UPR_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL?.trim() || null,
    pgNamedStatements: env.PG_PREPARED_STATEMENTS?.trim().toLowerCase() !== 'off',
    port: overrides.port ?? (env.PORT ? Number(env.PORT) : 8080),
    host: env.HOST?.trim() || '127.0.0.1',
    publicUrl: env.PUBLIC_URL?.trim() || null,
    authSecret: env.AUTH_SECRET?.trim() || null,
    smtp: smtpHost
      ? {
          host: smtpHost,
          port: Number(env.SMTP_PORT ?? 587),
          secure: env.SMTP_SECURE === 'true',
          user: env.SMTP_USER ?? null,
          password: env.SMTP_PASSWORD ?? null,
          from: env.SMTP_FROM ?? 'UPR Advocate <no-reply@localhost>',
        }
      : null,
    sessionMaxAgeSeconds: Number(env.SESSION_MAX_AGE_SECONDS ?? 60 * 60 * 24 * 7),
    fixedToday: env.UPR_TODAY?.trim() || null,
    setupCode: env.UPR_SETUP_CODE?.trim() || null,
    digest: { hourUtc: digestHour(env.DIGEST_HOUR_UTC), disabled: env.DIGEST_DISABLED?.trim().toLowerCase() === 'true' },
    backupPassphrase: env.UPR_BACKUP_PASSPHRASE || null,
  };
}

/** A wrong hour is refused at start-up rather than silently moving (or never sending) the digest. */
function digestHour(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 7;
  const hour = Number(value);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    throw new Error(`DIGEST_HOUR_UTC must be a whole hour from 0 to 23, not "${value}".`);
  return hour;
}
