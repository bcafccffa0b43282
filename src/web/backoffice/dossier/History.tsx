import { Text, Timeline } from '@mantine/core';
import { DOSSIER_STATES, type DossierState, stateInfo } from '../../../contracts/dossier-workflow';
import { useLang, useT } from '../../i18n';
import { formatDateTime, roleLabel } from '../../ui/text';
import type { Dossier } from '../desk/api';

const isState = (s: string): s is DossierState => (DOSSIER_STATES as readonly string[]).includes(s);

/** The dossier's steps, oldest first, the latest one marked; who acted is known by role only. */
export function History({ history }: { history: Dossier['history'] }) {
  const { lang } = useLang();
  const t = useT();
  return (
    <Timeline active={history.length - 1} bulletSize={14} lineWidth={2} color="navy">
      {history.map((h, i) => (
        <Timeline.Item
          // biome-ignore lint/suspicious/noArrayIndexKey: the log is append-only, an index never moves
          key={i}
          title={
            <Text size="sm" fw={700} c="navy.9">
              {h.actionName[lang]}
            </Text>
          }
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(lang, h.at)}
            {h.actorRole
              ? ` · ${h.actorRole === 'applicant' ? t('desk.role.applicant') : roleLabel(h.actorRole, lang)}`
              : ''}
          </Text>
          {isState(h.state) ? (
            <Text size="xs" c="gray.7">
              → {stateInfo[h.state][lang]}
            </Text>
          ) : null}
          {h.note ? (
            <Text size="sm" mt={4}>
              {h.note}
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
