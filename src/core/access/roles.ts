/**
 * Who may do what inside an organisation. Deny by default: an action missing from a role's
 * list is refused. Admins run the organisation; editors run campaigns; viewers read (e.g. a
 * volunteer preparing the briefing pack).
 */
export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'campaign.read',
  'campaign.create',
  'campaign.update',
  'campaign.delete',
  'task.update',
  'member.read',
  'member.invite',
  'member.update',
  'member.remove',
  'calendar.import',
  'recommendations.import',
  'audit.read',
  'feed.manage',
  /** Download all of the organisation's data (to move it to another instance). */
  'organisation.export',
] as const;
export type Action = (typeof ACTIONS)[number];

const READ: Action[] = ['campaign.read', 'member.read', 'feed.manage'];
const EDIT: Action[] = [...READ, 'campaign.create', 'campaign.update', 'campaign.delete', 'task.update'];

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  viewer: READ,
  editor: EDIT,
  admin: [...EDIT, 'member.invite', 'member.update', 'member.remove', 'calendar.import', 'recommendations.import', 'audit.read', 'organisation.export'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}
