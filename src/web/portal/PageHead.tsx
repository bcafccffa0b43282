import { Anchor, Breadcrumbs, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n';
import classes from './pages.module.css';

type Crumb = { to: string; label: string };

/** The top of a portal page: where it sits (breadcrumbs), a small eyebrow, the one h1 and a lead. */
export function PageHead({
  eyebrow,
  title,
  lead,
  crumbs,
  aside,
}: {
  eyebrow?: string | undefined;
  title: ReactNode;
  lead?: ReactNode;
  crumbs?: Crumb[];
  aside?: ReactNode;
}) {
  const t = useT();
  return (
    <div className={classes.head}>
      {crumbs?.length ? (
        <nav aria-label={t('pages.breadcrumbs')}>
          <Breadcrumbs separator="›" className={classes.crumbs}>
            {crumbs.map((c) => (
              <Anchor key={c.to} component={Link} to={c.to} size="sm">
                {c.label}
              </Anchor>
            ))}
          </Breadcrumbs>
        </nav>
      ) : null}
      <div className={classes.headRow}>
        <div className={classes.headText}>
          {eyebrow ? <Text className={classes.eyebrow}>{eyebrow}</Text> : null}
          <Title order={1} className={classes.title}>
            {title}
          </Title>
          {lead ? <Text className={classes.lead}>{lead}</Text> : null}
        </div>
        {aside ? <div className={classes.headAside}>{aside}</div> : null}
      </div>
    </div>
  );
}
