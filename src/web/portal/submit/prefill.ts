import type { Eform } from '../../../contracts/catalog';
import { formFields } from '../../../contracts/eform-paths';
import { type FormValues, getAt, isBlank, setAt } from '../../ui/eform/form-data';

/** What the portal already knows about the person (their account), to spare them typing it again. */
export type Profile = {
  fullName: string;
  personalId: string | null;
  phone: string | null;
  email: string | null;
  dateOfBirth: string | null;
  sex: 'male' | 'female' | null;
  /** Street line and commune, as one line ("Số 12, ngõ 5…, Phường Hàm Rồng, Tỉnh Thanh Hóa"). */
  residence: string | null;
};

// The objects of a form that describe the person submitting it, by the names forms use.
const SELF = ['declarant', 'applicant', 'owner', 'requester'];
const FROM_PROFILE: Record<string, keyof Profile> = {
  fullName: 'fullName',
  personalId: 'personalId',
  phone: 'phone',
  email: 'email',
  dateOfBirth: 'dateOfBirth',
  sex: 'sex',
  residence: 'residence',
  address: 'residence',
};

/**
 * Fills the applicant's own fields from the account where the form leaves them blank (never over
 * what the person typed), and "Kính gửi" with the receiving agency. Returns the paths it filled.
 */
export function prefill(
  eform: Eform,
  data: FormValues,
  profile: Profile | null,
  agencyName: string | null,
): { data: FormValues; filled: string[] } {
  let out = data;
  const filled: string[] = [];
  const paths = new Set(formFields(eform.schema).map((f) => f.path));
  const put = (path: string, value: unknown) => {
    if (!paths.has(path) || isBlank(value) || !isBlank(getAt(out, path))) return;
    out = setAt(out, path, value);
    filled.push(path);
  };
  if (profile)
    for (const object of SELF)
      for (const [field, source] of Object.entries(FROM_PROFILE)) put(`${object}.${field}`, profile[source]);
  if (agencyName) put('submittedTo', agencyName);
  return { data: out, filled };
}

/** "Kính gửi" follows the agency chosen, unless the person wrote something else there. */
export function followAgency(data: FormValues, previous: string | null, next: string): FormValues {
  const current = getAt(data, 'submittedTo');
  if (!isBlank(current) && current !== previous) return data;
  return setAt(data, 'submittedTo', next);
}
