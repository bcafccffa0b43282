/** Events the feedback module publishes through the outbox (payload: `{ complaintId, action }`). */
export const FEEDBACK_EVENTS = {
  complaintChanged: 'feedback.complaint.changed',
} as const;
