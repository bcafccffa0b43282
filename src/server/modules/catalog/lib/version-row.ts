import type { Insertable } from 'kysely';
import type { Version, VersionInput } from '../../../../contracts/catalog';
import type { ProcedureVersionTable } from '../tables';
import { validatorUrl } from './eform-standalone';

export type VersionRow = {
  id: string;
  procedure_id: string;
  version: number;
  effective_from: string;
  effective_to: string | null;
  decision_number: string;
  decision_date: string | null;
  applicants: string[];
  implementing_agency: string | null;
  processing_time_value: number;
  processing_time_unit: ProcedureVersionTable['processing_time_unit'];
  afternoon_cutoff: string | null;
  time_note: string | null;
  channels: unknown;
  fees: unknown;
  documents: unknown;
  results: unknown;
  legal_basis: unknown;
  steps: unknown;
  conditions: string | null;
  eform_schema: unknown;
  eform_ui: unknown;
  workflow_template: string;
  updated_at: Date;
};

/** Scheduled (starts after today), in force, or ended (its end date has come). */
export function versionStatus(v: { effective_from: string; effective_to: string | null }, today: string) {
  if (v.effective_from > today) return 'scheduled' as const;
  if (v.effective_to !== null && v.effective_to <= today) return 'ended' as const;
  return 'in_force' as const;
}

/** The version as the API and the import format see it (the content was validated on write). */
export function versionInputOf(r: VersionRow): VersionInput {
  return {
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    decision: { number: r.decision_number, date: r.decision_date },
    applicants: r.applicants as VersionInput['applicants'],
    implementingAgency: r.implementing_agency,
    processingTime: { value: r.processing_time_value, unit: r.processing_time_unit },
    afternoonCutoff: r.afternoon_cutoff,
    timeNote: r.time_note,
    channels: r.channels as VersionInput['channels'],
    fees: r.fees as VersionInput['fees'],
    documents: r.documents as VersionInput['documents'],
    results: r.results as VersionInput['results'],
    legalBasis: r.legal_basis as VersionInput['legalBasis'],
    steps: r.steps as string[],
    conditions: r.conditions,
    workflowTemplate: r.workflow_template,
    eform: {
      schema: r.eform_schema as Record<string, unknown>,
      ui: r.eform_ui as VersionInput['eform']['ui'],
    },
  };
}

export function presentVersion(r: VersionRow, today: string, code: string): Version {
  return {
    version: r.version,
    status: versionStatus(r, today),
    updatedAt: new Date(r.updated_at).toISOString(),
    ...versionInputOf(r),
    eformValidator: validatorUrl(code, r.version, r.eform_schema as Record<string, unknown>),
  };
}

/** Column values of a version's content and period (not its procedure or number). */
export function versionColumns(v: VersionInput) {
  return {
    effective_from: v.effectiveFrom,
    effective_to: v.effectiveTo,
    decision_number: v.decision.number,
    decision_date: v.decision.date,
    applicants: v.applicants,
    implementing_agency: v.implementingAgency,
    processing_time_value: v.processingTime.value,
    processing_time_unit: v.processingTime.unit,
    afternoon_cutoff: v.afternoonCutoff,
    time_note: v.timeNote,
    channels: JSON.stringify(v.channels),
    fees: JSON.stringify(v.fees),
    documents: JSON.stringify(v.documents),
    results: JSON.stringify(v.results),
    legal_basis: JSON.stringify(v.legalBasis),
    steps: JSON.stringify(v.steps),
    conditions: v.conditions,
    eform_schema: JSON.stringify(v.eform.schema),
    eform_ui: JSON.stringify(v.eform.ui),
    workflow_template: v.workflowTemplate,
  } satisfies Partial<Insertable<ProcedureVersionTable>>;
}
