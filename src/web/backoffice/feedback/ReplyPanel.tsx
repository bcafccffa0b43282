import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { type ComplaintAction, complaintActionInfo } from '../../../contracts/feedback';
import { type ApiError, toApiError } from '../../api/client';
import { useLang } from '../../i18n';
import { useFeedbackT } from '../../portal/feedback/messages';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/text';
import { actOnComplaint, type ComplaintDetailData } from './api';
import { ComplaintDeadline } from './DeadlineChip';
import css from './feedback.module.css';

const NEEDS_TEXT: ReadonlySet<ComplaintAction> = new Set(['refuse', 'answer']);

/** One complaint for the official: what the citizen wrote, its history, and the next steps it allows. */
export function ReplyPanel({
  complaint,
  onChanged,
}: {
  complaint: ComplaintDetailData;
  onChanged: (next: ComplaintDetailData) => void;
}) {
  const ft = useFeedbackT();
  const { lang } = useLang();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<ComplaintAction | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actions = complaint.allowedActions;
  const writes = actions.some((a) => NEEDS_TEXT.has(a));

  const run = async (action: ComplaintAction) => {
    if (NEEDS_TEXT.has(action) && !note.trim()) {
      setMissing(true);
      return;
    }
    setBusy(action);
    setError(null);
    try {
      const next = await actOnComplaint(
        complaint.id,
        action,
        NEEDS_TEXT.has(action) ? note.trim() : undefined,
      );
      setNote('');
      setMissing(false);
      setDone(ft('fb.reply.done', { state: next.stateName[lang] }));
      onChanged(next);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="sm">
      <div>
        <Text className={css.code}>{complaint.code}</Text>
        <Text fw={700} size="lg">
          {complaint.title}
        </Text>
        <Text size="sm" c="gray.7">
          {ft(`fb.complaint.kind.${complaint.kind}`)} · {ft(`fb.complaint.category.${complaint.category}`)}
          {complaint.dossier ? ` · ${ft('fb.item.about', { code: complaint.dossier.code })}` : ''}
        </Text>
        {complaint.citizenName ? (
          <Text size="sm" c="gray.7">
            {ft('fb.item.from', { name: complaint.citizenName })}
          </Text>
        ) : null}
      </div>
      <ComplaintDeadline item={complaint} />
      <Text size="sm" className={css.content}>
        {complaint.content}
      </Text>
      {complaint.answer ? (
        <div className={css.answer}>
          <Text size="sm" fw={700}>
            {ft('fb.item.answer')}
          </Text>
          <Text size="sm">{complaint.answer}</Text>
        </div>
      ) : null}
      {complaint.refusalReason ? (
        <Alert color="gray" variant="light" title={ft('fb.item.refusal')}>
          {complaint.refusalReason}
        </Alert>
      ) : null}
      <div>
        <Text size="sm" fw={700}>
          {ft('fb.item.history')}
        </Text>
        <ol style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {complaint.history.map((h) => (
            <li key={`${h.at}-${h.action}`}>
              <Text size="sm">
                {h.actionName[lang]}{' '}
                <Text span size="xs" c="dimmed">
                  {formatDateTime(lang, h.at)}
                </Text>
              </Text>
            </li>
          ))}
        </ol>
      </div>
      {done ? (
        <Alert color="teal" variant="light" role="status">
          {done}
        </Alert>
      ) : null}
      {actions.length ? (
        <Stack gap="xs">
          {writes ? (
            <Textarea
              label={actions.includes('answer') ? ft('fb.reply.note') : ft('fb.reply.reason')}
              value={note}
              onChange={(e) => {
                setNote(e.currentTarget.value);
                setMissing(false);
              }}
              maxLength={5000}
              autosize
              minRows={4}
              error={missing ? ft('fb.reply.needText') : undefined}
            />
          ) : null}
          {error ? <ApiErrorAlert error={error} /> : null}
          <Group gap="sm">
            {actions.map((a) => (
              <Button
                key={a}
                variant={a === 'refuse' ? 'outline' : a === 'close' ? 'default' : 'filled'}
                color={a === 'refuse' ? 'flagRed' : undefined}
                loading={busy === a}
                disabled={busy !== null && busy !== a}
                onClick={() => void run(a)}
              >
                {a === 'answer' ? ft('fb.reply.answer') : complaintActionInfo[a][lang]}
              </Button>
            ))}
          </Group>
        </Stack>
      ) : null}
      <Text size="xs" c="dimmed">
        {ft('fb.item.legalBasis', { basis: complaint.legalBasis })}
      </Text>
    </Stack>
  );
}
