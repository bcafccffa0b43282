import { z } from 'zod';
import {
  AccessLogEntry,
  AdminUnit,
  AdminUnitLookup,
  type ConfirmRequest,
  type CreateOrganisationRequest,
  type ForgotPasswordRequest,
  type LoginRequest,
  LoginResponse,
  Me,
  OrganisationSchema,
  type RegisterRequest,
  RegisterResponse,
  type ResetPasswordRequest,
  type UpdateProfileRequest,
} from '../../contracts/identity';
import { apiGet, apiSend } from './client';

// Typed calls to the identity API (`/api/v1`), one function per endpoint the web uses.
const V1 = '/api/v1';

export type MeData = z.infer<typeof Me>;
export type LoginResult = z.infer<typeof LoginResponse>;
export type AdminUnitData = z.infer<typeof AdminUnit>;
export type FormerUnit = z.infer<typeof AdminUnitLookup>['mergedInto'][number];
export type Organisation = z.infer<typeof OrganisationSchema>;
export type AccessLogItem = z.infer<typeof AccessLogEntry>;

export const getMe = (signal?: AbortSignal) => apiGet(`${V1}/me`, Me, signal);
export const updateMe = (changes: z.input<typeof UpdateProfileRequest>) =>
  apiSend('PATCH', `${V1}/me`, changes, Me);

export const logIn = (body: z.input<typeof LoginRequest>) =>
  apiSend('POST', `${V1}/auth/login`, body, LoginResponse);
const Ended = z.object({ ended: z.number().int() });
export const logOut = (everywhere = false) =>
  apiSend('POST', `${V1}/auth/${everywhere ? 'logout-all' : 'logout'}`, undefined, Ended);

export const register = (body: z.input<typeof RegisterRequest>) =>
  apiSend('POST', `${V1}/auth/register`, body, RegisterResponse);
export const confirmRegistration = (body: z.input<typeof ConfirmRequest>) =>
  apiSend('POST', `${V1}/auth/register/confirm`, body, LoginResponse);

export const requestPasswordReset = (body: z.input<typeof ForgotPasswordRequest>) =>
  apiSend('POST', `${V1}/auth/password/forgot`, body, z.object({ accepted: z.literal(true) }));
export const resetPassword = (body: z.input<typeof ResetPasswordRequest>) =>
  apiSend('POST', `${V1}/auth/password/reset`, body, z.object({ reset: z.literal(true) }));

export const startMfaEnrolment = () =>
  apiSend(
    'POST',
    `${V1}/auth/mfa/enrol`,
    undefined,
    z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() }),
  );
export const confirmMfaEnrolment = (code: string) =>
  apiSend('POST', `${V1}/auth/mfa/enrol/confirm`, { code }, z.object({ recoveryCodes: z.array(z.string()) }));
export const verifyMfa = (body: { code: string } | { recoveryCode: string }) =>
  apiSend('POST', `${V1}/auth/mfa/verify`, body, z.object({ recoveryCodesLeft: z.number().int() }));
/** Demo deployments only: the current TOTP code of a demo staff account. */
export const demoTotp = (username: string) =>
  apiGet(`${V1}/demo/totp/${encodeURIComponent(username)}`, z.object({ code: z.string() }));

const UnitList = z.object({
  items: z.array(AdminUnit),
  total: z.number().int(),
  formerUnits: AdminUnitLookup.shape.mergedInto,
});
export function searchAdminUnits(
  query: { q?: string; province?: string; level?: 'province' | 'commune'; limit?: number },
  signal?: AbortSignal,
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  return apiGet(`${V1}/admin-units?${params}`, UnitList, signal);
}
export const lookUpAdminUnit = (code: string, signal?: AbortSignal) =>
  apiGet(`${V1}/admin-units/${encodeURIComponent(code)}`, AdminUnitLookup, signal);

const Organisations = z.object({ items: z.array(OrganisationSchema) });
export const listMyOrganisations = (signal?: AbortSignal) =>
  apiGet(`${V1}/me/organisations`, Organisations, signal);
export const addMyOrganisation = (body: z.input<typeof CreateOrganisationRequest>) =>
  apiSend('POST', `${V1}/me/organisations`, body, Organisations);
export const actAs = (organisationId: string | null) =>
  apiSend(
    'POST',
    `${V1}/me/acting-as`,
    { organisationId },
    z.object({ actingOrganisationId: z.string().nullable() }),
  );

export const listMyAccessLog = (signal?: AbortSignal) =>
  apiGet(`${V1}/me/access-log`, z.object({ items: z.array(AccessLogEntry) }), signal);
