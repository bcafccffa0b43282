export { type AuditActor, type AuditEntry, appendAudit } from './audit-log';
export { canonicalJson } from './canonical';
export { type AuditProblem, type AuditReport, verifyAudit } from './verify-audit';
