/** Events the catalogue publishes through the outbox (payload: `{ code, version? }`). */
export const CATALOG_EVENTS = {
  procedureChanged: 'catalog.procedure.changed',
  versionScheduled: 'catalog.version.scheduled',
  versionChanged: 'catalog.version.changed',
  imported: 'catalog.imported',
} as const;
