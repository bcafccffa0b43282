import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { DeskError } from '../desk/DeskError';
import { type Certificate, type RevokeReason, revokeCertificate } from './api';
import { type SigningKey, useSigningT } from './messages';

const REASONS: RevokeReason[] = [
  'unspecified',
  'keyCompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
];

/** Revokes a certificate (RFC 5280 reason codes); it goes on the CRL at once. */
export function RevokeDialog({
  certificate,
  onClose,
  onDone,
}: {
  certificate: Certificate;
  onClose: () => void;
  onDone: (c: Certificate) => void;
}) {
  const t = useSigningT();
  const [reason, setReason] = useState<RevokeReason>('unspecified');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const revoke = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await revokeCertificate(certificate.id, reason));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('sg.cert.revoke.title')}
      closeButtonProps={{ 'aria-label': t('sg.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('sg.cert.revoke.body', { serial: certificate.serialNumber })}</Text>
        <Select
          label={t('sg.cert.revoke.reason')}
          data={REASONS.map((r) => ({ value: r, label: t(`sg.cert.revoke.reason.${r}` as SigningKey) }))}
          value={reason}
          onChange={(v) => v && setReason(v as RevokeReason)}
          allowDeselect={false}
        />
        {error ? <DeskError error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('sg.cancel')}
          </Button>
          <Button color="flagRed" onClick={() => void revoke()} loading={busy}>
            {t('sg.cert.revoke.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
