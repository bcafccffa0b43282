import type { Platform } from '../../platform/platform';

/** What catalogue services need; tests build the same from a test platform. */
export type CatalogDeps = Pick<Platform, 'db' | 'logger'> & {
  /** Largest import file (the platform's upload limit). */
  uploadLimitBytes: number;
};

export type RequestContext = { ip: string; userAgent: string | null; requestId: string };
