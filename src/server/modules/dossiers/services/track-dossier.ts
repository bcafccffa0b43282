import { actionInfo, type DossierAction, NATIONAL_STATUS } from '../../../../contracts/dossier-workflow';
import { AppError } from '../../../platform/errors';
import type { DossierDeps } from '../deps';
import { stateOf } from '../lib/status';
import { findTracking } from '../repo/dossiers.repo';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/**
 * Public tracking by dossier code plus the last four digits of the applicant's phone. It shows the
 * status, the appointment and the history, never the applicant's name or papers. A wrong pair is
 * indistinguishable from an unknown code.
 */
export async function trackDossier(
  input: { code: string; phoneLast4: string },
  deps: Pick<DossierDeps, 'db'>,
) {
  // One query: it is public and called often (the bare baseline of the benchmark sends one too).
  const d = await findTracking(deps.db, input.code, input.phoneLast4);
  if (!d) throw new AppError('NOT_FOUND');
  const state = stateOf(d.state);
  return {
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
    history: d.history.map((a) => ({
      at: iso(a.at)!,
      action: a.action,
      actionName: actionInfo[a.action as DossierAction] ?? { vi: a.action, en: a.action },
      state: a.to_state,
      stateName: { vi: stateOf(a.to_state).vi, en: stateOf(a.to_state).en },
    })),
  };
}
