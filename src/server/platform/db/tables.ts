import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OutboxTable {
  id: Generated<number>;
  topic: string;
  payload: ColumnType<unknown, string, string>;
  agency_id: string | null;
  created_at: Generated<Date>;
  dispatched_at: Timestamp | null;
}

export interface AuditChainHeadTable {
  chain: string;
  seq: number;
  hash: string;
  /** The last record's prev_hash (null until the first append after migration 0002). */
  prev_hash: string | null;
}

export interface AuditLogTable {
  chain: string;
  seq: number;
  prev_hash: string;
  hash: string;
  occurred_at: Timestamp;
  actor_type: 'anonymous' | 'citizen' | 'staff' | 'system' | 'api_token';
  actor_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  agency_id: string | null;
  data: ColumnType<unknown, string, string>;
  request_id: string | null;
  ip: string | null;
}

export interface BlobTable {
  sha256: string;
  size: number;
  media_type: string;
  created_at: Generated<Date>;
}

export interface SchemaMigrationTable {
  name: string;
  checksum: string;
  applied_at: Generated<Date>;
}

declare module './types' {
  interface Database {
    outbox: OutboxTable;
    audit_chain_heads: AuditChainHeadTable;
    audit_log: AuditLogTable;
    blobs: BlobTable;
    schema_migrations: SchemaMigrationTable;
  }
}
