import { Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { type MessageKey, useT } from '../../i18n';
import { IconHistory, IconInbox, IconShieldCheck, IconUser } from '../../ui/icons';
import { useDocTitle } from '../../ui/useDocTitle';
import classes from './auth.module.css';

const BENEFITS: { icon: ReactNode; text: MessageKey }[] = [
  { icon: <IconInbox size={22} />, text: 'auth.aside.track' },
  { icon: <IconUser size={22} />, text: 'auth.aside.prefill' },
  { icon: <IconHistory size={22} />, text: 'auth.aside.log' },
];

function Benefits() {
  const t = useT();
  const titleId = useId();
  return (
    <aside className={classes.aside} aria-labelledby={titleId}>
      <Title order={2} id={titleId} className={classes.asideTitle}>
        {t('auth.aside.title')}
      </Title>
      <ul className={classes.benefits}>
        {BENEFITS.map((b) => (
          <li key={b.text}>
            <span className={classes.benefitIcon}>{b.icon}</span>
            <span>{t(b.text)}</span>
          </li>
        ))}
      </ul>
      <p className={classes.safety}>
        <IconShieldCheck size={18} />
        <span>{t('auth.aside.safety')}</span>
      </p>
    </aside>
  );
}

/** The frame of the sign-in, registration and password pages: a form card and, beside it, why an account helps. */
export function AuthLayout({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  useDocTitle(title);
  return (
    <div className={classes.grid}>
      <Paper withBorder radius="md" className={classes.card}>
        <div className={classes.stripe} />
        <Stack gap="md" p={{ base: 'md', xs: 'xl' }}>
          <div>
            <Title order={1} className={classes.title}>
              {title}
            </Title>
            {lead ? (
              <Text c="dimmed" mt={6}>
                {lead}
              </Text>
            ) : null}
          </div>
          {children}
        </Stack>
      </Paper>
      <Benefits />
    </div>
  );
}
