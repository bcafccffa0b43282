import { Alert, Badge, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { type ApiTokenData, listApiTokens, revokeApiToken } from '../../api/admin';
import { type ApiError, toApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDate } from '../../ui/text';
import classes from '../backoffice.module.css';
import { useAdmin } from './admin-context';
import { CreateTokenDialog, SCOPE_LABELS } from './CreateTokenDialog';
import { Panel } from './Panel';

function status(token: ApiTokenData): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt) <= new Date()) return 'expired';
  return 'active';
}

const STATUS_COLOR = { active: 'teal', revoked: 'gray', expired: 'orange' } as const;

/** Keys that let the agency's other systems call the API; each can be revoked at once. */
export function TokensTab() {
  const t = useT();
  const { lang } = useLang();
  const { agency } = useAdmin();
  const tokens = useApi((signal) => listApiTokens(agency.id, signal).then((r) => r.items), agency.id);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenData | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const revoke = async () => {
    if (!revoking) return;
    setBusy(true);
    try {
      await revokeApiToken(revoking.id);
      setNotice(t('admin.tokens.revoked', { name: revoking.name }));
      setRevoking(null);
      await tokens.reload();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const date = (iso: string | null) => (iso ? formatDate(lang, iso) : '—');
  return (
    <Panel
      title={t('admin.tokens.title')}
      action={<Button onClick={() => setCreating(true)}>{t('admin.tokens.create')}</Button>}
    >
      <Text size="sm" c="dimmed" mb="md">
        {t('admin.tokens.lead')}
      </Text>
      {notice ? (
        <Alert
          color="teal"
          variant="light"
          role="status"
          mb="md"
          withCloseButton
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      ) : null}
      {tokens.error ? <ApiErrorAlert error={tokens.error} /> : null}
      {!tokens.data && !tokens.error ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
      {tokens.data && tokens.data.length === 0 ? <Text>{t('admin.tokens.empty')}</Text> : null}
      {tokens.data && tokens.data.length > 0 ? (
        <div className={classes.tableWrap}>
          <Table verticalSpacing="sm" miw={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.tokens.col.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.tokens.col.scopes')}</Table.Th>
                <Table.Th scope="col">{t('admin.tokens.col.dates')}</Table.Th>
                <Table.Th scope="col">{t('admin.tokens.col.status')}</Table.Th>
                <Table.Th scope="col">
                  <span className="cs-sr-only">{t('admin.col.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.map((token) => {
                const s = status(token);
                return (
                  <Table.Tr key={token.id}>
                    <Table.Td>
                      <Text fw={700} size="sm">
                        {token.name}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {token.prefix}…
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {token.scopes.map((scope) => (
                          <Text key={scope} size="xs">
                            {SCOPE_LABELS[scope] ? t(SCOPE_LABELS[scope]) : scope}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{t('admin.tokens.createdAt', { date: date(token.createdAt) })}</Text>
                      <Text size="xs">{t('admin.tokens.expiresAt', { date: date(token.expiresAt) })}</Text>
                      <Text size="xs" c="dimmed">
                        {t('admin.tokens.lastUsed', { date: date(token.lastUsedAt) })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLOR[s]} radius="sm" tt="none">
                        {t(`admin.tokens.status.${s}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      {s === 'revoked' ? null : (
                        <Button
                          size="xs"
                          variant="light"
                          color="flagRed"
                          onClick={() => {
                            setError(null);
                            setRevoking(token);
                          }}
                          aria-label={t('admin.tokens.revokeFor', { name: token.name })}
                        >
                          {t('admin.tokens.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </div>
      ) : null}
      <CreateTokenDialog
        agencyId={agency.id}
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={() => void tokens.reload()}
      />
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('admin.tokens.revokeTitle')}
      >
        <Stack gap="md">
          <Text>{t('admin.tokens.revokeBody', { name: revoking?.name ?? '' })}</Text>
          {error ? <ApiErrorAlert error={error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="flagRed" loading={busy} onClick={() => void revoke()}>
              {t('admin.tokens.revokeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Panel>
  );
}
