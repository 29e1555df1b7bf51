import { ta, type AKey } from './ta.ts';

/** Kept here: the protocol module's ORG_ROLE_NAMES would pull zod into the bundle. */
export const ORG_ROLES = ['org_admin', 'coordinator', 'facilitator', 'commissioner'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

const NAMES: Record<OrgRole, AKey> = {
  org_admin: 'a.role.org_admin',
  coordinator: 'a.role.coordinator',
  facilitator: 'a.role.facilitator',
  commissioner: 'a.role.commissioner',
};

export function roleName(r: OrgRole): string {
  return ta(NAMES[r]);
}
