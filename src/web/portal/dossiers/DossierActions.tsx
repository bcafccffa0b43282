import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { actOnDossier, type DossierData } from '../api/dossiers';
import pages from '../pages.module.css';
import { PaperSlot } from '../submit/PaperSlot';
import { type Attachments, addFile, type Paper, paperNeed, removeFile, toRefs } from '../submit/papers';
import submitClasses from '../submit/submit.module.css';

const NEED_ORDER = { mandatory: 0, conditional: 1, present: 2, declaration: 3 } as const;

type Props = { dossier: DossierData; papers: Paper[]; onChanged: (next: DossierData) => void };

/** Withdrawing, with a confirmation: it cannot be undone. */
export function WithdrawButton({ dossier, onChanged }: Omit<Props, 'papers'>) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await actOnDossier(dossier.id, 'withdraw', note.trim() ? { note: note.trim() } : {}));
      setOpen(false);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="outline" color="flagRed" fullWidth onClick={() => setOpen(true)}>
        {t('dossier.withdraw')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('dossier.withdraw.title', { code: dossier.code })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('dossier.withdraw.body')}</Text>
          <Textarea
            label={t('dossier.withdraw.reason')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={2}
          />
          {error ? <ApiErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('dossier.withdraw.keep')}
            </Button>
            <Button color="flagRed" loading={busy} onClick={() => void confirm()}>
              {t('dossier.withdraw.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** Completing a supplement: the papers asked for, uploaded, and a short note. */
export function SupplementPanel({ dossier, papers, onChanged }: Props) {
  const t = useT();
  const [attached, setAttached] = useState<Attachments>({});
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const request = [...dossier.history].reverse().find((h) => h.action === 'request_supplement');
  // Mandatory papers first: a supplement most often asks for one of them again.
  const uploadable = papers
    .map((paper, index) => ({ paper, index, need: paperNeed(paper) }))
    .filter((p) => p.need !== 'declaration')
    .sort((a, b) => NEED_ORDER[a.need] - NEED_ORDER[b.need]);

  const send = async () => {
    const refs = toRefs(attached);
    if (refs.length === 0) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onChanged(
        await actOnDossier(dossier.id, 'complete_supplement', {
          attachments: refs,
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
      );
      setAttached({});
      setNote('');
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="supplement-title" className={pages.panel}>
      <h2 id="supplement-title" className={pages.panelTitle}>
        {t('dossier.supplement.title')}
      </h2>
      {request?.note ? (
        <Alert
          color="orange"
          variant="light"
          classNames={{ title: pages.warnTitle }}
          mb="md"
          title={t('dossier.supplement.asked')}
        >
          {request.note}
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed" mb="sm">
        {t('dossier.supplement.lead')}
      </Text>
      <ul className={submitClasses.paperList}>
        {uploadable.map(({ paper, index }) => (
          <PaperSlot
            key={index}
            paper={paper}
            index={index}
            files={attached[index] ?? []}
            error={undefined}
            hasStore={false}
            onAdd={(file) => {
              setMissing(false);
              setAttached((prev) => addFile(prev, index, file));
            }}
            onRemove={(position) => setAttached((prev) => removeFile(prev, index, position))}
            onPickFromStore={() => undefined}
          />
        ))}
      </ul>
      <Textarea
        mt="md"
        label={t('dossier.supplement.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={2000}
        autosize
        minRows={2}
      />
      {missing ? (
        <Alert color="flagRed" variant="light" mt="sm" role="alert">
          {t('dossier.supplement.missing')}
        </Alert>
      ) : null}
      {error ? <ApiErrorAlert error={error} /> : null}
      <Group justify="flex-end" mt="md">
        <Button color="flagRed" loading={busy} onClick={() => void send()}>
          {t('dossier.supplement.send')}
        </Button>
      </Group>
    </section>
  );
}
