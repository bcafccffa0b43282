import { actionInfo, type DossierAction, NATIONAL_STATUS } from '../../../../contracts/dossier-workflow';
import { Tracking } from '../../../../contracts/dossiers';
import type { findTrackingSource, TrackingRow } from '../repo/tracking.repo';
import { stateOf } from './status';

/**
 * The version of what a stored tracking document holds. Raise it whenever the document's shape or
 * wording changes (the Tracking contract, state or action names): rows of an older format are then
 * rebuilt on their next lookup instead of being served.
 */
export const TRACKING_FORMAT = 1;

type Source = NonNullable<Awaited<ReturnType<typeof findTrackingSource>>>;

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/**
 * The public tracking document of a dossier: status, appointment and history, never the applicant's
 * name or papers. Checked against the contract here, once, because it is then served as stored.
 * Null when the dossier has no phone digits to look it up by (it cannot be tracked publicly).
 */
export function trackingDocument(d: Source): TrackingRow | null {
  if (!d.applicant_phone_last4) return null;
  const state = stateOf(d.state);
  const document = Tracking.parse({
    code: d.code,
    procedureCode: d.procedure_code,
    state: d.state,
    stateName: { vi: state.vi, en: state.en },
    nationalStatus: { code: state.national, ...NATIONAL_STATUS[state.national]! },
    submittedAt: iso(d.submitted_at)!,
    receivedAt: iso(d.received_at),
    appointment: iso(d.due_at),
    endedAt: iso(d.ended_at),
    returnedAt: iso(d.returned_at),
    verdict: d.verdict,
    history: d.history.map((a) => {
      const reached = stateOf(a.to_state);
      return {
        at: iso(a.at)!,
        action: a.action,
        actionName: actionInfo[a.action as DossierAction] ?? { vi: a.action, en: a.action },
        state: a.to_state,
        stateName: { vi: reached.vi, en: reached.en },
      };
    }),
  });
  return {
    code: d.code,
    phone_last4: d.applicant_phone_last4,
    format: TRACKING_FORMAT,
    body: JSON.stringify(document),
  };
}
