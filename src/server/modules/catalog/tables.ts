import type { ColumnType, Generated } from 'kysely';
import type { z } from 'zod';
import type {
  Channel,
  EformJsonSchema,
  EformUi,
  Fee,
  LegalBasis,
  RequiredPaper,
  ResultPaper,
} from '../../../contracts/catalog';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: objects when read, JSON text when written. */
type Json<T> = ColumnType<T, string, string>;

export interface CatalogFieldTable {
  code: string;
  name: string;
  created_at: CreatedAt;
}

export interface ProcedureTable {
  id: Generated<string>;
  code: string;
  name: string;
  name_en: string | null;
  field_code: string;
  levels: string[];
  online_service_level: 'full' | 'partial' | null;
  name_folded: ColumnType<string, never, never>;
  /** Kept by a trigger: end of the last version ('infinity' when open-ended). */
  listed_until: ColumnType<string | null, never, never>;
  search_vector: ColumnType<string, never, never>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ProcedureVersionTable {
  id: Generated<string>;
  procedure_id: string;
  version: number;
  effective_from: string;
  effective_to: string | null;
  decision_number: string;
  decision_date: string | null;
  applicants: string[];
  implementing_agency: string | null;
  processing_time_value: number;
  processing_time_unit: 'working_days' | 'working_hours' | 'days';
  afternoon_cutoff: string | null;
  time_note: string | null;
  channels: Json<
    { channel: z.infer<typeof Channel>; processingTime: { value: number; unit: string } | null }[]
  >;
  fees: Json<Fee[]>;
  documents: Json<z.infer<typeof RequiredPaper>[]>;
  results: Json<z.infer<typeof ResultPaper>[]>;
  legal_basis: Json<z.infer<typeof LegalBasis>[]>;
  steps: Json<string[]>;
  conditions: string | null;
  eform_schema: Json<EformJsonSchema>;
  eform_ui: Json<EformUi>;
  workflow_template: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ProcedureAgencyTable {
  procedure_id: string;
  agency_id: string;
  created_at: CreatedAt;
}

export interface CatalogReferenceDataTable {
  name: string;
  checksum: string;
  loaded_at: Generated<Date>;
}

declare module '../../platform/db/types' {
  interface Database {
    catalog_fields: CatalogFieldTable;
    procedures: ProcedureTable;
    procedure_versions: ProcedureVersionTable;
    procedure_agencies: ProcedureAgencyTable;
    catalog_reference_data: CatalogReferenceDataTable;
  }
}
