import type { ColumnType, Generated } from 'kysely';
import type { StaffRole } from '../../platform/auth';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface AdminUnitTable {
  code: string;
  level: 'province' | 'commune';
  name: string;
  short_name: string;
  type: string;
  province_code: string;
  name_variant: string | null;
  area_km2: ColumnType<string | null, number | null, number | null>;
  population: number | null;
}

export interface AdminUnitCrosswalkTable {
  old_code: string;
  old_name: string;
  old_district: string | null;
  old_province: string;
  old_province_code: string;
  new_code: string;
  merge_type: 'full' | 'partial' | 'unchanged' | 'type_changed' | 'renamed';
  note_vi: string | null;
}

export interface ReferenceDataTable {
  name: string;
  checksum: string;
  loaded_at: Generated<Date>;
}

export type AgencyKind =
  | 'province_committee'
  | 'commune_committee'
  | 'one_stop_desk'
  | 'department'
  | 'office';

export interface AgencyTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  short_name: string | null;
  kind: AgencyKind;
  parent_id: string | null;
  path: string;
  admin_unit_code: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  seal_blob: string | null;
  created_at: CreatedAt;
}

export interface AccountTable {
  id: Generated<string>;
  kind: 'citizen' | 'staff';
  phone: string | null;
  email: string | null;
  username: string | null;
  password_hash: string | null;
  full_name: string;
  status: Generated<'pending' | 'active' | 'disabled'>;
  personal_id: string | null;
  date_of_birth: string | null;
  sex: 'male' | 'female' | null;
  address_unit_code: string | null;
  address_line: string | null;
  identity_verified_by: 'eid' | 'desk' | null;
  totp_secret_enc: string | null;
  totp_enabled_at: Timestamp | null;
  totp_pending_enc: string | null;
  totp_last_step: number | null;
  created_at: CreatedAt;
  activated_at: Timestamp | null;
  last_login_at: Timestamp | null;
}

export interface OrganisationTable {
  id: Generated<string>;
  kind: 'business' | 'household_business';
  name: string;
  tax_code: string;
  address_unit_code: string | null;
  address_line: string | null;
  created_at: CreatedAt;
}

export interface OrganisationRepresentativeTable {
  organisation_id: string;
  account_id: string;
  role: 'legal_representative' | 'authorised';
  created_at: CreatedAt;
}

export interface StaffRoleTable {
  account_id: string;
  agency_id: string;
  role: StaffRole;
  granted_at: CreatedAt;
}

export interface SessionTable {
  id_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  mfa_verified_at: Timestamp | null;
  acting_organisation_id: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: Generated<string>;
  agency_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  scopes: string[];
  created_by: string;
  created_at: CreatedAt;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface OneTimeCodeTable {
  id: Generated<string>;
  account_id: string;
  purpose: 'activate' | 'password_reset';
  code_hash: string;
  expires_at: Timestamp;
  attempts: Generated<number>;
  consumed_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface MfaRecoveryCodeTable {
  account_id: string;
  code_hash: string;
  used_at: Timestamp | null;
}

export interface EidLinkTable {
  issuer: string;
  subject: string;
  account_id: string;
  linked_at: CreatedAt;
}

export interface OidcFlowTable {
  state: string;
  code_verifier: string;
  nonce: string;
  return_to: string;
  created_at: CreatedAt;
}

declare module '../../platform/db/types' {
  interface Database {
    admin_units: AdminUnitTable;
    admin_unit_crosswalk: AdminUnitCrosswalkTable;
    reference_data: ReferenceDataTable;
    agencies: AgencyTable;
    accounts: AccountTable;
    organisations: OrganisationTable;
    organisation_representatives: OrganisationRepresentativeTable;
    staff_roles: StaffRoleTable;
    sessions: SessionTable;
    api_tokens: ApiTokenTable;
    one_time_codes: OneTimeCodeTable;
    login_throttle: LoginThrottleTable;
    mfa_recovery_codes: MfaRecoveryCodeTable;
    eid_links: EidLinkTable;
    oidc_flows: OidcFlowTable;
  }
}
