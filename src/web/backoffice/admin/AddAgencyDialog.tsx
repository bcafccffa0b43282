import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Agency, CreateAgencyRequest } from '../../../contracts/identity';
import { type AgencyData, createAgency } from '../../api/admin';
import { type MessageKey, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { AddressPicker } from '../../ui/address/AddressPicker';
import { useFormFeedback } from '../../ui/useFormFeedback';

type Kind = AgencyData['kind'];
type Fields = {
  orgId: string;
  name: string;
  shortName: string;
  address: string;
  phone: string;
  email: string;
};
const EMPTY: Fields = { orgId: '', name: '', shortName: '', address: '', phone: '', email: '' };

/** Adds an agency under the one being administered (a department, a one-stop desk, an office). */
export function AddAgencyDialog({
  parent,
  opened,
  onClose,
  onCreated,
}: {
  parent: AgencyData;
  opened: boolean;
  onClose: () => void;
  onCreated: (agency: AgencyData) => void;
}) {
  const t = useT();
  const feedback = useFormFeedback();
  const [values, setValues] = useState<Fields>(EMPTY);
  const [kind, setKind] = useState<Kind>('one_stop_desk');
  const [unit, setUnit] = useState<string | null>(parent.adminUnit.code);
  const [busy, setBusy] = useState(false);

  const field = (key: keyof Fields, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput
      label={label}
      value={values[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [key]: value }));
        feedback.clear(key);
      }}
      error={feedback.error(key)}
      {...extra}
    />
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const optional = Object.fromEntries(
      (['shortName', 'address', 'phone', 'email'] as const)
        .filter((k) => values[k].trim())
        .map((k) => [k, values[k].trim()]),
    );
    const body = feedback.validate(
      CreateAgencyRequest,
      {
        orgId: values.orgId.trim(),
        name: values.name,
        kind,
        parentId: parent.id,
        adminUnitCode: unit ?? '',
        ...optional,
      },
      {
        orgId: 'admin.agency.orgId.invalid',
        name: 'admin.agency.name.invalid',
        adminUnitCode: 'admin.agency.unit.invalid',
        email: 'admin.email.invalid',
        phone: 'admin.phone.invalid',
      },
    );
    if (!body) return;
    setBusy(true);
    try {
      onCreated(await createAgency(body));
      setValues(EMPTY);
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
      onClose={onClose}
      title={t('admin.sub.add')}
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {field('orgId', t('admin.agency.orgId'), {
              description: t('admin.agency.orgId.hint'),
              maxLength: 20,
              spellCheck: false,
            })}
            <Select
              label={t('admin.agency.kind')}
              value={kind}
              allowDeselect={false}
              onChange={(v) => v && setKind(v as Kind)}
              data={Agency.shape.kind.options.map((k) => ({
                value: k,
                label: t(`admin.kind.${k}` as MessageKey),
              }))}
            />
          </SimpleGrid>
          {field('name', t('admin.agency.name'), { maxLength: 300 })}
          {field('shortName', t('admin.agency.shortName'), { maxLength: 100 })}
          <AddressPicker
            value={unit}
            onChange={setUnit}
            allowProvince
            error={feedback.error('adminUnitCode')}
          />
          {field('address', t('admin.agency.address'), { maxLength: 300 })}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {field('phone', t('admin.agency.phone'), { maxLength: 40, type: 'tel' })}
            {field('email', t('admin.agency.email'), { maxLength: 200, type: 'email' })}
          </SimpleGrid>
          {feedback.serverError ? <ApiErrorAlert error={feedback.serverError} /> : null}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('admin.sub.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
