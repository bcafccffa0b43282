import type { Mailer } from './mailer';
import type { MailTemplateData } from './templates';

/**
 * The e-mail copy of an in-app notice, sent when the person gave an address (the others read the notice
 * only). Rejects like `send`, so the outbox job delivering the notice is retried.
 */
export async function mailNotice(
  mailer: Pick<Mailer, 'send'>,
  to: string | null | undefined,
  data: MailTemplateData['notice'],
): Promise<void> {
  if (to) await mailer.send({ to, template: 'notice', data });
}
