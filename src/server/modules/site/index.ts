import type { ModuleDefinition } from '../types';
import { sitePlugin } from './plugin';

export const siteModule: ModuleDefinition = { name: 'site', plugin: sitePlugin };
