import { Anchor, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { formatVnd, type PaymentOrder, type Refund } from '../../../contracts/payments';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { getDossierFees } from '../../portal/payment/api';
import { FEE_STATUS_COLOUR, usePaymentT } from '../../portal/payment/messages';
import { Tag } from '../../portal/Tag';
import { formatDateTime } from '../../ui/text';
import { Panel } from '../admin/Panel';
import { DeskError } from '../desk/DeskError';
import { CashDialog } from './CashDialog';
import { RefundDialog } from './RefundDialog';

type Props = {
  dossierId: string;
  dossierCode: string;
  /** Called with the paid order once cash is recorded (the dossier may move on a moment later). */
  onCashCollected?: (order: PaymentOrder) => void;
  /** Called with the refund once recorded (refunded, failed, or waiting for the gateway). */
  onRefunded?: (refund: Refund) => void;
};

/**
 * The fee and payment status of a dossier on the staff dossier page: what it owes, what was paid
 * (online, settled by the gateway's IPN or by reconciliation, or in cash at the desk), the receipts,
 * and for the desk's receiver the buttons that record the amount due as paid in cash and refund what
 * was paid and is not owed.
 */
export function DossierFeesBlock({ dossierId, dossierCode, onCashCollected, onRefunded }: Props) {
  const pt = usePaymentT();
  const { lang } = useLang();
  const fees = useApi((signal) => getDossierFees(dossierId, signal), dossierId);
  const [takingCash, setTakingCash] = useState(false);
  const [refunding, setRefunding] = useState<PaymentOrder | null>(null);
  const f = fees.data;
  return (
    <Panel
      title={pt('pay.staff.title')}
      action={f ? <Tag color={FEE_STATUS_COLOUR[f.status]}>{pt(`pay.status.${f.status}`)}</Tag> : null}
    >
      {fees.error ? <DeskError error={fees.error} /> : null}
      {!f && !fees.error ? <Skeleton height={60} /> : null}
      {f ? (
        <Stack gap={6}>
          {f.assessment.lines.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the order is the assessment's
            <Group key={i} justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text size="sm">{l.name}</Text>
                <Text size="xs" c="dimmed">
                  {l.detail[lang]}
                  {l.exemption ? ` · ${pt('pay.line.exempt', { reason: l.exemption.reason[lang] })}` : ''}
                </Text>
              </div>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {formatVnd(l.amount)}
              </Text>
            </Group>
          ))}
          {f.assessment.lines.length === 0 ? (
            <Text size="sm" c="dimmed">
              {pt('pay.free')}
            </Text>
          ) : (
            <Group justify="space-between">
              <Text size="sm" fw={700}>
                {pt('pay.total')}
              </Text>
              <Text size="sm" fw={700}>
                {formatVnd(f.assessment.total)}
              </Text>
            </Group>
          )}
          {f.orders
            .filter((o) => o.status === 'paid')
            .map((o) => (
              <div key={o.id}>
                <Text size="sm">
                  {pt(o.gateway === 'cash' ? 'pay.staff.cash' : 'pay.staff.online')}: {formatVnd(o.amount)} ·{' '}
                  {o.settledAt ? formatDateTime(lang, o.settledAt) : ''} ·{' '}
                  {o.settledBy
                    ? pt(`pay.staff.settledBy.${o.settledBy}`, { name: o.collectorName ?? '' })
                    : ''}
                  {o.receiptUrl ? (
                    <>
                      {' · '}
                      <Anchor href={o.receiptUrl} size="sm" underline="always">
                        {o.receiptNo}
                      </Anchor>
                    </>
                  ) : null}
                </Text>
                {o.refunds.map((r) => (
                  <Text size="xs" c={r.status === 'failed' ? 'red' : 'dimmed'} key={r.id}>
                    {pt('pay.refund.line', {
                      amount: formatVnd(r.amount),
                      status: r.statusName[lang],
                      reason: r.reason,
                    })}
                    {' · '}
                    {pt('pay.refund.by', {
                      name: r.requestedByName,
                      time: formatDateTime(lang, r.createdAt),
                    })}
                    {r.gatewayAnswer ? ` · ${r.gatewayAnswer.message[lang]} (${r.gatewayAnswer.code})` : ''}
                  </Text>
                ))}
                {o.refundable > 0 ? (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    c="red.9"
                    px={0}
                    onClick={() => setRefunding(o)}
                  >
                    {pt('pay.refund.button')} {formatVnd(o.refundable)}
                  </Button>
                ) : null}
              </div>
            ))}
          {f.canCollectCash ? (
            <Button variant="light" mt={4} onClick={() => setTakingCash(true)}>
              {pt('pay.cash.button', { amount: formatVnd(f.outstanding) })}
            </Button>
          ) : null}
        </Stack>
      ) : null}
      {refunding ? (
        <RefundDialog
          dossierId={dossierId}
          order={refunding}
          onClose={() => setRefunding(null)}
          onStale={() => void fees.reload()}
          onDone={(refund) => {
            setRefunding(null);
            void fees.reload();
            onRefunded?.(refund);
          }}
        />
      ) : null}
      {f && takingCash ? (
        <CashDialog
          dossierId={dossierId}
          dossierCode={dossierCode}
          amount={f.outstanding}
          feeRequested={f.feeRequested}
          onClose={() => setTakingCash(false)}
          onStale={() => void fees.reload()}
          onDone={(order) => {
            setTakingCash(false);
            void fees.reload();
            onCashCollected?.(order);
          }}
        />
      ) : null}
    </Panel>
  );
}
