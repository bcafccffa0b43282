import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { type ImportProblem, ImportRefused, type ImportSummaryData, importCatalog } from './api';
import { ImportProblemsTable } from './ImportProblemsTable';

/** Import a catalogue file: all or nothing; a refusal lists every broken row with its reason. */
export function ImportDialog({
  opened,
  onClose,
  onImported,
}: {
  opened: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ImportSummaryData | null>(null);
  const [refused, setRefused] = useState<{ error: ApiError; problems: ImportProblem[] } | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const reset = () => {
    setDone(null);
    setRefused(null);
    setFailure(null);
  };
  const close = () => {
    reset();
    setFile(null);
    onClose();
  };
  const send = async () => {
    if (!file) return;
    reset();
    setBusy(true);
    try {
      setDone(await importCatalog(file));
      onImported();
    } catch (e) {
      if (e instanceof ImportRefused) setRefused({ error: e.error, problems: e.problems });
      else setFailure(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const count = done ? done.proceduresCreated + done.proceduresUpdated : 0;
  return (
    <Modal opened={opened} onClose={close} title={t('cat.import.title')} size="xl">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('cat.import.intro')}
        </Text>
        <FileInput
          label={t('cat.import.file')}
          placeholder={t('cat.import.pick')}
          accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(f) => {
            setFile(f);
            reset();
          }}
          clearable
        />
        <div role="status">
          {done ? (
            <Alert color="teal" variant="light">
              <Text fw={700}>{t('cat.import.done', { count })}</Text>
              <Text size="sm">
                {t('cat.import.doneDetail', {
                  created: done.proceduresCreated,
                  updated: done.proceduresUpdated,
                  versions: done.versionsCreated + done.versionsUpdated,
                  unchanged: done.unchanged,
                })}
              </Text>
            </Alert>
          ) : null}
        </div>
        {failure ? <ApiErrorAlert error={failure} /> : null}
        {refused ? (
          <Stack gap="xs">
            <ApiErrorAlert error={refused.error} />
            <ImportProblemsTable problems={refused.problems} />
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('cat.import.close')}
          </Button>
          <Button onClick={send} loading={busy} disabled={!file}>
            {t('cat.import.send')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
