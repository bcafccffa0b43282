import { Paper, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import classes from '../backoffice.module.css';

/** A titled white panel of an admin tab, with room for an action beside the title. */
export function Panel({
  title,
  action,
  children,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Paper component="section" withBorder radius="md" className={classes.panel} aria-labelledby={titleId}>
      <div className={classes.panelHead}>
        <Title order={2} id={titleId} className={classes.panelTitle}>
          {title}
        </Title>
        {action}
      </div>
      {children}
    </Paper>
  );
}
