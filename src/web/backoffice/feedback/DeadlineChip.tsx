import { useLang } from '../../i18n';
import { useFeedbackT } from '../../portal/feedback/messages';
import { formatDateTime } from '../../ui/text';
import desk from '../desk/desk.module.css';
import type { ComplaintRow } from './api';

/** The complaint's current deadline (decision while received, answer later) in the inbox's colours. */
export function ComplaintDeadline({ item }: { item: ComplaintRow }) {
  const ft = useFeedbackT();
  const { lang } = useLang();
  const due = item.state === 'received' ? item.decideDueAt : item.answerDueAt;
  const label = item.state === 'received' ? ft('fb.item.decideDue') : ft('fb.item.answerDue');
  return (
    <span className={desk.chip} data-colour={item.deadlineColour}>
      <span className={desk.chipDot} aria-hidden="true" />
      {item.deadlineColour === 'none'
        ? ft('fb.inbox.colour.none')
        : `${ft(`fb.inbox.colour.${item.deadlineColour}`)} · ${label} ${formatDateTime(lang, due)}`}
    </span>
  );
}
