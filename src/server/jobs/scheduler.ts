/**
 * Runs the daily digest once a day from a configured hour (UTC). It checks every 10 minutes and
 * shortly after start-up rather than sleeping until the hour, so a server started late in the
 * day, or woken from a suspended machine, still sends that day's digest. A run that left
 * failures is repeated at the next check (the digest log keeps already-served people from a
 * second mail). Errors are logged, never thrown: the digest must not take the server down.
 */
import type { AppDeps, Clock } from '../app/deps.js';
import type { DigestConfig } from '../config.js';
import { sendDailyDigests } from './daily-digest.js';

export const CHECK_EVERY_MS = 10 * 60 * 1000;
/** The first check waits a moment so start-up (migrations, listening) finishes first. */
export const FIRST_CHECK_MS = 5_000;

export interface DailyJobOptions {
  clock: Clock;
  hourUtc: number;
  /** The work; `failed > 0` makes the next check try again the same day. */
  run: () => Promise<{ failed: number }>;
  log: (line: string) => void;
  checkEveryMs?: number;
  firstCheckMs?: number;
}

export interface DailyJob {
  /** Stops the checks and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function startDailyJob(options: DailyJobOptions): DailyJob {
  let doneFor: string | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const check = () => {
    if (stopped || running) return;
    const today = options.clock.today();
    const hour = new Date(options.clock.now()).getUTCHours();
    if (doneFor === today || hour < options.hourUtc) return;
    running = options
      .run()
      .then((result) => {
        if (result.failed === 0) doneFor = today;
      })
      .catch((error: unknown) => options.log(`daily digest: run failed, will retry at the next check (${message(error)})`))
      .finally(() => {
        running = null;
      });
  };

  // unref: the timers alone must not keep a stopping process alive.
  const first = setTimeout(check, options.firstCheckMs ?? FIRST_CHECK_MS);
  first.unref();
  const timer = setInterval(check, options.checkEveryMs ?? CHECK_EVERY_MS);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}

/** The server's digest schedule; a no-op when DIGEST_DISABLED=true or no SMTP server is configured. */
export function startDigestScheduler(deps: AppDeps, config: DigestConfig, log: (line: string) => void): DailyJob {
  if (config.disabled) {
    log('daily digest: off (DIGEST_DISABLED=true)');
    return { stop: async () => {} };
  }
  if (!deps.mailer) {
    log('daily digest: off (no SMTP server configured: set SMTP_HOST)');
    return { stop: async () => {} };
  }
  log(`daily digest: every day from ${String(config.hourUtc).padStart(2, '0')}:00 UTC`);
  return startDailyJob({
    clock: deps.clock,
    hourUtc: config.hourUtc,
    log,
    run: async () => {
      const summary = await sendDailyDigests(deps, { log });
      if (summary.sent + summary.failed > 0) {
        log(`daily digest ${summary.date}: sent ${summary.sent}, failed ${summary.failed}, already sent ${summary.skipped}`);
      }
      return summary;
    },
  });
}
