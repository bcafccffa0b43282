import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Eform, EformError } from '../../../contracts/catalog';
import { type ApiError, toApiError } from '../../api/client';
import { useLang, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { EformRenderer } from '../../ui/eform/EformRenderer';
import type { FormValues } from '../../ui/eform/form-data';
import { previewEform } from './api';

type Checked = { definition: EformError[]; errors: EformError[]; valid: boolean };

/**
 * "Xem trước như công dân thấy": the citizen's own renderer, filled with sample data here, and the
 * sample checked by the server against the unsaved e-form (the same check a real dossier gets).
 */
export function EformPreview({
  eform,
  opened,
  onClose,
}: {
  eform: Eform;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [data, setData] = useState<FormValues>({});
  const [checked, setChecked] = useState<Checked | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const r = await previewEform(eform, data);
      setChecked({ definition: r.definitionErrors, errors: r.errors, valid: r.valid });
    } catch (e) {
      setFailure(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('cat.eform.previewTitle')} size="xl">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('cat.eform.previewIntro')}
        </Text>
        {checked?.definition.length ? (
          <Alert color="flagRed" variant="light" role="alert" title={t('cat.eform.definitionErrors')}>
            <List size="sm">
              {checked.definition.map((e) => (
                <List.Item key={`${e.path}-${e.en}`}>{e[lang]}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <EformRenderer
          eform={eform}
          data={data}
          onChange={(next) => {
            setData(next);
            setChecked(null);
          }}
          errors={checked?.errors ?? []}
        />
        {failure ? <ApiErrorAlert error={failure} /> : null}
        <div role="status">
          {checked && !checked.definition.length ? (
            <Alert color={checked.valid ? 'teal' : 'orange'} variant="light">
              {t(checked.valid ? 'cat.eform.sampleValid' : 'cat.eform.sampleInvalid', {
                count: checked.errors.length,
              })}
            </Alert>
          ) : null}
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cat.eform.close')}
          </Button>
          <Button onClick={check} loading={busy}>
            {t('cat.eform.check')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
