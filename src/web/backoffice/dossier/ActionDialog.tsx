import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import {
  actionInfo,
  CERTIFIED_COPY_RESULTS,
  type DossierAction,
  stateInfo,
} from '../../../contracts/dossier-workflow';
import { type ApiError, toApiError } from '../../api/client';
import { useLang, useT } from '../../i18n';
import { formatDateTime } from '../../ui/text';
import { useStaff } from '../auth/staff-context';
import { actOnDossier, type Dossier, type Procedure } from '../desk/api';
import { DeskError } from '../desk/DeskError';
import { PaperUploads, papersOf, usePaperUploads } from '../desk/PaperUploads';
import { actionKind, needsAssignee, transitionOf } from './action-kinds';
import { ResultDraftUpload, useResultDraft } from './ResultDraftUpload';
import { SupplementItems } from './SupplementItems';
import { useSpecialists } from './useSpecialists';

type Props = {
  dossier: Dossier;
  action: DossierAction;
  procedure: Procedure | null;
  onClose: () => void;
  onDone: (next: Dossier) => void;
  /** Reloads the dossier after a refusal by the server (state moved on, claim taken); resolves to it. */
  onStale: () => Promise<Dossier | null>;
};

/** Confirms one action: what it does, and the reason, specialist, days or papers it needs. */
export function ActionDialog({ dossier, action, procedure, onClose, onDone, onStale }: Props) {
  const t = useT();
  const { lang } = useLang();
  const transition = transitionOf(action, dossier.status);
  const needsReason = transition?.needsReason ?? false;
  const me = useStaff();
  const isAdmin = me.roles.some((r) => r.role === 'agency_admin' || r.role === 'system_admin');
  const specialists = useSpecialists(dossier.agency.id, needsAssignee(action), isAdmin);
  const [note, setNote] = useState('');
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const choices = specialists.items.filter((s) => action === 'assign' || s.id !== dossier.assignee?.id);
  // One possible specialist: chosen already, one click less.
  const only = choices.length === 1 ? choices[0]!.id : null;
  useEffect(() => {
    if (only) setAssigneeId((v) => v ?? only);
  }, [only]);
  const [days, setDays] = useState<number | string>(5);
  const [items, setItems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // complete_supplement at the desk: the papers the applicant brought, scanned here.
  const uploads = usePaperUploads();
  // propose: the draft of the result the leader will sign, if the specialist wrote one.
  const draft = useResultDraft();
  const supplementPapers = useMemo(
    () =>
      action === 'complete_supplement' ? papersOf(procedure).map((p) => ({ ...p, required: false })) : [],
    [action, procedure],
  );
  const [error, setError] = useState<ApiError | null>(null);
  const [fresh, setFresh] = useState<Dossier | null>(null);

  const label = actionInfo[action][lang];
  const kind = actionKind(action);
  const next = transition?.to === 'same' ? dossier.status : transition?.to;
  const expired =
    action === 'extend' && dossier.appointment !== null && new Date(dossier.appointment) < new Date();
  const fields = error?.fieldProblems() ?? {};
  const fieldError = (name: string) => fields[name]?.[lang];

  const submit = async () => {
    setBusy(true);
    setError(null);
    setFresh(null);
    try {
      const body = {
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(needsAssignee(action) && assigneeId ? { assigneeId } : {}),
        ...(action === 'extend' ? { extraWorkingDays: Number(days) } : {}),
        ...(action === 'request_supplement' && items.length ? { items } : {}),
        ...(uploads.refs.length ? { attachments: uploads.refs } : {}),
        ...(action === 'propose' && draft.uploadId ? { resultDraftUploadId: draft.uploadId } : {}),
      };
      onDone(await actOnDossier(dossier.id, action, body));
    } catch (e) {
      const err = toApiError(e);
      setError(err);
      if (err.status === 409) setFresh(await onStale());
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={label}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('desk.action.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="md">
        <Text size="sm">
          {t(
            action === 'sign' && CERTIFIED_COPY_RESULTS.has(dossier.procedureCode)
              ? 'desk.explain.sign.copies'
              : `desk.explain.${action}`,
          )}
        </Text>
        {next && next !== 'resume' && next !== dossier.status ? (
          <Text size="sm" c="dimmed">
            {t('desk.action.nextState', { state: stateInfo[next][lang] })}
          </Text>
        ) : null}

        {action === 'extend' ? (
          <>
            <Alert color={expired ? 'flagRed' : 'yellow'} variant="light">
              {dossier.appointment
                ? t(expired ? 'desk.extend.expired' : 'desk.extend.before', {
                    date: formatDateTime(lang, dossier.appointment),
                  })
                : t('desk.extend.noAppointment')}
            </Alert>
            <NumberInput
              label={t('desk.extend.days')}
              description={t('desk.extend.daysHelp')}
              min={1}
              max={60}
              value={days}
              onChange={setDays}
              withAsterisk
              error={fieldError('extraWorkingDays')}
              w={220}
            />
          </>
        ) : null}

        {needsAssignee(action) ? (
          <Select
            label={t('desk.assign.label')}
            placeholder={specialists.loading ? t('common.loading') : t('desk.assign.placeholder')}
            data={choices.map((s) => ({
              value: s.id,
              label: s.username ? `${s.name} (${s.username})` : s.name,
            }))}
            value={assigneeId}
            onChange={setAssigneeId}
            allowDeselect={false}
            searchable
            withAsterisk
            nothingFoundMessage={t('desk.assign.none')}
            error={fieldError('assigneeId')}
            description={specialists.source === 'known' ? t('desk.assign.knownOnly') : undefined}
          />
        ) : null}
        {specialists.error ? <DeskError error={specialists.error} /> : null}

        {action === 'request_supplement' ? (
          <SupplementItems procedure={procedure} value={items} onChange={setItems} />
        ) : null}

        {supplementPapers.length ? (
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('desk.supplement.scans')}
            </Text>
            <PaperUploads papers={supplementPapers} uploads={uploads} missing={new Set()} />
          </Stack>
        ) : null}

        {action === 'propose' && !CERTIFIED_COPY_RESULTS.has(dossier.procedureCode) ? (
          <ResultDraftUpload state={draft} />
        ) : null}

        <Textarea
          label={needsReason ? t('desk.reason.label') : t('desk.note.label')}
          description={needsReason ? t('desk.reason.help') : undefined}
          withAsterisk={needsReason}
          aria-required={needsReason || undefined}
          autosize
          minRows={3}
          maxRows={8}
          maxLength={2000}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            if (fields.note) setError(null);
          }}
          error={fieldError('note')}
          data-autofocus
        />

        {error ? (
          <DeskError error={error}>
            {fresh ? (
              <Text size="sm" mt={6}>
                {t('desk.conflict.now', {
                  state: stateInfo[fresh.status][lang],
                  actions:
                    fresh.allowedActions.map((a) => actionInfo[a][lang]).join(', ') ||
                    t('desk.conflict.noAction'),
                })}
              </Text>
            ) : null}
          </DeskError>
        ) : null}

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('desk.action.cancel')}
          </Button>
          <Button
            onClick={() => void submit()}
            loading={busy}
            disabled={expired || uploads.busy || draft.busy || !dossier.allowedActions.includes(action)}
            color={kind === 'danger' ? 'flagRed' : 'navy'}
          >
            {label}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
