import { Table, Text } from '@mantine/core';
import { useLang, useT } from '../../i18n';
import { LOCALES } from '../../i18n/messages';
import type { CountsData } from '../desk/api';
import css from './reports.module.css';

type Row = CountsData & { procedureCode: string; procedureName: string };
const COLUMNS = ['received', 'online', 'desk', 'early', 'onTime', 'late', 'inProgress', 'overdue'] as const;

function rateOf(r: CountsData): number | null {
  const finished = r.early + r.onTime + r.late;
  return finished ? (r.early + r.onTime) / finished : null;
}

/** The statistics per procedure, with the total row: what the chart shows, in numbers. */
export function StatsTable({ rows, total }: { rows: Row[]; total: CountsData }) {
  const t = useT();
  const { lang } = useLang();
  const fmt = (v: number) => v.toLocaleString(LOCALES[lang]);
  const pct = (r: CountsData) => {
    const rate = rateOf(r);
    return rate === null
      ? '—'
      : `${(rate * 100).toLocaleString(LOCALES[lang], { maximumFractionDigits: 1 })} %`;
  };
  return (
    // Scrolls sideways on a phone: focusable so that the keyboard can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className={css.tableWrap} tabIndex={0} aria-label={t('desk.stats.tableScroll')}>
      <Table striped withTableBorder={false} verticalSpacing={6} className={css.table} miw={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('desk.col.procedure')}</Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c} scope="col" ta="right">
                {t(`desk.stats.col.${c}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('desk.stats.onTimeRate')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.procedureCode}>
              <Table.Th scope="row" fw={400}>
                <Text size="sm" lineClamp={2}>
                  {r.procedureName}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.procedureCode}
                </Text>
              </Table.Th>
              {COLUMNS.map((c) => (
                <Table.Td key={c} ta="right" className={css.num}>
                  {fmt(r[c])}
                </Table.Td>
              ))}
              <Table.Td ta="right" className={css.num}>
                {pct(r)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('desk.stats.total')}</Table.Th>
            {COLUMNS.map((c) => (
              <Table.Td key={c} ta="right" className={css.num} fw={700}>
                {fmt(total[c])}
              </Table.Td>
            ))}
            <Table.Td ta="right" className={css.num} fw={700}>
              {pct(total)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </section>
  );
}
