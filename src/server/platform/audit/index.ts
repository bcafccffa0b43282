export {
  type AuditActor,
  type AuditEntry,
  appendAudit,
  auditRecordSql,
} from './audit-log';
export { canonicalJson } from './canonical';
export { listAuditForSubject } from './find-audit';
export { type AuditProblem, type AuditReport, verifyAudit } from './verify-audit';
