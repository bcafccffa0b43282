import { actionInfo, type DossierAction } from '../../../../contracts/dossier-workflow';
import type { Actor } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { getVersionById } from '../../catalog';
import { findPersonById } from '../../identity';
import type { DossierDeps } from '../deps';
import { canView } from '../lib/performer';
import { classify } from '../lib/timeliness';
import { paperContext } from '../papers/context';
import { renderControlSlip } from '../papers/control-slip';
import { listActions } from '../repo/actions.repo';
import { findDossier } from '../repo/dossiers.repo';
import { listAttachments } from '../repo/files.repo';

const ROLE_UNIT: Record<string, string> = {
  applicant: 'Người nộp hồ sơ',
  receiver: 'Bộ phận tiếp nhận và trả kết quả',
  specialist: 'Chuyên viên xử lý',
  leader: 'Lãnh đạo',
};

/**
 * Mẫu 06, Phiếu kiểm soát quá trình giải quyết hồ sơ: every hand-over of the dossier from the
 * action log, with who gave and who received it, when, and whether it was on time against the
 * appointment in force at that moment.
 */
export async function controlSlip(
  input: { actor: Actor; dossierId: string },
  deps: Pick<DossierDeps, 'db' | 'config'>,
) {
  const d = await findDossier(deps.db, input.dossierId);
  if (!d || !canView(input.actor, d)) throw new AppError('NOT_FOUND');
  const [version, actions, attachments] = await Promise.all([
    getVersionById(deps.db, d.procedure_version_id),
    listActions(deps.db, d.id),
    listAttachments(deps.db, d.id),
  ]);
  const names = new Map<string, string>();
  for (const a of actions)
    if (a.actor_id && !names.has(a.actor_id))
      names.set(a.actor_id, (await findPersonById(deps.db, a.actor_id))?.fullName ?? '');
  const handOvers = actions.slice(1).map((a, i) => {
    const previous = actions[i]!;
    const due = d.due_at ? new Date(d.due_at) : null;
    const verdict = due
      ? classify({ dueAt: due, endedAt: new Date(a.at), supplementRequests: 0, now: new Date() })
      : null;
    return {
      from: `${ROLE_UNIT[previous.actor_role ?? ''] ?? previous.actor_role ?? ''}${previous.actor_id ? ` (${names.get(previous.actor_id)})` : ''}`,
      to: `${ROLE_UNIT[a.actor_role ?? ''] ?? a.actor_role ?? ''}${a.actor_id ? ` (${names.get(a.actor_id)})` : ''}`,
      at: new Date(a.at),
      verdict: verdict === 'in_progress' ? null : verdict,
      note: [actionInfo[a.action as DossierAction]?.vi ?? a.action, a.note].filter(Boolean).join(': '),
    };
  });
  const ctx = await paperContext(deps.db, {
    dossier: d as never,
    version,
    attachedPapers: attachments.map((a) => a.requirement_key),
    officerId: null,
    officerTitle: '',
    publicUrl: deps.config.publicUrl,
    issuedAt: new Date(),
  });
  return {
    filename: `phieu-kiem-soat-${d.code}.pdf`,
    content: Buffer.from(await renderControlSlip(ctx, handOvers)),
  };
}
