import type { z } from 'zod';
import type { Agency, ApiToken } from '../../../../contracts/identity';
import type { findAgency } from '../repo/agencies.repo';
import type { listApiTokens } from '../repo/tokens.repo';

type AgencyRow = NonNullable<Awaited<ReturnType<typeof findAgency>>>;
export const presentAgency = (a: AgencyRow): z.infer<typeof Agency> => ({
  id: a.id,
  orgId: a.org_id,
  name: a.name,
  shortName: a.short_name,
  kind: a.kind,
  parentId: a.parent_id,
  adminUnit: { code: a.admin_unit_code, name: a.admin_unit_name },
  address: a.address,
  phone: a.phone,
  email: a.email,
  hasSeal: a.seal_blob != null,
});

const iso = (d: Date | string | null) => (d == null ? null : new Date(d).toISOString());
type TokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];
export const presentApiToken = (t: TokenRow): z.infer<typeof ApiToken> => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  scopes: t.scopes,
  createdAt: new Date(t.created_at).toISOString(),
  expiresAt: iso(t.expires_at),
  lastUsedAt: iso(t.last_used_at),
  revokedAt: iso(t.revoked_at),
});
