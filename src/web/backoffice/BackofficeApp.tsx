import { Route, Routes } from 'react-router';
import { SessionProvider } from '../session/SessionProvider';
import { FACE_ROOTS } from '../ui/faces';
import { NotFoundPage } from '../ui/StatusPage';
import { AdminGuard, AdminIndex, AgencyAdminLayout } from './admin/AdminPage';
import { AgencyInfoTab } from './admin/AgencyInfoTab';
import { StaffTab } from './admin/StaffTab';
import { SubAgenciesTab } from './admin/SubAgenciesTab';
import { TokensTab } from './admin/TokensTab';
import { StaffGate } from './auth/StaffGate';
import { useStaff } from './auth/staff-context';
import { LazyCatalogAdmin } from './catalog/lazy';
import { hasDeskRole } from './desk/roles';
import { DossierPage } from './dossier/DossierPage';
import { ComplaintsInboxPage } from './feedback/ComplaintsInboxPage';
import { HomePage } from './HomePage';
import { InboxPage } from './inbox/InboxPage';
import { IntakePage } from './intake/IntakePage';
import { PickupDeskPage } from './pickup/PickupDeskPage';
import { LazyStepBudgetsPage } from './process/lazy';
import { ReportsPage } from './reports/ReportsPage';
import { LazySigningArea } from './signing/lazy';

/** `/can-bo` after sign-in: the inbox for desk officials, the overview for everyone else (admins…). */
function Landing() {
  const me = useStaff();
  return hasDeskRole(me) ? <InboxPage greeting /> : <HomePage />;
}

export default function BackofficeApp() {
  return (
    <SessionProvider>
      <Routes>
        <Route element={<StaffGate />}>
          <Route index element={<Landing />} />
          <Route path="ho-so" element={<InboxPage />} />
          <Route path="ho-so/:id" element={<DossierPage />} />
          {/* The first address of the inbox, kept for bookmarks. */}
          <Route path="hop-viec" element={<InboxPage />} />
          <Route path="tiep-nhan" element={<IntakePage />} />
          <Route path="ky-so/*" element={<LazySigningArea />} />
          <Route path="bao-cao" element={<ReportsPage />} />
          <Route path="phan-anh-kien-nghi" element={<ComplaintsInboxPage />} />
          <Route path="nhan-ket-qua" element={<PickupDeskPage />} />
          <Route path="thu-tuc/*" element={<LazyCatalogAdmin />} />
          <Route path="quy-trinh/:code" element={<LazyStepBudgetsPage />} />
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
