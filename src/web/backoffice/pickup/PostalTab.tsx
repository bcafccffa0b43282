import { Button, Group, Loader, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { postalStatusLabels } from '../../../contracts/pickup';
import { type ApiError, toApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { vnd } from '../../portal/pickup/format';
import { DeskError } from '../desk/DeskError';
import { deliverPostal, dispatchPostal, listPostal } from './api';
import { usePickupDeskT } from './messages';

/** Results to send by public postal service: record the hand-over to the post office, then the delivery. */
export function PostalTab({ agencyId }: { agencyId: string }) {
  const dt = usePickupDeskT();
  const { lang } = useLang();
  const list = useApi((signal) => listPostal(agencyId, signal), agencyId);
  const [tracking, setTracking] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await list.reload();
    } catch (e) {
      setError(toApiError(e));
    }
  };
  if (list.error) return <DeskError error={list.error} title={dt('pkd.loadError')} />;
  if (!list.data) return <Loader />;
  if (!list.data.items.length) return <Text c="dimmed">{dt('pkd.postal.none')}</Text>;
  return (
    <>
      {error ? <DeskError error={error} /> : null}
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{dt('pkd.col.dossier')}</Table.Th>
              <Table.Th>{dt('pkd.col.applicant')}</Table.Th>
              <Table.Th>{dt('pkd.postal.address')}</Table.Th>
              <Table.Th>{dt('pkd.postal.fee')}</Table.Th>
              <Table.Th>{dt('pkd.col.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.dossierCode}</Table.Td>
                <Table.Td>
                  {p.recipientName}
                  <Text size="xs" c="dimmed">
                    {p.phone}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {p.addressLine}, {p.unitName}
                </Table.Td>
                <Table.Td>{vnd(lang, p.feeVnd)}</Table.Td>
                <Table.Td>
                  {postalStatusLabels[p.status][lang]}
                  {p.trackingNumber ? (
                    <Text size="xs" ff="monospace">
                      {p.trackingNumber}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {p.status === 'requested' ? (
                    <Group gap="xs" wrap="nowrap">
                      <TextInput
                        size="xs"
                        aria-label={dt('pkd.postal.tracking')}
                        placeholder={dt('pkd.postal.tracking')}
                        value={tracking[p.id] ?? ''}
                        onChange={(e) => setTracking({ ...tracking, [p.id]: e.currentTarget.value })}
                      />
                      <Button
                        size="xs"
                        onClick={() => void run(() => dispatchPostal(p.id, tracking[p.id] ?? ''))}
                      >
                        {dt('pkd.postal.dispatch')}
                      </Button>
                    </Group>
                  ) : p.status === 'dispatched' ? (
                    <Button size="xs" variant="light" onClick={() => void run(() => deliverPostal(p.id))}>
                      {dt('pkd.postal.deliver')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
