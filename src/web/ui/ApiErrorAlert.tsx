import { Alert, Text } from '@mantine/core';
import type { ApiError } from '../api/client';
import { useLang, useT } from '../i18n';

/** Shows an API error in the reader's language, with the request id support staff will ask for. */
export function ApiErrorAlert({ error, title }: { error: ApiError; title?: string }) {
  const { lang } = useLang();
  const t = useT();
  return (
    <Alert color="flagRed" variant="light" title={title} role="alert">
      <Text size="sm">{error.messageIn(lang)}</Text>
      {error.requestId ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('error.requestId', { id: error.requestId })}
        </Text>
      ) : null}
    </Alert>
  );
}
