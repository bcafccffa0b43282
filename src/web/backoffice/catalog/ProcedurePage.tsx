import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { onlineLevelLabels } from '../../../contracts/catalog';
import { useApi } from '../../api/useApi';
import { useLang, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useDocTitle } from '../../ui/useDocTitle';
import { Panel } from '../admin/Panel';
import backoffice from '../backoffice.module.css';
import { ProcessLink } from '../process/ProcessLink';
import { getProcedure, listVersions } from './api';
import { EditProcedureDialog } from './EditProcedureDialog';
import { EformPreview } from './EformPreview';
import { CATALOG_ROOT, NEW_VERSION_SLUG } from './paths';
import { useCatalogRights } from './useCatalogRights';
import { VersionsTable } from './VersionsTable';

/** `/can-bo/thu-tuc/:code`: a procedure and every version of it; the door to a new version. */
export function ProcedurePage() {
  const t = useT();
  const { lang } = useLang();
  const { code = '' } = useParams();
  const location = useLocation();
  const rights = useCatalogRights();
  const [previewing, setPreviewing] = useState(false);
  const [editing, setEditing] = useState(false);
  const data = useApi(async (signal) => {
    const [procedure, versions] = await Promise.all([getProcedure(code, signal), listVersions(code, signal)]);
    return { procedure, versions };
  }, code);
  useDocTitle(data.data?.procedure.name ?? t('cat.list.title'));
  const state = location.state as {
    scheduled?: number;
    edited?: number;
    created?: boolean;
    offerFailed?: string[];
  } | null;
  const scheduled = state?.scheduled;

  if (data.error) return <ApiErrorAlert error={data.error} />;
  if (!data.data) return <Loader aria-label={t('common.loading')} />;
  const { procedure: p, versions } = data.data;
  const eform = p.currentVersion?.eform ?? versions.at(-1)?.eform;

  return (
    <Stack gap="lg" maw={1200}>
      <BackLink />
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <div>
          <Text className={backoffice.eyebrow}>{p.field.name}</Text>
          <Title order={1} className={backoffice.pageTitle}>
            {lang === 'en' && p.nameEn ? p.nameEn : p.name}
          </Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light" color="navy" radius="sm">
              {p.code}
            </Badge>
            {p.onlineServiceLevel ? (
              <Text size="sm" c="dimmed">
                {onlineLevelLabels[p.onlineServiceLevel][lang]}
              </Text>
            ) : null}
            <Text size="sm" c="dimmed">
              · {t('cat.detail.agencies', { count: p.agencies.length })}
            </Text>
          </Group>
        </div>
        <Group gap="xs">
          <ProcessLink code={p.code} />
          {eform ? (
            <Button variant="default" onClick={() => setPreviewing(true)}>
              {t('cat.eform.preview')}
            </Button>
          ) : null}
          {rights.canEdit ? (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('cat.proc.edit')}
            </Button>
          ) : null}
          {rights.canEdit ? (
            <Button component={Link} to={`${CATALOG_ROOT}/${p.code}/${NEW_VERSION_SLUG}`}>
              {t('cat.detail.newVersion')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {state?.created ? (
        <Alert color="teal" variant="light" role="status">
          {t('cat.new.created', { code: p.code })}
          {state.offerFailed?.length
            ? ` ${t('cat.new.offerFailed', { names: state.offerFailed.join(', ') })}`
            : ''}
        </Alert>
      ) : null}
      {state?.edited ? (
        <Alert color="teal" variant="light" role="status">
          {t('cat.detail.edited', { n: state.edited })}
        </Alert>
      ) : null}
      {scheduled ? (
        <Alert color="teal" variant="light" role="status">
          {t('cat.detail.scheduled', { n: scheduled })}
        </Alert>
      ) : null}
      {!rights.canEdit && rights.ready ? (
        <Alert color="navy" variant="light">
          {t('cat.detail.readOnly')}
        </Alert>
      ) : null}
      <Panel title={t('cat.versions.title')}>
        <VersionsTable code={p.code} versions={versions} canEdit={rights.canEdit} onChanged={data.reload} />
      </Panel>
      {editing ? (
        <EditProcedureDialog
          procedure={p}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            data.reload();
          }}
        />
      ) : null}
      {eform && previewing ? (
        <EformPreview eform={eform} opened={previewing} onClose={() => setPreviewing(false)} />
      ) : null}
    </Stack>
  );
}

function BackLink() {
  const t = useT();
  return (
    <Anchor component={Link} to={CATALOG_ROOT} size="sm" fw={600}>
      ← {t('cat.detail.back')}
    </Anchor>
  );
}
