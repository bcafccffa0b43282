import { Alert, Button, Checkbox, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { weekdayLabels } from '../../../contracts/pickup';
import { type ApiError, toApiError } from '../../api/client';
import { useLang } from '../../i18n';
import { DeskError } from '../desk/DeskError';
import { type DeskSettingsData, saveSettings } from './api';
import { usePickupDeskT } from './messages';
import css from './pickup-desk.module.css';

type Session = 'morning' | 'afternoon';
let keys = 0;
const newKey = () => `row-${++keys}`;
type HoursCell = { open: boolean; opens: string; closes: string };
const DEFAULTS: Record<Session, { opens: string; closes: string }> = {
  morning: { opens: '07:30', closes: '11:30' },
  afternoon: { opens: '13:30', closes: '17:00' },
};

function toGrid(hours: DeskSettingsData['hours']): Record<string, HoursCell> {
  const grid: Record<string, HoursCell> = {};
  for (let weekday = 1; weekday <= 7; weekday++)
    for (const session of ['morning', 'afternoon'] as const) {
      const h = hours.find((x) => x.weekday === weekday && x.session === session);
      grid[`${weekday}-${session}`] = h
        ? { open: true, opens: h.opens, closes: h.closes }
        : { open: false, ...DEFAULTS[session] };
    }
  return grid;
}

/**
 * Editable rows (services, counters). Each row carries a key of its own: an index key would move typed
 * text to the wrong row on removal.
 */
function useRows<T extends { key: string }>(initial: () => T[]) {
  const [rows, setRows] = useState(initial);
  return {
    rows,
    patch: (i: number, change: Partial<T>) =>
      setRows((all) => all.map((row, j) => (j === i ? { ...row, ...change } : row))),
    remove: (i: number) => setRows((all) => all.filter((_, j) => j !== i)),
    add: (row: T) => setRows((all) => [...all, row]),
  };
}

function RemoveButton({ onClick, label }: { onClick: () => void; label: string }) {
  return (
    <Button variant="subtle" color="red" onClick={onClick}>
      {label}
    </Button>
  );
}

/** Slots, opening hours per weekday and session, queue services and counters of a desk (agency admin). */
export function SettingsTab({
  settings,
  onSaved,
}: {
  settings: DeskSettingsData;
  onSaved: (s: DeskSettingsData) => void;
}) {
  const dt = usePickupDeskT();
  const { lang } = useLang();
  const [slotMinutes, setSlotMinutes] = useState(settings.slotMinutes);
  const [capacity, setCapacity] = useState(settings.slotCapacity);
  const [horizon, setHorizon] = useState(settings.horizonDays);
  const [grid, setGrid] = useState(() => toGrid(settings.hours));
  const services = useRows(() => settings.services.map((s) => ({ ...s, key: newKey() })));
  const counters = useRows(() =>
    settings.counters.map((c) => ({
      key: newKey(),
      number: c.number,
      name: c.name,
      services: c.services.join(', '),
      active: c.active,
    })),
  );
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const cell = (key: string, patch: Partial<HoursCell>) =>
    setGrid({ ...grid, [key]: { ...grid[key]!, ...patch } });
  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const hours = Object.entries(grid)
        .filter(([, c]) => c.open)
        .map(([key, c]) => {
          const [weekday, session] = key.split('-') as [string, Session];
          return { weekday: Number(weekday), session, opens: c.opens, closes: c.closes };
        });
      const next = await saveSettings(settings.agencyId, {
        slotMinutes,
        slotCapacity: capacity,
        horizonDays: horizon,
        hours,
        services: services.rows.map(({ letter, nameVi, nameEn }) => ({ letter, nameVi, nameEn })),
        counters: counters.rows.map((c) => ({
          number: c.number,
          name: c.name,
          active: c.active,
          services: c.services
            .split(',')
            .map((s) => s.trim().toUpperCase())
            .filter(Boolean),
        })),
      });
      setSaved(true);
      onSaved(next);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="lg" maw={900}>
      {!settings.configured ? <Alert color="blue">{dt('pkd.settings.new')}</Alert> : null}
      <Group align="end">
        <NumberInput
          label={dt('pkd.settings.slotMinutes')}
          value={slotMinutes}
          min={5}
          max={120}
          step={5}
          onChange={(v) => setSlotMinutes(Number(v))}
          w={200}
        />
        <NumberInput
          label={dt('pkd.settings.capacity')}
          value={capacity}
          min={1}
          max={500}
          onChange={(v) => setCapacity(Number(v))}
          w={200}
        />
        <NumberInput
          label={dt('pkd.settings.horizon')}
          value={horizon}
          min={1}
          max={90}
          onChange={(v) => setHorizon(Number(v))}
          w={200}
        />
      </Group>
      <div>
        <Title order={3} size="h4">
          {dt('pkd.settings.hours')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {dt('pkd.settings.hoursHelp')}
        </Text>
        <div className={css.hoursGrid}>
          <span />
          <Text fw={700}>{dt('pkd.settings.morning')}</Text>
          <Text fw={700}>{dt('pkd.settings.afternoon')}</Text>
          {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
            <HoursRow
              key={weekday}
              label={weekdayLabels[weekday]![lang]}
              weekday={weekday}
              grid={grid}
              cell={cell}
              closed={dt('pkd.settings.closed')}
            />
          ))}
        </div>
      </div>
      <div>
        <Title order={3} size="h4" mb="xs">
          {dt('pkd.settings.services')}
        </Title>
        <Stack gap="xs">
          {services.rows.map((s, i) => (
            <div key={s.key} className={`${css.row} ${css.serviceRow}`}>
              <TextInput
                label={dt('pkd.settings.letter')}
                value={s.letter}
                maxLength={1}
                onChange={(e) => services.patch(i, { letter: e.currentTarget.value.toUpperCase() })}
              />
              <TextInput
                label={dt('pkd.settings.nameVi')}
                value={s.nameVi}
                onChange={(e) => services.patch(i, { nameVi: e.currentTarget.value })}
              />
              <TextInput
                label={dt('pkd.settings.nameEn')}
                value={s.nameEn}
                onChange={(e) => services.patch(i, { nameEn: e.currentTarget.value })}
              />
              <RemoveButton onClick={() => services.remove(i)} label={dt('pkd.settings.remove')} />
            </div>
          ))}
          <Button
            variant="light"
            w="fit-content"
            onClick={() => services.add({ key: newKey(), letter: '', nameVi: '', nameEn: '' })}
          >
            {dt('pkd.settings.add')}
          </Button>
        </Stack>
      </div>
      <div>
        <Title order={3} size="h4" mb="xs">
          {dt('pkd.settings.counters')}
        </Title>
        <Stack gap="xs">
          {counters.rows.map((c, i) => (
            <div key={c.key} className={`${css.row} ${css.counterRow}`}>
              <NumberInput
                label={dt('pkd.settings.number')}
                value={c.number}
                min={1}
                max={99}
                onChange={(v) => counters.patch(i, { number: Number(v) })}
              />
              <TextInput
                label={dt('pkd.settings.counterName')}
                value={c.name}
                onChange={(e) => counters.patch(i, { name: e.currentTarget.value })}
              />
              <TextInput
                label={dt('pkd.settings.counterServices')}
                value={c.services}
                onChange={(e) => counters.patch(i, { services: e.currentTarget.value })}
              />
              <Checkbox
                label={dt('pkd.settings.active')}
                checked={c.active}
                onChange={(e) => counters.patch(i, { active: e.currentTarget.checked })}
                mb={8}
              />
              <RemoveButton onClick={() => counters.remove(i)} label={dt('pkd.settings.remove')} />
            </div>
          ))}
          <Button
            variant="light"
            w="fit-content"
            onClick={() =>
              counters.add({
                key: newKey(),
                number: counters.rows.length + 1,
                name: `Quầy ${counters.rows.length + 1}`,
                services: '',
                active: true,
              })
            }
          >
            {dt('pkd.settings.add')}
          </Button>
        </Stack>
      </div>
      {error ? <DeskError error={error} /> : null}
      {saved ? (
        <Alert color="teal" role="status">
          {dt('pkd.settings.saved')}
        </Alert>
      ) : null}
      <Button onClick={() => void save()} loading={busy} w="fit-content">
        {dt('pkd.settings.save')}
      </Button>
    </Stack>
  );
}

function HoursRow(props: {
  label: string;
  weekday: number;
  grid: Record<string, HoursCell>;
  cell: (key: string, patch: Partial<HoursCell>) => void;
  closed: string;
}) {
  return (
    <>
      <Text>{props.label}</Text>
      {(['morning', 'afternoon'] as const).map((session) => {
        const key = `${props.weekday}-${session}`;
        const c = props.grid[key]!;
        return (
          <Group key={key} gap={6} wrap="nowrap">
            <Checkbox
              aria-label={`${props.label} ${session}`}
              checked={c.open}
              onChange={(e) => props.cell(key, { open: e.currentTarget.checked })}
            />
            {c.open ? (
              <>
                <TextInput
                  placeholder="HH:MM"
                  maxLength={5}
                  w={80}
                  size="xs"
                  value={c.opens}
                  aria-label={`${props.label} ${session} opens`}
                  onChange={(e) => props.cell(key, { opens: e.currentTarget.value })}
                />
                <TextInput
                  placeholder="HH:MM"
                  maxLength={5}
                  w={80}
                  size="xs"
                  value={c.closes}
                  aria-label={`${props.label} ${session} closes`}
                  onChange={(e) => props.cell(key, { closes: e.currentTarget.value })}
                />
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {props.closed}
              </Text>
            )}
          </Group>
        );
      })}
    </>
  );
}
