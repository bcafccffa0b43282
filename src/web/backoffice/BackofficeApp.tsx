import { Route, Routes } from 'react-router';
import { type MessageKey, useT } from '../i18n';
import { SessionProvider } from '../session/SessionProvider';
import { FACE_ROOTS } from '../ui/faces';
import { NotFoundPage, UnderConstructionPage } from '../ui/StatusPage';
import { AdminGuard, AdminIndex, AgencyAdminLayout } from './admin/AdminPage';
import { AgencyInfoTab } from './admin/AgencyInfoTab';
import { StaffTab } from './admin/StaffTab';
import { SubAgenciesTab } from './admin/SubAgenciesTab';
import { TokensTab } from './admin/TokensTab';
import { StaffGate } from './auth/StaffGate';
import { HomePage } from './HomePage';
import { BACKOFFICE_LINKS } from './links';

function PlannedPage({ titleKey }: { titleKey: MessageKey }) {
  const t = useT();
  return <UnderConstructionPage title={t(titleKey)} homeTo={FACE_ROOTS.backoffice} audience="staff" />;
}

export default function BackofficeApp() {
  return (
    <SessionProvider>
      <Routes>
        <Route element={<StaffGate />}>
          <Route index element={<HomePage />} />
          {BACKOFFICE_LINKS.filter((l) => !l.adminOnly).map((link) => (
            <Route key={link.slug} path={link.slug} element={<PlannedPage titleKey={link.label} />} />
          ))}
          <Route path="quan-tri" element={<AdminGuard />}>
            <Route index element={<AdminIndex />} />
            <Route path=":agencyId" element={<AgencyAdminLayout />}>
              <Route index element={<AgencyInfoTab />} />
              <Route path="can-bo" element={<StaffTab />} />
              <Route path="khoa-api" element={<TokensTab />} />
              <Route path="don-vi" element={<SubAgenciesTab />} />
            </Route>
          </Route>
          <Route path="*" element={<NotFoundPage homeTo={FACE_ROOTS.backoffice} />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}
