import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { Component, type ReactNode, Suspense } from 'react';
import { useT } from '../i18n';

export function PageLoader() {
  const t = useT();
  return (
    <Center mih="60vh" role="status">
      <Stack align="center" gap="xs">
        <Loader size="md" />
        <Text c="dimmed">{t('common.loading')}</Text>
      </Stack>
    </Center>
  );
}

function LoadFailed() {
  const t = useT();
  return (
    <Center mih="60vh" role="alert">
      <Stack align="center" gap="sm">
        <Text size="lg">{t('error.pageLoad')}</Text>
        <Button onClick={() => window.location.reload()}>{t('error.reload')}</Button>
      </Stack>
    </Center>
  );
}

type BoundaryState = { failed: boolean };

/** Catches a render error or a chunk that failed to download (e.g. after a deploy) and offers a reload. */
class ErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}

/** Wraps a lazily loaded face: spinner while its chunk loads, a reload offer if it fails. */
export function FaceBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary>
      <Suspense fallback={<PageLoader />}>{children}</Suspense>
    </ErrorBoundary>
  );
}
