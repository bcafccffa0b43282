import { Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useLang, useT } from '../../i18n';
import { formatDateTime } from '../../ui/text';
import type { Dossier } from '../desk/api';
import { DeadlineChip, type DeadlineColour, StateBadge } from '../desk/deadline';
import { useNow } from '../desk/useNow';
import { WORKING_DAY_MS, workingMsBetween } from '../desk/working-time';
import css from './dossier.module.css';

/** The server's colour rule (inbox): red once due, yellow within one working day, else green. */
function colourOf(due: string | null, now: Date): DeadlineColour {
  if (!due) return 'none';
  const d = new Date(due);
  if (d < now) return 'red';
  return workingMsBetween(now, d) < WORKING_DAY_MS ? 'yellow' : 'green';
}

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
            colour={colourOf(dossier.appointment, now)}
            state={dossier.status}
            now={now}
          />
        </Fact>
        {dossier.stepDueAt && dossier.stepDueAt !== dossier.appointment ? (
          <Fact label={t('desk.fact.stepDue')}>{formatDateTime(lang, dossier.stepDueAt)}</Fact>
        ) : null}
        <Fact label={t('desk.fact.assignee')}>{dossier.assignee?.name ?? t('desk.handling.none')}</Fact>
        <Fact label={t('desk.fact.agency')}>{dossier.agency.name}</Fact>
      </dl>
      <div className={css.headActions}>{actions}</div>
    </Paper>
  );
}
