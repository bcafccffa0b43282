import { Route, Routes, useLocation, useSearchParams } from 'react-router';
import { type MessageKey, useT } from '../i18n';
import { SessionProvider, useSession } from '../session/SessionProvider';
import { NotFoundPage, UnderConstructionPage } from '../ui/StatusPage';
import { AccessLogPage } from './account/AccessLogPage';
import { AccountLayout } from './account/AccountLayout';
import { OrganisationsPage } from './account/OrganisationsPage';
import { ProfilePage } from './account/ProfilePage';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage';
import { RegisterPage } from './auth/RegisterPage';
import { RequireSignIn } from './auth/RequireSignIn';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import { SignInPage } from './auth/SignInPage';
import { HomePage } from './HomePage';
import { PortalLayout } from './PortalLayout';

/** A portal page that a later feature fills; echoes what the citizen searched for so the link is not a dead end. */
function PlannedPage({ titleKey, param }: { titleKey: MessageKey; param?: string }) {
  const t = useT();
  const [params] = useSearchParams();
  const query = param ? params.get(param)?.trim().slice(0, 200) : undefined;
  return <UnderConstructionPage title={t(titleKey)} extra={query ? t('wip.query', { query }) : null} />;
}

/** Still a placeholder, but it greets a person who has just created their account. */
function MyDossiersPage() {
  const t = useT();
  const { me } = useSession();
  const welcome = (useLocation().state as { welcome?: boolean } | null)?.welcome;
  return (
    <UnderConstructionPage
      title={t('portal.nav.myDossiers')}
      extra={welcome && me ? t('auth.welcome', { name: me.fullName }) : null}
    />
  );
}

export default function PortalApp() {
  return (
    <SessionProvider>
      <Routes>
        <Route element={<PortalLayout />}>
          <Route index element={<HomePage />} />
          <Route path="thu-tuc" element={<PlannedPage titleKey="portal.nav.procedures" param="q" />} />
          <Route path="tra-cuu" element={<PlannedPage titleKey="portal.nav.track" param="ma" />} />
          <Route path="dang-nhap" element={<SignInPage />} />
          <Route path="dang-ky" element={<RegisterPage />} />
          <Route path="quen-mat-khau" element={<ForgotPasswordPage />} />
          <Route path="dat-lai-mat-khau" element={<ResetPasswordPage />} />
          <Route element={<RequireSignIn />}>
            <Route path="ho-so-cua-toi" element={<MyDossiersPage />} />
            <Route path="tai-khoan" element={<AccountLayout />}>
              <Route index element={<ProfilePage />} />
              <Route path="to-chuc" element={<OrganisationsPage />} />
              <Route path="nhat-ky-truy-cap" element={<AccessLogPage />} />
            </Route>
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}
