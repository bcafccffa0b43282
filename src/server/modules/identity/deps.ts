import type { Platform } from '../../platform/platform';
import type { SmsSender } from './lib/sms';

/** What identity services need; tests build the same from a test platform. */
export type IdentityDeps = Pick<Platform, 'db' | 'config' | 'mailer' | 'logger' | 'jobs'> & {
  sms: SmsSender;
};

export type RequestContext = { ip: string; userAgent: string | null; requestId: string };
