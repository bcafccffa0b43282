import { Drawer, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useApi } from '../../api/useApi';
import { useLang, useT } from '../../i18n';
import { STATE_COLOURS } from '../../portal/feedback/ComplaintItem';
import { useFeedbackT } from '../../portal/feedback/messages';
import { Tag } from '../../portal/Tag';
import { formatDateTime } from '../../ui/text';
import { useDocTitle } from '../../ui/useDocTitle';
import classes from '../backoffice.module.css';
import { DeskError } from '../desk/DeskError';
import { type ComplaintDetailData, getComplaint, getComplaintInbox, OPEN_STATES } from './api';
import { ComplaintDeadline } from './DeadlineChip';
import css from './feedback.module.css';
import { ReplyPanel } from './ReplyPanel';

/** The official's side of one complaint, loaded when opened. */
function ComplaintDrawerBody({ id, onChanged }: { id: string; onChanged: () => void }) {
  const [detail, setDetail] = useState<ComplaintDetailData | null>(null);
  const loaded = useApi((signal) => getComplaint(id, signal), id);
  const shown = detail?.id === id ? detail : loaded.data;
  if (loaded.error) return <DeskError error={loaded.error} />;
  if (!shown) return <Loader />;
  return (
    <ReplyPanel
      complaint={shown}
      onChanged={(next) => {
        setDetail(next);
        onChanged();
      }}
    />
  );
}

/**
 * `/can-bo/phan-anh-kien-nghi`: complaints and suggestions of the official's agencies, open ones by
 * their nearest deadline with the inbox colours; a row opens the reply panel.
 */
export function ComplaintsInboxPage() {
  const t = useT();
  const ft = useFeedbackT();
  const { lang } = useLang();
  useDocTitle(ft('fb.inbox.title'));
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const [selected, setSelected] = useState<string | null>(null);
  const inbox = useApi((signal) => getComplaintInbox(filter === 'open' ? OPEN_STATES : null, signal), filter);
  const counts = inbox.data?.counts;

  return (
    <Stack gap="md" maw={1400}>
      <div>
        <Text className={classes.eyebrow}>{t('face.backoffice')}</Text>
        <Title order={1} className={classes.pageTitle}>
          {ft('fb.inbox.title')}
        </Title>
        <Text c="gray.7" size="sm">
          {ft('fb.inbox.lead')}
        </Text>
      </div>
      <SegmentedControl
        aria-label={ft('fb.inbox.filter')}
        value={filter}
        onChange={(v) => setFilter(v as 'open' | 'all')}
        data={[
          { value: 'open', label: ft('fb.inbox.filter.open') },
          { value: 'all', label: ft('fb.inbox.filter.all') },
        ]}
        w="fit-content"
      />
      {counts ? (
        <Text size="sm" fw={600} aria-live="polite">
          {ft('fb.inbox.counts', { red: counts.red, yellow: counts.yellow, green: counts.green })}
        </Text>
      ) : null}
      {inbox.error ? <DeskError error={inbox.error} title={ft('fb.loadError')} /> : null}
      {!inbox.data && inbox.loading ? <Loader aria-label={t('common.loading')} /> : null}
      {inbox.data && inbox.data.items.length === 0 ? <Text c="dimmed">{ft('fb.inbox.empty')}</Text> : null}
      {inbox.data?.items.length ? (
        <Table.ScrollContainer minWidth={760}>
          <Table className={css.table} highlightOnHover verticalSpacing="sm" striped={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{ft('fb.inbox.code')}</Table.Th>
                <Table.Th>{ft('fb.inbox.subject')}</Table.Th>
                <Table.Th>{ft('fb.inbox.agency')}</Table.Th>
                <Table.Th>{ft('fb.inbox.state')}</Table.Th>
                <Table.Th>{ft('fb.inbox.deadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inbox.data.items.map((c) => (
                <Table.Tr
                  key={c.id}
                  className={css.row}
                  data-colour={c.deadlineColour}
                  data-selected={selected === c.id ? true : undefined}
                  onClick={() => setSelected(c.id)}
                >
                  <Table.Td>
                    <span className={css.code}>{c.code}</span>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(lang, c.receivedAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <button type="button" className={css.rowButton} onClick={() => setSelected(c.id)}>
                      {c.title}
                    </button>
                    <Text size="xs" c="dimmed">
                      {ft(`fb.complaint.kind.${c.kind}`)}
                      {c.dossier ? ` · ${c.dossier.code}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{c.agency.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Tag color={STATE_COLOURS[c.state] ?? 'gray'}>{c.stateName[lang]}</Tag>
                  </Table.Td>
                  <Table.Td>
                    <ComplaintDeadline item={c} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Drawer
        opened={selected !== null}
        onClose={() => setSelected(null)}
        position="right"
        size="lg"
        title={ft('fb.reply.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {selected ? <ComplaintDrawerBody id={selected} onChanged={() => void inbox.reload()} /> : null}
      </Drawer>
    </Stack>
  );
}
