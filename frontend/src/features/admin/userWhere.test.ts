import { describe, expect, it } from 'vitest';
import { userWhere } from './UserList';

describe('userWhere', () => {
  it('searches usernames (lowercase) and names, filters by role', () => {
    expect(userWhere('', undefined)).toEqual({});
    expect(userWhere(' Qiye ', 'ENTERPRISE')).toEqual({
      role: 'ENTERPRISE', or: [{ usernameContains: 'qiye' }, { displayNameContains: 'Qiye' }],
    });
  });
});
