import type { ColumnType, Generated } from 'kysely';
import type { ComplaintAction, ComplaintState, ContactPoint, RatingLevel } from '../../../contracts/feedback';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export type RuleLevel = { level: RatingLevel; vi: string; en: string; satisfied: boolean };

export interface FeedbackRuleTable {
  id: Generated<string>;
  effective_from: ColumnType<string, string, string>;
  legal_basis: string;
  rating_levels: Json<RuleLevel[]>;
  rating_window_days: number;
  rating_comment_max: number;
  decide_working_days: number;
  answer_working_days: number;
  note: string | null;
}

export interface FeedbackRatingTable {
  id: Generated<string>;
  dossier_id: string;
  agency_id: string;
  agency_path: string;
  contact: ContactPoint;
  official_id: string | null;
  citizen_account_id: string;
  level: RatingLevel;
  satisfied: boolean;
  comment: string | null;
  rule_id: string;
  supersedes: string | null;
  contact_at: Timestamp;
  created_at: CreatedAt;
}

export type ComplaintKind = 'complaint' | 'suggestion';
export type ComplaintCategory = 'procedure' | 'official' | 'other';

export interface FeedbackComplaintTable {
  id: Generated<string>;
  code: string;
  agency_id: string;
  agency_path: string;
  dossier_id: string | null;
  dossier_code: string | null;
  official_id: string | null;
  citizen_account_id: string;
  kind: ComplaintKind;
  category: ComplaintCategory;
  title: string;
  content: string;
  state: ComplaintState;
  rule_id: string;
  received_at: Timestamp;
  decide_due_at: Timestamp;
  answer_due_at: Timestamp;
  decided_at: Timestamp | null;
  answered_at: Timestamp | null;
  answer: string | null;
  refusal_reason: string | null;
  closed_at: Timestamp | null;
  updated_at: Timestamp;
}

export interface FeedbackComplaintEventTable {
  complaint_id: string;
  seq: number;
  action: 'submit' | ComplaintAction;
  from_state: ComplaintState | null;
  to_state: ComplaintState;
  actor_type: 'citizen' | 'staff' | 'system';
  actor_id: string | null;
  note: string | null;
  at: Timestamp;
}

export interface FeedbackCounterTable {
  day: string;
  last_seq: number;
}

export interface FeedbackNoticeTable {
  id: Generated<string>;
  account_id: string;
  complaint_id: string;
  title: string;
  body: string;
  link: string | null;
  created_at: CreatedAt;
  source_event: number | null;
}

declare module '../../platform/db/types' {
  interface Database {
    feedback_rules: FeedbackRuleTable;
    feedback_ratings: FeedbackRatingTable;
    feedback_complaints: FeedbackComplaintTable;
    feedback_complaint_events: FeedbackComplaintEventTable;
    feedback_counters: FeedbackCounterTable;
    feedback_notices: FeedbackNoticeTable;
  }
}
