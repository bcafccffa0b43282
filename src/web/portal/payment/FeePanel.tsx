import { Alert, Anchor, Button, Group, Skeleton, Text } from '@mantine/core';
import { useState } from 'react';
import { formatVnd } from '../../../contracts/payments';
import type { ApiError } from '../../api/client';
import { toApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/text';
import pages from '../pages.module.css';
import { Tag } from '../Tag';
import { getDossierFees, startPayment } from './api';
import { FEE_STATUS_COLOUR, usePaymentT } from './messages';
import classes from './payment.module.css';

/**
 * The fee panel of a dossier in "Hồ sơ của tôi": each fee line (exemptions with their legal basis),
 * what was paid, the "Thanh toán trực tuyến" button that goes to the gateway, and the receipts.
 */
export function FeePanel({ dossierId }: { dossierId: string }) {
  const pt = usePaymentT();
  const { lang } = useLang();
  const fees = useApi((signal) => getDossierFees(dossierId, signal), dossierId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const f = fees.data;

  const pay = async () => {
    setBusy(true);
    setError(null);
    try {
      const started = await startPayment(dossierId);
      window.location.assign(started.payUrl);
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  };

  return (
    <section className={pages.panel} aria-labelledby="fees-title">
      <Group justify="space-between" align="center">
        <h2 id="fees-title" className={pages.panelTitle}>
          {pt('pay.title')}
        </h2>
        {f ? <Tag color={FEE_STATUS_COLOUR[f.status]}>{pt(`pay.status.${f.status}`)}</Tag> : null}
      </Group>
      {fees.error ? <ApiErrorAlert error={fees.error} /> : null}
      {!f && !fees.error ? <Skeleton height={80} radius="md" /> : null}
      {f ? (
        <>
          {f.feeRequested && f.outstanding > 0 ? (
            <Alert color="orange" variant="light" mb="sm">
              {pt('pay.feeRequested')}
            </Alert>
          ) : null}
          {f.assessment.lines.length === 0 ? (
            <Text size="sm" c="dimmed">
              {pt('pay.free')}
            </Text>
          ) : (
            <table className={classes.lines}>
              <tbody>
                {f.assessment.lines.map((l, i) => (
                  // Lines have no identity of their own beyond their place in the assessment.
                  // biome-ignore lint/suspicious/noArrayIndexKey: the order is the assessment's
                  <tr key={i}>
                    <td>
                      {l.name}
                      <span className={classes.note}>{l.detail[lang]}</span>
                      {l.exemption ? (
                        <span className={classes.note}>
                          {pt('pay.line.exempt', { reason: l.exemption.reason[lang] })}{' '}
                          {pt('pay.line.basis', { basis: l.exemption.legalBasis })}
                        </span>
                      ) : null}
                      {l.legalBasis ? (
                        <span className={classes.note}>{pt('pay.line.basis', { basis: l.legalBasis })}</span>
                      ) : null}
                    </td>
                    <td className={classes.amount}>{formatVnd(l.amount)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td>{pt('pay.total')}</td>
                  <td className={classes.amount}>{formatVnd(f.assessment.total)}</td>
                </tr>
                {f.paid > 0 ? (
                  <tr>
                    <td>{pt('pay.paid')}</td>
                    <td className={classes.amount}>{formatVnd(f.paid)}</td>
                  </tr>
                ) : null}
                {f.refunded > 0 ? (
                  <tr>
                    <td>{pt('pay.refunded')}</td>
                    <td className={classes.amount}>{formatVnd(f.refunded)}</td>
                  </tr>
                ) : null}
                {f.outstanding > 0 && f.paid > 0 ? (
                  <tr>
                    <td>{pt('pay.outstanding')}</td>
                    <td className={classes.amount}>{formatVnd(f.outstanding)}</td>
                  </tr>
                ) : null}
              </tfoot>
            </table>
          )}
          {f.assessment.notes.map((n) => (
            <Text key={n.vi} size="xs" c="dimmed" mt={4}>
              {n[lang]}
            </Text>
          ))}
          {error ? <ApiErrorAlert error={error} /> : null}
          {f.canPayOnline ? (
            <>
              <Button mt="md" onClick={pay} loading={busy}>
                {pt('pay.button')} · {formatVnd(f.outstanding)}
              </Button>
              <Text size="xs" c="dimmed" mt={4}>
                {busy ? pt('pay.redirecting') : pt('pay.help')}
              </Text>
            </>
          ) : null}
          {f.orders.length ? (
            <>
              <Text fw={600} size="sm" mt="md" mb={4}>
                {pt('pay.orders')}
              </Text>
              <ul className={classes.orders}>
                {f.orders.map((o) => (
                  <li key={o.id}>
                    <Text size="sm">
                      {pt('pay.order.line', {
                        amount: formatVnd(o.amount),
                        method: pt(`pay.method.${o.gateway}`),
                        status: o.statusName[lang],
                        time: formatDateTime(lang, o.settledAt ?? o.createdAt),
                      })}
                    </Text>
                    {o.receiptUrl ? (
                      <Anchor href={o.receiptUrl} size="sm" fw={600}>
                        {pt('pay.receipt')} · {o.receiptNo}
                      </Anchor>
                    ) : null}
                    {o.refunds.map((r) => (
                      <Text size="sm" key={r.id}>
                        {pt('pay.refund.line', {
                          amount: formatVnd(r.amount),
                          status: r.statusName[lang],
                          reason: r.reason,
                        })}
                      </Text>
                    ))}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
