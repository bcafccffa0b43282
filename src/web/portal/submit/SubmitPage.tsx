import { Alert, Button } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import type { MeData } from '../../api/identity';
import { useApi } from '../../api/useApi';
import { useLang, useT } from '../../i18n';
import { useDraft } from '../../session/drafts';
import { useSession } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { PageLoader } from '../../ui/FaceBoundary';
import { NotFoundPage } from '../../ui/StatusPage';
import { useDocTitle } from '../../ui/useDocTitle';
import { getProcedure, listAgencies } from '../api/catalog';
import { findDraft, listMyDocuments } from '../api/dossiers';
import { procedureName } from '../catalogue/format';
import { PageHead } from '../PageHead';
import pages from '../pages.module.css';
import { PORTAL_PATHS, procedurePath } from '../paths';
import type { Profile } from './prefill';
import { homeAgency, type Start, startingPoint } from './restore';
import type { LocalDraft } from './useAutosave';
import { Wizard } from './Wizard';

function profileOf(me: MeData): Profile {
  const { line, unitName, provinceName } = me.address;
  return {
    fullName: me.fullName,
    personalId: me.personalId,
    phone: me.phone,
    email: me.email,
    dateOfBirth: me.dateOfBirth,
    sex: me.sex,
    residence: [line, unitName, provinceName].filter(Boolean).join(', ') || null,
  };
}

/** `/nop-ho-so/:code` (signed in): loads the procedure, the draft and the person's papers, then the wizard. */
export function SubmitPage() {
  const { code = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const { me } = useSession();
  const local = useDraft<LocalDraft>(`submit.${code}`);
  const loaded = useApi(async (signal) => {
    const [procedure, draft, directory, store] = await Promise.all([
      getProcedure(code, signal),
      findDraft(code, signal),
      // Only used to find the person's own commune: the wizard works without it.
      listAgencies(signal).catch(() => []),
      listMyDocuments(signal).catch(() => []),
    ]);
    return { procedure, draft, directory, store };
  }, code);
  const data = loaded.data;
  useDocTitle(data ? `${t('submit.eyebrow')}: ${procedureName(data.procedure, lang)}` : t('submit.eyebrow'));

  // The starting point is computed once per load (and person); later changes belong to the wizard.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const start = useMemo(() => {
    if (!data?.procedure.currentVersion || !me) return null;
    const version = data.procedure.currentVersion;
    const base = {
      eform: version.eform,
      offering: data.procedure.agencies,
      homeAgencyId: homeAgency(data.procedure.agencies, data.directory, me.address.unitCode),
      profile: profileOf(me),
      store: data.store,
      unnamed: t('papers.unnamed'),
    };
    return {
      first: startingPoint({ ...base, server: data.draft, local: local.load() }),
      fresh: (): Start => startingPoint({ ...base, server: null, local: null }),
    };
  }, [data, me?.id]);

  if (loaded.error?.status === 404) return <NotFoundPage />;
  if (!data) {
    if (loaded.error)
      return (
        <div className={pages.page}>
          <ApiErrorAlert error={loaded.error} title={t('submit.loadError')} />
          <Button mt="md" variant="light" onClick={() => void loaded.reload()}>
            {t('common.retry')}
          </Button>
        </div>
      );
    return <PageLoader />;
  }
  const { procedure } = data;
  const version = procedure.currentVersion;
  const crumbs = [
    { to: PORTAL_PATHS.procedures, label: t('portal.nav.procedures') },
    { to: procedurePath(procedure.code), label: procedureName(procedure, lang) },
  ];
  return (
    <div className={pages.page}>
      <PageHead eyebrow={t('submit.eyebrow')} title={procedureName(procedure, lang)} crumbs={crumbs} />
      {!version || procedure.onlineServiceLevel === null || procedure.agencies.length === 0 || !start ? (
        <Alert color="gray" variant="light" title={t('submit.notOnline.title')}>
          {t('procedure.start.offline')}
          <div>
            <Button component={Link} to={procedurePath(procedure.code)} variant="light" mt="sm">
              {t('submit.notOnline.back')}
            </Button>
          </div>
        </Alert>
      ) : (
        <Wizard
          procedure={procedure}
          version={version}
          start={start.first}
          fresh={start.fresh}
          store={data.store}
        />
      )}
    </div>
  );
}
