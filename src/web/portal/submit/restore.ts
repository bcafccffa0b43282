import type { Eform } from '../../../contracts/catalog';
import { type FormValues, initialValues } from '../../ui/eform/form-data';
import type { DraftData } from '../api/dossiers';
import { type Attachments, fromRefs, normalizeAttachments } from './papers';
import { type Profile, prefill } from './prefill';
import type { LocalDraft } from './useAutosave';

export type Start = {
  agencyId: string | null;
  data: FormValues;
  attached: Attachments;
  /** When the draft that was picked up was saved; null for a new form. */
  restoredAt: string | null;
  /** Fields filled from the account (a new form only). */
  prefilled: string[];
};

type Input = {
  eform: Eform;
  server: DraftData | null;
  local: LocalDraft | null;
  offering: readonly { id: string; name: string }[];
  /** The offering agency of the person's own commune, when there is one. */
  homeAgencyId: string | null;
  profile: Profile | null;
  store: readonly { id: string; title: string; size: number }[];
  unnamed: string;
};

/**
 * Where the wizard starts: the newer of the server's draft and this tab's copy (the tab's copy also
 * knows the names of the uploaded files), else a new form filled from the account.
 */
export function startingPoint(input: Input): Start {
  const { server, local, offering } = input;
  const known = (id: string | null) => (id && offering.some((a) => a.id === id) ? id : null);
  const localIsNewer = local && (!server || Date.parse(local.savedAt) >= Date.parse(server.updatedAt));
  if (local && localIsNewer)
    return {
      agencyId: known(local.agencyId) ?? known(input.homeAgencyId),
      data: local.data,
      attached: normalizeAttachments(local.attached),
      restoredAt: local.savedAt,
      prefilled: [],
    };
  if (server)
    return {
      agencyId: known(server.agencyId) ?? known(input.homeAgencyId),
      data: server.formData,
      attached: fromRefs(
        server.attachments,
        normalizeAttachments(local?.attached),
        input.store,
        input.unnamed,
      ),
      restoredAt: server.updatedAt,
      prefilled: [],
    };
  const agencyId = known(input.homeAgencyId);
  const agencyName = offering.find((a) => a.id === agencyId)?.name ?? null;
  const { data, filled } = prefill(input.eform, initialValues(input.eform), input.profile, agencyName);
  return { agencyId, data, attached: {}, restoredAt: null, prefilled: filled };
}

/** The offering agency in the person's commune (a People's Committee first, then any other body there). */
export function homeAgency(
  offering: readonly { id: string }[],
  directory: readonly { id: string; kind: string; adminUnit: { code: string } }[],
  unitCode: string | null,
): string | null {
  if (!unitCode) return null;
  const local = directory.filter((a) => a.adminUnit.code === unitCode && offering.some((o) => o.id === a.id));
  return (local.find((a) => a.kind === 'commune_committee') ?? local[0])?.id ?? null;
}
