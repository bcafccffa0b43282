import { Route, Routes, useSearchParams } from 'react-router';
import { type MessageKey, useT } from '../i18n';
import { NotFoundPage, UnderConstructionPage } from '../ui/StatusPage';
import { HomePage } from './HomePage';
import { PortalLayout } from './PortalLayout';

/** A portal page that a later feature fills; echoes what the citizen searched for so the link is not a dead end. */
function PlannedPage({ titleKey, param }: { titleKey: MessageKey; param?: string }) {
  const t = useT();
  const [params] = useSearchParams();
  const query = param ? params.get(param)?.trim().slice(0, 200) : undefined;
  return <UnderConstructionPage title={t(titleKey)} extra={query ? t('wip.query', { query }) : null} />;
}

export default function PortalApp() {
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        <Route index element={<HomePage />} />
        <Route path="thu-tuc" element={<PlannedPage titleKey="portal.nav.procedures" param="q" />} />
        <Route path="tra-cuu" element={<PlannedPage titleKey="portal.nav.track" param="ma" />} />
        <Route path="ho-so-cua-toi" element={<PlannedPage titleKey="portal.nav.myDossiers" />} />
        <Route path="dang-nhap" element={<PlannedPage titleKey="portal.nav.signIn" />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
