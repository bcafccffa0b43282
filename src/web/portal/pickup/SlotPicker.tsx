import { Alert, Button, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { getFreeSlots } from './api';
import { dayLabel, shortDay, slotLabel, timeOf } from './format';
import { usePickupT } from './messages';
import css from './pickup.module.css';

type Props = {
  dossierId: string;
  /** The slot the booking holds now (when moving), shown as current and not offered. */
  currentStart?: string;
  busy: boolean;
  onPick: (startsAt: string, label: string) => void;
  onBack?: () => void;
};

/** Days as chips, then that day's slots with their free places; full slots are shown, not offered. */
export function SlotPicker({ dossierId, currentStart, busy, onPick, onBack }: Props) {
  const pt = usePickupT();
  const { lang } = useLang();
  const slots = useApi((signal) => getFreeSlots(dossierId, signal), dossierId);
  const [day, setDay] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  if (slots.error) return <ApiErrorAlert error={slots.error} title={pt('pk.loadError')} />;
  if (!slots.data) return <Loader size="sm" />;
  const { days, closedDays, earliestDate } = slots.data;
  if (!days.length) return <Alert color="gray">{pt('pk.slots.none')}</Alert>;
  const shownDay = days.find((d) => d.date === day) ?? days[0]!;
  const chosen = shownDay.slots.find((s) => s.startsAt === picked);
  const holidays = closedDays.filter((c) => c.holiday).map((c) => `${shortDay(lang, c.date)} (${c.holiday})`);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {pt('pk.slots.from', { date: dayLabel(lang, earliestDate) })}
      </Text>
      <div className={css.days} role="radiogroup" aria-label={pt('pk.slots.day')}>
        {days.map((d) => (
          <UnstyledButton
            key={d.date}
            role="radio"
            aria-checked={d.date === shownDay.date}
            className={css.day}
            onClick={() => {
              setDay(d.date);
              setPicked(null);
            }}
          >
            {shortDay(lang, d.date)}
          </UnstyledButton>
        ))}
      </div>
      {holidays.length ? (
        <Text size="xs" c="dimmed">
          {pt('pk.slots.closed', { days: holidays.join(', ') })}
        </Text>
      ) : null}
      <Text fw={700}>{dayLabel(lang, shownDay.date)}</Text>
      <div className={css.slots} role="radiogroup" aria-label={pt('pk.slots.choose')}>
        {shownDay.slots.map((s) => {
          const full = s.free === 0 || s.startsAt === currentStart;
          return (
            <UnstyledButton
              key={s.startsAt}
              role="radio"
              aria-checked={s.startsAt === picked}
              aria-disabled={full}
              disabled={full}
              className={css.slot}
              data-full={full || undefined}
              onClick={() => setPicked(s.startsAt)}
            >
              <span className={css.slotTime}>{timeOf(lang, s.startsAt)}</span>
              <span className={css.slotFree}>
                {s.free === 0 ? pt('pk.slots.full') : pt('pk.slots.free', { n: s.free })}
              </span>
            </UnstyledButton>
          );
        })}
      </div>
      <Group>
        <Button
          disabled={!chosen}
          loading={busy}
          onClick={() => chosen && onPick(chosen.startsAt, slotLabel(lang, chosen.startsAt, chosen.endsAt))}
        >
          {chosen
            ? pt(currentStart ? 'pk.slots.confirmMove' : 'pk.slots.confirm', {
                time: slotLabel(lang, chosen.startsAt, chosen.endsAt),
              })
            : pt('pk.slots.choose')}
        </Button>
        {onBack ? (
          <Button variant="subtle" onClick={onBack}>
            {pt('pk.slots.back')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
