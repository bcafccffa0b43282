import { z } from 'zod';
import {
  Agency,
  ApiToken,
  type CreateAgencyRequest,
  type CreateApiTokenRequest,
  CreatedApiToken,
  type CreateStaffRequest,
  SetRolesRequest,
  StaffMember,
  type StaffRoleSchema,
  type UpdateAgencyRequest,
} from '../../contracts/identity';
import { apiGet, apiSend } from './client';

// Agency administration calls (back office, `/can-bo/quan-tri`).
const V1 = '/api/v1';

export type AgencyData = z.infer<typeof Agency>;
export type StaffData = z.infer<typeof StaffMember>;
export type StaffRole = z.infer<typeof StaffRoleSchema>;
export type ApiTokenData = z.infer<typeof ApiToken>;
export type CreatedToken = z.infer<typeof CreatedApiToken>;

const id = (value: string) => encodeURIComponent(value);

export const listAgencies = (signal?: AbortSignal) =>
  apiGet(`${V1}/agencies`, z.object({ items: z.array(Agency) }), signal);
export const getAgency = (agencyId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/agencies/${id(agencyId)}`, Agency, signal);
export const updateAgency = (agencyId: string, changes: z.input<typeof UpdateAgencyRequest>) =>
  apiSend('PATCH', `${V1}/agencies/${id(agencyId)}`, changes, Agency);
export const createAgency = (body: z.input<typeof CreateAgencyRequest>) =>
  apiSend('POST', `${V1}/agencies`, body, Agency);

export const listStaff = (agencyId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/agencies/${id(agencyId)}/staff`, z.object({ items: z.array(StaffMember) }), signal);
export const createStaff = (agencyId: string, body: z.input<typeof CreateStaffRequest>) =>
  apiSend('POST', `${V1}/agencies/${id(agencyId)}/staff`, body, StaffMember);
export const setStaffRoles = (agencyId: string, accountId: string, roles: StaffRole[]) =>
  apiSend(
    'PUT',
    `${V1}/agencies/${id(agencyId)}/staff/${id(accountId)}/roles`,
    { roles },
    z.object({ accountId: z.string(), roles: SetRolesRequest.shape.roles }),
  );

export const listApiTokens = (agencyId: string, signal?: AbortSignal) =>
  apiGet(`${V1}/agencies/${id(agencyId)}/api-tokens`, z.object({ items: z.array(ApiToken) }), signal);
export const createApiToken = (agencyId: string, body: z.input<typeof CreateApiTokenRequest>) =>
  apiSend('POST', `${V1}/agencies/${id(agencyId)}/api-tokens`, body, CreatedApiToken);
export const revokeApiToken = (tokenId: string) =>
  apiSend('DELETE', `${V1}/api-tokens/${id(tokenId)}`, undefined, z.unknown());
