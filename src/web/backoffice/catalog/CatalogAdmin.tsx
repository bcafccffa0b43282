import { Alert } from '@mantine/core';
import { Route, Routes } from 'react-router';
import { useT } from '../../i18n';
import { NotFoundPage } from '../../ui/StatusPage';
import { CatalogListPage } from './CatalogListPage';
import { NewProcedurePage } from './NewProcedurePage';
import { ProcedurePage } from './ProcedurePage';
import { EDIT_VERSION_SLUG, NEW_PROCEDURE_SLUG, NEW_VERSION_SLUG } from './paths';
import { useCatalogRights } from './useCatalogRights';
import { EditVersionPage, VersionEditorPage } from './VersionEditorPage';

/** `/can-bo/thu-tuc/*`: catalogue administration, for agency and system administrators. */
export default function CatalogAdmin() {
  const t = useT();
  const rights = useCatalogRights();
  if (!rights.canAdminister)
    return (
      <Alert color="orange" variant="light" title={t('admin.denied.title')} maw={640}>
        {t('admin.denied.body')}
      </Alert>
    );
  return (
    <Routes>
      <Route index element={<CatalogListPage />} />
      <Route
        path={NEW_PROCEDURE_SLUG}
        element={rights.canEdit ? <NewProcedurePage /> : <NotFoundPage homeTo="/can-bo/thu-tuc" />}
      />
      <Route path=":code" element={<ProcedurePage />} />
      <Route path={`:code/${NEW_VERSION_SLUG}`} element={<VersionEditorPage />} />
      <Route path={`:code/${EDIT_VERSION_SLUG}/:version`} element={<EditVersionPage />} />
      <Route path="*" element={<NotFoundPage homeTo="/can-bo/thu-tuc" />} />
    </Routes>
  );
}
