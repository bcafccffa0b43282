import { Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { formatVnd, type PaymentOrder, type Refund } from '../../../contracts/payments';
import { useLang, useT } from '../../i18n';
import { refundPayment } from '../../portal/payment/api';
import { usePaymentT } from '../../portal/payment/messages';
import { DeskError } from '../desk/DeskError';
import { useDeskSubmit } from './useDeskSubmit';

type Props = {
  dossierId: string;
  order: PaymentOrder;
  onClose: () => void;
  /** The server refused (refunded meanwhile): the block reloads what is refundable. */
  onStale: () => void;
  onDone: (refund: Refund) => void;
};

/** Refunds part or all of one paid order, with the reason the audit keeps. */
export function RefundDialog({ dossierId, order, onClose, onStale, onDone }: Props) {
  const pt = usePaymentT();
  const t = useT();
  const { lang } = useLang();
  const [amount, setAmount] = useState<number | string>(order.refundable);
  const [reason, setReason] = useState('');
  const { busy, error, submit: send } = useDeskSubmit(onStale);
  const fields = error?.fieldProblems() ?? {};
  const submit = () =>
    send(() => refundPayment(dossierId, { orderId: order.id, amount: Number(amount), reason }), onDone);

  return (
    <Modal
      opened
      onClose={onClose}
      title={pt('pay.refund.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">
          {pt(order.gateway === 'cash' ? 'pay.refund.body.cash' : 'pay.refund.body.gateway')}
        </Text>
        <Text size="sm">
          {pt('pay.refund.of', {
            amount: formatVnd(order.amount),
            receiptNo: order.receiptNo ?? order.txnRef,
            max: formatVnd(order.refundable),
          })}
        </Text>
        <NumberInput
          label={pt('pay.refund.amount')}
          value={amount}
          onChange={setAmount}
          min={1}
          max={order.refundable}
          hideControls
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          required
          error={fields.amount?.[lang]}
        />
        <Textarea
          label={pt('pay.refund.reason')}
          description={pt('pay.refund.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          minRows={2}
          maxLength={500}
          required
          error={fields.reason?.[lang]}
        />
        {error && !fields.amount && !fields.reason ? <DeskError error={error} /> : null}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {pt('pay.cash.cancel')}
          </Button>
          <Button color="red.9" onClick={() => void submit()} loading={busy}>
            {pt('pay.refund.confirm', { amount: formatVnd(Number(amount) || 0) })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
