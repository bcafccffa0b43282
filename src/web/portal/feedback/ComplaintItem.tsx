import { Badge, Button, Group, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AuthorComplaintAction } from '../../../contracts/feedback';
import { type ApiError, toApiError } from '../../api/client';
import { useLang } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/text';
import { dossierPath } from '../paths';
import { Tag } from '../Tag';
import { actOnMyComplaint, type ComplaintData } from './api';
import classes from './feedback.module.css';
import { useFeedbackT } from './messages';

/** Navy while the agency works on it, teal once answered, green when closed, red when refused. */
export const STATE_COLOURS: Record<string, 'navy' | 'teal' | 'green' | 'flagRed' | 'gray'> = {
  received: 'navy',
  accepted: 'navy',
  handling: 'navy',
  answered: 'teal',
  refused: 'flagRed',
  closed: 'green',
};

/** One complaint in the citizen's list: where it went, its deadlines, and the agency's answer. */
export function ComplaintItem({
  item,
  onChanged,
}: {
  item: ComplaintData;
  onChanged: (c: ComplaintData) => void;
}) {
  const ft = useFeedbackT();
  const { lang } = useLang();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [reopening, setReopening] = useState(false);
  const [note, setNote] = useState('');
  const finished = !['received', 'accepted', 'handling'].includes(item.state);
  const act = async (action: AuthorComplaintAction) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await actOnMyComplaint(item.id, action, action === 'reopen' ? note : undefined));
      setReopening(false);
      setNote('');
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const can = (action: AuthorComplaintAction) => item.allowedActions.includes(action);
  return (
    <li
      className={classes.item}
      data-overdue={item.overdue ? true : undefined}
      data-finished={finished ? true : undefined}
      data-testid="complaint-item"
    >
      <div className={classes.itemHead}>
        <span className={classes.code}>{item.code}</span>
        <Group gap={6}>
          {item.overdue ? (
            <Badge color="flagRed" variant="filled">
              {ft('fb.item.overdue')}
            </Badge>
          ) : null}
          <Tag color={STATE_COLOURS[item.state] ?? 'gray'}>{item.stateName[lang]}</Tag>
        </Group>
      </div>
      <Text fw={700} mt={4}>
        {item.title}
      </Text>
      <Text size="sm" c="gray.7">
        {ft(`fb.complaint.kind.${item.kind}`)} ·{' '}
        {item.dossier ? (
          <Link to={dossierPath(item.dossier.id)}>{ft('fb.item.about', { code: item.dossier.code })}</Link>
        ) : null}
        {item.dossier ? ' · ' : ''}
        {ft('fb.item.aboutAgency', { agency: item.agency.name })}
      </Text>
      <Text size="sm" className={classes.content}>
        {item.content}
      </Text>
      <dl className={classes.facts}>
        <div>
          <dt>{ft('fb.item.received')}</dt>
          <dd>{formatDateTime(lang, item.receivedAt)}</dd>
        </div>
        {item.state === 'received' ? (
          <div>
            <dt>{ft('fb.item.decideDue')}</dt>
            <dd>{formatDateTime(lang, item.decideDueAt)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{ft('fb.item.answerDue')}</dt>
          <dd>{formatDateTime(lang, item.answerDueAt)}</dd>
        </div>
      </dl>
      {item.answer ? (
        <div className={classes.answer}>
          <Text size="sm" fw={700}>
            {ft('fb.item.answer')}
            {item.answeredAt ? (
              <Text span size="xs" c="dimmed" fw={400}>
                {' '}
                · {ft('fb.item.answeredAt', { time: formatDateTime(lang, item.answeredAt) })}
              </Text>
            ) : null}
          </Text>
          <Text size="sm">{item.answer}</Text>
        </div>
      ) : null}
      {item.refusalReason ? (
        <div className={classes.refusal}>
          <Text size="sm" fw={700}>
            {ft('fb.item.refusal')}
          </Text>
          <Text size="sm">{item.refusalReason}</Text>
        </div>
      ) : null}
      {error ? <ApiErrorAlert error={error} /> : null}
      {can('satisfied') ? (
        <div className={classes.verdict} data-testid="complaint-verdict">
          <Text size="sm" fw={600}>
            {ft('fb.item.verdict')}
          </Text>
          <Group gap="xs" mt={6}>
            <Button size="xs" loading={busy} onClick={() => void act('satisfied')}>
              {ft('fb.item.satisfied')}
            </Button>
            <Button
              size="xs"
              color="flagRed"
              variant="light"
              loading={busy}
              onClick={() => void act('dissatisfied')}
            >
              {ft('fb.item.dissatisfied')}
            </Button>
            {can('reopen') ? (
              <Button size="xs" variant="default" disabled={busy} onClick={() => setReopening((v) => !v)}>
                {ft('fb.item.reopen')}
              </Button>
            ) : null}
          </Group>
          {reopening ? (
            <div style={{ marginTop: 8 }}>
              <Textarea
                label={ft('fb.item.reopenNote')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={5000}
              />
              <Button size="xs" mt={6} loading={busy} onClick={() => void act('reopen')}>
                {ft('fb.item.reopenSend')}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
      {can('close') ? (
        <Button size="xs" variant="default" mt="sm" loading={busy} onClick={() => void act('close')}>
          {ft('fb.item.close')}
        </Button>
      ) : null}
      <Text size="xs" c="dimmed" mt={8}>
        {ft('fb.item.legalBasis', { basis: item.legalBasis })}
      </Text>
    </li>
  );
}
