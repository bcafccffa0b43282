import { Alert, Anchor, Badge, Button, Checkbox, Loader, Progress, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { signingStepLabels } from '../../../contracts/signing';
import { toApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../ui/text';
import { Panel } from '../admin/Panel';
import classes from '../backoffice.module.css';
import { DeskError } from '../desk/DeskError';
import { type BatchResult, getQueue, type QueueEntry, signBatch, verifyPageUrl } from './api';
import { useSigningT } from './messages';
import css from './signing.module.css';

type Outcome = BatchResult['items'][number] & { title: string; verifyUrl: string };

/**
 * "Văn bản chờ ký": the leader's (or clerk's) queue. Several documents are signed in one go, one request
 * each so the progress is real and one refusal does not hold up the rest; each outcome is listed with a
 * link to the public verification page.
 */
export function QueueTab() {
  const t = useSigningT();
  const { lang } = useLang();
  const queue = useApi((signal) => getQueue(signal), 'queue');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);
  const items = queue.data ?? [];
  const allSelected = items.length > 0 && items.every((d) => selected.has(d.id));

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const sign = async () => {
    const chosen = items.filter((d) => selected.has(d.id));
    const results: Outcome[] = [];
    setOutcomes(null);
    setProgress({ done: 0, total: chosen.length });
    for (const [i, doc] of chosen.entries()) {
      const base = { title: doc.title, verifyUrl: verifyPageUrl(doc.fileUrl, doc.id) };
      try {
        const r = await signBatch([doc.id]);
        results.push({ ...r.items[0]!, ...base });
      } catch (e) {
        const error = toApiError(e);
        results.push({
          id: doc.id,
          ok: false,
          step: null,
          status: null,
          error: { vi: error.messageIn('vi'), en: error.messageIn('en') },
          ...base,
        });
      }
      setProgress({ done: i + 1, total: chosen.length });
    }
    setOutcomes(results);
    setProgress(null);
    setSelected(new Set());
    await queue.reload();
  };

  const signed = outcomes?.filter((o) => o.ok).length ?? 0;
  return (
    <>
      {outcomes ? (
        <Panel title={t('sg.queue.result')}>
          <Alert color={signed === outcomes.length ? 'teal' : 'orange'} variant="light" mb="md" role="status">
            {t('sg.queue.result.summary', { signed, failed: outcomes.length - signed })}
          </Alert>
          <ul className={css.outcomes} data-testid="sign-outcomes">
            {outcomes.map((o) => (
              <li key={o.id} className={css.outcome}>
                <Badge color={o.ok ? 'teal.9' : 'red.9'} variant="filled" tt="none">
                  {o.ok
                    ? o.status === 'signed'
                      ? t('sg.queue.result.okDone')
                      : t('sg.queue.result.okNext')
                    : t('sg.queue.result.failed')}
                </Badge>
                <Text size="sm" fw={600} className={css.docTitle}>
                  {o.title}
                </Text>
                {o.error ? (
                  <Text size="sm" c="red.8">
                    {o.error[lang]}
                  </Text>
                ) : null}
                <Anchor
                  href={o.verifyUrl}
                  target="_blank"
                  rel="noopener"
                  size="sm"
                  aria-label={t('sg.queue.verifyOf', { title: o.title })}
                >
                  {t('sg.queue.verify')}
                </Anchor>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
      <Panel
        title={t('sg.queue.title')}
        action={
          <Button
            onClick={() => void sign()}
            disabled={!selected.size || progress !== null}
            loading={progress !== null}
          >
            {t('sg.queue.sign', { n: selected.size })}
          </Button>
        }
      >
        <Text size="sm" c="dimmed" mb="md">
          {t('sg.queue.lead')}
        </Text>
        {progress ? (
          <div aria-live="polite" className={css.toolbar}>
            <Text size="sm" fw={600}>
              {t('sg.queue.signing', progress)}
            </Text>
            <Progress
              value={(progress.done / progress.total) * 100}
              w="100%"
              aria-label={t('sg.queue.signing', progress)}
            />
          </div>
        ) : null}
        {queue.error ? <DeskError error={queue.error} /> : null}
        {!queue.data && queue.loading ? <Loader size="sm" aria-label={t('sg.loading')} /> : null}
        {queue.data && !items.length ? <Text size="sm">{t('sg.queue.empty')}</Text> : null}
        {items.length ? (
          <div className={classes.tableWrap}>
            <Table striped highlightOnHover verticalSpacing="sm" miw={720} data-testid="signing-queue">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={48}>
                    <Checkbox
                      aria-label={t('sg.queue.selectAll')}
                      checked={allSelected}
                      indeterminate={selected.size > 0 && !allSelected}
                      onChange={() => setSelected(allSelected ? new Set() : new Set(items.map((d) => d.id)))}
                    />
                  </Table.Th>
                  <Table.Th>{t('sg.queue.doc')}</Table.Th>
                  <Table.Th>{t('sg.queue.step')}</Table.Th>
                  <Table.Th>{t('sg.queue.registered')}</Table.Th>
                  <Table.Th>{t('sg.queue.preview')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((d: QueueEntry) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>
                      <Checkbox
                        aria-label={`${t('sg.queue.select')}: ${d.title}`}
                        checked={selected.has(d.id)}
                        onChange={() => toggle(d.id)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600} className={css.docTitle}>
                        {d.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[d.documentNumber, d.reference].filter(Boolean).join(' · ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{signingStepLabels[d.nextStep][lang]}</Text>
                      <Text size="xs" c="dimmed">
                        {t('sg.queue.steps', { done: d.stepsDone + 1, total: d.steps.length })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(lang, d.registeredAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor
                        href={d.fileUrl}
                        target="_blank"
                        rel="noopener"
                        size="sm"
                        aria-label={t('sg.queue.previewOf', { title: d.title })}
                      >
                        {t('sg.queue.preview')}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        ) : null}
      </Panel>
    </>
  );
}
