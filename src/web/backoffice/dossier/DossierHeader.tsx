import { Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useLang, useT } from '../../i18n';
import { formatDateTime } from '../../ui/text';
import { useStaff } from '../auth/staff-context';
import type { Dossier } from '../desk/api';
import { DeadlineChip, StateBadge } from '../desk/deadline';
import { useNow } from '../desk/useNow';
import css from './dossier.module.css';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={css.headFact}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Code, state and the dates that matter at a glance, with the actions under them. */
export function DossierHeader({ dossier, actions }: { dossier: Dossier; actions: ReactNode }) {
  const t = useT();
  const { lang } = useLang();
  const now = useNow(60_000);
  const me = useStaff();
  const channel = t(`desk.channel.${dossier.channel}`);
  return (
    <Paper withBorder radius="md" className={css.head}>
      <Text size="sm" c="dimmed" lineClamp={2}>
        {dossier.procedureName ?? dossier.procedureCode} · {dossier.procedureCode}
      </Text>
      <Group gap="sm" align="center" mt={2} wrap="wrap">
        <Title order={1} className={css.code}>
          {dossier.code}
        </Title>
        <StateBadge state={dossier.status} size="lg" />
      </Group>
      <dl className={css.headFacts}>
        <Fact label={t('desk.col.submitted')}>
          {formatDateTime(lang, dossier.submittedAt)} · {channel}
        </Fact>
        {dossier.receivedAt ? (
          <Fact label={t('desk.fact.received')}>{formatDateTime(lang, dossier.receivedAt)}</Fact>
        ) : null}
        <Fact label={t('desk.col.appointment')}>
          {dossier.appointment ? `${formatDateTime(lang, dossier.appointment)} ` : null}
          <DeadlineChip
            appointment={dossier.appointment}
            colour={dossier.appointmentColour}
            state={dossier.status}
            now={now}
          />
        </Fact>
        {dossier.step ? (
          <Fact label={t('desk.fact.step')}>
            <span className={css.block}>{dossier.step.name[lang]}</span>
            {dossier.stepDueAt ? (
              <>
                <span className={css.block}>
                  {t('desk.fact.due', { time: formatDateTime(lang, dossier.stepDueAt) })}
                </span>
                <DeadlineChip
                  appointment={dossier.stepDueAt}
                  colour={dossier.stepColour}
                  state={dossier.status}
                  now={now}
                  step
                />
              </>
            ) : null}
          </Fact>
        ) : null}
        {dossier.claim ? (
          <Fact label={t('desk.fact.claim')}>
            {dossier.claim.by.id === me.id
              ? t('desk.claim.heldByMe', { time: formatDateTime(lang, dossier.claim.at) })
              : t('desk.claim.heldBy', {
                  name: dossier.claim.by.name,
                  time: formatDateTime(lang, dossier.claim.at),
                })}
          </Fact>
        ) : null}
        <Fact label={t('desk.fact.assignee')}>{dossier.assignee?.name ?? t('desk.handling.none')}</Fact>
        <Fact label={t('desk.fact.agency')}>{dossier.agency.name}</Fact>
      </dl>
      <div className={css.headActions}>{actions}</div>
    </Paper>
  );
}
