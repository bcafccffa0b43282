import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';

const StepBudgetsPage = lazy(() => import('./StepBudgetsPage').then((m) => ({ default: m.StepBudgetsPage })));

/** The internal-process editor, loaded only when someone opens it. */
export function LazyStepBudgetsPage() {
  return (
    <Suspense fallback={<Loader size="sm" />}>
      <StepBudgetsPage />
    </Suspense>
  );
}
