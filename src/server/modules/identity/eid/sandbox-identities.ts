import type { AccountClaims } from 'oidc-provider';

/** The demo people the sandbox provider vouches for. */
export type SandboxIdentity = {
  key: string;
  sub: string;
  name: string;
  personalId: string;
  birthdate: string;
  gender: 'male' | 'female';
  /** E.164, as OpenID Connect recommends for `phone_number`. */
  phoneNumber?: string;
  note: string;
};

export const SANDBOX_IDENTITIES: SandboxIdentity[] = [
  {
    key: 'an',
    sub: 'sandbox-3f6c2a1e-an',
    name: 'Nguyễn Văn An',
    personalId: '038090012345',
    birthdate: '1990-03-15',
    gender: 'male',
    phoneNumber: '+84900000001',
    note: 'Đã có tài khoản công dân mẫu: đăng nhập sẽ liên kết với tài khoản đó.',
  },
  {
    key: 'dung',
    sub: 'sandbox-8b91d4c7-dung',
    name: 'Phạm Thị Dung',
    personalId: '038195001122',
    birthdate: '1995-06-30',
    gender: 'female',
    note: 'Chưa có tài khoản: lần đăng nhập đầu tiên sẽ tạo tài khoản mới.',
  },
];

export const findSandboxIdentity = (by: { sub?: string; key?: string }) =>
  SANDBOX_IDENTITIES.find((i) => i.sub === by.sub || i.key === by.key);

/** The claims a national eID provider would release for this person. */
export function sandboxClaims(identity: SandboxIdentity, personalIdClaim: string): AccountClaims {
  return {
    sub: identity.sub,
    name: identity.name,
    birthdate: identity.birthdate,
    gender: identity.gender,
    [personalIdClaim]: identity.personalId,
    ...(identity.phoneNumber ? { phone_number: identity.phoneNumber, phone_number_verified: true } : {}),
  };
}
