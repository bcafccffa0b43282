import { Text, Timeline } from '@mantine/core';
import { useLang, useT } from '../../i18n';
import { formatDateTime } from '../../ui/text';
import classes from './dossiers.module.css';
import { stateName } from './StatusBadge';

export type HistoryItem = {
  at: string;
  actionName: { vi: string; en: string };
  state: string;
  actorRole?: string | null;
  note?: string | null;
};

const ROLES = ['applicant', 'receiver', 'specialist', 'leader', 'system'] as const;

/** The dossier's history, oldest first, in Vietnamese words and Việt Nam time. */
export function DossierTimeline({ history }: { history: HistoryItem[] }) {
  const { lang } = useLang();
  const t = useT();
  return (
    <Timeline active={history.length - 1} bulletSize={18} lineWidth={2} className={classes.timeline}>
      {history.map((h, i) => {
        const role = ROLES.find((r) => r === h.actorRole);
        return (
          <Timeline.Item
            // biome-ignore lint/suspicious/noArrayIndexKey: the history is append-only; its order is its identity
            key={i}
            title={h.actionName[lang]}
          >
            <Text size="sm">{t('dossier.history.state', { state: stateName(h.state, lang) })}</Text>
            <Text size="xs" c="dimmed" mt={2}>
              <time dateTime={h.at}>{formatDateTime(lang, h.at)}</time>
              {role ? ` · ${t(`dossier.role.${role}`)}` : ''}
            </Text>
            {h.note ? <Text className={classes.note}>{h.note}</Text> : null}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
