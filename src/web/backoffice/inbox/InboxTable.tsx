import { Table, Text } from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useLang, useT } from '../../i18n';
import { formatDateTime } from '../../ui/text';
import { useStaff } from '../auth/staff-context';
import type { InboxRow } from '../desk/api';
import { DeadlineChip, StateBadge } from '../desk/deadline';
import desk from '../desk/desk.module.css';
import { dossierPath } from '../desk/paths';
import { useNow } from '../desk/useNow';

/** One cell; on phones its column name is written before the single wrapper. */
function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Td data-label={label}>
      <div>{children}</div>
    </Table.Td>
  );
}

/** ↑ and ↓ move between the dossiers' links; Enter opens one (it is a link). */
function moveFocus(e: KeyboardEvent<HTMLTableSectionElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-row-link]')];
  const i = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = links[i < 0 ? 0 : i + (e.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  e.preventDefault();
  next.focus();
}

/** The row's mark: the appointment's colour, at least red when the current step is overdue. */
function rowColour(r: InboxRow) {
  return r.stepColour === 'overdue' && r.deadlineColour !== 'overdue' ? 'red' : r.deadlineColour;
}

export function InboxTable({
  rows,
  showState,
  overdue,
}: {
  rows: InboxRow[];
  showState: boolean;
  overdue: boolean;
}) {
  const t = useT();
  const { lang } = useLang();
  const me = useStaff();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const back = { back: `${pathname}${search}` };
  const now = useNow(60_000);

  if (!rows.length)
    return (
      <div className={desk.empty}>
        <Text fw={600}>{t(overdue ? 'desk.inbox.emptyOverdue' : 'desk.inbox.empty')}</Text>
        <Text size="sm" c="dimmed">
          {t('desk.inbox.emptyHint')}
        </Text>
      </div>
    );

  // Who holds the dossier (an active claim) and since when; else to whom it is assigned.
  const handling = (r: InboxRow) => {
    if (r.claim) {
      const time = formatDateTime(lang, r.claim.at);
      return r.claim.by.id === me.id
        ? t('desk.claim.heldByMe', { time })
        : t('desk.claim.heldBy', { name: r.claim.by.name, time });
    }
    if (r.assigneeId === me.id) return t('desk.handling.assignedToMe');
    if (r.assigneeId) return `${t('desk.handling.assigned')}: ${r.assigneeName ?? ''}`;
    return t('desk.handling.none');
  };

  return (
    <div className={desk.tableWrap}>
      <Table className={desk.inbox} verticalSpacing={8} horizontalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('desk.col.code')}</Table.Th>
            <Table.Th scope="col">{t('desk.col.procedure')}</Table.Th>
            <Table.Th scope="col">{t('desk.col.applicant')}</Table.Th>
            <Table.Th scope="col">{t('desk.col.submitted')}</Table.Th>
            <Table.Th scope="col">{t('desk.col.step')}</Table.Th>
            <Table.Th scope="col">{t('desk.col.appointment')}</Table.Th>
            <Table.Th scope="col">{t('desk.col.handling')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onKeyDown={moveFocus}>
          {rows.map((r) => (
            <Table.Tr
              key={r.id}
              className={desk.row}
              data-colour={rowColour(r)}
              onClick={(e) => {
                if (!(e.target as HTMLElement).closest('a')) navigate(dossierPath(r.id), { state: back });
              }}
            >
              <Cell label={t('desk.col.code')}>
                <Link to={dossierPath(r.id)} state={back} className={desk.code} data-row-link>
                  {r.code}
                </Link>
                {showState ? (
                  <div className={desk.rowState}>
                    <StateBadge state={r.status} />
                  </div>
                ) : null}
              </Cell>
              <Cell label={t('desk.col.procedure')}>
                <Text size="sm" lineClamp={2} className={desk.procName}>
                  {r.procedureName}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.procedureCode}
                </Text>
              </Cell>
              <Cell label={t('desk.col.applicant')}>
                <Text size="sm" fw={600}>
                  {r.applicantName}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`desk.channel.${r.channel === 'desk' || r.channel === 'postal' ? r.channel : 'online'}`)}
                </Text>
              </Cell>
              <Cell label={t('desk.col.submitted')}>
                <Text size="sm">{formatDateTime(lang, r.submittedAt)}</Text>
              </Cell>
              <Cell label={t('desk.col.step')}>
                {r.step ? (
                  <>
                    <Text size="sm">{r.step.name[lang]}</Text>
                    {r.stepDueAt ? (
                      <Text size="xs" c="dimmed">
                        {formatDateTime(lang, r.stepDueAt)}
                      </Text>
                    ) : null}
                    <DeadlineChip
                      appointment={r.stepDueAt}
                      colour={r.stepColour}
                      state={r.status}
                      now={now}
                      step
                    />
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    –
                  </Text>
                )}
              </Cell>
              <Cell label={t('desk.col.appointment')}>
                {r.appointment ? <Text size="sm">{formatDateTime(lang, r.appointment)}</Text> : null}
                <DeadlineChip
                  appointment={r.appointment}
                  colour={r.deadlineColour}
                  state={r.status}
                  now={now}
                />
              </Cell>
              <Cell label={t('desk.col.handling')}>
                <Text size="sm" fw={r.claim ? 600 : undefined}>
                  {handling(r)}
                </Text>
              </Cell>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
