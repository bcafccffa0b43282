import './tables';
import type { ModuleDefinition } from '../types';
import { FEEDBACK_EVENTS } from './events';
import { feedbackDeps, feedbackPlugin } from './plugin';
import { seedFeedbackDemo } from './seed/demo';
import { notifyComplaint } from './services/notify-complaint';
import { notifyOfficials } from './services/notify-officials';

export const feedbackModule: ModuleDefinition = {
  name: 'feedback',
  plugin: feedbackPlugin,
  seedDemo: seedFeedbackDemo,
  registerJobs(platform) {
    const deps = feedbackDeps(platform);
    platform.jobs.subscribe(FEEDBACK_EVENTS.complaintChanged, 'notify', (job) => notifyComplaint(job, deps));
    platform.jobs.subscribe(FEEDBACK_EVENTS.complaintChanged, 'notify-officials', (job) =>
      notifyOfficials(job, deps),
    );
  },
};
