import type { Platform } from '../../../platform/platform';
import { actorForAccount, findAgencyWithOrgId, findPersonById } from '../../identity';
import { signingDeps } from '../plugin';
import { findActiveCertificate } from '../repo/certificates.repo';
import { issueForHolder } from '../services/issue-demo-certificate';

/** The demo communes (identity's demo tenant) get a seal certificate and seal image from the built-in CA. */
const DEMO_SEAL_AGENCIES = ['000.31.21.H56', '000.32.21.H56', '000.33.21.H56'];
/** The demo leaders get their own certificates too, so the demo journey ends with a signed result. */
const DEMO_LEADERS: [username: string, orgId: string][] = [
  ['lanhdao.hamrong', '000.31.21.H56'],
  ['lanhdao.hacthanh', '000.32.21.H56'],
  ['lanhdao.quangphu', '000.33.21.H56'],
];

export const demoSigningLines = [
  'signing: commune seals and the lanhdao.* leaders have demo certificates; other officials issue theirs',
  '         (Chứng thư số → Cấp chứng thư thử nghiệm), or `npx cuaso pki demo-cert`',
];

export async function seedSigningDemo(platform: Platform): Promise<void> {
  const deps = signingDeps(platform);
  if (!deps.settings.builtInCa) return;
  let issued = 0;
  for (const orgId of DEMO_SEAL_AGENCIES) {
    const agency = await findAgencyWithOrgId(deps.db, orgId);
    if (!agency || (await findActiveCertificate(deps.db, { kind: 'seal', agencyId: agency.id }))) continue;
    await issueForHolder(
      { kind: 'seal', agency, person: undefined, keySpec: 'RSA-2048', actor: { type: 'system' } },
      deps,
    );
    issued++;
  }
  for (const [username, orgId] of DEMO_LEADERS) {
    const agency = await findAgencyWithOrgId(deps.db, orgId);
    const actor = await actorForAccount(deps.db, username);
    const person =
      actor && actor.kind === 'staff' ? await findPersonById(deps.db, actor.accountId) : undefined;
    if (
      !agency ||
      !person ||
      (await findActiveCertificate(deps.db, { kind: 'official', accountId: person.id }))
    )
      continue;
    await issueForHolder(
      { kind: 'official', agency, person, keySpec: 'RSA-2048', actor: { type: 'system' } },
      deps,
    );
    issued++;
  }
  if (issued) platform.logger.info({ certificates: issued }, 'signing demo data created');
}
