import { Route, Routes } from 'react-router';
import { type MessageKey, useT } from '../i18n';
import { FACE_ROOTS } from '../ui/faces';
import { NotFoundPage, UnderConstructionPage } from '../ui/StatusPage';
import { BackofficeLayout } from './BackofficeLayout';
import { BACKOFFICE_LINKS } from './links';
import { SignInPage } from './SignInPage';

function PlannedPage({ titleKey }: { titleKey: MessageKey }) {
  const t = useT();
  return <UnderConstructionPage title={t(titleKey)} homeTo={FACE_ROOTS.backoffice} audience="staff" />;
}

export default function BackofficeApp() {
  return (
    <Routes>
      <Route element={<BackofficeLayout />}>
        <Route index element={<SignInPage />} />
        {BACKOFFICE_LINKS.map((link) => (
          <Route key={link.slug} path={link.slug} element={<PlannedPage titleKey={link.label} />} />
        ))}
        <Route path="*" element={<NotFoundPage homeTo={FACE_ROOTS.backoffice} />} />
      </Route>
    </Routes>
  );
}
