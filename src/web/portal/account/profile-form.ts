import { checkPersonalId, type PersonalIdProblem } from '../../../contracts/personal-id';
import type { MeData } from '../../api/identity';

export type ProfileValues = {
  fullName: string;
  personalId: string;
  dateOfBirth: string;
  sex: 'male' | 'female' | '';
  addressUnitCode: string | null;
  addressLine: string;
};

export function valuesOf(me: MeData): ProfileValues {
  return {
    fullName: me.fullName,
    personalId: me.personalId ?? '',
    dateOfBirth: me.dateOfBirth ?? '',
    sex: me.sex ?? '',
    addressUnitCode: me.address.unitCode,
    addressLine: me.address.line ?? '',
  };
}

export function sameValues(a: ProfileValues, b: ProfileValues): boolean {
  return (Object.keys(a) as (keyof ProfileValues)[]).every((k) => a[k] === b[k]);
}

/**
 * Only what changed goes to `PATCH /me`; identity fields never when the eID verified them (the
 * server refuses to change them by hand). Empty optional fields are left as they are.
 */
export function changesOf(values: ProfileValues, saved: ProfileValues, identityLocked: boolean) {
  const changes: Record<string, string> = {};
  const put = (key: keyof ProfileValues, value: string | null) => {
    if (value !== null && value !== '' && value !== saved[key]) changes[key] = value;
  };
  if (!identityLocked) {
    put('fullName', values.fullName.trim());
    put('personalId', values.personalId.replace(/\s/g, ''));
    put('dateOfBirth', values.dateOfBirth);
    put('sex', values.sex);
  }
  put('addressUnitCode', values.addressUnitCode);
  if (values.addressLine.trim() !== saved.addressLine) changes.addressLine = values.addressLine.trim();
  return changes;
}

/**
 * The live check while typing: the number's own structure (12 digits, a province code of birth
 * registration). Whether it agrees with sex and birth year is the server's answer on saving.
 */
export function structureProblems(personalId: string): PersonalIdProblem[] {
  const id = personalId.replace(/\s/g, '');
  if (!id) return [];
  return checkPersonalId(id).filter((p) => p === 'format' || p === 'province');
}
