import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { DEFAULT_STEP_BUDGETS, type StepBudget, stepInfo } from '../../../contracts/dossier-workflow';
import { type ApiError, toApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/text';
import { useDocTitle } from '../../ui/useDocTitle';
import { Panel } from '../admin/Panel';
import backoffice from '../backoffice.module.css';
import { getProcedure } from '../catalog/api';
import { CATALOG_ROOT } from '../catalog/paths';
import { useCatalogRights } from '../catalog/useCatalogRights';
import { getStepBudgets, type StepBudgetsData, setStepBudgets } from './api';
import { useProcessT } from './messages';
import classes from './process.module.css';
import {
  type FormErrors,
  type FormState,
  formFromView,
  resetRow,
  toRequest,
  UNITS,
  type Unit,
} from './step-budget-form';

/**
 * `/can-bo/quy-trinh/:code`: the time of each workflow step of a procedure's version in force (its
 * internal process, ADR 0011), for the province's catalogue owners; others read it.
 */
export function StepBudgetsPage() {
  const pt = useProcessT();
  const { lang } = useLang();
  const { code = '' } = useParams();
  const rights = useCatalogRights();
  const loaded = useApi(async (signal) => {
    const [procedure, budgets] = await Promise.all([
      getProcedure(code, signal),
      getStepBudgets(code, signal),
    ]);
    return { procedure, budgets };
  }, code);
  const [view, setView] = useState<StepBudgetsData | null>(null);
  const [form, setForm] = useState<FormState | null>(null);
  const [errors, setErrors] = useState<FormErrors>({ steps: {} });
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  useDocTitle(pt('pr.title'));

  useEffect(() => {
    if (loaded.data) {
      setView(loaded.data.budgets);
      setForm(formFromView(loaded.data.budgets));
    }
  }, [loaded.data]);

  if (loaded.error) return <ApiErrorAlert error={loaded.error} title={pt('pr.loadError')} />;
  if (!loaded.data || !form || !view) return <Loader aria-label="…" />;
  const procedure = loaded.data.procedure;
  const canEdit = rights.canEdit;
  const show = (b: StepBudget) =>
    pt(`pr.show.${b.unit}`, {
      value: 'value' in b ? b.value.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN') : '',
    });

  const update = (index: number, change: Partial<FormState['rows'][number]>) => {
    setSaved(false);
    setForm({ ...form, rows: form.rows.map((r, i) => (i === index ? { ...r, ...change } : r)) });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    setSaveError(null);
    const checked = toRequest(form);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({ steps: {} });
    setSaving(true);
    try {
      const next = await setStepBudgets(code, checked.body);
      setView(next);
      setForm(formFromView(next));
      setSaved(true);
    } catch (err) {
      setSaveError(toApiError(err));
    } finally {
      setSaving(false);
    }
  };
  const hasErrors = Boolean(errors.legalBasis) || Object.keys(errors.steps).length > 0;

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={`${CATALOG_ROOT}/${encodeURIComponent(code)}/`} size="sm">
        ← {pt('pr.back')}
      </Anchor>
      <div>
        <Text className={backoffice.eyebrow}>{pt('pr.eyebrow')}</Text>
        <Title order={1} className={backoffice.pageTitle}>
          {pt('pr.title')}
        </Title>
        <Group gap="xs" mt={4}>
          <Badge variant="light" color="navy" radius="sm">
            {procedure.code}
          </Badge>
          <Text size="sm">{lang === 'en' && procedure.nameEn ? procedure.nameEn : procedure.name}</Text>
        </Group>
      </div>
      <Text size="sm" c="gray.7">
        {pt('pr.lead', { version: view.version })}
      </Text>
      {!canEdit && rights.ready ? (
        <Alert color="gray" variant="light">
          {pt('pr.readOnly')}
        </Alert>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Panel title={pt('pr.title')}>
          <Stack gap="md">
            <div className={classes.tableWrap}>
              <Table className={classes.table} verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{pt('pr.col.step')}</Table.Th>
                    <Table.Th scope="col">{pt('pr.col.custom')}</Table.Th>
                    <Table.Th scope="col">{pt('pr.col.unit')}</Table.Th>
                    <Table.Th scope="col">{pt('pr.col.value')}</Table.Th>
                    <Table.Th scope="col">{pt('pr.col.default')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {form.rows.map((row, i) => {
                    const name = stepInfo[row.step][lang];
                    const error = errors.steps[row.step];
                    return (
                      <Table.Tr key={row.step} data-step={row.step} data-custom={row.custom || undefined}>
                        <Table.Th scope="row" data-label={pt('pr.col.step')}>
                          <Text size="sm" fw={600}>
                            {i + 1}. {name}
                          </Text>
                        </Table.Th>
                        <Table.Td data-label={pt('pr.col.custom')}>
                          <Checkbox
                            checked={row.custom}
                            disabled={!canEdit}
                            aria-label={pt('pr.customLabel', { step: name })}
                            onChange={(e) =>
                              e.currentTarget.checked ? update(i, { custom: true }) : update(i, resetRow(row))
                            }
                          />
                        </Table.Td>
                        <Table.Td data-label={pt('pr.col.unit')}>
                          <Select
                            aria-label={pt('pr.unitLabel', { step: name })}
                            data={UNITS.map((u) => ({ value: u, label: pt(`pr.unit.${u}`) }))}
                            value={row.unit}
                            disabled={!canEdit || !row.custom}
                            allowDeselect={false}
                            onChange={(v) => v && update(i, { unit: v as Unit })}
                            w={210}
                          />
                        </Table.Td>
                        <Table.Td data-label={pt('pr.col.value')}>
                          {row.unit === 'appointment' ? (
                            <Text size="sm" c="dimmed">
                              —
                            </Text>
                          ) : (
                            <TextInput
                              aria-label={pt('pr.valueLabel', { step: name })}
                              value={row.value}
                              inputMode="decimal"
                              disabled={!canEdit || !row.custom}
                              onChange={(e) => update(i, { value: e.currentTarget.value })}
                              error={error ? pt(error) : undefined}
                              description={
                                row.custom && row.unit === 'working_days' ? pt('pr.sameDay') : undefined
                              }
                              w={{ base: '100%', sm: 220 }}
                            />
                          )}
                        </Table.Td>
                        <Table.Td data-label={pt('pr.col.default')}>
                          <Text size="sm" c="dimmed">
                            {show(DEFAULT_STEP_BUDGETS[row.step])}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </div>
            <Textarea
              label={pt('pr.basis')}
              description={pt('pr.basisHint')}
              value={form.legalBasis}
              onChange={(e) => {
                setSaved(false);
                setForm({ ...form, legalBasis: e.currentTarget.value });
              }}
              error={errors.legalBasis ? pt(errors.legalBasis) : undefined}
              disabled={!canEdit}
              required
              autosize
              minRows={2}
              maxLength={1000}
            />
            <Text size="xs" c="dimmed">
              {view.updatedAt
                ? pt('pr.lastChange', { time: formatDateTime(lang, view.updatedAt) })
                : pt('pr.never')}
            </Text>
            {hasErrors ? (
              <Alert color="red" variant="light" role="alert">
                {pt('pr.fixErrors')}
              </Alert>
            ) : null}
            {saveError ? <ApiErrorAlert error={saveError} title={pt('pr.saveError')} /> : null}
            {saved ? (
              <Alert color="teal" variant="light" role="status">
                {pt('pr.saved', { version: view.version })}
              </Alert>
            ) : null}
            {canEdit ? (
              <Group>
                <Button type="submit" loading={saving}>
                  {pt('pr.save')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Panel>
      </form>
    </Stack>
  );
}
