import {
  DEFAULT_STEP_BUDGETS,
  type StepBudgets,
  WORKFLOW_STEPS,
  type WorkflowStep,
} from '../../../../contracts/dossier-workflow';
import { SetStepBudgetsRequest, StepBudgetSchema } from '../../../../contracts/dossiers';
import { appendAudit } from '../../../platform/audit';
import { type Actor, auditActor } from '../../../platform/auth';
import { createReadCache, type Executor } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { getVersionInForce, type PinnedVersion } from '../../catalog';
import { listAgencySummaries } from '../../identity';
import type { DossierDeps } from '../deps';
import { findStepBudgets, upsertStepBudgets } from '../repo/step-budgets.repo';

/** The stored steps of a version, each checked again on read (a bad row falls back to the default). */
function storedSteps(raw: Record<string, unknown> | undefined): Partial<StepBudgets> {
  const out: Partial<StepBudgets> = {};
  for (const step of WORKFLOW_STEPS) {
    const parsed = StepBudgetSchema.safeParse(raw?.[step]);
    if (parsed.success) out[step] = parsed.data;
  }
  return out;
}

/**
 * Kept 3 s in the process (platform/db/read-cache.ts): every submission and action reads the budgets
 * of its version, and they change only by `setStepBudgets`, which forgets them here; another process
 * sees the change within 3 s, as if its request had come that much earlier.
 */
const budgetCache = createReadCache({ ttlMs: 3_000, maxEntries: 1_000 });

/** The step budgets in force for a procedure version: its internal process over the defaults (frozen). */
export function budgetsOf(db: Executor, versionId: string): Promise<StepBudgets> {
  return budgetCache.read(db, versionId.toLowerCase(), async () => {
    const row = await findStepBudgets(db, versionId);
    return { ...DEFAULT_STEP_BUDGETS, ...storedSteps(row?.budgets as Record<string, unknown> | undefined) };
  });
}

/** The version in force on a day (Asia/Ho_Chi_Minh; today when none is given); 404 when none. */
function versionOn(deps: Pick<DossierDeps, 'db'>, procedureCode: string, on: string | undefined) {
  const at = on ? new Date(`${on}T12:00:00+07:00`) : new Date();
  return getVersionInForce(deps.db, procedureCode, at);
}

function view(version: PinnedVersion, row: Awaited<ReturnType<typeof findStepBudgets>>) {
  const own = storedSteps(row?.budgets as Record<string, unknown> | undefined);
  return {
    procedureCode: version.procedureCode,
    version: version.version,
    versionId: version.id,
    budgets: { ...DEFAULT_STEP_BUDGETS, ...own },
    overridden: Object.keys(own) as WorkflowStep[],
    legalBasis: row?.legal_basis ?? null,
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
  };
}

/** Anyone may read the time of each step: the internal process is public (TT 01/2018). */
export async function getStepBudgets(
  input: { procedureCode: string; on?: string | undefined },
  deps: Pick<DossierDeps, 'db'>,
) {
  const version = await versionOn(deps, input.procedureCode, input.on);
  return view(version, await findStepBudgets(deps.db, version.id));
}

/**
 * The provincial People's Committee approves the internal processes of the procedures it publishes,
 * for every level: like the catalogue, they are edited by an agency admin of the root committee or a
 * system admin. Other administrators are out of scope (404); other staff and citizens may not (403).
 */
async function assertEditor(actor: Actor, db: Executor) {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN');
  if (actor.roles.some((r) => r.role === 'system_admin')) return;
  const admin = actor.roles.filter((r) => r.role === 'agency_admin');
  if (!admin.length) throw new AppError('FORBIDDEN');
  const roots = (await listAgencySummaries(db, { kind: 'province_committee' })).filter((a) => !a.parentId);
  if (roots.length !== 1 || !admin.some((r) => roots[0]!.path.startsWith(r.agencyPath)))
    throw new AppError('NOT_FOUND');
}

/** Sets a version's internal process with the decision that approved it, audited. */
export async function setStepBudgets(
  input: { actor: Actor; procedureCode: string; on?: string | undefined; body: unknown; requestId: string },
  deps: Pick<DossierDeps, 'db'>,
) {
  const { actor } = input;
  await assertEditor(actor, deps.db);
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN');
  const body = SetStepBudgetsRequest.parse(input.body);
  const version = await versionOn(deps, input.procedureCode, input.on);
  try {
    await deps.db.transaction().execute(async (trx) => {
      await upsertStepBudgets(trx, {
        versionId: version.id,
        budgets: body.budgets,
        legalBasis: body.legalBasis,
        updatedBy: actor.accountId,
      });
      await appendAudit(trx, {
        actor: auditActor(actor),
        action: 'dossier.step_budgets_set',
        subject: { type: 'procedure_version', id: version.id },
        agencyId: null,
        data: {
          procedureCode: version.procedureCode,
          version: version.version,
          budgets: body.budgets,
          legalBasis: body.legalBasis,
        },
        requestId: input.requestId,
      });
    });
  } finally {
    budgetCache.forget(deps.db); // committed or not: this process's next read sees the database
  }
  return view(version, await findStepBudgets(deps.db, version.id));
}
