import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi';
import { useLang, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { IconSearch } from '../../ui/icons';
import { useDocTitle } from '../../ui/useDocTitle';
import { Panel } from '../admin/Panel';
import backoffice from '../backoffice.module.css';
import { exportUrl, listOfferedCodes, searchProcedures } from './api';
import classes from './catalog.module.css';
import { ImportDialog } from './ImportDialog';
import { OfferSwitch } from './OfferSwitch';
import { unitKey } from './options';
import { CATALOG_ROOT, NEW_PROCEDURE_SLUG } from './paths';
import { useCatalogRights } from './useCatalogRights';

const PAGE = 20;

/** `/can-bo/thu-tuc`: the catalogue, searchable with or without diacritics; what my agency offers. */
export function CatalogListPage() {
  const t = useT();
  const { lang } = useLang();
  useDocTitle(t('cat.list.title'));
  const rights = useCatalogRights();
  const [q, setQ] = useState('');
  const [query] = useDebouncedValue(q.trim(), 300);
  const [page, setPage] = useState(1);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const agency = rights.offerAgencies.find((a) => a.id === agencyId) ?? rights.offerAgencies[0];
  const list = useApi(
    (signal) => searchProcedures({ q: query, limit: PAGE, offset: (page - 1) * PAGE }, signal),
    `${query}|${page}`,
  );
  const offered = useApi(
    (signal) => (agency ? listOfferedCodes(agency.id, signal) : Promise.resolve(new Set<string>())),
    agency?.id ?? '',
  );

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <div>
          <Text className={backoffice.eyebrow}>{t('cat.list.eyebrow')}</Text>
          <Title order={1} className={backoffice.pageTitle}>
            {t('cat.list.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={680}>
            {t(rights.canEdit ? 'cat.list.introEditor' : 'cat.list.introAgency')}
          </Text>
        </div>
        <Group gap="xs">
          <Button component="a" href={exportUrl('json')} download variant="default">
            {t('cat.export.json')}
          </Button>
          <Button component="a" href={exportUrl('xlsx')} download variant="default">
            {t('cat.export.xlsx')}
          </Button>
          {rights.canEdit ? (
            <Button variant="default" onClick={() => setImporting(true)}>
              {t('cat.import.open')}
            </Button>
          ) : null}
          {rights.canEdit ? (
            <Button component={Link} to={`${CATALOG_ROOT}/${NEW_PROCEDURE_SLUG}`}>
              {t('cat.new.open')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Panel title={t('cat.list.panel', { total: list.data?.total ?? '…' })}>
        <div className={classes.toolbar}>
          <TextInput
            className={classes.search}
            type="search"
            label={t('cat.list.search')}
            description={t('cat.list.searchHelp')}
            leftSection={<IconSearch size={16} />}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setPage(1);
            }}
          />
          {rights.offerAgencies.length > 1 ? (
            <Select
              w={{ base: '100%', sm: 320 }}
              label={t('cat.list.agency')}
              searchable
              allowDeselect={false}
              value={agency?.id ?? null}
              data={rights.offerAgencies.map((a) => ({ value: a.id, label: a.shortName ?? a.name }))}
              onChange={setAgencyId}
            />
          ) : null}
        </div>
        {list.error ? <ApiErrorAlert error={list.error} /> : null}
        {offered.error ? <ApiErrorAlert error={offered.error} /> : null}
        {!list.data && !list.error ? <Loader size="sm" mt="md" aria-label={t('common.loading')} /> : null}
        {list.data ? (
          <div className={backoffice.tableWrap}>
            <Table verticalSpacing="sm" highlightOnHover miw={760} mt="md" aria-busy={list.loading}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('cat.col.code')}</Table.Th>
                  <Table.Th scope="col">{t('cat.col.name')}</Table.Th>
                  <Table.Th scope="col">{t('cat.col.time')}</Table.Th>
                  <Table.Th scope="col">
                    {agency
                      ? t('cat.col.offered', { agency: agency.shortName ?? agency.name })
                      : t('cat.col.offeredNone')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((p) => (
                  <Table.Tr key={p.code}>
                    <Table.Td className={classes.code}>{p.code}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`${CATALOG_ROOT}/${p.code}`} fw={700} size="sm">
                        {lang === 'en' && p.nameEn ? p.nameEn : p.name}
                      </Anchor>
                      <Group gap={6} mt={2}>
                        <Text size="xs" c="dimmed">
                          {p.field.name}
                        </Text>
                        {p.availableFrom ? (
                          <Badge size="xs" variant="light" color="orange" tt="none">
                            {t('cat.list.from', { date: p.availableFrom })}
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {p.processingTime.value} {t(unitKey(p.processingTime.unit))}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {agency && offered.data ? (
                        <OfferSwitch
                          code={p.code}
                          name={p.name}
                          agencyId={agency.id}
                          offered={offered.data.has(p.code)}
                          onChanged={offered.reload}
                        />
                      ) : (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {list.data.items.length === 0 ? (
              <Text mt="md" c="dimmed">
                {t('cat.list.empty')}
              </Text>
            ) : null}
          </div>
        ) : null}
        {list.data && list.data.total > PAGE ? (
          <Pagination
            mt="md"
            total={Math.ceil(list.data.total / PAGE)}
            value={page}
            onChange={setPage}
            getControlProps={(c) => ({ 'aria-label': t(`cat.page.${c}`) })}
          />
        ) : null}
      </Panel>
      <ImportDialog opened={importing} onClose={() => setImporting(false)} onImported={list.reload} />
    </Stack>
  );
}
