import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { CreateOrganisationRequest } from '../../../contracts/identity';
import { addMyOrganisation, type Organisation } from '../../api/identity';
import { useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { AddressPicker } from '../../ui/address/AddressPicker';
import { useFormFeedback } from '../../ui/useFormFeedback';

type Kind = 'household_business' | 'business';

export function AddOrganisationForm({
  onAdded,
  onCancel,
}: {
  onAdded: (items: Organisation[]) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const kindId = useId();
  const feedback = useFormFeedback();
  const [kind, setKind] = useState<Kind>('household_business');
  const [name, setName] = useState('');
  const [taxCode, setTaxCode] = useState('');
  const [unit, setUnit] = useState<string | null>(null);
  const [line, setLine] = useState('');
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = {
      kind,
      name,
      taxCode: taxCode.replace(/\s/g, ''),
      ...(unit ? { addressUnitCode: unit } : {}),
      ...(line.trim() ? { addressLine: line } : {}),
    };
    const body = feedback.validate(CreateOrganisationRequest, values, {
      name: 'orgs.name.invalid',
      taxCode: 'orgs.taxCode.invalid',
    });
    if (!body) return;
    setBusy(true);
    try {
      onAdded((await addMyOrganisation(body)).items);
    } catch (error) {
      feedback.fail(error);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <div>
          <Text component="span" size="sm" fw={500} id={kindId}>
            {t('orgs.kind')}
          </Text>
          <SegmentedControl
            fullWidth
            mt={4}
            aria-labelledby={kindId}
            value={kind}
            onChange={(value) => setKind(value === 'business' ? 'business' : 'household_business')}
            data={[
              { value: 'household_business', label: t('orgs.kind.household') },
              { value: 'business', label: t('orgs.kind.business') },
            ]}
          />
        </div>
        <TextInput
          label={t('orgs.name')}
          maxLength={300}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            feedback.clear('name');
          }}
          error={feedback.error('name')}
        />
        <TextInput
          label={t('orgs.taxCode.label')}
          description={t('orgs.taxCode.hint')}
          inputMode="numeric"
          maxLength={16}
          value={taxCode}
          onChange={(e) => {
            setTaxCode(e.currentTarget.value);
            feedback.clear('taxCode');
          }}
          error={feedback.error('taxCode')}
        />
        <AddressPicker value={unit} onChange={setUnit} error={feedback.error('addressUnitCode')} />
        <TextInput
          label={t('profile.addressLine')}
          maxLength={300}
          value={line}
          onChange={(e) => setLine(e.currentTarget.value)}
        />
        {feedback.serverError ? <ApiErrorAlert error={feedback.serverError} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('orgs.add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
