import { UnstyledButton } from '@mantine/core';
import { type MessageKey, useT } from '../../i18n';
import { IconCheck } from '../../ui/icons';
import classes from './submit.module.css';

/** Steps of the wizard, by their address-bar name (`?buoc=to-khai`). */
export const STEPS = ['co-quan', 'to-khai', 'giay-to', 'xem-lai'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_LABEL: Record<Step, MessageKey> = {
  'co-quan': 'submit.step.agency',
  'to-khai': 'submit.step.form',
  'giay-to': 'submit.step.papers',
  'xem-lai': 'submit.step.review',
};

/** Where the person is among the four steps; steps already done can be opened again. */
export function WizardSteps({ current, onOpen }: { current: Step; onOpen: (step: Step) => void }) {
  const t = useT();
  const at = STEPS.indexOf(current);
  return (
    <nav aria-label={t('submit.steps.label')} className={classes.stepsNav}>
      <ol className={classes.steps}>
        {STEPS.map((step, i) => {
          const state = i < at ? 'done' : i === at ? 'current' : 'todo';
          const content = (
            <>
              <span className={classes.stepDot} aria-hidden="true">
                {state === 'done' ? <IconCheck size={16} /> : i + 1}
              </span>
              <span className={classes.stepLabel}>
                <span className="cs-sr-only">{t('submit.steps.n', { n: i + 1, total: STEPS.length })} </span>
                {t(STEP_LABEL[step])}
                {state === 'done' ? <span className="cs-sr-only"> ({t('submit.steps.done')})</span> : null}
              </span>
            </>
          );
          return (
            <li
              key={step}
              className={classes.step}
              data-state={state}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              {state === 'done' ? (
                <UnstyledButton className={classes.stepInner} onClick={() => onOpen(step)}>
                  {content}
                </UnstyledButton>
              ) : (
                <span className={classes.stepInner}>{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
