import { catalogModule } from './catalog';
import { dossiersModule } from './dossiers';
import { feedbackModule } from './feedback';
import { identityModule } from './identity';
import { paymentsModule } from './payments';
import { pickupModule } from './pickup';
import { signingModule } from './signing';
import { siteModule } from './site';
import type { ModuleDefinition } from './types';

/** The modules of this platform, in registration order. */
export const modules: ModuleDefinition[] = [
  siteModule,
  identityModule,
  catalogModule,
  // Signing before dossiers: demo results are signed with the demo certificates.
  signingModule,
  dossiersModule,
  pickupModule,
  paymentsModule,
  feedbackModule,
];
export type { ModuleDefinition };
