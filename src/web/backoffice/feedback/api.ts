import { z } from 'zod';
import {
  Complaint,
  type ComplaintAction,
  ComplaintDetail,
  type ComplaintState,
  FeedbackStatistics,
} from '../../../contracts/feedback';
import { apiGet, apiSend } from '../../api/client';
import type { Period } from '../desk/api';

// Typed calls to the feedback API for officials: the complaints inbox, replies, statistics.
const V1 = '/api/v1';
const id = (value: string) => encodeURIComponent(value);

const Inbox = z.object({
  items: z.array(Complaint),
  counts: z.object({ green: z.number(), yellow: z.number(), red: z.number(), none: z.number() }),
});
export type InboxData = z.infer<typeof Inbox>;
export type ComplaintRow = z.infer<typeof Complaint>;
export type ComplaintDetailData = z.infer<typeof ComplaintDetail>;
export type FeedbackStatisticsData = z.infer<typeof FeedbackStatistics>;

export const OPEN_STATES: ComplaintState[] = ['received', 'accepted', 'handling'];

export const getComplaintInbox = (states: ComplaintState[] | null, signal?: AbortSignal) =>
  apiGet(`${V1}/complaints${states ? `?state=${states.join(',')}` : ''}`, Inbox, signal);
export const getComplaint = (complaintId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/complaints/${id(complaintId)}`, ComplaintDetail, signal);
export const actOnComplaint = (complaintId: string, action: ComplaintAction, note?: string) =>
  apiSend(
    'POST',
    `${V1}/complaints/${id(complaintId)}/actions/${action}`,
    note ? { note } : {},
    ComplaintDetail,
  );
export const getFeedbackStatistics = (agencyId: string, period: Period, signal?: AbortSignal) =>
  apiGet(
    `${V1}/agencies/${id(agencyId)}/feedback-statistics?${new URLSearchParams(period).toString()}`,
    FeedbackStatistics,
    signal,
  );
