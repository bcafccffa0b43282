import { Badge, Button, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n';
import { useDocTitle } from './useDocTitle';

type StatusPageProps = {
  badge: string;
  badgeColor?: string;
  title: string;
  body: ReactNode;
  homeTo: string;
};

/** A short page with a badge, a heading, one paragraph and a way back; used for 404 and "đang xây dựng". */
export function StatusPage({ badge, badgeColor = 'navy', title, body, homeTo }: StatusPageProps) {
  const t = useT();
  useDocTitle(title);
  return (
    <Stack className="cs-status-page" align="flex-start" gap="md">
      <Badge color={badgeColor} variant="light" size="lg" radius="sm">
        {badge}
      </Badge>
      <Title order={1}>{title}</Title>
      <Text size="lg" c="dimmed" maw={620}>
        {body}
      </Text>
      <Button component={Link} to={homeTo} variant="light">
        {t('common.backHome')}
      </Button>
    </Stack>
  );
}

export function NotFoundPage({ homeTo = '/' }: { homeTo?: string }) {
  const t = useT();
  return (
    <StatusPage
      badge={t('notFound.code')}
      badgeColor="flagRed"
      title={t('notFound.title')}
      body={t('notFound.body')}
      homeTo={homeTo}
    />
  );
}

/** Placeholder for a route a later feature will fill; says so plainly. */
export function UnderConstructionPage({
  title,
  homeTo = '/',
  extra,
  audience = 'citizen',
}: {
  title: string;
  homeTo?: string;
  extra?: string | null;
  /** Citizens are pointed to the one-stop desk; staff are not. */
  audience?: 'citizen' | 'staff';
}) {
  const t = useT();
  return (
    <StatusPage
      badge={t('wip.badge')}
      title={title}
      homeTo={homeTo}
      body={
        <>
          {t(audience === 'staff' ? 'wip.bodyStaff' : 'wip.body')}
          {extra ? (
            <>
              <br />
              {extra}
            </>
          ) : null}
        </>
      }
    />
  );
}
