import { Button, CloseButton, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { useLang, useT } from '../../i18n';
import { IconFile, IconUpload } from '../../ui/icons';
import css from '../desk/desk.module.css';
import { uploadPaper } from '../desk/transfer';

type Draft = { name: string; progress: number; uploadId?: string; error?: ApiError };

/** The specialist's draft of the result (a PDF), uploaded as it is chosen; one at a time. */
export function useResultDraft() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const choose = (file: File | null) => {
    if (!file) return;
    setDraft({ name: file.name, progress: 0 });
    uploadPaper(file, (progress) => setDraft((d) => (d?.name === file.name ? { ...d, progress } : d))).then(
      (u) => setDraft((d) => (d?.name === file.name ? { ...d, uploadId: u.id, progress: 1 } : d)),
      (e: unknown) => setDraft((d) => (d?.name === file.name ? { ...d, error: toApiError(e) } : d)),
    );
  };
  return {
    draft,
    choose,
    clear: () => setDraft(null),
    uploadId: draft?.uploadId,
    busy: draft !== null && !draft.uploadId && !draft.error,
  };
}

/**
 * Attach the draft (dự thảo) the leader will sign instead of the paper Cửa Số generates: a decision or
 * letter drafted outside, exported to PDF.
 */
export function ResultDraftUpload({ state }: { state: ReturnType<typeof useResultDraft> }) {
  const t = useT();
  const { lang } = useLang();
  const { draft } = state;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {t('desk.draft.label')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('desk.draft.help')}
      </Text>
      {draft ? (
        <div className={css.upload}>
          <IconFile size={16} />
          <Text size="xs" className={css.uploadName}>
            {draft.name}
          </Text>
          {draft.error ? (
            <Text size="xs" c="flagRed.8" role="alert">
              {draft.error.messageIn(lang)}
            </Text>
          ) : draft.uploadId ? (
            <Text size="xs" c="teal.9" fw={600}>
              {t('desk.intake.papers.stored')}
            </Text>
          ) : (
            <Progress
              value={draft.progress * 100}
              size="sm"
              w={120}
              aria-label={t('desk.intake.papers.uploading', { name: draft.name })}
            />
          )}
          <CloseButton
            size="sm"
            onClick={state.clear}
            aria-label={t('desk.intake.papers.remove', { name: draft.name })}
          />
        </div>
      ) : (
        <Group>
          <FileButton onChange={state.choose} accept="application/pdf">
            {(props) => (
              <Button {...props} variant="light" size="xs" leftSection={<IconUpload size={16} />}>
                {t('desk.draft.choose')}
              </Button>
            )}
          </FileButton>
        </Group>
      )}
    </Stack>
  );
}
