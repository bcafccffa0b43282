import { RATING_LEVELS, type RatingLevel } from '../../../../contracts/feedback';
import { type Actor, authorize } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { countDossiersForSatisfaction } from '../../dossiers';
import { findAgencyById, findPersonById } from '../../identity';
import type { FeedbackDeps } from '../deps';
import { getRuleInForce } from '../lib/rules';
import { feedbackPolicy } from '../policy';
import {
  countComplaintOutcomes,
  countComplaints,
  countComplaintsPerOfficial,
  countRatings,
  listDossiersWithComplaintOrDissatisfied,
  type Period,
} from '../repo/statistics.repo';

type Totals = { ratings: number; levels: Record<RatingLevel, number>; satisfactionRate: number | null };

const emptyTotals = (): Totals => ({
  ratings: 0,
  levels: { very_satisfied: 0, satisfied: 0, dissatisfied: 0 },
  satisfactionRate: null,
});

/**
 * Ratings and complaints of an agency (and the agencies under it) for a period: counts per rating
 * level and the satisfaction rate (satisfied levels of the scale / all ratings, current ratings only),
 * complaints received, answered on time or late, refused, still open and overdue, and the on-time rate
 * of QĐ 766 indicator 5.2 (handled on time / handled), indicators 5.3 and 5.4; then the same ratings
 * per official.
 */
export async function feedbackStatistics(
  input: { actor: Actor; agencyId: string; period: Period; now?: Date },
  deps: Pick<FeedbackDeps, 'db'>,
) {
  const { actor } = input;
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const agency = await findAgencyById(deps.db, input.agencyId);
  if (!agency) throw new AppError(actor.kind === 'staff' ? 'NOT_FOUND' : 'FORBIDDEN');
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN');
  authorize(feedbackPolicy, actor, 'feedback.statistics', { agencyPath: agency.path });
  const now = input.now ?? new Date();
  const rule = await getRuleInForce(deps.db, now);
  const satisfiedLevels = new Set(rule.levels.filter((l) => l.satisfied).map((l) => l.level));
  const [ratingRows, complaintRow, perOfficial] = [
    await countRatings(deps.db, agency.path, input.period),
    await countComplaints(deps.db, agency.path, input.period, now),
    await countComplaintsPerOfficial(deps.db, agency.path, input.period),
  ];
  const total = emptyTotals();
  const officials = new Map<string, Totals>();
  for (const r of ratingRows) {
    const n = Number(r.n);
    const level = r.level as RatingLevel;
    total.levels[level] += n;
    total.ratings += n;
    if (r.official_id) {
      const t = officials.get(r.official_id) ?? emptyTotals();
      t.levels[level] += n;
      t.ratings += n;
      officials.set(r.official_id, t);
    }
  }
  const rate = (t: Totals) => {
    const satisfied = RATING_LEVELS.filter((l) => satisfiedLevels.has(l)).reduce(
      (s, l) => s + t.levels[l],
      0,
    );
    t.satisfactionRate = t.ratings ? satisfied / t.ratings : null;
    return t;
  };
  const complaintsOf = new Map(perOfficial.map((r) => [r.official_id!, Number(r.n)]));
  const ids = [...new Set([...officials.keys(), ...complaintsOf.keys()])];
  // One look-up per official, side by side (outside any transaction, so a pool runs them in parallel).
  const people = await Promise.all(ids.map((id) => findPersonById(deps.db, id)));
  const byOfficial = ids.map((id, i) => ({
    officialId: id,
    fullName: people[i]?.fullName ?? '',
    ratings: rate(officials.get(id) ?? emptyTotals()),
    complaints: complaintsOf.get(id) ?? 0,
  }));
  byOfficial.sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
  const c = {
    received: Number(complaintRow.received),
    answeredOnTime: Number(complaintRow.answered_on_time),
    answeredLate: Number(complaintRow.answered_late),
    refused: Number(complaintRow.refused),
    open: Number(complaintRow.open),
    overdue: Number(complaintRow.overdue),
  };
  const handled = c.answeredOnTime + c.answeredLate + c.refused;
  const handledOnTime = c.answeredOnTime + Number(complaintRow.refused_on_time);
  return {
    agency: { id: agency.id, name: agency.name },
    from: input.period.from.toISOString(),
    to: input.period.to.toISOString(),
    ratings: rate(total),
    complaints: { ...c, onTimeRate: handled ? handledOnTime / handled : null },
    complaintSatisfaction: await complaintSatisfaction(deps, agency.path, input.period, now),
    processingSatisfaction: await processingSatisfaction(deps, agency.path, input.period, now),
    byOfficial,
  };
}

const MAX_5_3 = 6;
const MAX_5_4 = 6;
/** The dashboard's rounding: two decimals of a percentage, two of a score. */
const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;

/**
 * QĐ 766 indicator 5.4 (`vn-standards.md` §5): 100 % − (overdue rate + rate of dossiers with a
 * complaint or a dissatisfied rating), of the dossiers received in the period (less those refused at
 * intake, as for 2.1); at least 90 % gives full marks, else rate × max / 90 %. A dossier both late and
 * complained about counts in both rates, as the formula adds them; the result stops at 0.
 */
async function processingSatisfaction(
  deps: Pick<FeedbackDeps, 'db'>,
  agencyPath: string,
  period: Period,
  now: Date,
) {
  const unhappy = await listDossiersWithComplaintOrDissatisfied(deps.db, agencyPath, period.from);
  const counts = await countDossiersForSatisfaction(deps.db, agencyPath, period, now, unhappy);
  const of = (n: number) => (counts.received ? round(n / counts.received, 4) : null);
  const overdueRate = of(counts.overdue);
  const complaintRate = of(counts.among);
  const rate =
    overdueRate === null || complaintRate === null
      ? null
      : Math.max(0, round(1 - overdueRate - complaintRate, 4));
  return {
    id: '5.4' as const,
    dossiers: counts.received,
    overdue: counts.overdue,
    withComplaintOrDissatisfied: counts.among,
    overdueRate,
    complaintRate,
    rate,
    score: rate === null ? null : round(Math.min(MAX_5_4, (rate / 0.9) * MAX_5_4), 2),
    maxScore: MAX_5_4,
    legalBasis:
      'QĐ 766/QĐ-TTg ngày 23/6/2022, Phụ lục, chỉ số 5.4 (Hài lòng trong tiếp nhận, giải quyết TTHC)',
  };
}

/**
 * QĐ 766 indicator 5.3 (`vn-standards.md` §5): (PAKN − those whose answer the author did not like,
 * handled late, or raised again) / PAKN, over the complaints and suggestions received in the period;
 * score = rate × max. The author's verdict stands for "dislike > like": an answer here is read by its
 * author, not voted on by the public.
 */
async function complaintSatisfaction(
  deps: Pick<FeedbackDeps, 'db'>,
  agencyPath: string,
  period: Period,
  now: Date,
) {
  const o = await countComplaintOutcomes(deps.db, agencyPath, period, now);
  const rate = o.complaints ? round((o.complaints - o.unsatisfactory) / o.complaints, 4) : null;
  return {
    id: '5.3' as const,
    complaints: o.complaints,
    dissatisfied: o.dissatisfied,
    late: o.late,
    raisedAgain: o.raised_again,
    unsatisfactory: o.unsatisfactory,
    rate,
    score: rate === null ? null : round(rate * MAX_5_3, 2),
    maxScore: MAX_5_3,
    legalBasis:
      'QĐ 766/QĐ-TTg ngày 23/6/2022, Phụ lục, chỉ số 5.3 (Hài lòng trong xử lý phản ánh, kiến nghị)',
  };
}
