import { Alert, Anchor, Button, Group, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { SubmitComplaintRequest } from '../../../contracts/feedback';
import { type ApiError, toApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { type ComplaintDetailData, listAgencies, type ScaleData, submitComplaint } from './api';
import { type FeedbackKey, useFeedbackT } from './messages';
import { COMPLAINTS_PATH } from './paths';

type Kind = 'complaint' | 'suggestion';
type Category = 'procedure' | 'official' | 'other';

const FIELD_MESSAGES: Record<string, FeedbackKey> = {
  title: 'fb.complaint.invalid.subject',
  content: 'fb.complaint.invalid.content',
  agencyId: 'fb.complaint.invalid.agency',
};

/**
 * "Gửi phản ánh, kiến nghị": about one dossier (sent to the agency handling it) or, without a dossier,
 * to an agency the citizen picks. Checked with the shared contract before sending.
 */
export function ComplaintForm({
  dossier,
  scale,
  onSent,
}: {
  dossier?: { id: string; agencyName: string };
  scale: ScaleData | null;
  onSent?: (c: ComplaintDetailData) => void;
}) {
  const ft = useFeedbackT();
  const { lang } = useLang();
  const agencies = useApi(
    (signal) => (dossier ? Promise.resolve(null) : listAgencies(signal)),
    dossier?.id ?? 'all',
  );
  const [kind, setKind] = useState<Kind>('complaint');
  const [category, setCategory] = useState<Category>('procedure');
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [invalid, setInvalid] = useState<Record<string, FeedbackKey>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<ComplaintDetailData | null>(null);
  const server = error?.fieldProblems() ?? {};
  const fieldError = (f: string) => (invalid[f] ? ft(invalid[f]) : server[f]?.[lang]);
  // A field's message goes away as soon as the person edits it.
  const edited = (f: string) => {
    if (invalid[f]) setInvalid(({ [f]: _, ...rest }) => rest);
  };

  const send = async () => {
    const body = {
      ...(dossier ? { dossierId: dossier.id } : agencyId ? { agencyId } : {}),
      kind,
      category,
      title,
      content,
    };
    const parsed = SubmitComplaintRequest.safeParse(body);
    if (!parsed.success) {
      const marks: Record<string, FeedbackKey> = {};
      for (const issue of parsed.error.issues) {
        const f = String(issue.path[0] ?? '');
        if (FIELD_MESSAGES[f]) marks[f] ??= FIELD_MESSAGES[f];
      }
      setInvalid(marks);
      return;
    }
    setInvalid({});
    setBusy(true);
    setError(null);
    try {
      const created = await submitComplaint(parsed.data);
      setSent(created);
      setTitle('');
      setContent('');
      onSent?.(created);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const decide = scale?.decideWorkingDays ?? 2;
  const answer = scale?.answerWorkingDays ?? 15;
  return (
    <Stack gap="sm">
      <Text size="sm" c="gray.7">
        {dossier
          ? ft('fb.complaint.lead', { agency: dossier.agencyName, decide, answer })
          : ft('fb.complaint.leadGeneral', { decide, answer })}
      </Text>
      {sent ? (
        <Alert color="teal" variant="light" role="status">
          <Text size="sm">{ft('fb.complaint.sent', { code: sent.code })}</Text>
          <Anchor component={Link} to={COMPLAINTS_PATH} size="sm" fw={600}>
            {ft('fb.complaint.viewMine')}
          </Anchor>
        </Alert>
      ) : null}
      {dossier ? null : (
        <Select
          label={ft('fb.complaint.agency')}
          data={(agencies.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
          value={agencyId}
          onChange={(v) => {
            setAgencyId(v);
            edited('agencyId');
          }}
          searchable
          required
          error={fieldError('agencyId')}
        />
      )}
      <Radio.Group label={ft('fb.complaint.kind')} value={kind} onChange={(v) => setKind(v as Kind)}>
        <Group gap="lg" mt={4}>
          <Radio value="complaint" label={ft('fb.complaint.kind.complaint')} />
          <Radio value="suggestion" label={ft('fb.complaint.kind.suggestion')} />
        </Group>
      </Radio.Group>
      <Select
        label={ft('fb.complaint.category')}
        data={(['procedure', 'official', 'other'] as const).map((c) => ({
          value: c,
          label: ft(`fb.complaint.category.${c}`),
        }))}
        value={category}
        onChange={(v) => v && setCategory(v as Category)}
        allowDeselect={false}
      />
      <TextInput
        label={ft('fb.complaint.subject')}
        value={title}
        onChange={(e) => {
          setTitle(e.currentTarget.value);
          edited('title');
        }}
        maxLength={200}
        required
        error={fieldError('title')}
      />
      <Textarea
        label={ft('fb.complaint.content')}
        description={ft('fb.complaint.contentHelp')}
        value={content}
        onChange={(e) => {
          setContent(e.currentTarget.value);
          edited('content');
        }}
        maxLength={5000}
        autosize
        minRows={4}
        required
        error={fieldError('content')}
      />
      {error && !Object.keys(server).length ? <ApiErrorAlert error={error} /> : null}
      <Group>
        <Button onClick={() => void send()} loading={busy}>
          {ft('fb.complaint.send')}
        </Button>
      </Group>
    </Stack>
  );
}
