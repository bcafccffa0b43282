import { Button, Table, Text } from '@mantine/core';
import { formatVnd } from '../../../contracts/payments';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { feeLedgerExportUrl, getFeeLedger } from '../../portal/payment/api';
import { usePaymentT } from '../../portal/payment/messages';
import { IconDownload } from '../../ui/icons';
import { formatDateTime } from '../../ui/text';
import { Panel } from '../admin/Panel';
import { useStaff } from '../auth/staff-context';
import classes from '../backoffice.module.css';
import { DeskError } from '../desk/DeskError';
import { useDownload } from '../desk/useDownload';

const LEDGER_ROLES = ['receiver', 'leader', 'agency_admin'];

/**
 * The fee ledger of the agency for the reports page: totals in cash and online, every receipt and
 * refund, and the Excel export. Shown to the desk, the leader and the administrator of the agency
 * (the server decides; this only hides what would be refused).
 */
export function FeeLedgerSection({
  agencyId,
  period,
}: {
  agencyId: string;
  period: { from: string; to: string };
}) {
  const pt = usePaymentT();
  const { lang } = useLang();
  const me = useStaff();
  const allowed = me.roles.some((r) => r.agencyId === agencyId && LEDGER_ROLES.includes(r.role));
  const ledger = useApi(
    (signal) => (allowed ? getFeeLedger(agencyId, period, signal) : Promise.resolve(null)),
    `${agencyId}|${period.from}|${period.to}|${allowed}`,
  );
  const file = useDownload();
  if (!allowed) return null;
  const l = ledger.data;
  const download = () =>
    file.download(feeLedgerExportUrl(agencyId, period), `bang-ke-thu-phi-${period.from}-${period.to}.xlsx`);

  return (
    <Panel
      title={pt('pay.ledger.title')}
      action={
        <Button
          variant="light"
          size="xs"
          leftSection={<IconDownload size={16} />}
          loading={file.downloading}
          onClick={() => void download()}
        >
          {pt('pay.ledger.download')}
        </Button>
      }
    >
      <Text size="sm" c="dimmed" mb="sm">
        {pt('pay.ledger.lead')}
      </Text>
      {ledger.error ? <DeskError error={ledger.error} /> : null}
      {file.error ? <DeskError error={file.error} /> : null}
      {l ? (
        <div className={classes.tableWrap}>
          <Table verticalSpacing="xs" miw={420} mb="md" aria-label={pt('pay.ledger.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{pt('pay.ledger.way')}</Table.Th>
                <Table.Th ta="right">{pt('pay.ledger.collected')}</Table.Th>
                <Table.Th ta="right">{pt('pay.ledger.refunded')}</Table.Th>
                <Table.Th ta="right">{pt('pay.ledger.net')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(
                [
                  ['pay.ledger.cash', l.totals.cash],
                  ['pay.ledger.online', l.totals.online],
                  ['pay.ledger.all', l.totals.all],
                ] as const
              ).map(([label, tot]) => (
                <Table.Tr key={label} fw={label === 'pay.ledger.all' ? 700 : undefined}>
                  <Table.Td>{pt(label)}</Table.Td>
                  <Table.Td ta="right">{formatVnd(tot.payments)}</Table.Td>
                  <Table.Td ta="right">{formatVnd(tot.refunds)}</Table.Td>
                  <Table.Td ta="right">{formatVnd(tot.net)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ) : null}
      {l && !l.entries.length ? <Text size="sm">{pt('pay.ledger.none')}</Text> : null}
      {l?.entries.length ? (
        <div className={classes.tableWrap}>
          <Table verticalSpacing="xs" miw={900} data-testid="fee-ledger">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{pt('pay.ledger.time')}</Table.Th>
                <Table.Th>{pt('pay.ledger.kind')}</Table.Th>
                <Table.Th>{pt('pay.ledger.receipt')}</Table.Th>
                <Table.Th>{pt('pay.ledger.dossier')}</Table.Th>
                <Table.Th>{pt('pay.ledger.payer')}</Table.Th>
                <Table.Th>{pt('pay.ledger.way')}</Table.Th>
                <Table.Th>{pt('pay.ledger.handledBy')}</Table.Th>
                <Table.Th ta="right">{pt('pay.ledger.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {l.entries.map((e) => (
                <Table.Tr key={`${e.kind}-${e.at}-${e.receiptNo}`}>
                  <Table.Td>{formatDateTime(lang, e.at)}</Table.Td>
                  <Table.Td>{pt(`pay.ledger.kind.${e.kind}`)}</Table.Td>
                  <Table.Td>{e.receiptNo}</Table.Td>
                  <Table.Td>{e.dossierCode}</Table.Td>
                  <Table.Td>{e.payerName}</Table.Td>
                  <Table.Td>{pt(e.method === 'cash' ? 'pay.ledger.cash' : 'pay.ledger.online')}</Table.Td>
                  <Table.Td>{e.handledBy ?? e.gatewayTransactionNo}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatVnd(e.amount)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ) : null}
    </Panel>
  );
}
