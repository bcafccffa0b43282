import {
  Alert,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiTokenScope, CreateApiTokenRequest } from '../../../contracts/identity';
import { type CreatedToken, createApiToken } from '../../api/admin';
import { type MessageKey, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useFormFeedback } from '../../ui/useFormFeedback';

export const SCOPE_LABELS: Record<string, MessageKey> = {
  'dossiers:read': 'admin.scope.dossiersRead',
  'dossiers:write': 'admin.scope.dossiersWrite',
  'catalog:read': 'admin.scope.catalogRead',
  'documents:exchange': 'admin.scope.documentsExchange',
  'reports:write': 'admin.scope.reportsWrite',
};

const EXPIRY = ['30', '90', '180', '365', 'never'] as const;

/** Issues a token for an integration; the secret is shown here once and never again. */
export function CreateTokenDialog({
  agencyId,
  opened,
  onClose,
  onCreated,
}: {
  agencyId: string;
  opened: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const t = useT();
  const feedback = useFormFeedback();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [expiry, setExpiry] = useState<string>('365');
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);

  const close = () => {
    setCreated(null);
    setName('');
    setScopes([]);
    setExpiry('365');
    feedback.clear();
    onClose();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = { name, scopes, ...(expiry === 'never' ? {} : { expiresInDays: Number(expiry) }) };
    const body = feedback.validate(CreateApiTokenRequest, values, {
      name: 'admin.tokens.name.invalid',
      scopes: 'admin.tokens.scopes.required',
    });
    if (!body) return;
    setBusy(true);
    try {
      setCreated(await createApiToken(agencyId, body));
      onCreated();
    } catch (error) {
      feedback.fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={close}
      title={t(created ? 'admin.tokens.createdTitle' : 'admin.tokens.create')}
      size="lg"
      closeOnClickOutside={!created}
    >
      {created ? (
        <Stack gap="md">
          <Alert color="orange" variant="light" role="status">
            {t('admin.tokens.once')}
          </Alert>
          <Text size="sm" fw={600}>
            {created.name}
          </Text>
          <Code block data-testid="new-token" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {created.token}
          </Code>
          <Group justify="space-between" gap="sm">
            <CopyButton value={created.token}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy}>
                  {copied ? t('common.copied') : t('admin.tokens.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close}>{t('admin.tokens.stored')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t('admin.tokens.name')}
              description={t('admin.tokens.name.hint')}
              maxLength={100}
              value={name}
              onChange={(e) => {
                setName(e.currentTarget.value);
                feedback.clear('name');
              }}
              error={feedback.error('name')}
            />
            <Checkbox.Group
              label={t('admin.tokens.scopes')}
              value={scopes}
              onChange={(next) => {
                setScopes(next);
                feedback.clear('scopes');
              }}
              error={feedback.error('scopes')}
            >
              <Stack gap={6} mt="xs">
                {ApiTokenScope.options.map((scope) => (
                  <Checkbox
                    key={scope}
                    value={scope}
                    label={t(SCOPE_LABELS[scope] ?? 'admin.scope.dossiersRead')}
                    description={scope}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Select
              label={t('admin.tokens.expiry')}
              value={expiry}
              allowDeselect={false}
              onChange={(v) => v && setExpiry(v)}
              data={EXPIRY.map((e) => ({
                value: e,
                label: e === 'never' ? t('admin.tokens.never') : t('admin.tokens.days', { days: e }),
              }))}
              maw={280}
            />
            {feedback.serverError ? <ApiErrorAlert error={feedback.serverError} /> : null}
            <Group justify="flex-end" gap="sm" mt="xs">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('admin.tokens.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
