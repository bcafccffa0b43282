import { z } from 'zod';

/**
 * Satisfaction ratings and complaints (phản ánh, kiến nghị — PAKN), shared by server and web.
 *
 * Rating scale: QĐ 766/QĐ-TTg (2022) group 5 "Mức độ hài lòng" scores the share of dossiers rated
 * "không hài lòng" (indicator 5.4; vn-standards.md §5), on the three levels below. The levels,
 * the rating window and the PAKN deadlines are data (`feedback_rules`); these enums only name them.
 */
export const RATING_LEVELS = ['very_satisfied', 'satisfied', 'dissatisfied'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** Points of contact a citizen may rate: the receipt at the desk, a supplement request, the result. */
export const CONTACT_POINTS = ['receipt', 'supplement', 'result'] as const;
export type ContactPoint = (typeof CONTACT_POINTS)[number];

export const contactInfo: Record<ContactPoint, { vi: string; en: string }> = {
  receipt: { vi: 'Tiếp nhận hồ sơ', en: 'Receipt of the dossier' },
  supplement: { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Supplement request' },
  result: { vi: 'Kết quả giải quyết', en: 'Result' },
};

export const COMPLAINT_STATES = [
  'received',
  'accepted',
  'handling',
  'answered',
  'refused',
  'closed',
] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];
export const COMPLAINT_ACTIONS = [
  'accept',
  'refuse',
  'start',
  'answer',
  'close',
  'satisfied',
  'dissatisfied',
  'reopen',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

export const complaintStateInfo: Record<ComplaintState, { vi: string; en: string; open: boolean }> = {
  received: { vi: 'Đã tiếp nhận', en: 'Received', open: true },
  accepted: { vi: 'Đã thụ lý', en: 'Accepted for handling', open: true },
  handling: { vi: 'Đang xử lý', en: 'Being handled', open: true },
  answered: { vi: 'Đã trả lời', en: 'Answered', open: false },
  refused: { vi: 'Từ chối xử lý', en: 'Refused', open: false },
  closed: { vi: 'Đã đóng', en: 'Closed', open: false },
};

export const complaintActionInfo: Record<ComplaintAction, { vi: string; en: string }> = {
  accept: { vi: 'Thụ lý', en: 'Accept for handling' },
  refuse: { vi: 'Từ chối xử lý', en: 'Refuse' },
  start: { vi: 'Bắt đầu xử lý', en: 'Start handling' },
  answer: { vi: 'Trả lời', en: 'Answer' },
  close: { vi: 'Đóng phản ánh, kiến nghị', en: 'Close it' },
  satisfied: { vi: 'Hài lòng với trả lời', en: 'Satisfied with the answer' },
  dissatisfied: { vi: 'Không hài lòng với trả lời', en: 'Not satisfied with the answer' },
  reopen: { vi: 'Tiếp tục phản ánh', en: 'Raise it again' },
};

/** The PAKN workflow as a table: state × action → next state, who may do it, whether a text is required. */
export const COMPLAINT_WORKFLOW: readonly {
  action: ComplaintAction;
  from: readonly ComplaintState[];
  to: ComplaintState;
  by: readonly ('staff' | 'citizen')[];
  needsNote: boolean;
}[] = [
  { action: 'accept', from: ['received'], to: 'accepted', by: ['staff'], needsNote: false },
  { action: 'refuse', from: ['received'], to: 'refused', by: ['staff'], needsNote: true },
  { action: 'start', from: ['accepted'], to: 'handling', by: ['staff'], needsNote: false },
  { action: 'answer', from: ['accepted', 'handling'], to: 'answered', by: ['staff'], needsNote: true },
  { action: 'close', from: ['answered'], to: 'closed', by: ['staff', 'citizen'], needsNote: false },
  // The author's verdict on the answer, and raising it again (QĐ 766 indicator 5.3 counts both).
  { action: 'satisfied', from: ['answered'], to: 'closed', by: ['citizen'], needsNote: false },
  { action: 'dissatisfied', from: ['answered'], to: 'closed', by: ['citizen'], needsNote: false },
  { action: 'reopen', from: ['answered'], to: 'handling', by: ['citizen'], needsNote: true },
];

/** What the author of a complaint may do (close it, give a verdict on the answer, raise it again). */
export type AuthorComplaintAction = 'close' | 'satisfied' | 'dissatisfied' | 'reopen';
export const AUTHOR_COMPLAINT_ACTIONS: ReadonlySet<ComplaintAction> = new Set(
  COMPLAINT_WORKFLOW.filter((t) => t.by.includes('citizen')).map((t) => t.action),
);

export function complaintActionsIn(state: ComplaintState, by: 'staff' | 'citizen'): ComplaintAction[] {
  return COMPLAINT_WORKFLOW.filter((t) => t.from.includes(state) && t.by.includes(by)).map((t) => t.action);
}

const Localized = z.object({ vi: z.string(), en: z.string() });
const Iso = z.iso.datetime();
/** Free text: trimmed, bounded, no control characters other than line breaks and tabs. */
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), {
      message: 'Ký tự điều khiển không được phép / control characters are not allowed',
    });

export const RatingScale = z.object({
  effectiveFrom: z.string(),
  legalBasis: z.string(),
  levels: z.array(
    z.object({ level: z.enum(RATING_LEVELS), vi: z.string(), en: z.string(), satisfied: z.boolean() }),
  ),
  windowDays: z.number().int(),
  commentMax: z.number().int(),
  decideWorkingDays: z.number().int(),
  answerWorkingDays: z.number().int(),
});
export type RatingScale = z.infer<typeof RatingScale>;

export const RateRequest = z.object({
  contact: z.enum(CONTACT_POINTS),
  level: z.enum(RATING_LEVELS),
  comment: text(0, 1000).optional(),
});
export type RateRequest = z.infer<typeof RateRequest>;

export const Rating = z.object({
  id: z.uuid(),
  contact: z.enum(CONTACT_POINTS),
  level: z.enum(RATING_LEVELS),
  levelName: Localized,
  comment: z.string().nullable(),
  createdAt: Iso,
  /** The rating this one corrects, if any. */
  supersedes: z.uuid().nullable(),
});

export const RatingSlot = z.object({
  contact: z.enum(CONTACT_POINTS),
  name: Localized,
  contactAt: Iso.nullable(),
  /** Open now: the contact happened and its window has not closed. */
  open: z.boolean(),
  closesAt: Iso.nullable(),
  current: Rating.nullable(),
  /** Earlier ratings replaced by a correction, newest first. */
  history: z.array(Rating),
});

export const DossierRatings = z.object({
  dossierId: z.uuid(),
  dossierCode: z.string(),
  slots: z.array(RatingSlot),
});
export type DossierRatings = z.infer<typeof DossierRatings>;

export const SubmitComplaintRequest = z
  .object({
    dossierId: z.uuid().optional(),
    agencyId: z.uuid().optional(),
    kind: z.enum(['complaint', 'suggestion']),
    category: z.enum(['procedure', 'official', 'other']),
    title: text(5, 200),
    content: text(10, 5000),
  })
  .refine((r) => Boolean(r.dossierId) !== Boolean(r.agencyId), {
    message: 'Chọn hồ sơ hoặc cơ quan (một trong hai) / exactly one of dossierId, agencyId',
    path: ['agencyId'],
  });
export type SubmitComplaintRequest = z.infer<typeof SubmitComplaintRequest>;

export const ComplaintActionRequest = z.object({ note: text(0, 5000).optional() });

export const ComplaintEvent = z.object({
  action: z.string(),
  actionName: Localized,
  toState: z.enum(COMPLAINT_STATES),
  actorType: z.enum(['citizen', 'staff', 'system']),
  note: z.string().nullable(),
  at: Iso,
});

export const Complaint = z.object({
  id: z.uuid(),
  code: z.string(),
  agency: z.object({ id: z.uuid(), name: z.string() }),
  dossier: z.object({ id: z.uuid(), code: z.string() }).nullable(),
  kind: z.enum(['complaint', 'suggestion']),
  category: z.enum(['procedure', 'official', 'other']),
  title: z.string(),
  content: z.string(),
  state: z.enum(COMPLAINT_STATES),
  stateName: Localized,
  receivedAt: Iso,
  decideDueAt: Iso,
  answerDueAt: Iso,
  answeredAt: Iso.nullable(),
  answer: z.string().nullable(),
  refusalReason: z.string().nullable(),
  /** Past its decision or answer deadline and still open. */
  overdue: z.boolean(),
  /** green: in time; yellow: the deadline is within one working day; red: overdue; none: finished. */
  deadlineColour: z.enum(['green', 'yellow', 'red', 'none']),
  legalBasis: z.string(),
  allowedActions: z.array(z.enum(COMPLAINT_ACTIONS)),
});
export type Complaint = z.infer<typeof Complaint>;

export const ComplaintDetail = Complaint.extend({
  citizenName: z.string().nullable(),
  history: z.array(ComplaintEvent),
});
export type ComplaintDetail = z.infer<typeof ComplaintDetail>;

const LevelCounts = z.object({
  very_satisfied: z.number().int(),
  satisfied: z.number().int(),
  dissatisfied: z.number().int(),
});
const RatingTotals = z.object({
  ratings: z.number().int(),
  levels: LevelCounts,
  /** Satisfied ratings / ratings; null without ratings. */
  satisfactionRate: z.number().nullable(),
});
const ComplaintTotals = z.object({
  received: z.number().int(),
  answeredOnTime: z.number().int(),
  answeredLate: z.number().int(),
  refused: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  /** QĐ 766 indicator 5.2: handled on time / handled; null when none was handled. */
  onTimeRate: z.number().nullable(),
});

/** How a QĐ 766 indicator is scored: its rate (null without anything to count) and its points. */
const IndicatorScore = z.object({
  rate: z.number().nullable(),
  score: z.number().nullable(),
  maxScore: z.number(),
  legalBasis: z.string(),
});

/**
 * QĐ 766 indicator 5.4 "Hài lòng trong tiếp nhận, giải quyết TTHC": 100 % − (the overdue rate + the
 * rate of dossiers with a complaint or a dissatisfied rating), over the dossiers received in the
 * period less those refused at intake; full marks from 90 %. Rates and score are null without dossiers.
 */
const ProcessingSatisfaction = IndicatorScore.extend({
  id: z.literal('5.4'),
  dossiers: z.number().int(),
  overdue: z.number().int(),
  withComplaintOrDissatisfied: z.number().int(),
  overdueRate: z.number().nullable(),
  complaintRate: z.number().nullable(),
});

/**
 * QĐ 766 indicator 5.3 "Hài lòng trong xử lý PAKN": (PAKN − those whose answer the author did not like,
 * handled late, or raised again) / PAKN, over the complaints and suggestions received in the period;
 * score = rate × max. Rate and score are null without complaints.
 */
const ComplaintSatisfaction = IndicatorScore.extend({
  id: z.literal('5.3'),
  complaints: z.number().int(),
  dissatisfied: z.number().int(),
  late: z.number().int(),
  raisedAgain: z.number().int(),
  /** Complaints with at least one of the three (one complaint counts once). */
  unsatisfactory: z.number().int(),
});

export const FeedbackStatistics = z.object({
  agency: z.object({ id: z.uuid(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  ratings: RatingTotals,
  complaints: ComplaintTotals,
  complaintSatisfaction: ComplaintSatisfaction,
  processingSatisfaction: ProcessingSatisfaction,
  byOfficial: z.array(
    z.object({
      officialId: z.uuid(),
      fullName: z.string(),
      ratings: RatingTotals,
      complaints: z.number().int(),
    }),
  ),
});
export type FeedbackStatistics = z.infer<typeof FeedbackStatistics>;
