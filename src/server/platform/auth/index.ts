export { type Actor, ANONYMOUS, auditActor, type RoleGrant, STAFF_ROLES, type StaffRole } from './actor';
export { authorize, can, type Decision, decide, type Policy, type Resource, type Rule } from './policy';
export { type ActorResolver, requestContext } from './request';
