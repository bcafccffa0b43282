import { Anchor, Button, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { displayPath, kioskPath } from '../../portal/pickup/paths';
import classes from '../backoffice.module.css';
import { DeskError } from '../desk/DeskError';
import { actOnTicket, type CounterBoardData, callNext, type DeskSettingsData, getCounter } from './api';
import { usePickupDeskT } from './messages';
import css from './pickup-desk.module.css';

/** The counter's call screen: the number served now, call next, recall, served or no-show. */
export function CounterTab({ settings }: { settings: DeskSettingsData }) {
  const dt = usePickupDeskT();
  const { lang } = useLang();
  const counters = settings.counters.filter((c) => c.active);
  const [counterId, setCounterId] = useState<string>(counters[0]?.id ?? '');
  const loaded = useApi(
    (signal) => (counterId ? getCounter(counterId, signal) : Promise.resolve(null)),
    counterId,
  );
  const [board, setBoard] = useState<CounterBoardData | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setBoard(loaded.data), [loaded.data]);
  // Waiting counts change as people take numbers: refresh every 10 s.
  useEffect(() => {
    const timer = setInterval(() => void loaded.reload(), 10_000);
    return () => clearInterval(timer);
  }, [loaded.reload]);

  const act = async (work: () => Promise<CounterBoardData>) => {
    setBusy(true);
    setError(null);
    try {
      setBoard(await work());
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  if (!counters.length) return <Text c="dimmed">{dt('pkd.none')}</Text>;
  const current = board?.current ?? null;
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={dt('pkd.counter')}
        value={counterId}
        onChange={setCounterId}
        data={counters.map((c) => ({ value: c.id, label: c.name }))}
        w="fit-content"
      />
      {loaded.error ? <DeskError error={loaded.error} title={dt('pkd.loadError')} /> : null}
      {error ? <DeskError error={error} /> : null}
      {!board ? (
        <Loader />
      ) : (
        <div className={classes.panel}>
          <Text size="sm" c="dimmed">
            {dt('pkd.current')}
          </Text>
          <div className={css.bigNumber} data-testid="counter-current" aria-live="polite">
            {current?.number ?? '—'}
          </div>
          {current ? <Text>{current.serviceName[lang]}</Text> : <Text c="dimmed">{dt('pkd.none')}</Text>}
          <Group mt="md">
            <Button
              size="lg"
              loading={busy}
              disabled={Boolean(current)}
              onClick={() => void act(() => callNext(counterId))}
            >
              {dt('pkd.callNext')}
            </Button>
            {current ? (
              <>
                <Button variant="light" onClick={() => void act(() => actOnTicket(current.id, 'recall'))}>
                  {dt('pkd.recall')}
                </Button>
                <Button color="teal" onClick={() => void act(() => actOnTicket(current.id, 'serve'))}>
                  {dt('pkd.served')}
                </Button>
                <Button
                  color="gray"
                  variant="light"
                  onClick={() => void act(() => actOnTicket(current.id, 'no_show'))}
                >
                  {dt('pkd.noShow')}
                </Button>
              </>
            ) : null}
          </Group>
          <Stack gap={2} mt="md">
            {board.waiting.map((w) => (
              <Text key={w.letter} size="sm">
                {dt('pkd.waiting', { letter: w.letter, n: w.count })}
              </Text>
            ))}
          </Stack>
        </div>
      )}
      <Group>
        <Anchor href={displayPath(settings.agencyId)} target="_blank">
          {dt('pkd.openDisplay')}
        </Anchor>
        <Anchor href={kioskPath(settings.agencyId)} target="_blank">
          {dt('pkd.openKiosk')}
        </Anchor>
      </Group>
    </Stack>
  );
}
