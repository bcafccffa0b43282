import { z } from 'zod';

export const StaffRoleSchema = z.enum([
  'receiver',
  'specialist',
  'leader',
  'clerk',
  'market_moderator',
  'ioc_viewer',
  'agency_admin',
  'system_admin',
]);

export const staffRoleLabels: Record<z.infer<typeof StaffRoleSchema>, { vi: string; en: string }> = {
  receiver: { vi: 'Cán bộ một cửa', en: 'Receiver (one-stop desk)' },
  specialist: { vi: 'Chuyên viên', en: 'Specialist' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  clerk: { vi: 'Văn thư', en: 'Clerk' },
  market_moderator: { vi: 'Kiểm duyệt sàn giao dịch', en: 'Market moderator' },
  ioc_viewer: { vi: 'Xem trung tâm điều hành', en: 'Operations-centre viewer' },
  agency_admin: { vi: 'Quản trị cơ quan', en: 'Agency administrator' },
  system_admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
};

const phone = z
  .string()
  .regex(/^(0|\+84)\d{9}$/, 'Số điện thoại gồm 10 chữ số, bắt đầu bằng 0 / 10 digits starting with 0');
export const IsoDate = z.iso.date();

export const LoginRequest = z.object({
  login: z.string().trim().min(3).max(200),
  password: z.string().min(1).max(200),
});

export const MfaState = z.enum(['none', 'verify', 'enrol', 'done']);

export const LoginResponse = z.object({
  id: z.uuid(),
  kind: z.enum(['citizen', 'staff']),
  csrfToken: z.string(),
  /** What the person must do next: 'verify' a TOTP code, 'enrol' TOTP (staff), or nothing. */
  mfa: MfaState,
});

export const RegisterRequest = z
  .object({
    phone: phone.optional(),
    email: z.email().max(200).optional(),
    password: z.string().min(1).max(200),
    fullName: z.string().trim().min(2).max(120),
  })
  .refine((v) => v.phone || v.email, {
    message: 'Cần số điện thoại hoặc e-mail / phone or e-mail required',
    path: ['phone'],
  });

export const RegisterResponse = z.object({
  id: z.uuid(),
  channel: z.enum(['email', 'sms']),
  expiresInMinutes: z.number().int(),
});

export const ConfirmRequest = z.object({
  login: z.string().trim().min(3).max(200),
  code: z.string().regex(/^\d{6}$/),
});

export const ForgotPasswordRequest = z.object({ login: z.string().trim().min(3).max(200) });
export const ResetPasswordRequest = z.object({
  token: z.string().min(20).max(200),
  password: z.string().min(1).max(200),
});

export const AddressSchema = z.object({
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  provinceName: z.string().nullable(),
  line: z.string().nullable(),
});

export const RoleGrantSchema = z.object({
  agencyId: z.uuid(),
  agencyName: z.string(),
  orgId: z.string(),
  role: StaffRoleSchema,
});

export const OrganisationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['business', 'household_business']),
  name: z.string(),
  taxCode: z.string(),
  role: z.enum(['legal_representative', 'authorised']),
});

/**
 * `POST /me/organisations`: the same rules as the route's inline schema, here so the web form can
 * validate with them (the route may import this one).
 */
export const CreateOrganisationRequest = z.object({
  kind: OrganisationSchema.shape.kind,
  name: z.string().trim().min(2).max(300),
  taxCode: z.string().regex(/^\d{10}(-\d{3})?$/, 'Mã số thuế 10 hoặc 13 chữ số / 10- or 13-digit tax code'),
  addressUnitCode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  addressLine: z.string().trim().max(300).optional(),
});

export const Me = z.object({
  id: z.uuid(),
  kind: z.enum(['citizen', 'staff']),
  fullName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  username: z.string().nullable(),
  personalId: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  sex: z.enum(['male', 'female']).nullable(),
  address: AddressSchema,
  identityVerifiedBy: z.enum(['eid', 'desk']).nullable(),
  roles: z.array(RoleGrantSchema),
  organisations: z.array(OrganisationSchema),
  actingOrganisationId: z.uuid().nullable(),
  mfa: MfaState,
  csrfToken: z.string(),
});

export const UpdateProfileRequest = z.object({
  fullName: z.string().trim().min(2).max(120).optional(),
  personalId: z.string().trim().max(20).optional(),
  dateOfBirth: IsoDate.optional(),
  sex: z.enum(['male', 'female']).optional(),
  addressUnitCode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  addressLine: z.string().trim().max(300).optional(),
});

export const AdminUnit = z.object({
  code: z.string(),
  level: z.enum(['province', 'commune']),
  name: z.string(),
  shortName: z.string(),
  type: z.string(),
  provinceCode: z.string(),
});

export const AdminUnitLookup = z.object({
  /** The unit in force with this code, if any. */
  unit: AdminUnit.nullable(),
  /** When the code (or name) is a pre-2025 unit: the units in force it became part of. */
  mergedInto: z.array(
    z.object({
      oldCode: z.string(),
      oldName: z.string(),
      oldDistrict: z.string().nullable(),
      oldProvince: z.string(),
      mergeType: z.string(),
      unit: z.object({ code: z.string(), name: z.string() }),
    }),
  ),
});

export const Agency = z.object({
  id: z.uuid(),
  orgId: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(['province_committee', 'commune_committee', 'one_stop_desk', 'department', 'office']),
  parentId: z.uuid().nullable(),
  adminUnit: z.object({ code: z.string(), name: z.string() }),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  hasSeal: z.boolean(),
});

export const OrgIdSchema = z
  .string()
  .regex(
    /^\d{3}\.\d{2}\.\d{2}\.[A-Y]\d{2}$/,
    'Mã định danh dạng 000.00.00.H56 / organisation id like 000.00.00.H56',
  );

export const CreateAgencyRequest = z.object({
  orgId: OrgIdSchema,
  name: z.string().trim().min(2).max(300),
  shortName: z.string().trim().max(100).optional(),
  kind: Agency.shape.kind,
  parentId: z.uuid(),
  adminUnitCode: z.string().regex(/^\d{2}$|^\d{5}$/),
  address: z.string().trim().max(300).optional(),
  phone: z.string().trim().max(40).optional(),
  email: z.email().max(200).optional(),
});

export const UpdateAgencyRequest = CreateAgencyRequest.pick({
  name: true,
  shortName: true,
  address: true,
  phone: true,
  email: true,
}).partial();

export const StaffMember = z.object({
  id: z.uuid(),
  username: z.string().nullable(),
  fullName: z.string(),
  email: z.string().nullable(),
  status: z.string(),
  mfaEnrolled: z.boolean(),
  roles: z.array(StaffRoleSchema),
});

export const CreateStaffRequest = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,64}$/),
  fullName: z.string().trim().min(2).max(120),
  email: z.email().max(200).optional(),
  password: z.string().min(1).max(200),
  roles: z.array(StaffRoleSchema).min(1),
});

export const SetRolesRequest = z.object({ roles: z.array(StaffRoleSchema) });

export const ApiTokenScope = z.enum([
  'dossiers:read',
  'dossiers:write',
  'catalog:read',
  'documents:exchange',
  'reports:write',
]);

export const ApiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});

export const CreateApiTokenRequest = z.object({
  name: z.string().trim().min(2).max(100),
  scopes: z.array(ApiTokenScope).min(1),
  expiresInDays: z.number().int().min(1).max(730).optional(),
});

export const CreatedApiToken = ApiToken.extend({ token: z.string() });

export const AccessLogEntry = z.object({
  at: z.iso.datetime(),
  action: z.string(),
  actorType: z.string(),
  agencyName: z.string().nullable(),
  role: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

/** A path on this site to land on after an external sign-in: `/…`, never `//…` or `/\…` (another host). */
export const ReturnToPath = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s\\\p{Cc}]*$/u, 'Đường dẫn trong trang, bắt đầu bằng / / a path on this site');

export const EidStartQuery = z.object({ returnTo: ReturnToPath.default('/') });

/** The provider's authorization response (OpenID Connect Core 3.1.2.5 / 3.1.2.6). */
export const EidCallbackQuery = z.object({
  state: z.string().min(1).max(200),
  code: z.string().max(2000).optional(),
  iss: z.string().max(500).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
});

/** Why an eID sign-in failed: the sign-in page reads `?eid_error=` and shows the message. */
export const EidLoginError = z.enum([
  'access_denied',
  'provider_error',
  'unavailable',
  'no_personal_id',
  'invalid_personal_id',
  'invalid_claims',
]);
export type EidLoginError = z.infer<typeof EidLoginError>;

export const eidLoginErrorMessages: Record<EidLoginError, { vi: string; en: string }> = {
  access_denied: {
    vi: 'Bạn đã hủy đăng nhập bằng tài khoản định danh điện tử.',
    en: 'You cancelled the sign-in with the national eID.',
  },
  provider_error: {
    vi: 'Hệ thống định danh điện tử trả về lỗi. Vui lòng thử lại.',
    en: 'The national eID service returned an error. Please try again.',
  },
  unavailable: {
    vi: 'Không kết nối được hệ thống định danh điện tử. Vui lòng thử lại sau.',
    en: 'The national eID service cannot be reached. Please try again later.',
  },
  no_personal_id: {
    vi: 'Tài khoản định danh điện tử không cung cấp số định danh cá nhân.',
    en: 'The national eID did not provide a personal identification number.',
  },
  invalid_personal_id: {
    vi: 'Số định danh cá nhân nhận được không hợp lệ hoặc không khớp với ngày sinh, giới tính.',
    en: 'The personal identification number received is not valid or does not match the birth date or sex.',
  },
  invalid_claims: {
    vi: 'Thông tin định danh nhận được không đầy đủ (thiếu họ tên).',
    en: 'The identity received is incomplete (the name is missing).',
  },
};
