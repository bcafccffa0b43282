import {
  Alert,
  Button,
  Loader,
  NativeSelect,
  Pagination,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { levelLabels, onlineLevelLabels, PROCEDURE_LEVELS } from '../../../contracts/catalog';
import { useApi } from '../../api/useApi';
import { useLang, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { IconSearch } from '../../ui/icons';
import { useDocTitle } from '../../ui/useDocTitle';
import {
  listOfferingAgencies,
  listProcedureFields,
  type ProcedureQuery,
  searchProcedures,
} from '../api/catalog';
import { PageHead } from '../PageHead';
import pages from '../pages.module.css';
import { PORTAL_PATHS } from '../paths';
import classes from './catalogue.module.css';
import { ProcedureCard } from './ProcedureCard';

const PAGE_SIZE = 10;
// Address-bar names of the filters (Vietnamese: the addresses people share).
const P = {
  q: 'q',
  field: 'linh-vuc',
  level: 'cap',
  online: 'muc-do',
  agency: 'co-quan',
  page: 'trang',
} as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

/** `/thu-tuc`: the public catalogue; results follow the search box as the person types. */
export function ProceduresPage() {
  const t = useT();
  const { lang } = useLang();
  useDocTitle(t('portal.nav.procedures'));
  const [params, setParams] = useSearchParams();
  const urlQ = params.get(P.q) ?? '';
  const [text, setText] = useState(urlQ);
  const [debounced] = useDebouncedValue(text.trim(), 250);

  const update = (changes: Partial<Record<(typeof P)[keyof typeof P], string | null>>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new debounced text updates the address
  useEffect(() => {
    if (debounced !== urlQ.trim()) update({ [P.q]: debounced || null, [P.page]: null });
  }, [debounced]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the address when it changes elsewhere
  useEffect(() => {
    if (urlQ.trim() !== debounced) setText(urlQ);
  }, [urlQ]);

  const page = Math.max(1, Number.parseInt(params.get(P.page) ?? '1', 10) || 1);
  const field = params.get(P.field) ?? '';
  const agency = params.get(P.agency) ?? '';
  const query: ProcedureQuery = {
    q: urlQ.trim() || undefined,
    field: /^[a-z0-9][a-z0-9-]{1,39}$/.test(field) ? field : undefined,
    level: oneOf(params.get(P.level), PROCEDURE_LEVELS),
    onlineLevel: oneOf(params.get(P.online), ['full', 'partial'] as const),
    agency: UUID.test(agency) ? agency : undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const results = useApi((signal) => searchProcedures(query, signal), JSON.stringify(query));
  const fields = useApi((signal) => listProcedureFields(signal), 'fields');
  const agencies = useApi((signal) => listOfferingAgencies(signal), 'agencies');
  const filtered = Boolean(query.q || query.field || query.level || query.onlineLevel || query.agency);
  // On a phone the filters fold away under one button, so the results start above the fold.
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeFilters = [query.field, query.level, query.onlineLevel, query.agency].filter(Boolean).length;
  const showFilters = !phone || filtersOpen || activeFilters > 0;
  const pages_ = results.data ? Math.ceil(results.data.total / PAGE_SIZE) : 0;

  return (
    <div className={pages.page}>
      <PageHead
        eyebrow={t('catalogue.eyebrow')}
        title={t('portal.nav.procedures')}
        lead={t('catalogue.lead')}
        crumbs={[{ to: PORTAL_PATHS.home, label: t('pages.home') }]}
      />
      <search className={classes.searchPanel}>
        <form onSubmit={(event) => event.preventDefault()} className={classes.filters}>
          <TextInput
            type="search"
            name="q"
            size="md"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            label={t('catalogue.search.label')}
            placeholder={t('catalogue.search.placeholder')}
            description={t('catalogue.search.help')}
            leftSection={<IconSearch size={18} />}
            rightSection={results.loading && results.data ? <Loader size={16} /> : null}
            maxLength={200}
            autoComplete="off"
          />
          {phone ? (
            <Button
              variant="default"
              onClick={() => setFiltersOpen((o) => !o)}
              aria-expanded={showFilters}
              aria-controls="catalogue-filters"
            >
              {activeFilters ? t('catalogue.filters.n', { n: activeFilters }) : t('catalogue.filters')}
            </Button>
          ) : null}
          {showFilters ? (
            <div id="catalogue-filters" className={classes.filterGroup}>
              <NativeSelect
                label={t('catalogue.filter.field')}
                value={query.field ?? ''}
                onChange={(event) => update({ [P.field]: event.currentTarget.value || null, [P.page]: null })}
                data={[
                  { value: '', label: t('catalogue.filter.all') },
                  ...(fields.data?.items ?? []).map((f) => ({
                    value: f.code,
                    label: `${f.name} (${f.procedureCount})`,
                  })),
                ]}
              />
              <NativeSelect
                label={t('catalogue.filter.level')}
                value={query.level ?? ''}
                onChange={(event) => update({ [P.level]: event.currentTarget.value || null, [P.page]: null })}
                data={[
                  { value: '', label: t('catalogue.filter.all') },
                  ...PROCEDURE_LEVELS.map((l) => ({ value: l, label: levelLabels[l][lang] })),
                ]}
              />
              <NativeSelect
                label={t('catalogue.filter.online')}
                value={query.onlineLevel ?? ''}
                onChange={(event) =>
                  update({ [P.online]: event.currentTarget.value || null, [P.page]: null })
                }
                data={[
                  { value: '', label: t('catalogue.filter.all') },
                  { value: 'full', label: onlineLevelLabels.full[lang] },
                  { value: 'partial', label: onlineLevelLabels.partial[lang] },
                ]}
              />
              <NativeSelect
                label={t('catalogue.filter.agency')}
                value={query.agency ?? ''}
                onChange={(event) =>
                  update({ [P.agency]: event.currentTarget.value || null, [P.page]: null })
                }
                data={[
                  { value: '', label: t('catalogue.filter.all') },
                  ...(agencies.data ?? []).map((a) => ({
                    value: a.id,
                    label: `${a.name} (${a.procedureCount})`,
                  })),
                ]}
              />
            </div>
          ) : null}
        </form>
      </search>

      <div className={classes.resultsHead}>
        <Text role="status" fw={600}>
          {results.data ? t('catalogue.found', { n: results.data.total }) : t('common.loading')}
        </Text>
        {filtered ? (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => {
              setText('');
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            {t('catalogue.clear')}
          </Button>
        ) : null}
      </div>

      {results.error ? <ApiErrorAlert error={results.error} title={t('catalogue.loadError')} /> : null}
      {!results.data && results.loading ? (
        <Stack gap="sm">
          {[1, 2, 3].map((i) => (
            <Skeleton key={i} height={120} radius="md" />
          ))}
        </Stack>
      ) : null}
      {results.data?.items.length === 0 ? (
        <Alert color="gray" variant="light" title={t('catalogue.empty.title')}>
          {t('catalogue.empty.body')}
        </Alert>
      ) : null}
      {results.data?.items.length ? (
        <ol className={classes.list} aria-busy={results.loading}>
          {results.data.items.map((p) => (
            <ProcedureCard key={p.code} procedure={p} />
          ))}
        </ol>
      ) : null}
      {pages_ > 1 ? (
        <nav aria-label={t('catalogue.pages')} className={classes.pagination}>
          <Pagination
            total={pages_}
            value={Math.min(page, pages_)}
            onChange={(n) => {
              update({ [P.page]: n > 1 ? String(n) : null });
              window.scrollTo({ top: 0 });
            }}
            getControlProps={(control) => ({ 'aria-label': t(`catalogue.page.${control}`) })}
            getItemProps={(n) => ({ 'aria-label': t('catalogue.page.n', { n }) })}
          />
        </nav>
      ) : null}
    </div>
  );
}
