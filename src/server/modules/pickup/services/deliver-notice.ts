import type { OutboxJob } from '../../../platform/jobs';
import { mailNotice } from '../../../platform/mail';
import { addNotice } from '../../dossiers';
import { findPersonById } from '../../identity';
import type { PickupDeps } from '../deps';
import type { PickupNotice } from '../lib/notify';

/**
 * Outbox handler: the in-app notice (keyed by the outbox event, so a redelivery adds nothing) and
 * the e-mail. A failed e-mail throws and the job is retried; the notice is not doubled.
 */
export async function deliverNotice(job: OutboxJob, deps: Pick<PickupDeps, 'db' | 'mailer' | 'config'>) {
  const n = job.payload as PickupNotice;
  const person = await findPersonById(deps.db, n.accountId);
  if (!person) return;
  const link = `${deps.config.publicUrl}${n.path}`;
  await addNotice(deps.db, {
    accountId: person.id,
    dossierId: n.dossierId,
    title: n.title,
    body: n.body,
    link,
    sourceEvent: job.outboxId,
  });
  await mailNotice(deps.mailer, person.email, { subject: n.title, body: n.body, bodyEn: n.bodyEn, link });
}
