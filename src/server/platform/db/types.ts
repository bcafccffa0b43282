import type { Kysely, Transaction } from 'kysely';

/**
 * The database schema as Kysely sees it. Empty here: each module and platform service adds its own
 * tables by declaration merging (`declare module '.../platform/db/types' { interface Database { … } }`)
 * in its own `tables.ts`, so the platform knows no domain table.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface Database {}

export type Db = Kysely<Database>;
/** What every repository function takes: the database or the transaction it runs in. */
export type Executor = Kysely<Database> | Transaction<Database>;
