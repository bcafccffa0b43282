import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocTitle } from '../../ui/useDocTitle';
import classes from '../backoffice.module.css';

/** The card of the sign-in steps; `inDialog` drops the frame when shown inside the re-sign-in dialog. */
export function GateCard({
  title,
  lead,
  children,
  inDialog = false,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  inDialog?: boolean;
}) {
  useDocTitle(inDialog ? null : title);
  const body = (
    <Stack gap="md" p={inDialog ? 0 : { base: 'lg', sm: 'xl' }}>
      <div>
        {title ? (
          <Title order={inDialog ? 2 : 1} className={classes.signInTitle}>
            {title}
          </Title>
        ) : null}
        {lead ? (
          <Text c="dimmed" mt={6}>
            {lead}
          </Text>
        ) : null}
      </div>
      {children}
    </Stack>
  );
  if (inDialog) return body;
  return (
    <Paper withBorder radius="md" className={classes.signIn}>
      <div className={classes.signInStripe} />
      {body}
    </Paper>
  );
}
