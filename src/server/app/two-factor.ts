/**
 * Two-factor sign-in of the signed-in user: start (a new TOTP secret as a QR code, after the
 * password), confirm with a first code (→ on, with 10 single-use recovery codes shown once),
 * new recovery codes and turning it off (both after the password). Each change writes its
 * audit entry in the same transaction; no secret, code or recovery code is ever audited.
 * better-auth's two-factor plugin reads what is written here when the user signs in.
 */
import { AppError } from '../../core/errors.js';
import type { PasswordConfirmation, RecoveryCodesDto, SecurityStatusDto, TwoFactorSetupDto } from '../../shared/contracts/account-security.js';
import { confirmTwoFactorSchema, passwordConfirmationSchema } from '../../shared/contracts/account-security.js';
import { verifyPassword } from '../auth/passwords.js';
import type { TwoFactorVault } from '../auth/two-factor-vault.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { getPasswordHash } from '../db/repos/sessions-repo.js';
import * as repo from '../db/repos/two-factor-repo.js';
import { getUser } from '../db/repos/users-repo.js';
import type { Actor, AppDeps } from './deps.js';

/** Refuses with `password-wrong` unless `password` is the user's current password. */
export async function checkCurrentPassword(deps: AppDeps, userId: string, password: string, field = 'password'): Promise<void> {
  const hash = await getPasswordHash(deps.db, userId);
  if (!hash || !(await verifyPassword(hash, password))) {
    throw new AppError('password-wrong', 'The password is not right.', { field, issues: [{ path: field, message: 'password-wrong' }] });
  }
}

export async function getSecurityStatus(deps: AppDeps, vault: TwoFactorVault, actor: Actor): Promise<SecurityStatusDto> {
  const [record, required] = await Promise.all([repo.getTwoFactorRecord(deps.db, actor.userId), repo.getTwoFactorPolicy(deps.db, actor.orgId)]);
  return {
    twoFactor: {
      enabled: record.enabled,
      setupPending: !record.enabled && record.pending !== null,
      recoveryCodesLeft: record.enabled && record.backupCodes ? await vault.countRecoveryCodes(record.backupCodes) : 0,
    },
    organisationRequiresTwoFactor: required,
    setupRequired: required && !record.enabled,
  };
}

export async function startTwoFactorSetup(deps: AppDeps, vault: TwoFactorVault, actor: Actor, input: PasswordConfirmation): Promise<TwoFactorSetupDto> {
  const { password } = passwordConfirmationSchema.parse(input);
  await checkCurrentPassword(deps, actor.userId, password);
  const user = await getUser(deps.db, actor.userId);
  if (!user) throw new AppError('unauthenticated', 'Please sign in again.');
  if ((await repo.getTwoFactorRecord(deps.db, actor.userId)).enabled) {
    throw new AppError('conflict', 'Two-step sign-in is already on. Turn it off first to use another authenticator.');
  }
  const secret = await vault.newTotpSecret(user.email);
  const now = deps.clock.now();
  // Sign-in is unaffected until a code confirms the secret; a new start replaces an unconfirmed one.
  await deps.db.transaction().execute(async (trx) => {
    await repo.savePendingSecret(trx, actor.userId, secret.stored, now);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'user.two-factor.setup', objectType: 'user', objectId: actor.userId, changes: {}, at: now });
  });
  return { otpauthUri: secret.otpauthUri, manualKey: secret.manualKey, qrCode: secret.qrCode };
}

export async function confirmTwoFactor(deps: AppDeps, vault: TwoFactorVault, actor: Actor, input: unknown): Promise<RecoveryCodesDto> {
  const { code } = confirmTwoFactorSchema.parse(input);
  const record = await repo.getTwoFactorRecord(deps.db, actor.userId);
  if (record.enabled) throw new AppError('conflict', 'Two-step sign-in is already on.');
  if (!record.pending) throw new AppError('conflict', 'Start the setup again: scan the QR code first.');
  if (!(await vault.checkTotp(record.pending.secret, code))) {
    throw new AppError('two-factor-code-invalid', 'This code is not right. Check the time on your phone and type the current code.', {
      field: 'code',
      issues: [{ path: 'code', message: 'two-factor-code-invalid' }],
    });
  }
  const recovery = await vault.newRecoveryCodes();
  const pendingSecret = record.pending.secret;
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    // Re-read inside the transaction: a second confirmation, or a new setup started meanwhile,
    // must not turn on a secret other than the one just checked.
    const fresh = await repo.getTwoFactorRecord(trx, actor.userId);
    if (fresh.enabled || fresh.pending?.secret !== pendingSecret) throw new AppError('conflict', 'The setup changed meanwhile. Start it again.');
    await repo.enableTwoFactor(trx, deps.engine, { userId: actor.userId, secret: pendingSecret, backupCodes: recovery.stored });
    await repo.deletePendingSecret(trx, actor.userId);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'user.two-factor.enable', objectType: 'user', objectId: actor.userId, changes: { twoFactor: true, recoveryCodes: recovery.codes.length }, at: now });
  });
  return { recoveryCodes: recovery.codes };
}

export async function regenerateRecoveryCodes(deps: AppDeps, vault: TwoFactorVault, actor: Actor, input: PasswordConfirmation): Promise<RecoveryCodesDto> {
  const { password } = passwordConfirmationSchema.parse(input);
  await checkCurrentPassword(deps, actor.userId, password);
  const recovery = await vault.newRecoveryCodes();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.getTwoFactorRecord(trx, actor.userId)).enabled) throw new AppError('conflict', 'Turn two-step sign-in on first.');
    // The old codes stop working at once: only the new list is stored.
    await repo.replaceBackupCodes(trx, actor.userId, recovery.stored);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'user.two-factor.recovery-codes', objectType: 'user', objectId: actor.userId, changes: { recoveryCodes: recovery.codes.length }, at: now });
  });
  return { recoveryCodes: recovery.codes };
}

export async function disableTwoFactor(deps: AppDeps, actor: Actor, input: PasswordConfirmation): Promise<void> {
  const { password } = passwordConfirmationSchema.parse(input);
  await checkCurrentPassword(deps, actor.userId, password);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (await repo.getTwoFactorPolicy(trx, actor.orgId)) {
      throw new AppError('two-factor-required', 'Your organisation requires two-step sign-in: it cannot be turned off.');
    }
    if (!(await repo.getTwoFactorRecord(trx, actor.userId)).enabled) throw new AppError('conflict', 'Two-step sign-in is already off.');
    await repo.disableTwoFactor(trx, deps.engine, actor.userId);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'user.two-factor.disable', objectType: 'user', objectId: actor.userId, changes: { twoFactor: false }, at: now });
  });
}
