import { Loader, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { LOCALES } from '../../i18n/messages';
import { formatDate, todayInVietnam } from '../../ui/text';
import { Panel } from '../admin/Panel';
import classes from '../backoffice.module.css';
import { DeskError } from '../desk/DeskError';
import { getBook } from './api';
import { CertifyForm } from './CertifyForm';
import { useSigningT } from './messages';
import type { SigningRights } from './rights';

/** The certification book (sổ chứng thực) of a year, newest entry first. */
function Book({ agencyId, year, version }: { agencyId: string; year: number; version: number }) {
  const t = useSigningT();
  const { lang } = useLang();
  const book = useApi((signal) => getBook(agencyId, year, signal), `${agencyId}|${year}|${version}`);
  const rows = [...(book.data ?? [])].sort((a, b) => b.seq - a.seq);
  if (book.error) return <DeskError error={book.error} />;
  if (!book.data) return <Loader size="sm" aria-label={t('sg.loading')} />;
  if (!rows.length) return <Text size="sm">{t('sg.book.empty')}</Text>;
  return (
    <div className={classes.tableWrap}>
      <Table striped verticalSpacing="sm" miw={640} data-testid="certification-book">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sg.book.number')}</Table.Th>
            <Table.Th>{t('sg.book.doc')}</Table.Th>
            <Table.Th>{t('sg.book.requester')}</Table.Th>
            <Table.Th ta="right">{t('sg.book.fee')}</Table.Th>
            <Table.Th>{t('sg.book.at')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((e) => (
            <Table.Tr key={e.number}>
              <Table.Td>
                <Text size="sm" fw={700}>
                  {e.number}
                </Text>
              </Table.Td>
              <Table.Td>{e.title}</Table.Td>
              <Table.Td>{e.requesterName}</Table.Td>
              <Table.Td ta="right">{`${e.feeVnd.toLocaleString(LOCALES[lang])} ₫`}</Table.Td>
              <Table.Td>{formatDate(lang, e.certifiedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** "Chứng thực bản sao": the form (for the desk, clerks and leaders) and the book of the year. */
export function CopiesTab({ rights }: { rights: SigningRights }) {
  const t = useSigningT();
  const [agencyId, setAgencyId] = useState(rights.book[0]?.id ?? '');
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [version, setVersion] = useState(0);
  const canCertify = rights.certify.some((a) => a.id === agencyId);
  const years = Array.from({ length: 5 }, (_, i) => String(thisYear - i));
  return (
    <Stack gap="md">
      {rights.book.length > 1 ? (
        <Select
          label={t('sg.agency')}
          data={rights.book.map((a) => ({ value: a.id, label: a.name }))}
          value={agencyId}
          onChange={(v) => v && setAgencyId(v)}
          allowDeselect={false}
          maw={420}
        />
      ) : null}
      {canCertify ? (
        <CertifyForm key={agencyId} agencyId={agencyId} onIssued={() => setVersion((v) => v + 1)} />
      ) : null}
      <Panel
        title={t('sg.book.title', { year })}
        action={
          <Select
            aria-label={t('sg.book.year')}
            data={years}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            allowDeselect={false}
            w={110}
          />
        }
      >
        <Book agencyId={agencyId} year={year} version={version} />
      </Panel>
    </Stack>
  );
}
