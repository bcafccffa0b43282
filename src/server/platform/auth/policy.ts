import { AppError } from '../errors';
import type { Actor, StaffRole } from './actor';

/**
 * One declarative rule per action: who may do it. A module declares its rules in its policy.ts;
 * services call `authorize(actor, action, resource)` before touching anything.
 */
export type Rule = {
  anonymous?: boolean;
  /** 'own': the citizen owns the resource (or acts for the organisation that does); 'any': every citizen. */
  citizen?: 'own' | 'any';
  /** Staff holding one of these roles in an agency whose subtree contains the resource. */
  staff?: readonly StaffRole[];
  /** API token scope that allows it, within the token's agency subtree. */
  scope?: string;
  /** Staff must have passed two-factor in this session (default true for staff). */
  mfa?: boolean;
};

export type Policy = Record<string, Rule>;

/** What a rule is checked against; fields a resource lacks are simply not used. */
export type Resource = {
  /** Materialised path of the owning agency (`/root/…/agency/`). */
  agencyPath?: string | null;
  /** The citizen account that owns it. */
  ownerId?: string | null;
  /** The organisation that owns it, if any. */
  organisationId?: string | null;
};

export type Decision = 'allow' | 'unauthenticated' | 'mfa_required' | 'out_of_scope' | 'forbidden';

const covers = (scopePath: string, resourcePath: string | null | undefined) =>
  resourcePath == null || resourcePath.startsWith(scopePath);

export function decide(actor: Actor, rule: Rule | undefined, resource: Resource = {}): Decision {
  if (!rule) return actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden';
  switch (actor.kind) {
    case 'anonymous':
      return rule.anonymous ? 'allow' : 'unauthenticated';
    case 'citizen': {
      if (rule.anonymous || rule.citizen === 'any') return 'allow';
      if (rule.citizen !== 'own') return 'forbidden';
      const owns =
        (resource.ownerId != null && resource.ownerId === actor.accountId) ||
        (resource.organisationId != null && resource.organisationId === actor.actingOrganisationId);
      return owns ? 'allow' : 'out_of_scope';
    }
    case 'staff': {
      if (rule.anonymous) return 'allow';
      const grants = actor.roles.filter(
        (g) => g.role === 'system_admin' || covers(g.agencyPath, resource.agencyPath ?? null),
      );
      if (!grants.length) return 'out_of_scope';
      const allowed = grants.some((g) => rule.staff?.includes(g.role) || g.role === 'system_admin');
      if (!allowed) return 'forbidden';
      if (rule.mfa !== false && !actor.mfa) return 'mfa_required';
      return 'allow';
    }
    case 'api_token': {
      if (rule.anonymous) return 'allow';
      if (!rule.scope || !actor.scopes.includes(rule.scope)) return 'forbidden';
      return covers(actor.agencyPath, resource.agencyPath ?? null) ? 'allow' : 'out_of_scope';
    }
  }
}

export function can(policy: Policy, actor: Actor, action: string, resource?: Resource): boolean {
  return decide(actor, policy[action], resource) === 'allow';
}

/**
 * Throws the answer the caller should get: 401 when anonymous, 404 when the resource lies outside
 * the caller's scope (permission before existence), 403 with MFA_REQUIRED or FORBIDDEN otherwise.
 */
export function authorize(policy: Policy, actor: Actor, action: string, resource?: Resource): void {
  const decision = decide(actor, policy[action], resource);
  switch (decision) {
    case 'allow':
      return;
    case 'unauthenticated':
      throw new AppError('UNAUTHENTICATED');
    case 'out_of_scope':
      throw new AppError('NOT_FOUND');
    case 'mfa_required':
      throw new AppError('MFA_REQUIRED');
    case 'forbidden':
      throw new AppError('FORBIDDEN');
  }
}
