import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi';
import { useLang, useT } from '../../i18n';
import { formatDateTime } from '../../ui/text';
import { getNotices, type InboxRow } from '../desk/api';
import desk from '../desk/desk.module.css';
import { dossierPath } from '../desk/paths';

const SHOWN = 5;

/**
 * The deadline reminders the job sent this official (in-app notices), for the dossiers still in the
 * list: one line per dossier, the latest reminder first. A reminder of a dossier that left the list
 * (handed over, finished) is no longer shown.
 */
export function Reminders({ rows, refreshKey }: { rows: InboxRow[]; refreshKey: string }) {
  const t = useT();
  const { lang } = useLang();
  const notices = useApi((signal) => getNotices(signal), refreshKey);
  const open = new Map(rows.map((r) => [r.id, r.code]));
  const seen = new Set<string>();
  const reminders = (notices.data?.items ?? []).filter((n) => {
    if (!n.dossierId || !open.has(n.dossierId) || !n.link?.includes('/can-bo/') || seen.has(n.dossierId))
      return false;
    seen.add(n.dossierId);
    return true;
  });
  if (!reminders.length) return null;
  const overdue = reminders.some((n) => /^Quá hạn/.test(n.title));
  return (
    <Alert
      color={overdue ? 'red' : 'yellow'}
      variant="light"
      title={t('desk.reminders.title', { n: reminders.length })}
      role="region"
      aria-label={t('desk.reminders.title', { n: reminders.length })}
    >
      <ul className={desk.reminderList}>
        {reminders.slice(0, SHOWN).map((n) => (
          <li key={n.id}>
            <Anchor component={Link} to={dossierPath(n.dossierId!)} fw={600} size="sm">
              {open.get(n.dossierId!)}
            </Anchor>
            <Text span size="sm">
              {' — '}
              {n.body}
            </Text>
            <Text span size="xs" c="dimmed">
              {' '}
              ({formatDateTime(lang, n.createdAt)})
            </Text>
          </li>
        ))}
      </ul>
      {reminders.length > SHOWN ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('desk.reminders.more', { n: reminders.length - SHOWN })}
        </Text>
      ) : null}
    </Alert>
  );
}
