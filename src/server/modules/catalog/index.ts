import './tables';
import type { ModuleDefinition } from '../types';
import { catalogPlugin } from './plugin';
import { seedCatalogDemo } from './seed/demo';
import { loadCatalogReference } from './seed/reference';

/**
 * For the dossier module: the version in force when a dossier is received (pin its `id`), a pinned
 * version by id, and the e-form check with the portal's messages.
 */
export {
  getVersionById,
  getVersionInForce,
  type PinnedVersion,
  validateFormData,
} from './services/pinned-version';

export const catalogModule: ModuleDefinition = {
  name: 'catalog',
  plugin: catalogPlugin,
  loadReference: loadCatalogReference,
  seedDemo: seedCatalogDemo,
};
