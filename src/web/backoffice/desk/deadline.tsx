import { Badge } from '@mantine/core';
import { type DeadlineColour, type DossierState, stateInfo } from '../../../contracts/dossier-workflow';
import { useLang, useT } from '../../i18n';
import classes from './desk.module.css';
import { timeLeft } from './working-time';

export type { DeadlineColour };

/** States whose appointment no longer runs: finished, or paused while the applicant supplements. */
const NO_CLOCK: ReadonlySet<DossierState> = new Set([
  'refused',
  'withdrawn',
  'stopped',
  'result_ready',
  'returned',
  'supplement_requested',
]);

/**
 * The server's colour for a deadline (the appointment, or with `step` the current step's), and in
 * words how much office time is left. The server's colour comes from the holiday calendar, so it
 * stays the reference; the words come from the browser's office-hours count.
 */
export function DeadlineChip({
  appointment,
  colour,
  state,
  now,
  step = false,
}: {
  appointment: string | null;
  colour: DeadlineColour;
  state: DossierState;
  now: Date;
  step?: boolean;
}) {
  const t = useT();
  let text: string;
  let shown: DeadlineColour = colour;
  if (step) {
    if (!appointment) return null;
    const left = timeLeft(new Date(appointment), now);
    const n = { n: left.value };
    if (left.overdue) text = left.value ? t(`desk.deadline.late.${left.kind}`, n) : t('desk.deadline.late');
    else text = t(`desk.deadline.left.${left.kind}`, n);
  } else if (state === 'supplement_requested') {
    text = t('desk.deadline.paused');
    shown = 'none';
  } else if (NO_CLOCK.has(state)) {
    text = t('desk.deadline.closed');
    shown = 'none';
  } else if (!appointment) {
    text = t('desk.deadline.none');
  } else {
    const left = timeLeft(new Date(appointment), now);
    const n = { n: left.value };
    if (left.overdue) text = left.value ? t(`desk.deadline.late.${left.kind}`, n) : t('desk.deadline.late');
    else text = t(`desk.deadline.left.${left.kind}`, n);
    if (left.overdue) shown = 'overdue';
  }
  return (
    <span className={classes.chip} data-colour={shown} title={t(`desk.deadline.colour.${shown}`)}>
      <span className={classes.chipDot} aria-hidden="true" />
      {text}
      <span className={classes.srOnly}>{` (${t(`desk.deadline.colour.${shown}`)})`}</span>
    </span>
  );
}

const STATE_COLOURS: Partial<Record<DossierState, string>> = {
  submitted: 'blue',
  received: 'cyan',
  processing: 'navy',
  supplement_requested: 'orange',
  awaiting_approval: 'grape',
  awaiting_signature: 'grape',
  fee_requested: 'orange',
  result_ready: 'teal',
  returned: 'teal',
  refused: 'gray',
  withdrawn: 'gray',
  stopped: 'gray',
};

export function StateBadge({ state, size = 'sm' }: { state: DossierState; size?: 'sm' | 'md' | 'lg' }) {
  const { lang } = useLang();
  const colour = STATE_COLOURS[state] ?? 'gray';
  // Mantine's light badge text is too pale on orange and cyan; the darkest shade reads on every tint.
  return (
    <Badge
      color={colour}
      c={colour === 'orange' ? '#8a3400' : `${colour}.9`}
      variant="light"
      radius="sm"
      tt="none"
      size={size}
    >
      {stateInfo[state][lang]}
    </Badge>
  );
}
