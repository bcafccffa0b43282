import { Alert, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type ApiError, toApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { todayInVietnam } from '../../ui/text';
import { useDocTitle } from '../../ui/useDocTitle';
import { Panel } from '../admin/Panel';
import classes from '../backoffice.module.css';
import { getProcedure, listVersions, scheduleVersion } from './api';
import styles from './catalog.module.css';
import { EffectSection } from './EffectSection';
import { EformSection } from './EformSection';
import { EditorContext } from './editor-context';
import { FeesSection } from './FeesSection';
import { GeneralSection } from './GeneralSection';
import { ListsSection } from './ListsSection';
import { PapersSection } from './PapersSection';
import { CATALOG_ROOT } from './paths';
import { checkDraft, type Draft, draftFrom, type Path, pathKey, setIn } from './version-form';

/** `/can-bo/thu-tuc/:code/phien-ban-moi`: loads the version to start from, then the editor. */
export function VersionEditorPage() {
  const t = useT();
  const { code = '' } = useParams();
  const loaded = useApi(async (signal) => {
    const [procedure, versions] = await Promise.all([getProcedure(code, signal), listVersions(code, signal)]);
    const base = procedure.currentVersion ?? versions.at(-1) ?? null;
    return { procedure, base };
  }, code);
  useDocTitle(t('cat.editor.title'));
  if (loaded.error) return <ApiErrorAlert error={loaded.error} />;
  if (!loaded.data) return <Loader aria-label={t('common.loading')} />;
  const { procedure, base } = loaded.data;
  if (!base) return <Alert color="orange">{t('cat.editor.noBase')}</Alert>;
  return (
    <VersionEditor
      code={procedure.code}
      name={procedure.name}
      baseVersion={base.version}
      initial={draftFrom(base, todayInVietnam())}
    />
  );
}

type Props = { code: string; name: string; baseVersion: number; initial: Draft };

function VersionEditor({ code, name, baseVersion, initial }: Props) {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const generic = useMemo(() => ({ vi: t('form.invalid'), en: 'Invalid value.' }), [t]);
  const local = useMemo(() => checkDraft(draft, generic), [draft, generic]);
  const serverFields = useMemo(() => {
    const fields = server?.fieldProblems() ?? {};
    // An overlap (409) names no field: it belongs to the effective dates.
    if (server?.code === 'CONFLICT' && !Object.keys(fields).length)
      fields.effectiveFrom = { vi: server.messageIn('vi'), en: server.messageIn('en') };
    return fields;
  }, [server]);

  const set = useCallback((path: Path, value: unknown) => {
    setDraft((d) => setIn(d, path, value));
    setTouched((prev) => new Set([...prev, pathKey(path)]));
  }, []);
  const error = useCallback(
    (path: Path) => {
      const key = pathKey(path);
      const mine = local[key];
      if (mine && (attempted || touched.has(key))) return mine[lang];
      return touched.has(key) ? undefined : serverFields[key]?.[lang];
    },
    [local, serverFields, attempted, touched, lang],
  );
  const api = useMemo(() => ({ draft, set, error }), [draft, set, error]);
  const problemCount = Object.keys(local).length;

  const save = async () => {
    setAttempted(true);
    setServer(null);
    if (problemCount) {
      summaryRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const saved = await scheduleVersion(code, draft);
      navigate(`${CATALOG_ROOT}/${code}`, { state: { scheduled: saved.version } });
    } catch (e) {
      setServer(toApiError(e));
      setTouched(new Set());
      summaryRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const section = (id: string, title: string, body: ReactNode) => (
    <Panel key={id} title={title}>
      {body}
    </Panel>
  );

  return (
    <EditorContext.Provider value={api}>
      <Stack gap="lg" maw={1100}>
        <div>
          <Text className={classes.eyebrow}>{t('cat.editor.eyebrow')}</Text>
          <Title order={1} className={classes.pageTitle}>
            {name}
          </Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light" color="navy" radius="sm">
              {code}
            </Badge>
            <Text size="sm" c="dimmed">
              {t('cat.editor.startsFrom', { n: baseVersion })}
            </Text>
          </Group>
        </div>
        <div ref={summaryRef} tabIndex={-1} aria-live="polite">
          {attempted && problemCount ? (
            <Alert color="flagRed" variant="light" role="alert">
              {t('cat.editor.fix', { count: problemCount })}
            </Alert>
          ) : null}
          {server ? <ApiErrorAlert error={server} title={t('cat.editor.refused')} /> : null}
        </div>
        {section('effect', t('cat.effect.title'), <EffectSection />)}
        {section('general', t('cat.general.title'), <GeneralSection />)}
        {section('fees', t('cat.fees.title'), <FeesSection />)}
        {section('papers', t('cat.papers.title'), <PapersSection />)}
        {section('lists', t('cat.lists.title'), <ListsSection />)}
        {section('eform', t('cat.eform.title'), <EformSection eform={draft.eform} />)}
        <Group justify="flex-end" gap="sm" className={styles.saveBar}>
          <Button component={Link} to={`${CATALOG_ROOT}/${code}`} variant="default">
            {t('cat.editor.cancel')}
          </Button>
          <Button onClick={save} loading={busy}>
            {t('cat.editor.save')}
          </Button>
        </Group>
      </Stack>
    </EditorContext.Provider>
  );
}
