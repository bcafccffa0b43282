import './tables';
import type { ModuleDefinition } from '../types';
import { NOTICE_TOPIC } from './lib/notify';
import { pickupDeps, pickupPlugin } from './plugin';
import { seedPickupDemo } from './seed/demo';
import { deliverNotice } from './services/deliver-notice';
import { REMINDER_CRON, REMINDER_QUEUE, sendReminders } from './services/send-reminders';

export const pickupModule: ModuleDefinition = {
  name: 'pickup',
  plugin: pickupPlugin,
  seedDemo: seedPickupDemo,
  registerJobs(platform) {
    const deps = pickupDeps(platform);
    platform.jobs.subscribe(NOTICE_TOPIC, 'deliver', (job) => deliverNotice(job, deps));
    platform.jobs.define(
      REMINDER_QUEUE,
      async () => {
        await sendReminders(deps);
      },
      REMINDER_CRON,
    );
  },
};
