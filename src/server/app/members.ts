/**
 * Members of an organisation and invitations by one-time link. Admins invite with a role
 * (admin / editor / viewer); the invited person chooses a name and password on the link.
 * The last admin can neither be demoted nor removed, so an organisation is never orphaned.
 */
import type { Role } from '../../core/access/roles.js';
import { AppError } from '../../core/errors.js';
import type { AcceptInvitationRequest, CreatedInvitationDto, InvitationDto, InvitationPreviewDto, InviteRequest, MemberDto } from '../../shared/contracts/auth.js';
import { hashPassword } from '../auth/passwords.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import * as repo from '../db/repos/members-repo.js';
import { deleteSessionsOfUser, deleteUser, findUserIdByEmail, getUser, insertUserWithPassword } from '../db/repos/users-repo.js';
import type { InvitationTable } from '../db/schema.js';
import { authorize, notFound, type Actor, type AppDeps } from './deps.js';
import { hashToken, newToken } from './tokens.js';

export const INVITATION_DAYS = 7;

function invitationStatus(inv: InvitationTable, now: string): InvitationDto['status'] {
  if (inv.accepted_at) return 'accepted';
  if (inv.revoked_at) return 'revoked';
  return inv.expires_at < now ? 'expired' : 'pending';
}

function toInvitationDto(inv: InvitationTable, now: string): InvitationDto {
  return { id: inv.id, email: inv.email, role: inv.role as Role, createdAt: inv.created_at, expiresAt: inv.expires_at, status: invitationStatus(inv, now) };
}

export async function listMembers(deps: AppDeps, actor: Actor): Promise<MemberDto[]> {
  authorize(actor, 'member.read');
  const rows = await repo.listMembers(deps.db, actor.orgId);
  return rows.map((r) => ({ id: r.id, userId: r.user_id, name: r.name, email: r.email, role: r.role as Role, createdAt: r.created_at }));
}

export async function listInvitations(deps: AppDeps, actor: Actor): Promise<InvitationDto[]> {
  authorize(actor, 'member.invite');
  const now = deps.clock.now();
  return (await repo.listInvitations(deps.db, actor.orgId)).map((inv) => toInvitationDto(inv, now));
}

export async function inviteMember(deps: AppDeps, actor: Actor, input: InviteRequest): Promise<CreatedInvitationDto> {
  authorize(actor, 'member.invite');
  const token = newToken();
  const now = deps.clock.now();
  const invitation: InvitationTable = {
    id: crypto.randomUUID(),
    org_id: actor.orgId,
    email: input.email,
    role: input.role,
    token_hash: hashToken(token),
    invited_by: actor.userId,
    created_at: now,
    expires_at: new Date(Date.parse(now) + INVITATION_DAYS * 86_400_000).toISOString(),
    accepted_at: null,
    accepted_by: null,
    revoked_at: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    if (await findUserIdByEmail(trx, input.email)) throw new AppError('conflict', 'A user with this e-mail already exists.', { field: 'email' });
    await repo.insertInvitation(trx, invitation);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'invitation.create', objectType: 'invitation', objectId: invitation.id, changes: { email: input.email, role: input.role }, at: now });
  });
  const link = `${deps.publicUrl.replace(/\/$/, '')}/invite/${token}`;
  let mailed = false;
  if (deps.mailer) {
    const org = await repo.getOrganization(deps.db, actor.orgId);
    await deps.mailer.send({
      to: input.email,
      subject: `Invitation to ${org?.name ?? 'UPR Advocate'}`,
      text: `You are invited to join ${org?.name ?? 'an organisation'} on UPR Advocate as ${input.role}.\n\nOpen this link within ${INVITATION_DAYS} days to choose your password:\n${link}\n`,
    });
    mailed = true;
  }
  return { ...toInvitationDto(invitation, now), link, mailed };
}

export async function revokeInvitation(deps: AppDeps, actor: Actor, invitationId: string): Promise<void> {
  authorize(actor, 'member.invite');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const inv = await repo.getInvitation(trx, actor.orgId, invitationId);
    if (!inv) throw notFound('Invitation');
    if (invitationStatus(inv, now) !== 'pending') throw new AppError('conflict', 'Only a pending invitation can be revoked.');
    await repo.markInvitation(trx, actor.orgId, inv.id, { revoked_at: now });
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'invitation.revoke', objectType: 'invitation', objectId: inv.id, changes: {}, at: now });
  });
}

async function pendingInvitation(deps: AppDeps, token: string) {
  const inv = await repo.findInvitationByTokenHash(deps.db, hashToken(token));
  if (!inv || invitationStatus(inv, deps.clock.now()) !== 'pending') {
    throw new AppError('invitation-invalid', 'This invitation link is not valid any more. Ask your administrator for a new one.');
  }
  return inv;
}

export async function previewInvitation(deps: AppDeps, token: string): Promise<InvitationPreviewDto> {
  const inv = await pendingInvitation(deps, token);
  return { organisationName: inv.org_name, email: inv.email, role: inv.role as Role };
}

export async function acceptInvitation(deps: AppDeps, token: string, input: AcceptInvitationRequest): Promise<{ userId: string; email: string }> {
  const inv = await pendingInvitation(deps, token);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  const userId = crypto.randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    // Re-check inside the transaction: two clicks on the same link create one account.
    const fresh = await repo.getInvitation(trx, inv.org_id, inv.id);
    if (!fresh || invitationStatus(fresh, now) !== 'pending') throw new AppError('invitation-invalid', 'This invitation link has already been used.');
    if (await findUserIdByEmail(trx, inv.email)) throw new AppError('conflict', 'A user with this e-mail already exists.');
    await insertUserWithPassword(trx, deps.engine, { id: userId, name: input.name, email: inv.email, passwordHash, now });
    await repo.insertMember(trx, { id: crypto.randomUUID(), orgId: inv.org_id, userId, role: inv.role, now });
    await repo.markInvitation(trx, inv.org_id, inv.id, { accepted_at: now, accepted_by: userId });
    await appendAudit(trx, { orgId: inv.org_id, actorId: userId, action: 'invitation.accept', objectType: 'invitation', objectId: inv.id, changes: { role: inv.role }, at: now });
  });
  return { userId, email: inv.email };
}

export async function updateMemberRole(deps: AppDeps, actor: Actor, memberId: string, role: Role): Promise<MemberDto> {
  authorize(actor, 'member.update');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const member = await repo.getMember(trx, actor.orgId, memberId);
    if (!member) throw notFound('Member');
    if (member.role === 'admin' && role !== 'admin' && (await repo.countAdmins(trx, actor.orgId)) <= 1) {
      throw new AppError('conflict', 'The organisation needs at least one admin. Make someone else admin first.');
    }
    await repo.updateMemberRole(trx, actor.orgId, memberId, role);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'member.update', objectType: 'member', objectId: memberId, changes: { role }, at: now });
  });
  const updated = (await listMembers(deps, actor)).find((m) => m.id === memberId);
  if (!updated) throw notFound('Member');
  return updated;
}

export async function removeMember(deps: AppDeps, actor: Actor, memberId: string): Promise<void> {
  authorize(actor, 'member.remove');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const member = await repo.getMember(trx, actor.orgId, memberId);
    if (!member) throw notFound('Member');
    if (member.role === 'admin' && (await repo.countAdmins(trx, actor.orgId)) <= 1) {
      throw new AppError('conflict', 'The organisation needs at least one admin.');
    }
    const user = await getUser(trx, member.user_id);
    await repo.deleteMember(trx, actor.orgId, memberId);
    // A removed member is signed out everywhere at once; an account left without any
    // organisation is deleted (its personal data goes, and the e-mail can be invited again).
    await deleteSessionsOfUser(trx, member.user_id);
    if (!(await repo.findMembershipOfUser(trx, member.user_id))) await deleteUser(trx, member.user_id);
    await appendAudit(trx, {
      orgId: actor.orgId, actorId: actor.userId, action: 'member.remove', objectType: 'member', objectId: memberId,
      changes: { name: user?.name ?? null, email: user?.email ?? null, role: member.role }, at: now,
    });
  });
}
