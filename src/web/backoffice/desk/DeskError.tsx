import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/client';
import { useLang, useT } from '../../i18n';

/**
 * An API error in both languages: the reader's first, the other one under it (officials forward these
 * to support staff, who may read the other language), with the request id support will ask for.
 */
export function DeskError({
  error,
  title,
  children,
}: {
  error: ApiError;
  title?: string;
  children?: ReactNode;
}) {
  const { lang } = useLang();
  const t = useT();
  const other = lang === 'vi' ? 'en' : 'vi';
  const first = error.messageIn(lang);
  const second = error.messageIn(other);
  return (
    <Alert color="flagRed" variant="light" title={title} role="alert">
      <Text size="sm" fw={600}>
        {first}
      </Text>
      {second !== first ? (
        <Text size="xs" c="gray.8" lang={other} mt={2}>
          {second}
        </Text>
      ) : null}
      {children}
      {error.requestId ? (
        <Text size="xs" c="gray.8" mt={4}>
          {t('error.requestId', { id: error.requestId })}
        </Text>
      ) : null}
    </Alert>
  );
}
