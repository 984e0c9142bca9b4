/**
 * `upr-advocate user reset-two-factor EMAIL`: the operator turns off a member's two-step sign-in
 * (lost phone and recovery codes) and ends the member's sessions; see
 * src/server/app/operator-two-factor-reset.ts for why this is the operator's and not an admin's.
 */
import { resetTwoFactorByOperator, type TwoFactorResetSummary } from '../server/app/operator-two-factor-reset.js';
import { loadConfig } from '../server/config.js';
import { openDeps } from '../server/create-server.js';
import { writeJson } from './output.js';

export interface UserResetTwoFactorOptions {
  data?: string;
  format: 'text' | 'json';
}

export async function userResetTwoFactorCommand(email: string, opts: UserResetTwoFactorOptions): Promise<TwoFactorResetSummary> {
  const { deps, handle } = await openDeps({ config: loadConfig({ dataDir: opts.data }) });
  try {
    const summary = await resetTwoFactorByOperator(deps, email);
    if (opts.format === 'json') writeJson(summary);
    else {
      const org = summary.orgName ? ` (${summary.orgName})` : '';
      process.stdout.write(`Two-step sign-in is off for ${email}${org}; ${summary.sessionsEnded} session(s) ended.\n`);
      process.stdout.write(
        summary.setUpAgainRequired
          ? 'Their organisation requires two-step sign-in: they set it up again right after signing in with their password.\n'
          : 'Ask them to turn two-step sign-in on again (Settings → Security) once they are signed in.\n',
      );
    }
    return summary;
  } finally {
    await handle.close();
  }
}
