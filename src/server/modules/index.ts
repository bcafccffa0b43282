import { catalogModule } from './catalog';
import { dossiersModule } from './dossiers';
import { identityModule } from './identity';
import { siteModule } from './site';
import type { ModuleDefinition } from './types';

/** The modules of this platform, in registration order. */
export const modules: ModuleDefinition[] = [
  siteModule,
  identityModule,
  catalogModule,
  dossiersModule,
];
export type { ModuleDefinition };
