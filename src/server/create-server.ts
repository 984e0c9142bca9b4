/**
 * Wires a server instance: database (migrated), reference data, calendar, auth and HTTP app.
 * Used by `upr-advocate serve`, by the CLI commands that need the database, and by tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadCalendar } from './db/repos/calendar-repo.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { seedCalendarIfEmpty } from './app/calendar-admin.js';
import { systemClock, type AppDeps, type CalendarStore, type Clock } from './app/deps.js';
import { getSetupStatus } from './app/setup.js';
import { newSetupCode } from './app/tokens.js';
import { createAuth, type Auth } from './auth/auth.js';
import { SessionCache } from './auth/session-cache.js';
import { ShortMemory, writeWatcher } from './auth/short-memory.js';
import type { RequestContext } from './app/me.js';
import { REQUEST_CONTEXT_TABLES } from './db/repos/two-factor-repo.js';
import type { Config } from './config.js';
import { createHttpApp } from './http/app.js';
import type { SetupCodeHolder } from './http/context.js';
import { createMailer } from './mail/mailer.js';
import { loadReferenceData } from './reference/load-reference-data.js';
import { createStateRegistry } from './reference/state-registry.js';

export const VERSION = '0.1.0';

export interface ServerInstance {
  deps: AppDeps;
  auth: Auth;
  handle: DatabaseHandle;
  app: ReturnType<typeof createHttpApp>;
  setup: SetupCodeHolder;
  /** Sessions validated a moment ago (emptied by every write to the session table). */
  sessions: SessionCache;
  /** Users' request contexts remembered by the session gate (decision record 0011). */
  contexts: ShortMemory<RequestContext>;
  close(): Promise<void>;
}

export interface ServerOptions {
  config: Config;
  clock?: Clock;
  webDir?: string | null;
  pgSchema?: string;
  sqliteFile?: string;
  /** Fixed setup code for tests; otherwise a random one is made when the instance is empty. */
  setupCode?: string;
  /** The millisecond clock of the short memories (sessions, request contexts); tests move it. */
  memoryNow?: () => number;
}

/** The cookie-signing secret: from AUTH_SECRET, else generated once and kept in the data folder. */
function authSecret(config: Config): string {
  if (config.authSecret) return config.authSecret;
  const file = path.join(config.dataDir, 'auth-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export async function openDeps(options: ServerOptions): Promise<{ deps: AppDeps; handle: DatabaseHandle }> {
  const { config } = options;
  const handle = openDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    pgSchema: options.pgSchema,
    sqliteFile: options.sqliteFile,
    pgNamedStatements: config.pgNamedStatements,
  });
  const backupBefore = handle.sqlite ? { sqlite: handle.sqlite, dataDir: config.dataDir } : undefined;
  await migrateToLatest(handle.db, handle.engine, handle.schema, { backupBefore });
  const reference = loadReferenceData();
  await seedCalendarIfEmpty(handle.db, reference.calendar);
  let calendar = await loadCalendar(handle.db);
  const store: CalendarStore = {
    get: () => calendar,
    reload: async () => {
      calendar = await loadCalendar(handle.db);
    },
  };
  const deps: AppDeps = {
    db: handle.db,
    engine: handle.engine,
    states: createStateRegistry(reference.states, reference.stateAliases),
    calendar: store,
    clock: options.clock ?? systemClock(config.fixedToday),
    mailer: createMailer(config.smtp),
    publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
  };
  return { deps, handle };
}

export async function createServer(options: ServerOptions): Promise<ServerInstance> {
  const { config } = options;
  const opened = await openDeps(options);
  // Every write to the session table, better-auth's and ours, empties the session cache.
  const sessions = new SessionCache(options.memoryNow);
  // And every write to what a request context is read from (membership, role, two-step policy,
  // language) empties the remembered contexts (decision record 0011).
  const contexts = new ShortMemory<RequestContext>(options.memoryNow);
  const db = opened.handle.db.withPlugin(
    writeWatcher([
      { tables: ['session'], kinds: ['update', 'delete'], onChange: () => sessions.sessionsChanged() },
      { tables: REQUEST_CONTEXT_TABLES, kinds: ['insert', 'update', 'delete'], onChange: () => contexts.changed() },
    ]),
  );
  const handle: DatabaseHandle = { ...opened.handle, db };
  const deps: AppDeps = { ...opened.deps, db };
  const publicUrl = deps.publicUrl;
  const auth = createAuth({
    db: handle.db,
    engine: handle.engine,
    secret: authSecret(config),
    baseUrl: publicUrl,
    sessionMaxAgeSeconds: config.sessionMaxAgeSeconds,
    secureCookies: publicUrl.startsWith('https://'),
  });
  const needsSetup = (await getSetupStatus(deps)).needsSetup;
  const setup: SetupCodeHolder = { current: needsSetup ? (options.setupCode ?? config.setupCode ?? newSetupCode()) : null };
  const app = createHttpApp({ deps, auth, setup, sessions, contexts }, { webDir: options.webDir ?? null, version: VERSION });
  return { deps, auth, handle, app, setup, sessions, contexts, close: () => handle.close() };
}
