import type { FastifyPluginAsync } from 'fastify';
import type { ActorResolver } from '../platform/auth';
import type { Platform } from '../platform/platform';

/** What a module hands to the application: its routes, and optionally its jobs and demo data. */
export type ModuleDefinition = {
  name: string;
  plugin: FastifyPluginAsync<{ platform: Platform }>;
  /** Routes outside /api/v1 (sandboxes of external services in demo mode), registered at the root. */
  rootPlugin?: FastifyPluginAsync<{ platform: Platform }>;
  /** Subscribes outbox handlers and defines scheduled tasks on the job runner. */
  registerJobs?: (platform: Platform) => void;
  /** Creates demo data; runs once, in demo mode only, after migrations. */
  seedDemo?: (platform: Platform) => Promise<void>;
  /** Lines printed at start in demo mode, e.g. `receiver  motcua.hamrong / CuaSo@2026`. */
  demoAccounts?: string[];
  /** Loads reference data (administrative units …) at every start when it changed; all environments. */
  loadReference?: (deps: Pick<Platform, 'db' | 'logger'>) => Promise<void>;
  /** The module that knows sessions and tokens provides the actor of each request. */
  actorResolver?: (platform: Platform) => ActorResolver;
};
