import type { FeedbackDeps } from '../deps';
import { getRuleInForce } from '../lib/rules';

/** The rating scale and PAKN deadlines in force today, with their legal basis (public). */
export async function getScale(deps: Pick<FeedbackDeps, 'db'>) {
  const rule = await getRuleInForce(deps.db, new Date());
  return {
    effectiveFrom: rule.effectiveFrom,
    legalBasis: rule.legalBasis,
    levels: rule.levels,
    windowDays: rule.windowDays,
    commentMax: rule.commentMax,
    decideWorkingDays: rule.decideWorkingDays,
    answerWorkingDays: rule.answerWorkingDays,
  };
}
