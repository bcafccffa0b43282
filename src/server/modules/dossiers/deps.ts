import type { Platform } from '../../platform/platform';
import type { VirusScanner } from './lib/virus-scan';

/** What dossier services need. */
export type DossierDeps = Pick<
  Platform,
  'db' | 'config' | 'blobs' | 'calendar' | 'logger' | 'jobs' | 'mailer'
> & {
  scanner: VirusScanner;
  codeFormat: string;
  /** The whole platform, for calls into modules that bind to it (signing). */
  platform: Platform;
};
