import { Table, Text } from '@mantine/core';
import { useLang, useT } from '../../i18n';
import backoffice from '../backoffice.module.css';
import type { ImportProblem } from './api';
import classes from './catalog.module.css';

/**
 * The reasons an import was refused, one line each: the row (a workbook's sheet and row, or a JSON
 * file's procedure and version), the column, and the reason in the reader's language with the other
 * language under it (the file may be shared with someone who reads the other one).
 */
export function ImportProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const t = useT();
  const { lang } = useLang();
  const other = lang === 'vi' ? 'en' : 'vi';
  const where = (p: ImportProblem) =>
    p.row !== null
      ? t('cat.import.sheetRow', { sheet: p.sheet ?? '', row: p.row })
      : p.item
        ? p.item[lang]
        : t('cat.import.wholeFile');
  return (
    <div className={backoffice.tableWrap}>
      <Table striped withTableBorder miw={560} aria-label={t('cat.import.rowsLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cat.import.col.where')}</Table.Th>
            <Table.Th scope="col">{t('cat.import.col.column')}</Table.Th>
            <Table.Th scope="col">{t('cat.import.col.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one row may have several reasons
            <Table.Tr key={i}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{where(p)}</Table.Td>
              <Table.Td>{p.column ? <code className={classes.code}>{p.column}</code> : '—'}</Table.Td>
              <Table.Td>
                <Text size="sm">{p[lang]}</Text>
                <Text size="xs" c="dimmed" lang={other}>
                  {p[other]}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
