import type { Platform } from '../../platform/platform';

/** What feedback services need; tests build the same from a test platform. */
export type FeedbackDeps = Pick<Platform, 'db' | 'config' | 'calendar' | 'logger' | 'mailer'>;

/** Where a request came from, for the audit record. */
export type RequestInfo = { requestId: string; ip: string | null };
