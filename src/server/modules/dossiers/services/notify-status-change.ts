import { actionInfo, type DossierAction } from '../../../../contracts/dossier-workflow';
import type { OutboxJob } from '../../../platform/jobs';
import { findPersonById } from '../../identity';
import type { DossierDeps } from '../deps';
import { stateOf } from '../lib/status';
import { insertNotice } from '../repo/notices.repo';

/**
 * Outbox handler for every status change: an in-app notice and an e-mail to the applicant. The
 * notice is keyed by the outbox event, so a redelivery adds nothing; a failed e-mail throws and the
 * job is retried later (a mail outage delays, never loses, a notification).
 */
export async function notifyStatusChange(
  job: OutboxJob,
  deps: Pick<DossierDeps, 'db' | 'mailer' | 'config'>,
) {
  const p = job.payload as {
    dossierId: string;
    code: string;
    state: string;
    action: string;
    accountId: string | null;
    /** The signed results' names, when the action produced them (`sign`). */
    results?: string[];
  };
  if (!p.accountId) return;
  const person = await findPersonById(deps.db, p.accountId);
  if (!person) return;
  const state = stateOf(p.state);
  const link = `${deps.config.publicUrl}/ho-so-cua-toi/${p.dossierId}`;
  const action = actionInfo[p.action as DossierAction]?.vi ?? p.action;
  await insertNotice(deps.db, {
    account_id: person.id,
    dossier_id: p.dossierId,
    title: `Hồ sơ ${p.code}: ${state.vi}`,
    body:
      `${action}. Trạng thái mới: ${state.vi} / ${state.en}.` +
      (p.results?.length ? ` Kết quả đã ký số / Signed result: ${p.results.join('; ')}.` : ''),
    link,
    source_event: job.outboxId,
  });
  if (person.email)
    await deps.mailer.send({
      to: person.email,
      template: 'dossier-status',
      data: {
        dossierCode: p.code,
        statusName: state.vi,
        trackingLink: link,
        ...(p.results?.length ? { results: p.results } : {}),
      },
    });
}
