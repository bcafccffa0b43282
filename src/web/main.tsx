import '@mantine/core/styles.css';
import './ui/global.css';
import { MantineProvider } from '@mantine/core';
import { lazy, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { LanguageProvider } from './i18n';
import { FaceBoundary } from './ui/FaceBoundary';
import { FACE_ROOTS, isUnder } from './ui/faces';
import { cssVariablesResolver, theme } from './ui/theme';

// One chunk per face: a citizen on a phone never downloads the back office.
const PortalApp = lazy(() => import('./portal/PortalApp'));
const BackofficeApp = lazy(() => import('./backoffice/BackofficeApp'));
const IocApp = lazy(() => import('./ioc/IocApp'));

/** The operations centre is a wall-screen dashboard: always dark. The other faces are light. */
function ThemedApp() {
  const { pathname } = useLocation();
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      forceColorScheme={isUnder(pathname, FACE_ROOTS.ioc) ? 'dark' : 'light'}
    >
      <FaceBoundary>
        <Routes>
          <Route path={`${FACE_ROOTS.backoffice}/*`} element={<BackofficeApp />} />
          <Route path={`${FACE_ROOTS.ioc}/*`} element={<IocApp />} />
          <Route path="/*" element={<PortalApp />} />
        </Routes>
      </FaceBoundary>
    </MantineProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <LanguageProvider>
      <BrowserRouter>
        <ThemedApp />
      </BrowserRouter>
    </LanguageProvider>
  </StrictMode>,
);
