import './tables';
import type { ModuleDefinition } from '../types';
import { STATUS_TOPIC } from './lib/status';
import { dossierDeps, dossiersPlugin } from './plugin';
import { seedDossiersDemo } from './seed/demo';
import { notifyStatusChange } from './services/notify-status-change';

export { type DossierSummary, findDossierSummary, findDossierSummaryByCode } from './public-api';

export const dossiersModule: ModuleDefinition = {
  name: 'dossiers',
  plugin: dossiersPlugin,
  seedDemo: seedDossiersDemo,
  registerJobs(platform) {
    const deps = dossierDeps(platform);
    platform.jobs.subscribe(STATUS_TOPIC, 'notify', (job) => notifyStatusChange(job, deps));
  },
};
