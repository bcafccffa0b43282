import { Button, Group, Menu, Text } from '@mantine/core';
import { actionInfo, type DossierAction } from '../../../contracts/dossier-workflow';
import { useLang, useT } from '../../i18n';
import { IconChevronDown, IconHand } from '../../ui/icons';
import type { Dossier } from '../desk/api';
import { actionKind, sortActions } from './action-kinds';

type Props = {
  dossier: Dossier;
  meId: string;
  onAction: (action: DossierAction) => void;
  onClaim: (claim: boolean) => void;
  claiming: boolean;
};

const MAX_SHOWN = 5;

/** What this official may do now (the server's `allowedActions`), and taking or leaving the dossier. */
export function ActionBar({ dossier, meId, onAction, onClaim, claiming }: Props) {
  const t = useT();
  const { lang } = useLang();
  const actions = sortActions(dossier.allowedActions);
  // Five buttons at most in view; rarer steps wait under "Thao tác khác", one click away.
  const shown = actions.length > MAX_SHOWN ? actions.slice(0, MAX_SHOWN - 1) : actions;
  const more = actions.slice(shown.length);
  const mine = dossier.claimedBy === meId;
  const other = dossier.claimedBy !== null && !mine;
  return (
    <Group gap="xs" justify="space-between" align="center" wrap="wrap">
      <Group gap="xs" wrap="wrap" role="group" aria-label={t('desk.actions.label')}>
        {actions.length ? (
          shown.map((a, i) => {
            const kind = actionKind(a);
            // The first step forward is the one to take; other steps forward are lighter.
            const main = kind === 'primary' && i === 0;
            return (
              <Button
                key={a}
                size="sm"
                variant={
                  main ? 'filled' : kind === 'primary' ? 'light' : kind === 'danger' ? 'outline' : 'default'
                }
                color={kind === 'danger' ? 'flagRed' : 'navy'}
                onClick={() => onAction(a)}
              >
                {actionInfo[a][lang]}
              </Button>
            );
          })
        ) : (
          <Text size="sm" c="dimmed">
            {t('desk.actions.none')}
          </Text>
        )}
        {more.length ? (
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button size="sm" variant="default" rightSection={<IconChevronDown size={16} />}>
                {t('desk.actions.more')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {more.map((a) => (
                <Menu.Item
                  key={a}
                  color={actionKind(a) === 'danger' ? 'flagRed.8' : undefined}
                  onClick={() => onAction(a)}
                >
                  {actionInfo[a][lang]}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Group>
      {actions.length ? (
        <Group gap="xs" wrap="nowrap">
          {other ? (
            <Text size="sm" c="orange.9" fw={600}>
              {t('desk.handling.other')}
            </Text>
          ) : null}
          <Button
            size="sm"
            variant="subtle"
            leftSection={<IconHand size={16} />}
            loading={claiming}
            onClick={() => onClaim(!mine)}
          >
            {mine ? t('desk.claim.release') : t('desk.claim.take')}
          </Button>
        </Group>
      ) : null}
    </Group>
  );
}
