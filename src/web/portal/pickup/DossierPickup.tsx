import { Alert, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { bookingStatusLabels, postalStatusLabels } from '../../../contracts/pickup';
import { type ApiError, toApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import pages from '../pages.module.css';
import {
  type BookingData,
  bookSlot,
  cancelBooking,
  type DossierPickupData,
  getDossierPickup,
  moveBooking,
} from './api';
import { slotLabel } from './format';
import { type PickupKey, usePickupT } from './messages';
import { PostalForm } from './PostalForm';
import css from './pickup.module.css';
import { SlotPicker } from './SlotPicker';

const REASON_KEYS: Record<string, PickupKey> = {
  no_appointment: 'pk.panel.noAppointment',
  ended: 'pk.panel.ended',
  no_desk: 'pk.panel.noDesk',
};

/** The booking as the citizen keeps it: code, time, place, and what to bring. */
export function BookingSlip({ booking }: { booking: BookingData }) {
  const pt = usePickupT();
  const { lang } = useLang();
  return (
    <div className={css.ticket}>
      <Text size="sm" c="dimmed">
        {pt('pk.booking.code')}
      </Text>
      <div className={css.bookingCode} data-testid="booking-code">
        {booking.code}
      </div>
      <dl className={pages.facts}>
        <div className={pages.fact}>
          <dt>{pt('pk.booking.when')}</dt>
          <dd>{slotLabel(lang, booking.startsAt, booking.endsAt)}</dd>
        </div>
        <div className={pages.fact}>
          <dt>{pt('pk.booking.where')}</dt>
          <dd>
            {booking.desk.name}
            {booking.desk.address ? `, ${booking.desk.address}` : ''}
          </dd>
        </div>
      </dl>
      {booking.status !== 'booked' ? <Text fw={700}>{bookingStatusLabels[booking.status][lang]}</Text> : null}
    </div>
  );
}

/**
 * "Đặt lịch nhận kết quả" on the citizen's dossier page: book, move or cancel a pickup slot at the
 * one-stop desk, or ask for the result by public postal service instead.
 */
export function DossierPickup({
  dossier,
}: {
  dossier: { id: string; applicant?: { fullName?: string } | null };
}) {
  const pt = usePickupT();
  const { lang } = useLang();
  const loaded = useApi((signal) => getDossierPickup(dossier.id, signal), dossier.id);
  const [state, setState] = useState<DossierPickupData | null>(null);
  const [mode, setMode] = useState<'view' | 'pick' | 'move' | 'postal'>('view');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => setState(loaded.data), [loaded.data]);

  if (loaded.error) return null; // Someone else's dossier or no access: the page says so already.
  if (!state) return <Skeleton height={120} radius="md" />;

  const run = async (work: () => Promise<BookingData>, message: (b: BookingData) => string) => {
    setBusy(true);
    setError(null);
    try {
      const booking = await work();
      setState({ ...state, booking: booking.status === 'booked' ? booking : null });
      setNotice(message(booking));
      setMode('view');
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const { booking, postal } = state;
  return (
    <section className={pages.panel} aria-labelledby="pickup-title" data-testid="pickup-panel">
      <h2 id="pickup-title" className={pages.panelTitle}>
        {pt('pk.panel.title')}
      </h2>
      <Stack gap="sm">
        {notice ? (
          <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        ) : null}
        {error ? <ApiErrorAlert error={error} /> : null}
        {postal ? (
          <div className={css.ticket}>
            <Text fw={700}>{pt('pk.postal.title')}</Text>
            <Text size="sm">
              {postal.recipientName} · {postal.phone}
            </Text>
            <Text size="sm">
              {postal.addressLine}, {postal.unitName}
            </Text>
            <Text size="sm">
              {pt('pk.postal.status', { status: postalStatusLabels[postal.status][lang] })}
            </Text>
            {postal.trackingNumber ? (
              <Text size="sm">{pt('pk.postal.tracking', { number: postal.trackingNumber })}</Text>
            ) : null}
          </div>
        ) : null}
        {!state.eligible && !booking && !postal ? (
          <Text size="sm" c="dimmed">
            {pt(REASON_KEYS[state.reason ?? 'ended'] ?? 'pk.panel.ended')}
          </Text>
        ) : null}
        {booking && mode !== 'move' ? (
          <>
            <BookingSlip booking={booking} />
            <Text size="sm">{pt('pk.booking.bring')}</Text>
            <Text size="sm" c="dimmed">
              {pt('pk.booking.reminder')}
            </Text>
            <Group>
              <Button variant="light" onClick={() => setMode('move')}>
                {pt('pk.booking.move')}
              </Button>
              <Button
                variant="subtle"
                color="red"
                loading={busy}
                onClick={() => {
                  if (window.confirm(pt('pk.booking.cancelConfirm')))
                    void run(
                      () => cancelBooking(booking.id),
                      () => pt('pk.booking.cancelled'),
                    );
                }}
              >
                {pt('pk.booking.cancel')}
              </Button>
              <Button variant="subtle" onClick={() => window.print()}>
                {pt('pk.booking.print')}
              </Button>
            </Group>
          </>
        ) : null}
        {booking && mode === 'move' ? (
          <SlotPicker
            dossierId={dossier.id}
            currentStart={booking.startsAt}
            busy={busy}
            onBack={() => setMode('view')}
            onPick={(startsAt, label) =>
              void run(
                () => moveBooking(booking.id, startsAt),
                () => pt('pk.booking.moved', { time: label }),
              )
            }
          />
        ) : null}
        {state.eligible && !booking && !postal ? (
          <>
            <Text size="sm">{pt('pk.panel.lead')}</Text>
            {mode === 'pick' ? (
              <SlotPicker
                dossierId={dossier.id}
                busy={busy}
                onBack={() => setMode('view')}
                onPick={(startsAt) =>
                  void run(
                    () => bookSlot(dossier.id, startsAt),
                    (b) => pt('pk.booking.done', { code: b.code }),
                  )
                }
              />
            ) : mode === 'postal' ? (
              <>
                <Text fw={700}>{pt('pk.postal.title')}</Text>
                <Text size="sm" c="dimmed">
                  {pt('pk.postal.lead')}
                </Text>
                <PostalForm
                  dossierId={dossier.id}
                  defaultName={dossier.applicant?.fullName ?? ''}
                  onDone={(p) => {
                    setState({ ...state, postal: p });
                    setNotice(pt('pk.postal.done'));
                    setMode('view');
                  }}
                />
                <Button variant="subtle" w="fit-content" onClick={() => setMode('view')}>
                  {pt('pk.slots.back')}
                </Button>
              </>
            ) : (
              <Group>
                <Button onClick={() => setMode('pick')}>{pt('pk.slots.choose')}</Button>
                <Button variant="light" onClick={() => setMode('postal')}>
                  {pt('pk.postal.open')}
                </Button>
              </Group>
            )}
          </>
        ) : null}
      </Stack>
    </section>
  );
}
