import './tables';
import { PAYMENT_SETTLED_TOPIC } from '../../../contracts/payments';
import { DOCUMENT_SIGNED_TOPIC } from '../signing';
import type { ModuleDefinition } from '../types';
import { STATUS_TOPIC } from './lib/status';
import { dossierDeps, dossiersPlugin } from './plugin';
import { seedDossiersDemo } from './seed/demo';
import { fileCertifiedCopy } from './services/file-certified-copy';
import { notifyDeadline } from './services/notify-deadline';
import { notifyStatusChange } from './services/notify-status-change';
import {
  REMINDER_CRON,
  REMINDER_QUEUE,
  REMINDER_TOPIC,
  runScheduledReminders,
} from './services/remind-deadlines';
import { settleFee } from './services/settle-fee';

export {
  addNotice,
  countDossiersForSatisfaction,
  type DossierContact,
  type DossierSummary,
  findDossierFormData,
  findDossierSummaries,
  findDossierSummary,
  findDossierSummaryByCode,
  listDossierContacts,
} from './public-api';

export const dossiersModule: ModuleDefinition = {
  name: 'dossiers',
  plugin: dossiersPlugin,
  seedDemo: seedDossiersDemo,
  registerJobs(platform) {
    const deps = dossierDeps(platform);
    platform.jobs.subscribe(STATUS_TOPIC, 'notify', (job) => notifyStatusChange(job, deps));
    platform.jobs.subscribe(REMINDER_TOPIC, 'notify', (job) => notifyDeadline(job, deps));
    // DOSSIER_REMINDER_HOURS (platform config, validated at start): how far ahead deadlines are reminded.
    const horizonHours = platform.config.dossierReminderHours;
    platform.jobs.define(
      REMINDER_QUEUE,
      async () => void (await runScheduledReminders(horizonHours, deps)),
      REMINDER_CRON,
    );
    platform.jobs.subscribe(PAYMENT_SETTLED_TOPIC, 'settle-fee', (job) => settleFee(job, deps));
    platform.jobs.subscribe(DOCUMENT_SIGNED_TOPIC, 'file-certified-copy', (job) =>
      fileCertifiedCopy(job, deps),
    );
  },
};
