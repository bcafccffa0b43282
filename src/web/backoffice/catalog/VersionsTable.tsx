import { Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { type ApiError, toApiError } from '../../api/client';
import { useLang, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDate } from '../../ui/text';
import backoffice from '../backoffice.module.css';
import { cancelVersion, type VersionData } from './api';
import { statusKey, unitKey } from './options';
import { CATALOG_ROOT, EDIT_VERSION_SLUG } from './paths';

const STATUS_COLOR = { scheduled: 'orange', in_force: 'teal', ended: 'gray' } as const;

/** Every version, newest first: status, period, decision; a scheduled one can still be cancelled. */
export function VersionsTable(props: {
  code: string;
  versions: VersionData[];
  canEdit: boolean;
  onChanged: () => Promise<void>;
}) {
  const t = useT();
  const { lang } = useLang();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const date = (iso: string | null) => (iso ? formatDate(lang, `${iso}T00:00:00+07:00`) : null);
  const cancel = async (v: number) => {
    if (!window.confirm(t('cat.versions.cancelConfirm', { n: v }))) return;
    setBusy(v);
    setFailure(null);
    try {
      await cancelVersion(props.code, v);
      await props.onChanged();
    } catch (e) {
      setFailure(toApiError(e));
    } finally {
      setBusy(null);
    }
  };
  const rows = [...props.versions].sort((a, b) => b.version - a.version);
  return (
    <>
      {failure ? <ApiErrorAlert error={failure} /> : null}
      <div className={backoffice.tableWrap}>
        <Table verticalSpacing="sm" miw={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('cat.versions.col.version')}</Table.Th>
              <Table.Th scope="col">{t('cat.versions.col.status')}</Table.Th>
              <Table.Th scope="col">{t('cat.versions.col.period')}</Table.Th>
              <Table.Th scope="col">{t('cat.versions.col.decision')}</Table.Th>
              <Table.Th scope="col">{t('cat.versions.col.content')}</Table.Th>
              <Table.Th scope="col">
                <span className="cs-sr-only">{t('cat.versions.col.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((v) => (
              <Table.Tr key={v.version}>
                <Table.Td>
                  <Text size="sm" fw={700}>
                    {t('cat.versions.n', { n: v.version })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLOR[v.status]} tt="none">
                    {t(statusKey(v.status))}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {v.effectiveTo
                      ? t('cat.versions.period', {
                          from: date(v.effectiveFrom) ?? '',
                          to: date(v.effectiveTo) ?? '',
                        })
                      : t('cat.versions.openEnded', { from: date(v.effectiveFrom) ?? '' })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{v.decision.number}</Text>
                  {v.decision.date ? (
                    <Text size="xs" c="dimmed">
                      {date(v.decision.date)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {v.processingTime.value} {t(unitKey(v.processingTime.unit))}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('cat.versions.counts', { fees: v.fees.length, papers: v.documents.length })}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {props.canEdit && v.status === 'scheduled' ? (
                    <Button
                      size="xs"
                      variant="subtle"
                      component={Link}
                      to={`${CATALOG_ROOT}/${props.code}/${EDIT_VERSION_SLUG}/${v.version}`}
                      aria-label={t('cat.versions.editN', { n: v.version })}
                    >
                      {t('cat.versions.edit')}
                    </Button>
                  ) : null}
                  {props.canEdit && v.status === 'scheduled' ? (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="flagRed"
                      loading={busy === v.version}
                      onClick={() => void cancel(v.version)}
                      aria-label={t('cat.versions.cancelN', { n: v.version })}
                    >
                      {t('cat.versions.cancel')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </>
  );
}
