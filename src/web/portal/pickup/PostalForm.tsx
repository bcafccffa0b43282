import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { useLang } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { AddressPicker } from '../../ui/address/AddressPicker';
import { type PostalData, quotePostal, requestPostal } from './api';
import { vnd } from './format';
import { usePickupT } from './messages';

type Props = { dossierId: string; defaultName: string; onDone: (postal: PostalData) => void };

/** Address, recipient and phone; the fee shows as soon as a commune is chosen (nội tỉnh / liên tỉnh). */
export function PostalForm({ dossierId, defaultName, onDone }: Props) {
  const pt = usePickupT();
  const { lang } = useLang();
  const [name, setName] = useState(defaultName);
  const [phone, setPhone] = useState('');
  const [line, setLine] = useState('');
  const [unit, setUnit] = useState<string | null>(null);
  const [fee, setFee] = useState<{ feeVnd: number; scope: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setFee(null);
    if (unit?.length !== 5) return;
    const controller = new AbortController();
    quotePostal(dossierId, unit, controller.signal).then(
      (q) => setFee({ feeVnd: q.feeVnd, scope: q.scope }),
      () => undefined,
    );
    return () => controller.abort();
  }, [dossierId, unit]);

  const fields = error?.fieldProblems() ?? {};
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(
        await requestPostal({
          dossierId,
          recipientName: name,
          phone,
          addressLine: line,
          unitCode: unit ?? '',
        }),
      );
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (key: string) => fields[key]?.[lang];
  return (
    <Stack gap="sm">
      <TextInput
        label={pt('pk.postal.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
        error={fieldError('recipientName')}
      />
      <TextInput
        label={pt('pk.postal.phone')}
        value={phone}
        onChange={(e) => setPhone(e.currentTarget.value)}
        inputMode="tel"
        required
        error={fieldError('phone')}
      />
      <Text size="sm" fw={500}>
        {pt('pk.postal.unit')}
      </Text>
      <AddressPicker value={unit} onChange={setUnit} error={fieldError('unitCode')} />
      <TextInput
        label={pt('pk.postal.address')}
        value={line}
        onChange={(e) => setLine(e.currentTarget.value)}
        required
        error={fieldError('addressLine')}
      />
      {fee ? (
        <Alert color="blue" variant="light">
          {pt('pk.postal.fee', {
            fee: vnd(lang, fee.feeVnd),
            scope: pt(
              fee.scope === 'intra_province'
                ? 'pk.postal.scope.intra_province'
                : 'pk.postal.scope.inter_province',
            ),
          })}
        </Alert>
      ) : null}
      {error && !Object.keys(fields).length ? <ApiErrorAlert error={error} /> : null}
      <Button onClick={submit} loading={busy} disabled={!unit} w="fit-content">
        {pt('pk.postal.submit')}
      </Button>
    </Stack>
  );
}
