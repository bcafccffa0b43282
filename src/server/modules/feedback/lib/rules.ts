import type { Selectable } from 'kysely';
import { toLocalDate } from '../../../platform/calendar';
import type { Executor } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { findRuleInForce } from '../repo/rules.repo';
import type { FeedbackRuleTable, RuleLevel } from '../tables';

export type Rule = {
  id: string;
  effectiveFrom: string;
  legalBasis: string;
  levels: RuleLevel[];
  windowDays: number;
  commentMax: number;
  decideWorkingDays: number;
  answerWorkingDays: number;
};

type RuleRow = Selectable<FeedbackRuleTable>;

export function toRule(r: RuleRow): Rule {
  return {
    id: r.id,
    effectiveFrom: r.effective_from,
    legalBasis: r.legal_basis,
    levels: r.rating_levels,
    windowDays: r.rating_window_days,
    commentMax: r.rating_comment_max,
    decideWorkingDays: r.decide_working_days,
    answerWorkingDays: r.answer_working_days,
  };
}

/** The rules in force at an instant (law-derived data: a complaint keeps the version it was received under). */
export async function getRuleInForce(db: Executor, at: Date): Promise<Rule> {
  const row = await findRuleInForce(db, toLocalDate(at));
  // The migration ships the first version; none in force means the data was removed by hand.
  if (!row) throw new AppError('UNAVAILABLE');
  return toRule(row);
}
