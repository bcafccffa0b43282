import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { SessionProvider } from '../session/SessionProvider';
import { PageLoader } from '../ui/FaceBoundary';
import { NotFoundPage } from '../ui/StatusPage';
import { AccessLogPage } from './account/AccessLogPage';
import { AccountLayout } from './account/AccountLayout';
import { OrganisationsPage } from './account/OrganisationsPage';
import { ProfilePage } from './account/ProfilePage';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage';
import { RegisterPage } from './auth/RegisterPage';
import { RequireSignIn } from './auth/RequireSignIn';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import { SignInPage } from './auth/SignInPage';
import { ProcedurePage } from './catalogue/ProcedurePage';
import { ProceduresPage } from './catalogue/ProceduresPage';
import { DossierPage } from './dossiers/DossierPage';
import { MyDossiersPage } from './dossiers/MyDossiersPage';
import { SubmittedPage } from './dossiers/SubmittedPage';
import { MyComplaintsPage } from './feedback/MyComplaintsPage';
import { HomePage } from './HomePage';
import { PortalLayout } from './PortalLayout';
import { PORTAL_PATHS } from './paths';
import { PaymentResultPage } from './payment/PaymentResultPage';
import { DisplayPage } from './pickup/DisplayPage';
import { KioskPage } from './pickup/KioskPage';
import { MyBookingsPage } from './pickup/MyBookingsPage';
import { StorePage } from './store/StorePage';
import { TrackingPage } from './tracking/TrackingPage';
import { VerifyPage } from './verify/VerifyPage';

// The wizard (the e-form renderer and its validator) is downloaded only by people who submit.
const SubmitPage = lazy(() => import('./submit/SubmitPage').then((m) => ({ default: m.SubmitPage })));

/** The first address of the tracking page: old links and bookmarks still land on it. */
function OldTrackingAddress() {
  const { search } = useLocation();
  return <Navigate to={`${PORTAL_PATHS.track}${search}`} replace />;
}

export default function PortalApp() {
  return (
    <SessionProvider>
      <Routes>
        {/* Full-screen pages of the waiting room: the queue kiosk and the call display. */}
        <Route path="lay-so/:agencyId" element={<KioskPage />} />
        <Route path="hien-thi/:agencyId" element={<DisplayPage />} />
        <Route element={<PortalLayout />}>
          <Route index element={<HomePage />} />
          <Route path="thu-tuc" element={<ProceduresPage />} />
          <Route path="thu-tuc/:code" element={<ProcedurePage />} />
          <Route path="tra-cuu-ho-so" element={<TrackingPage />} />
          <Route path="thanh-toan/ket-qua" element={<PaymentResultPage />} />
          <Route path="tra-cuu" element={<OldTrackingAddress />} />
          <Route path="xac-minh" element={<VerifyPage />} />
          <Route path="xac-minh/:id" element={<VerifyPage />} />
          <Route path="dang-nhap" element={<SignInPage />} />
          <Route path="dang-ky" element={<RegisterPage />} />
          <Route path="quen-mat-khau" element={<ForgotPasswordPage />} />
          <Route path="dat-lai-mat-khau" element={<ResetPasswordPage />} />
          <Route element={<RequireSignIn />}>
            <Route path="ho-so-cua-toi" element={<MyDossiersPage />} />
            <Route path="ho-so-cua-toi/:id" element={<DossierPage />} />
            <Route path="ho-so-cua-toi/:id/da-nop" element={<SubmittedPage />} />
            <Route path="phan-anh-kien-nghi" element={<MyComplaintsPage />} />
            <Route path="lich-nhan-ket-qua" element={<MyBookingsPage />} />
            <Route
              path="nop-ho-so/:code"
              element={
                <Suspense fallback={<PageLoader />}>
                  <SubmitPage />
                </Suspense>
              }
            />
            <Route path="tai-khoan" element={<AccountLayout />}>
              <Route index element={<ProfilePage />} />
              <Route path="to-chuc" element={<OrganisationsPage />} />
              <Route path="nhat-ky-truy-cap" element={<AccessLogPage />} />
              <Route path="kho-du-lieu" element={<StorePage />} />
            </Route>
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}
