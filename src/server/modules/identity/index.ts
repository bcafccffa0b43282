import './tables';
import type { ModuleDefinition } from '../types';
import { createActorResolver } from './lib/resolver';
import { identityDeps, identityPlugin, identityRootPlugin } from './plugin';
import { demoAccountLines, seedIdentityDemo } from './seed/demo';
import { loadAdminUnits } from './seed/reference';
import { deliverResetLink, RESET_TOPIC } from './services/reset-password';
import { CODE_TOPIC, deliverCode } from './services/send-code';

export {
  type AdminUnitSummary,
  type AgencySummary,
  actorForAccount,
  findAdminUnitSummary,
  findAgencyById,
  findAgencyWithOrgId,
  findPersonById,
  listAgencySummaries,
  listStaffWithRoles,
  type PersonDetailsRow,
  type PersonSummary,
  personDetailsSql,
} from './public-api';

export const identityModule: ModuleDefinition = {
  name: 'identity',
  plugin: identityPlugin,
  rootPlugin: identityRootPlugin,
  loadReference: loadAdminUnits,
  actorResolver: (platform) => createActorResolver(identityDeps(platform)),
  registerJobs(platform) {
    const deps = identityDeps(platform);
    platform.jobs.subscribe(CODE_TOPIC, 'deliver', (job) => deliverCode(job.payload, deps));
    platform.jobs.subscribe(RESET_TOPIC, 'deliver', (job) => deliverResetLink(job.payload, deps));
  },
  seedDemo: seedIdentityDemo,
  demoAccounts: demoAccountLines,
};
