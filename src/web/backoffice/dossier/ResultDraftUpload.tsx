import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { useT } from '../../i18n';
import { IconUpload } from '../../ui/icons';
import { uploadPaper } from '../desk/transfer';
import { UploadLine } from '../desk/UploadLine';

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
        <UploadLine
          name={draft.name}
          progress={draft.progress}
          stored={Boolean(draft.uploadId)}
          error={draft.error}
          onRemove={state.clear}
        />
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
