import type { Platform } from '../../platform/platform';

/** What pickup services need. */
export type PickupDeps = Pick<Platform, 'db' | 'config' | 'calendar' | 'logger' | 'jobs' | 'mailer' | 'bus'>;
