import { Alert, Badge, Loader, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { type AccessLogItem, listMyAccessLog } from '../../api/identity';
import { useLang, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/text';
import { useDocTitle } from '../../ui/useDocTitle';
import classes from './access-log.module.css';
import { actionLabel, actorLabel, detailLabel } from './access-log-labels';
import { Section } from './ProfileSections';

/** `/tai-khoan/nhat-ky-truy-cap`: every read or change of the person's data, newest first. */
export function AccessLogPage() {
  const t = useT();
  const { lang } = useLang();
  useDocTitle(t('account.nav.accessLog'));
  const [items, setItems] = useState<AccessLogItem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    listMyAccessLog(controller.signal).then(
      (r) => setItems([...r.items].sort((a, b) => b.at.localeCompare(a.at))),
      (e: unknown) => !controller.signal.aborted && setError(toApiError(e)),
    );
    return () => controller.abort();
  }, []);

  const officials = items?.filter((i) => i.actorType === 'staff').length ?? 0;
  return (
    <Section title={t('log.title')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('log.lead')}
        </Text>
        {items && items.length > 0 ? (
          <Alert color={officials ? 'orange' : 'teal'} variant="light">
            {officials ? t('log.summary.officials', { count: officials }) : t('log.summary.none')}
          </Alert>
        ) : null}
        {error ? <ApiErrorAlert error={error} /> : null}
        {!items && !error ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
        {items && items.length === 0 ? <Text>{t('log.empty')}</Text> : null}
        {items && items.length > 0 ? (
          <Table className={classes.table} verticalSpacing="sm" highlightOnHover>
            <Table.Caption className={classes.caption}>{t('log.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('log.col.time')}</Table.Th>
                <Table.Th scope="col">{t('log.col.who')}</Table.Th>
                <Table.Th scope="col">{t('log.col.what')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => {
                const detail = detailLabel(item, t);
                const official = item.actorType === 'staff';
                return (
                  <Table.Tr
                    key={`${item.at}-${item.action}-${item.actorType}`}
                    data-official={official || undefined}
                  >
                    <Table.Td data-label={t('log.col.time')} className={classes.time}>
                      <time dateTime={item.at}>{formatDateTime(lang, item.at)}</time>
                    </Table.Td>
                    <Table.Td data-label={t('log.col.who')}>
                      {official ? (
                        <Badge color="orange" variant="light" radius="sm" mb={4}>
                          {t('log.actor.official')}
                        </Badge>
                      ) : null}
                      <Text size="sm" fw={600}>
                        {actorLabel(item, t, lang)}
                      </Text>
                    </Table.Td>
                    <Table.Td data-label={t('log.col.what')}>
                      <Text size="sm">{actionLabel(item, t)}</Text>
                      {detail ? (
                        <Text size="xs" c="dimmed">
                          {detail}
                        </Text>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
    </Section>
  );
}
