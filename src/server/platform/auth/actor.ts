/** Staff roles, as the glossary names them. */
export const STAFF_ROLES = [
  'receiver',
  'specialist',
  'leader',
  'clerk',
  'market_moderator',
  'ioc_viewer',
  'agency_admin',
  'system_admin',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export type RoleGrant = { agencyId: string; agencyPath: string; role: StaffRole };

/** Who is calling: resolved once per request from the session cookie or the bearer token. */
export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'citizen';
      accountId: string;
      sessionId: string;
      actingOrganisationId: string | null;
    }
  | {
      kind: 'staff';
      accountId: string;
      sessionId: string;
      /** True once this session passed (or enrolled) TOTP: privileged actions need it. */
      mfa: boolean;
      roles: RoleGrant[];
    }
  | { kind: 'api_token'; tokenId: string; agencyId: string; agencyPath: string; scopes: string[] };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** The audit log's view of an actor. */
export function auditActor(actor: Actor): {
  type: 'anonymous' | 'citizen' | 'staff' | 'api_token';
  id: string | null;
} {
  switch (actor.kind) {
    case 'anonymous':
      return { type: 'anonymous', id: null };
    case 'api_token':
      return { type: 'api_token', id: actor.tokenId };
    default:
      return { type: actor.kind, id: actor.accountId };
  }
}
