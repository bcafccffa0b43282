import type { Executor } from '../../../platform/db';
import { publish } from '../../../platform/outbox';

export const NOTICE_TOPIC = 'pickup.notice';

export type PickupNotice = {
  accountId: string;
  dossierId: string;
  title: string;
  body: string;
  bodyEn: string;
  /** Path on the portal, e.g. `/ho-so-cua-toi/…`; made absolute with PUBLIC_URL when sent. */
  path: string;
};

/** Queues an in-app notice and an e-mail to a citizen, sent after the caller's transaction commits. */
export async function queueNotice(trx: Executor, agencyId: string, notice: PickupNotice) {
  await publish(trx, { topic: NOTICE_TOPIC, agencyId, payload: notice });
}
