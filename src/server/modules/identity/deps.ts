import type { Platform } from '../../platform/platform';
import type { SessionCache } from './lib/session-cache';
import type { SmsSender } from './lib/sms';

/** What identity services need; tests build the same from a test platform. */
export type IdentityDeps = Pick<Platform, 'db' | 'config' | 'mailer' | 'logger' | 'jobs'> & {
  sms: SmsSender;
  sessionCache: SessionCache<CachedSession>;
};

/** What a request needs to know about its session, cached for a few seconds. */
export type CachedSession = {
  accountId: string;
  kind: 'citizen' | 'staff';
  csrfToken: string;
  lastSeenAt: number;
  expiresAt: number;
  mfa: boolean;
  actingOrganisationId: string | null;
  grants: { agencyId: string; agencyPath: string; role: string }[];
};

export type RequestContext = { ip: string; userAgent: string | null; requestId: string };
