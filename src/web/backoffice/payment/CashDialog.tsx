import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { formatVnd, type PaymentOrder } from '../../../contracts/payments';
import { useT } from '../../i18n';
import { collectCash } from '../../portal/payment/api';
import { usePaymentT } from '../../portal/payment/messages';
import { DeskError } from '../desk/DeskError';
import { useDeskSubmit } from './useDeskSubmit';

type Props = {
  dossierId: string;
  dossierCode: string;
  /** What the fee block showed as due: the server records it only if that is still the amount. */
  amount: number;
  feeRequested: boolean;
  onClose: () => void;
  /** The server refused (paid meanwhile, amount changed): the block reloads what is due. */
  onStale: () => void;
  onDone: (order: PaymentOrder) => void;
};

/** Confirms the cash the receiver took at the desk, before the receipt is issued in their name. */
export function CashDialog({
  dossierId,
  dossierCode,
  amount,
  feeRequested,
  onClose,
  onStale,
  onDone,
}: Props) {
  const pt = usePaymentT();
  const t = useT();
  const { busy, error, submit: send } = useDeskSubmit(onStale);
  const money = formatVnd(amount);
  const submit = () => send(() => collectCash(dossierId, amount), onDone);

  return (
    <Modal
      opened
      onClose={onClose}
      title={pt('pay.cash.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{pt('pay.cash.body', { amount: money, code: dossierCode })}</Text>
        {feeRequested ? <Text size="sm">{pt('pay.cash.feeRequested')}</Text> : null}
        {error ? <DeskError error={error} /> : null}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {pt('pay.cash.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={error?.status === 409}>
            {pt('pay.cash.confirm', { amount: money })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
