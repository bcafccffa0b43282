import { SimpleGrid, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { type MessageKey, useT } from '../i18n';
import classes from './portal.module.css';

const STEPS: [MessageKey, MessageKey][] = [
  ['portal.steps.find', 'portal.steps.find.desc'],
  ['portal.steps.submit', 'portal.steps.submit.desc'],
  ['portal.steps.receive', 'portal.steps.receive.desc'],
];

export function Steps() {
  const t = useT();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className={classes.steps}>
      <Title order={2} id={titleId} className={classes.sectionTitle}>
        {t('portal.steps.title')}
      </Title>
      <SimpleGrid component="ol" cols={{ base: 1, sm: 3 }} spacing="lg" className={classes.stepList}>
        {STEPS.map(([title, desc], index) => (
          <li key={title} className={classes.step}>
            <span className={classes.stepNumber} aria-hidden="true">
              {index + 1}
            </span>
            <div>
              <Text fw={700}>{t(title)}</Text>
              <Text size="sm" c="dimmed">
                {t(desc)}
              </Text>
            </div>
          </li>
        ))}
      </SimpleGrid>
    </section>
  );
}
