import {
  ActionIcon,
  Group,
  Loader,
  Pagination,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { stateInfo } from '../../../contracts/dossier-workflow';
import { useLang, useT } from '../../i18n';
import { LOCALES } from '../../i18n/messages';
import { IconRefresh, IconSearch } from '../../ui/icons';
import { VN_TIME_ZONE } from '../../ui/text';
import { useDocTitle } from '../../ui/useDocTitle';
import { useStaff } from '../auth/staff-context';
import classes from '../backoffice.module.css';
import { DeskError } from '../desk/DeskError';
import desk from '../desk/desk.module.css';
import { inboxStates } from '../desk/roles';
import { InboxTable } from './InboxTable';
import { Reminders } from './Reminders';
import { PAGE_SIZE, useInbox, useInboxFilter } from './useInbox';

const clock = (lang: 'vi' | 'en', at: Date) =>
  new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: VN_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(at);

/** Hộp việc: the official's dossiers by state, soonest appointment first, refreshed every 30 seconds. */
export function InboxPage({ greeting = false }: { greeting?: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const me = useStaff();
  useDocTitle(t('bo.nav.inbox'));
  const [filter, update] = useInboxFilter();
  const inbox = useInbox(filter);
  const search = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState(filter.q);

  // Typing filters after a short pause; the address keeps the search.
  useEffect(() => {
    if (q.trim() === filter.q) return;
    // A dossier opened within the pause has already left the page: the search must not bring it back.
    const at = window.location.pathname;
    const timer = window.setTimeout(() => {
      if (window.location.pathname === at) update({ q });
    }, 300);
    return () => window.clearTimeout(timer);
  }, [q, filter.q, update]);

  // "/" jumps to the search box from anywhere on the page, as in most work tools.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (
        e.key !== '/' ||
        e.ctrlKey ||
        e.metaKey ||
        el?.closest('input, textarea, select, [contenteditable]')
      )
        return;
      e.preventDefault();
      search.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const data = inbox.data;
  const counts = data?.counts ?? {};
  const tabs = inboxStates(me, counts);
  const shown = filter.state ? (counts[filter.state] ?? 0) : (data?.all ?? 0);
  const pages = Math.max(1, Math.ceil(shown / PAGE_SIZE));
  const heading = greeting ? t('bo.home.greeting', { name: me.fullName }) : t('bo.nav.inbox');

  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Text className={classes.eyebrow}>{greeting ? t('bo.nav.inbox') : t('face.backoffice')}</Text>
          <Title order={1} className={classes.pageTitle}>
            {heading}
          </Title>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" role="status" aria-live="polite">
            {inbox.loadedAt
              ? t('desk.inbox.updated', {
                  time: clock(lang, inbox.loadedAt),
                })
              : ''}
          </Text>
          <Tooltip label={t('desk.inbox.refresh')}>
            <ActionIcon
              variant="default"
              size="lg"
              onClick={() => void inbox.reload()}
              aria-label={t('desk.inbox.refresh')}
            >
              {inbox.loading ? <Loader size={16} /> : <IconRefresh size={18} />}
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>

      <nav aria-label={t('desk.inbox.tabs')} className={classes.tabs}>
        <Link
          to="?"
          className={classes.tab}
          aria-current={filter.state ? undefined : 'true'}
          onClick={(e) => {
            e.preventDefault();
            update({ state: null });
          }}
        >
          {t('desk.inbox.all')}
          <span className={desk.count}>{data?.all ?? '–'}</span>
        </Link>
        {tabs.map((s) => (
          <Link
            key={s}
            to={`?state=${s}`}
            className={classes.tab}
            aria-current={filter.state === s ? 'true' : undefined}
            onClick={(e) => {
              e.preventDefault();
              update({ state: s });
            }}
          >
            {stateInfo[s][lang]}
            <span className={desk.count}>{counts[s] ?? 0}</span>
          </Link>
        ))}
      </nav>

      <Group gap="md" align="center" wrap="wrap">
        <TextInput
          ref={search}
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          leftSection={<IconSearch size={16} />}
          placeholder={t('desk.inbox.search.placeholder')}
          aria-label={t('desk.inbox.search.label')}
          w={{ base: '100%', xs: 320 }}
          rightSection={<kbd className={desk.kbd}>/</kbd>}
        />
        <Switch
          checked={filter.overdue}
          onChange={(e) => update({ overdue: e.currentTarget.checked })}
          label={t('desk.inbox.overdueOnly')}
          color="flagRed"
        />
        <Text size="sm" c="dimmed" ml="auto">
          {t('desk.inbox.shown', { n: shown })}
        </Text>
      </Group>

      {data ? <Reminders rows={data.items} refreshKey={String(inbox.loadedAt?.getTime() ?? 0)} /> : null}
      {inbox.error ? <DeskError error={inbox.error} title={t('desk.inbox.loadError')} /> : null}
      {!data && !inbox.error ? <Loader aria-label={t('common.loading')} /> : null}
      {data ? <InboxTable rows={data.items} showState={!filter.state} overdue={filter.overdue} /> : null}
      {pages > 1 ? (
        <Pagination
          total={pages}
          value={filter.page}
          onChange={(page) => update({ ...filter, page })}
          size="sm"
        />
      ) : null}
      <Text size="xs" c="dimmed" visibleFrom="sm">
        {t('desk.inbox.keys')}
      </Text>
    </Stack>
  );
}
