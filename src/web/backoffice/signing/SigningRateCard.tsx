import { Progress, Table, Text } from '@mantine/core';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { LOCALES } from '../../i18n/messages';
import { Panel } from '../admin/Panel';
import { useStaff } from '../auth/staff-context';
import classes from '../backoffice.module.css';
import { DeskError } from '../desk/DeskError';
import { getSigningRate } from './api';
import { useSigningT } from './messages';
import { signingRights } from './rights';
import css from './signing.module.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A Vietnamese calendar period (inclusive days) as the instants the API takes. */
function instants(period: { from: string; to: string }) {
  const from = new Date(`${period.from}T00:00:00+07:00`);
  const to = new Date(new Date(`${period.to}T00:00:00+07:00`).getTime() + 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

/**
 * Signing rate (signed / put up for signature) per agency for the reports page, from the same API the
 * operations centre reads. Shown only to those the signing policy lets read it (leaders, agency
 * administrators, operations viewers).
 */
export function SigningRateCard({
  agencyId,
  period,
}: {
  agencyId: string;
  period: { from: string; to: string };
}) {
  const t = useSigningT();
  const { lang } = useLang();
  const me = useStaff();
  const allowed = signingRights(me).rate.some((a) => a.id === agencyId);
  const valid = DAY.test(period.from) && DAY.test(period.to) && period.from <= period.to;
  const rate = useApi(
    (signal) =>
      allowed && valid ? getSigningRate(agencyId, instants(period), signal) : Promise.resolve(null),
    `${agencyId}|${period.from}|${period.to}|${allowed}`,
  );
  if (!allowed || !valid) return null;
  const pct = (r: number | null) =>
    r === null ? '—' : `${(r * 100).toLocaleString(LOCALES[lang], { maximumFractionDigits: 1 })} %`;
  const items = rate.data?.items ?? [];
  return (
    <Panel title={t('sg.rate.title')}>
      <Text size="sm" c="dimmed" mb="md">
        {t('sg.rate.lead')}
      </Text>
      {rate.error ? <DeskError error={rate.error} title={t('sg.rate.error')} /> : null}
      {rate.data && !items.length ? <Text size="sm">{t('sg.rate.none')}</Text> : null}
      {items.length ? (
        <div className={classes.tableWrap}>
          <Table verticalSpacing="sm" miw={560} data-testid="signing-rate">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sg.rate.agency')}</Table.Th>
                <Table.Th ta="right">{t('sg.rate.issued')}</Table.Th>
                <Table.Th ta="right">{t('sg.rate.signed')}</Table.Th>
                <Table.Th w={220}>{t('sg.rate.rate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr key={r.agencyId}>
                  <Table.Td>{r.agencyName ?? r.agencyId}</Table.Td>
                  <Table.Td ta="right" className={css.rate}>
                    {r.issued.toLocaleString(LOCALES[lang])}
                  </Table.Td>
                  <Table.Td ta="right" className={css.rate}>
                    {r.signed.toLocaleString(LOCALES[lang])}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={700} className={css.rate}>
                      {pct(r.rate)}
                    </Text>
                    <Progress
                      value={(r.rate ?? 0) * 100}
                      color={r.rate !== null && r.rate >= 1 ? 'teal' : 'navy'}
                      size="sm"
                      aria-label={`${r.agencyName ?? ''} ${pct(r.rate)}`}
                    />
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
