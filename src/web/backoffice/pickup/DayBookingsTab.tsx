import { Anchor, Button, Checkbox, Group, Loader, Select, Table, Text, TextInput } from '@mantine/core';
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
import { type DeskSettingsData, getDayBookings, serveBooking } from './api';
import { usePickupDeskT } from './messages';

/**
 * Who comes when today (or another day), and which counter served whom: the receiver marks a visitor
 * served at their counter and opens the dossier to hand the result over (its `return_result` action).
 */
export function DayBookingsTab({ settings }: { settings: DeskSettingsData }) {
  const agencyId = settings.agencyId;
  const counters = settings.counters.filter((c) => c.active);
  const [counterId, setCounterId] = useState<string | null>(counters[0]?.id ?? null);
  const [onlyMine, setOnlyMine] = useState(false);
  const myNumber = counters.find((c) => c.id === counterId)?.number ?? null;
  const dt = usePickupDeskT();
  const { lang } = useLang();
  const [date, setDate] = useState(todayInVietnam());
  const day = useApi((signal) => getDayBookings(agencyId, date, signal), `${agencyId}:${date}`);
  const [error, setError] = useState<ApiError | null>(null);
  const serve = async (id: string) => {
    if (!counterId) return;
    setError(null);
    try {
      await serveBooking(id, counterId);
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
      <Group align="end">
        <Select
          label={dt('pkd.myCounter')}
          data={counters.map((c) => ({ value: c.id, label: c.name }))}
          value={counterId}
          onChange={setCounterId}
          allowDeselect={false}
          w={320}
        />
        <Checkbox
          label={dt('pkd.onlyMine')}
          checked={onlyMine}
          onChange={(e) => setOnlyMine(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
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
                <Table.Th>{dt('pkd.col.counter')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {day.data.items
                .filter((b) => !onlyMine || b.status === 'booked' || b.counterNumber === myNumber)
                .map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td fw={700}>{timeOf(lang, b.startsAt)}</Table.Td>
                    <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {b.code}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={dossierPath(b.dossierId)} title={dt('pkd.openDossier')}>
                        {b.dossierCode}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{b.applicantName}</Table.Td>
                    <Table.Td>{bookingStatusLabels[b.status][lang]}</Table.Td>
                    <Table.Td>{b.counterNumber ?? '—'}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {b.status === 'booked' ? (
                          <Button
                            size="xs"
                            variant="light"
                            disabled={!counterId}
                            onClick={() => void serve(b.id)}
                          >
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
