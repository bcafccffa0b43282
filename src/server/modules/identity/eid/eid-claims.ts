import { z } from 'zod';
import type { EidLoginError } from '../../../../contracts/identity';
import { checkPersonalId } from '../../../../contracts/personal-id';

/** The person as the eID provider vouches for them, from the signature-checked ID token. */
export type EidPerson = {
  subject: string;
  fullName: string;
  personalId: string;
  dateOfBirth: string | null;
  sex: 'male' | 'female' | null;
  phone: string | null;
  email: string | null;
};

const isoDate = z.iso.date();
const email = z.email().max(200);

/** OIDC `birthdate` may be `YYYY` or `0000-MM-DD`; only a full date is kept. */
function readDate(value: unknown): string | null {
  return typeof value === 'string' && isoDate.safeParse(value).success && value >= '1900-01-01'
    ? value
    : null;
}

/** E.164 (+84…) or national form, to the national 10-digit form the accounts table keeps. */
function readPhone(value: unknown, verified: unknown): string | null {
  if (typeof value !== 'string' || verified === false) return null;
  const digits = value.replace(/[\s.-]/g, '').replace(/^\+84/, '0');
  return /^0\d{9}$/.test(digits) ? digits : null;
}

function readEmail(value: unknown, verified: unknown): string | null {
  if (typeof value !== 'string' || verified === false) return null;
  const lower = value.trim().toLowerCase();
  return email.safeParse(lower).success ? lower : null;
}

/**
 * Reads and checks the claims Cửa Số relies on: the 12-digit personal identification number
 * (consistent with the birth date and sex when those are given) and the name are required.
 */
export function readEidClaims(
  claims: Record<string, unknown>,
  personalIdClaim: string,
): { ok: true; person: EidPerson } | { ok: false; error: EidLoginError } {
  const rawId = claims[personalIdClaim];
  if (rawId === undefined || rawId === null || rawId === '') return { ok: false, error: 'no_personal_id' };
  const sex = claims.gender === 'male' || claims.gender === 'female' ? claims.gender : null;
  const dateOfBirth = readDate(claims.birthdate);
  // A number would have lost the leading zero of the province code: only a string is trusted.
  if (typeof rawId !== 'string' || checkPersonalId(rawId, { sex, dateOfBirth }).length > 0)
    return { ok: false, error: 'invalid_personal_id' };
  const fullName =
    typeof claims.name === 'string' ? claims.name.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
  if (fullName.length < 2 || fullName.length > 120 || typeof claims.sub !== 'string' || !claims.sub)
    return { ok: false, error: 'invalid_claims' };
  return {
    ok: true,
    person: {
      subject: claims.sub,
      fullName,
      personalId: rawId,
      dateOfBirth,
      sex,
      phone: readPhone(claims.phone_number, claims.phone_number_verified),
      email: readEmail(claims.email, claims.email_verified),
    },
  };
}
