import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { UpdateAgencyRequest } from '../../../contracts/identity';
import { type AgencyData, updateAgency } from '../../api/admin';
import { useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useFormFeedback } from '../../ui/useFormFeedback';
import { useAdmin } from './admin-context';
import { Panel } from './Panel';

type Fields = { name: string; shortName: string; address: string; phone: string; email: string };

const fieldsOf = (a: AgencyData): Fields => ({
  name: a.name,
  shortName: a.shortName ?? '',
  address: a.address ?? '',
  phone: a.phone ?? '',
  email: a.email ?? '',
});

/** Name and contacts of the agency, as shown to citizens on the portal and on documents. */
export function AgencyInfoTab() {
  const { agency } = useAdmin();
  return <AgencyInfoForm key={agency.id} agency={agency} />;
}

function AgencyInfoForm({ agency }: { agency: AgencyData }) {
  const t = useT();
  const { reloadAgencies } = useAdmin();
  const feedback = useFormFeedback();
  const [values, setValues] = useState<Fields>(() => fieldsOf(agency));
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const initial = fieldsOf(agency);
  const dirty = (Object.keys(values) as (keyof Fields)[]).some((k) => values[k] !== initial[k]);

  const field = (key: keyof Fields, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput
      label={label}
      value={values[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [key]: value }));
        feedback.clear(key);
        setSaved(false);
      }}
      error={feedback.error(key)}
      {...extra}
    />
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes: Record<string, string> = {};
    for (const k of Object.keys(values) as (keyof Fields)[])
      if (values[k].trim() !== initial[k]) changes[k] = values[k].trim();
    const body = feedback.validate(UpdateAgencyRequest, changes, {
      name: 'admin.agency.name.invalid',
      email: 'admin.email.invalid',
      phone: 'admin.phone.invalid',
    });
    if (!body) return;
    setBusy(true);
    try {
      await updateAgency(agency.id, body);
      await reloadAgencies();
      setSaved(true);
    } catch (error) {
      feedback.fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel title={t('admin.tab.info')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm" maw={760}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('admin.agency.orgId')} value={agency.orgId} readOnly variant="filled" />
            <TextInput
              label={t('admin.agency.unit')}
              value={agency.adminUnit.name}
              readOnly
              variant="filled"
            />
          </SimpleGrid>
          {field('name', t('admin.agency.name'), { maxLength: 300 })}
          {field('shortName', t('admin.agency.shortName'), { maxLength: 100 })}
          {field('address', t('admin.agency.address'), { maxLength: 300 })}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {field('phone', t('admin.agency.phone'), { maxLength: 40, type: 'tel' })}
            {field('email', t('admin.agency.email'), { maxLength: 200, type: 'email' })}
          </SimpleGrid>
          {saved ? (
            <Alert color="teal" variant="light" role="status">
              {t('admin.saved')}
            </Alert>
          ) : null}
          {feedback.serverError ? <ApiErrorAlert error={feedback.serverError} /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={busy} disabled={!dirty}>
              {t('admin.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Panel>
  );
}
