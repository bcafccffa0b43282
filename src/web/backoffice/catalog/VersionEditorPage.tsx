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
import { editVersion, getProcedure, listVersions, scheduleVersion } from './api';
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
      subtitle={t('cat.editor.startsFrom', { n: base.version })}
      initial={draftFrom(base, todayInVietnam())}
      onSave={async (draft) => {
        const saved = await scheduleVersion(procedure.code, draft);
        return { to: `${CATALOG_ROOT}/${procedure.code}`, state: { scheduled: saved.version } };
      }}
    />
  );
}

/** `/can-bo/thu-tuc/:code/phien-ban/:version`: a version not yet in force, edited in place. */
export function EditVersionPage() {
  const t = useT();
  const { code = '', version = '' } = useParams();
  const n = Number(version);
  const loaded = useApi(async (signal) => {
    const [procedure, versions] = await Promise.all([getProcedure(code, signal), listVersions(code, signal)]);
    return { procedure, target: versions.find((v) => v.version === n) ?? null };
  }, `${code}#${version}`);
  useDocTitle(t('cat.editor.editTitle', { n }));
  if (loaded.error) return <ApiErrorAlert error={loaded.error} />;
  if (!loaded.data) return <Loader aria-label={t('common.loading')} />;
  const { procedure, target } = loaded.data;
  if (target?.status !== 'scheduled')
    return <Alert color="orange">{t('cat.editor.notScheduled', { n })}</Alert>;
  const { version: _v, status: _s, updatedAt: _u, eformValidator: _e, ...content } = target;
  return (
    <VersionEditor
      code={procedure.code}
      name={procedure.name}
      subtitle={t('cat.editor.editing', { n })}
      initial={content}
      onSave={async (draft) => {
        await editVersion(procedure.code, n, draft);
        return { to: `${CATALOG_ROOT}/${procedure.code}`, state: { edited: n } };
      }}
    />
  );
}

type Props = {
  code: string;
  name: string;
  eyebrow?: string;
  subtitle: string;
  initial: Draft;
  /** A panel above the version's sections (a new procedure's own attributes). */
  before?: ReactNode;
  /** Problems of `before`, counted with the version's: saving waits until there are none. */
  beforeProblems?: number;
  saveLabel?: string;
  /** Saves the draft; returns where to go next. */
  onSave: (draft: Draft) => Promise<{ to: string; state: unknown }>;
  onServerError?: (error: ApiError | null) => void;
  /** Saving was asked for: `before` may show its messages now. */
  onAttempt?: () => void;
};

/** The version's sections, their checks in the browser, and saving (a new version or procedure). */
export function VersionEditor({
  code,
  name,
  eyebrow,
  subtitle,
  initial,
  before,
  beforeProblems = 0,
  saveLabel,
  onSave,
  onServerError,
  onAttempt,
}: Props) {
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
  const problemCount = Object.keys(local).length + beforeProblems;

  const save = async () => {
    setAttempted(true);
    onAttempt?.();
    setServer(null);
    if (problemCount) {
      summaryRef.current?.focus();
      return;
    }
    setBusy(true);
    onServerError?.(null);
    try {
      const next = await onSave(draft);
      navigate(next.to, { state: next.state });
    } catch (e) {
      setServer(toApiError(e));
      onServerError?.(toApiError(e));
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
          <Text className={classes.eyebrow}>{eyebrow ?? t('cat.editor.eyebrow')}</Text>
          <Title order={1} className={classes.pageTitle}>
            {name}
          </Title>
          <Group gap="xs" mt={4}>
            {code ? (
              <Badge variant="light" color="navy" radius="sm">
                {code}
              </Badge>
            ) : null}
            <Text size="sm" c="dimmed">
              {subtitle}
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
        {before}
        {section('effect', t('cat.effect.title'), <EffectSection />)}
        {section('general', t('cat.general.title'), <GeneralSection />)}
        {section('fees', t('cat.fees.title'), <FeesSection />)}
        {section('papers', t('cat.papers.title'), <PapersSection />)}
        {section('lists', t('cat.lists.title'), <ListsSection />)}
        {section('eform', t('cat.eform.title'), <EformSection />)}
        <Group justify="flex-end" gap="sm" className={styles.saveBar}>
          <Button component={Link} to={code ? `${CATALOG_ROOT}/${code}` : CATALOG_ROOT} variant="default">
            {t('cat.editor.cancel')}
          </Button>
          <Button onClick={save} loading={busy}>
            {saveLabel ?? t('cat.editor.save')}
          </Button>
        </Group>
      </Stack>
    </EditorContext.Provider>
  );
}
