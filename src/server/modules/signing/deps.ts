import type { Platform } from '../../platform/platform';
import type { PkiRuntime } from './lib/runtime';
import type { SigningSettings } from './settings';

/** What signing services need; tests build the same from a test platform. */
export type SigningDeps = Pick<Platform, 'db' | 'config' | 'blobs' | 'logger' | 'jobs'> & {
  settings: SigningSettings;
  pki: PkiRuntime;
};

export type RequestContext = { ip: string; userAgent: string | null; requestId: string };
