import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';

const CatalogAdmin = lazy(() => import('./CatalogAdmin'));

/** The catalogue administration, loaded only when an administrator opens it. */
export function LazyCatalogAdmin() {
  return (
    <Suspense fallback={<Loader size="sm" />}>
      <CatalogAdmin />
    </Suspense>
  );
}
