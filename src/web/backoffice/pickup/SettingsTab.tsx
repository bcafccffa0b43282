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
  // Rows carry a key of their own: an index key would move typed text to the wrong row on removal.
  const [services, setServices] = useState(() => settings.services.map((s) => ({ ...s, key: newKey() })));
  const [counters, setCounters] = useState(() =>
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
        services: services.map(({ letter, nameVi, nameEn }) => ({ letter, nameVi, nameEn })),
        counters: counters.map((c) => ({
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
          {services.map((s, i) => (
            <div key={s.key} className={`${css.row} ${css.serviceRow}`}>
              <TextInput
                label={dt('pkd.settings.letter')}
                value={s.letter}
                maxLength={1}
                onChange={(e) =>
                  setServices(
                    services.map((x, j) =>
                      j === i ? { ...x, letter: e.currentTarget.value.toUpperCase() } : x,
                    ),
                  )
                }
              />
              <TextInput
                label={dt('pkd.settings.nameVi')}
                value={s.nameVi}
                onChange={(e) =>
                  setServices(services.map((x, j) => (j === i ? { ...x, nameVi: e.currentTarget.value } : x)))
                }
              />
              <TextInput
                label={dt('pkd.settings.nameEn')}
                value={s.nameEn}
                onChange={(e) =>
                  setServices(services.map((x, j) => (j === i ? { ...x, nameEn: e.currentTarget.value } : x)))
                }
              />
              <Button
                variant="subtle"
                color="red"
                onClick={() => setServices(services.filter((_, j) => j !== i))}
              >
                {dt('pkd.settings.remove')}
              </Button>
            </div>
          ))}
          <Button
            variant="light"
            w="fit-content"
            onClick={() => setServices([...services, { key: newKey(), letter: '', nameVi: '', nameEn: '' }])}
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
          {counters.map((c, i) => (
            <div key={c.key} className={`${css.row} ${css.counterRow}`}>
              <NumberInput
                label={dt('pkd.settings.number')}
                value={c.number}
                min={1}
                max={99}
                onChange={(v) =>
                  setCounters(counters.map((x, j) => (j === i ? { ...x, number: Number(v) } : x)))
                }
              />
              <TextInput
                label={dt('pkd.settings.counterName')}
                value={c.name}
                onChange={(e) =>
                  setCounters(counters.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)))
                }
              />
              <TextInput
                label={dt('pkd.settings.counterServices')}
                value={c.services}
                onChange={(e) =>
                  setCounters(
                    counters.map((x, j) => (j === i ? { ...x, services: e.currentTarget.value } : x)),
                  )
                }
              />
              <Checkbox
                label={dt('pkd.settings.active')}
                checked={c.active}
                onChange={(e) =>
                  setCounters(
                    counters.map((x, j) => (j === i ? { ...x, active: e.currentTarget.checked } : x)),
                  )
                }
                mb={8}
              />
              <Button
                variant="subtle"
                color="red"
                onClick={() => setCounters(counters.filter((_, j) => j !== i))}
              >
                {dt('pkd.settings.remove')}
              </Button>
            </div>
          ))}
          <Button
            variant="light"
            w="fit-content"
            onClick={() =>
              setCounters([
                ...counters,
                {
                  key: newKey(),
                  number: counters.length + 1,
                  name: `Quầy ${counters.length + 1}`,
                  services: '',
                  active: true,
                },
              ])
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
