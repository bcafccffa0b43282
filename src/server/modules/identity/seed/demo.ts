import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../../platform/audit';
import type { Platform } from '../../../platform/platform';
import { hashPassword } from '../lib/passwords';
import { demoTotpSecret, sealTotpSecret } from '../lib/totp';
import { insertAccount, replaceRoles } from '../repo/accounts.repo';
import { findAgencyByOrgId, insertAgency } from '../repo/agencies.repo';
import { DEMO_PASSWORD, demoAgencies, demoCitizens, demoStaff } from './demo-data';

export const demoAccountLines = [
  `password for every demo account: ${DEMO_PASSWORD}`,
  'citizen     0900000001 (Nguyễn Văn An), 0900000002, 0900000003',
  'receiver    motcua.hamrong        specialist  chuyenvien.hamrong',
  'leader      lanhdao.hamrong       clerk       vanthu.hamrong',
  'agency adm  quantri.hamrong       sysadmin    admin',
  'other communes: same names with .hacthanh and .quangphu',
  'staff two-factor: demo secrets; the sign-in page shows the demo code',
];

/** Creates the Thanh Hóa demo tenant once (skipped when the province agency exists). */
export async function seedIdentityDemo(platform: Platform): Promise<void> {
  const { db, config, logger } = platform;
  if (await findAgencyByOrgId(db, demoAgencies[0]!.orgId)) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const ids = new Map<string, { id: string; path: string }>();
    for (const a of demoAgencies) {
      const id = randomUUID();
      const parent = a.parent ? ids.get(a.parent)! : null;
      const path = `${parent?.path ?? '/'}${id}/`;
      ids.set(a.key, { id, path });
      await insertAgency(trx, {
        id,
        path,
        org_id: a.orgId,
        name: a.name,
        short_name: a.shortName,
        kind: a.kind,
        parent_id: parent?.id ?? null,
        admin_unit_code: a.unit,
        address: a.address,
        phone: a.phone,
        email: null,
      });
    }
    const now = new Date();
    for (const s of demoStaff) {
      const id = randomUUID();
      await insertAccount(trx, {
        id,
        kind: 'staff',
        username: s.username,
        email: s.email,
        full_name: s.fullName,
        password_hash: passwordHash,
        status: 'active',
        activated_at: now,
        totp_secret_enc: sealTotpSecret(
          config.keyEncryptionKey,
          id,
          demoTotpSecret(config.secretKey, s.username),
        ),
        totp_enabled_at: now,
      });
      const byAgency = new Map<string, string[]>();
      for (const [agency, role] of s.grants) byAgency.set(agency, [...(byAgency.get(agency) ?? []), role]);
      for (const [agency, roles] of byAgency) await replaceRoles(trx, id, ids.get(agency)!.id, roles);
    }
    for (const c of demoCitizens)
      await insertAccount(trx, {
        kind: 'citizen',
        phone: c.phone,
        email: c.email,
        full_name: c.fullName,
        password_hash: passwordHash,
        status: 'active',
        activated_at: now,
        personal_id: c.personalId,
        date_of_birth: c.dateOfBirth,
        sex: c.sex,
        address_unit_code: c.unit,
        address_line: c.line,
      });
    await appendAudit(trx, {
      actor: { type: 'system' },
      action: 'demo.seeded',
      data: { module: 'identity' },
    });
  });
  logger.info(
    { agencies: demoAgencies.length, staff: demoStaff.length, citizens: demoCitizens.length },
    'identity demo data created',
  );
}
