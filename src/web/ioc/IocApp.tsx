import { Route, Routes } from 'react-router';
import { FACE_ROOTS } from '../ui/faces';
import { NotFoundPage } from '../ui/StatusPage';
import { DashboardPage } from './DashboardPage';
import { IocLayout } from './IocLayout';

export default function IocApp() {
  return (
    <Routes>
      <Route element={<IocLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path="*" element={<NotFoundPage homeTo={FACE_ROOTS.ioc} />} />
      </Route>
    </Routes>
  );
}
