import { describe, expect, it } from 'vitest';
import { ACTIONS, can, isRole, ROLES } from './roles.js';

describe('roles × actions', () => {
  const expected: Record<string, string[]> = {
    viewer: ['campaign.read', 'member.read', 'feed.manage'],
    editor: ['campaign.read', 'member.read', 'feed.manage', 'campaign.create', 'campaign.update', 'campaign.delete', 'task.update'],
    admin: [...ACTIONS],
  };
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      const allowed = expected[role]!.includes(action);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => expect(can(role, action)).toBe(allowed));
    }
  }
  it('recognises only the three roles', () => {
    expect(isRole('admin')).toBe(true);
    expect(isRole('owner')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
