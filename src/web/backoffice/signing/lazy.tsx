import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';

const SigningArea = lazy(() => import('./SigningArea'));

/** The "Chữ ký số" area, loaded when an official opens it. */
export function LazySigningArea() {
  return (
    <Suspense fallback={<Loader size="sm" />}>
      <SigningArea />
    </Suspense>
  );
}
