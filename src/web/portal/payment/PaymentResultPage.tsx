import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { formatVnd } from '../../../contracts/payments';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { useDocTitle } from '../../ui/useDocTitle';
import { PageHead } from '../PageHead';
import pages from '../pages.module.css';
import { dossierPath } from '../paths';
import { readPaymentReturn } from './api';
import { usePaymentT } from './messages';
import classes from './payment.module.css';

/**
 * `/thanh-toan/ket-qua`: where the gateway sends the browser back. It shows what the gateway said
 * and the order's status; only the gateway's IPN (or the reconciliation) settles the order.
 */
export function PaymentResultPage() {
  const pt = usePaymentT();
  const { lang } = useLang();
  const { search } = useLocation();
  const result = useApi((signal) => readPaymentReturn(search, signal), search);
  useDocTitle(pt('pay.result.title'));
  const r = result.data;

  return (
    <div className={`${pages.page} ${classes.result}`}>
      <PageHead title={pt('pay.result.title')} />
      <section className={pages.panel} aria-live="polite">
        {result.error ? (
          <Alert color="red" variant="light">
            {pt('pay.result.invalid')}
          </Alert>
        ) : !r ? (
          <Stack gap="xs">
            <Text size="sm">{pt('pay.result.checking')}</Text>
            <Skeleton height={60} radius="md" />
          </Stack>
        ) : (
          <Stack gap="sm">
            {r.orderStatus === 'paid' ? (
              <Alert color="teal" variant="light" title={r.orderStatusName[lang]}>
                {pt('pay.result.paid', { amount: formatVnd(r.amount), code: r.dossierCode })}
              </Alert>
            ) : r.gatewaySuccess ? (
              <Alert color="blue" variant="light" title={r.orderStatusName[lang]}>
                {pt('pay.result.pending', { amount: formatVnd(r.amount) })}
              </Alert>
            ) : (
              <Alert color="orange" variant="light" title={r.orderStatusName[lang]}>
                {pt('pay.result.failed', { message: r.message[lang] })}
              </Alert>
            )}
            <Text size="sm" c="dimmed">
              {pt('pay.result.order', { txnRef: r.txnRef })}
            </Text>
            <div>
              <Button component={Link} to={dossierPath(r.dossierId)}>
                {pt('pay.result.back', { code: r.dossierCode })}
              </Button>
            </div>
          </Stack>
        )}
      </section>
    </div>
  );
}
