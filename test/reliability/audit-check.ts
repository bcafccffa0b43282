// Opens the stopped instance's database and checks that the dossiers created since the start are
// exactly the acknowledged ones, that each has its submission audit record, and that the audit
// chains verify.
import { verifyAudit } from '../../src/server/platform/audit';
import { loadConfig } from '../../src/server/platform/config';
import { openDatabase } from '../../src/server/platform/db';

const [startedAt, ...ids] = process.argv.slice(2);
const db = await openDatabase(loadConfig().database);
try {
  const rows = await db.db
    .selectFrom('audit_log')
    .select('subject_id')
    .where('action', '=', 'dossier.submitted')
    .where('subject_id', 'in', ids.length ? ids : ['-'])
    .execute();
  const audited = new Set(rows.map((r) => r.subject_id));
  const missing = ids.filter((id) => !audited.has(id));
  const created = await db.db
    .selectFrom('dossiers')
    .select(['id', 'code'])
    .where('created_at', '>=', new Date(startedAt!))
    .execute();
  const acknowledged = new Set(ids);
  const unexpected = created.filter((d) => !acknowledged.has(d.id)).length;
  const duplicateCodes = created.length - new Set(created.map((d) => d.code)).size;
  const report = await verifyAudit(db.db);
  process.stdout.write(
    `dossiers created ${created.length} (not acknowledged: ${unexpected}, duplicate codes: ${duplicateCodes}), ` +
      `audit records ${audited.size}/${ids.length}, chains ${report.problems.length ? 'BROKEN' : 'intact'}\n`,
  );
  const ok =
    !missing.length &&
    !report.problems.length &&
    !unexpected &&
    !duplicateCodes &&
    created.length === acknowledged.size;
  process.exit(ok ? 0 : 1);
} finally {
  await db.close();
}
