import type { UserRole } from '../../gql/graphql';

/**
 * The scope an account of each role is tied to — the shape of CreateUserInput
 * (an enterprise for ENTERPRISE users, districts for DISTRICT_ADMIN and
 * EXPERT, none for the city) — and the values of the list's role filter.
 * Not a permission: which roles the viewer may create is me.can.creatableRoles,
 * which accounts it may manage is User.viewerCan. This is the one file of the
 * SPA that names roles (see src/app/permissionLiterals.test.ts).
 */
export const roleScope: Record<UserRole, 'enterprise' | 'districts' | null> = {
  CITY_ADMIN: null,
  DISTRICT_ADMIN: 'districts',
  EXPERT: 'districts',
  ENTERPRISE: 'enterprise',
};

/** Every role, in the order of the schema's enum. */
export const allRoles = Object.keys(roleScope) as UserRole[];
