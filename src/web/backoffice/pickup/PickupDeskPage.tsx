import { Loader, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useApi } from '../../api/useApi';
import { useT } from '../../i18n';
import { listDesks } from '../../portal/pickup/api';
import { useDocTitle } from '../../ui/useDocTitle';
import { useStaff } from '../auth/staff-context';
import classes from '../backoffice.module.css';
import { DeskError } from '../desk/DeskError';
import { type DeskSettingsData, getSettings } from './api';
import { CounterTab } from './CounterTab';
import { DayBookingsTab } from './DayBookingsTab';
import { usePickupDeskT } from './messages';
import { PostalTab } from './PostalTab';
import { SettingsTab } from './SettingsTab';

/**
 * `/can-bo/nhan-ket-qua`: the one-stop desk's pickup work. The desk is one of the configured desks or
 * one of the official's own agencies (to set a new one up); the server decides what each may see.
 */
export function PickupDeskPage() {
  const t = useT();
  const dt = usePickupDeskT();
  const me = useStaff();
  useDocTitle(dt('pkd.title'));
  const desks = useApi((signal) => listDesks(signal), 'desks');
  const options = useMemo(() => {
    const seen = new Map<string, string>();
    for (const d of desks.data?.items ?? []) seen.set(d.agencyId, d.name);
    for (const r of me.roles) if (!seen.has(r.agencyId)) seen.set(r.agencyId, r.agencyName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [desks.data, me.roles]);
  const isAdmin = me.roles.some((r) => r.role === 'agency_admin' || r.role === 'system_admin');
  const [agencyId, setAgencyId] = useState<string | null>(null);
  // Start with the official's own desk when there is one.
  useEffect(() => {
    if (agencyId || !desks.data) return;
    // The desk (TTPVHCC) is the official's agency itself or sits under the commune they work for.
    const mine = new Set(me.roles.map((r) => r.agencyId));
    const own = desks.data.items.find((d) => mine.has(d.agencyId) || (d.parentId && mine.has(d.parentId)));
    setAgencyId(own?.agencyId ?? options[0]?.value ?? null);
  }, [agencyId, desks.data, me.roles, options]);
  const loaded = useApi(
    (signal) => (agencyId ? getSettings(agencyId, signal) : Promise.resolve(null)),
    agencyId ?? '',
  );
  const [settings, setSettings] = useState<DeskSettingsData | null>(null);
  useEffect(() => setSettings(loaded.data), [loaded.data]);
  const [tab, setTab] = useState<string | null>('bookings');

  return (
    <Stack gap="md" maw={1400}>
      <div>
        <Text className={classes.eyebrow}>{t('face.backoffice')}</Text>
        <Title order={1} className={classes.pageTitle}>
          {dt('pkd.title')}
        </Title>
        <Text c="gray.7" size="sm">
          {dt('pkd.lead')}
        </Text>
      </div>
      <Select
        label={dt('pkd.agency')}
        data={options}
        value={agencyId}
        onChange={setAgencyId}
        maw={480}
        allowDeselect={false}
      />
      {loaded.error ? <DeskError error={loaded.error} title={dt('pkd.loadError')} /> : null}
      {!settings && loaded.loading ? <Loader /> : null}
      {settings && agencyId ? (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="bookings">{dt('pkd.tab.bookings')}</Tabs.Tab>
            <Tabs.Tab value="counter">{dt('pkd.tab.counter')}</Tabs.Tab>
            <Tabs.Tab value="postal">{dt('pkd.tab.postal')}</Tabs.Tab>
            {isAdmin ? <Tabs.Tab value="settings">{dt('pkd.tab.settings')}</Tabs.Tab> : null}
          </Tabs.List>
          <Tabs.Panel value="bookings" pt="md">
            <Stack gap="md">
              {settings.configured ? (
                <DayBookingsTab key={agencyId} settings={settings} />
              ) : (
                <Text c="dimmed">{dt('pkd.settings.new')}</Text>
              )}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="counter" pt="md">
            <CounterTab key={agencyId} settings={settings} />
          </Tabs.Panel>
          <Tabs.Panel value="postal" pt="md">
            <PostalTab agencyId={agencyId} />
          </Tabs.Panel>
          {isAdmin ? (
            <Tabs.Panel value="settings" pt="md">
              {/* Keyed by desk only: a save keeps the form (it holds what was saved) and its "saved" notice. */}
              <SettingsTab key={agencyId} settings={settings} onSaved={setSettings} />
            </Tabs.Panel>
          ) : null}
        </Tabs>
      ) : null}
    </Stack>
  );
}
