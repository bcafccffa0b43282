import { Anchor, Button, Group, Loader, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { bookingStatusLabels } from '../../../contracts/pickup';
import { type ApiError, toApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { timeOf } from '../../portal/pickup/format';
import { todayInVietnam } from '../../ui/text';
import { DeskError } from '../desk/DeskError';
import { dossierPath } from '../desk/paths';
import { getDayBookings, serveBooking } from './api';
import { usePickupDeskT } from './messages';

/** Who comes when today (or another day); the receiver marks who came and opens the dossier to hand over. */
export function DayBookingsTab({ agencyId }: { agencyId: string }) {
  const dt = usePickupDeskT();
  const { lang } = useLang();
  const [date, setDate] = useState(todayInVietnam());
  const day = useApi((signal) => getDayBookings(agencyId, date, signal), `${agencyId}:${date}`);
  const [error, setError] = useState<ApiError | null>(null);
  const serve = async (id: string) => {
    setError(null);
    try {
      await serveBooking(id);
      await day.reload();
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <>
      <TextInput
        type="date"
        label={dt('pkd.date')}
        value={date}
        onChange={(e) => e.currentTarget.value && setDate(e.currentTarget.value)}
        w={200}
      />
      {error ? <DeskError error={error} /> : null}
      {day.error ? <DeskError error={day.error} title={dt('pkd.loadError')} /> : null}
      {!day.data && day.loading ? <Loader /> : null}
      {day.data?.items.length === 0 ? <Text c="dimmed">{dt('pkd.noBookings')}</Text> : null}
      {day.data?.items.length ? (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{dt('pkd.col.time')}</Table.Th>
                <Table.Th>{dt('pkd.col.code')}</Table.Th>
                <Table.Th>{dt('pkd.col.dossier')}</Table.Th>
                <Table.Th>{dt('pkd.col.applicant')}</Table.Th>
                <Table.Th>{dt('pkd.col.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {day.data.items.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td fw={700}>{timeOf(lang, b.startsAt)}</Table.Td>
                  <Table.Td ff="monospace">{b.code}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={dossierPath(b.dossierId)} title={dt('pkd.openDossier')}>
                      {b.dossierCode}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{b.applicantName}</Table.Td>
                  <Table.Td>{bookingStatusLabels[b.status][lang]}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {b.status === 'booked' ? (
                        <Button size="xs" variant="light" onClick={() => void serve(b.id)}>
                          {dt('pkd.serve')}
                        </Button>
                      ) : null}
                      <Button size="xs" variant="subtle" component={Link} to={dossierPath(b.dossierId)}>
                        {dt('pkd.openDossier')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </>
  );
}
