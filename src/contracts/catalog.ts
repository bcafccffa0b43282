import { z } from 'zod';

/**
 * The procedure catalogue (thủ tục hành chính): shared by the server (routes, import) and the web (portal
 * catalogue, admin editor). E-form validation lives in `eform-validate.ts` next to this file.
 */

export const IsoDate = z.iso.date();
export const LocalizedText = z.object({ vi: z.string().min(1).max(2000), en: z.string().min(1).max(2000) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const ProcedureCode = z
  .string()
  .regex(/^\d\.\d{6}$/, 'Mã thủ tục dạng 1.001193 / procedure code like 1.001193');
export const FieldCode = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'Mã lĩnh vực: chữ thường, số, gạch nối / lowercase, digits, hyphens');

export const PROCEDURE_LEVELS = ['ministry', 'province', 'commune', 'other'] as const;
export const ProcedureLevel = z.enum(PROCEDURE_LEVELS);
export const APPLICANT_KINDS = [
  'citizen',
  'overseas_vietnamese',
  'household_business',
  'business',
  'foreign_invested_business',
  'cooperative',
  'organisation',
  'official',
] as const;
export const ApplicantKind = z.enum(APPLICANT_KINDS);
/** NĐ 42/2022/NĐ-CP Điều 11: toàn trình (full) or một phần (partial); null = not offered online. */
export const OnlineServiceLevel = z.enum(['full', 'partial']);
export const Channel = z.enum(['online', 'postal', 'in_person']);
export const TimeUnit = z.enum(['working_days', 'working_hours', 'days']);
export const FeeBasis = z.enum(['dossier', 'page', 'copy', 'case', 'transaction', 'document', 'person']);
export const PaperForm = z.enum(['original', 'certified_copy', 'copy', 'electronic_copy']);

export const levelLabels: Record<z.infer<typeof ProcedureLevel>, LocalizedText> = {
  ministry: { vi: 'Cấp bộ', en: 'Ministry' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
  other: { vi: 'Cơ quan khác', en: 'Other body' },
};
export const onlineLevelLabels: Record<z.infer<typeof OnlineServiceLevel>, LocalizedText> = {
  full: { vi: 'Dịch vụ công trực tuyến toàn trình', en: 'Fully online public service' },
  partial: { vi: 'Dịch vụ công trực tuyến một phần', en: 'Partly online public service' },
};

const text = (max: number) => z.string().trim().min(1).max(max);
const money = z
  .number()
  .min(0, 'Số tiền không được âm / an amount cannot be negative')
  .max(1_000_000_000_000);

export const ProcessingTime = z.object({ value: z.number().int().min(0).max(1000), unit: TimeUnit });

export const ChannelInfo = z.object({ channel: Channel, processingTime: ProcessingTime.nullable() });

export const Fee = z.object({
  /** charge = lệ phí, fee = phí. */
  kind: z.enum(['charge', 'fee']),
  name: text(300),
  amount: money,
  currency: z.enum(['VND', 'USD']),
  basis: FeeBasis,
  /** From the n-th unit on, another amount per unit (chứng thực: from page 3, 1,000 đ). */
  tiers: z.array(z.object({ fromUnit: z.number().int().min(2).max(10_000), amount: money })).max(10),
  /** Cap per basis unit (chứng thực: at most 200,000 đ per copy). */
  maxAmount: money.nullable(),
  /** Channels this fee applies to; empty = every channel. */
  channels: z.array(Channel).max(3),
  exemptions: text(4000).nullable(),
  /** The amount is set by the provincial People's Council (HĐND tỉnh). */
  setByProvincialCouncil: z.boolean(),
  note: text(4000).nullable(),
});
export type Fee = z.infer<typeof Fee>;

export const RequiredPaper = z.object({
  name: text(4000),
  group: text(500).nullable(),
  /** submit = nộp, present = xuất trình. */
  submission: z.enum(['submit', 'present']),
  form: PaperForm,
  quantity: z.number().int().min(1).max(99),
  requirement: z.enum(['mandatory', 'conditional']),
  condition: text(1000).nullable(),
  /** The form to fill (mẫu tờ khai): a name such as "Mẫu CT01 (TT 53/2025/TT-BCA)" or an https URL. */
  templateFile: text(500).nullable(),
});

export const ResultPaper = z.object({ name: text(1000), code: text(40).nullable() });
export const LegalBasis = z.object({ number: text(100), title: text(1000).nullable() });
export const Decision = z.object({ number: text(100), date: IsoDate.nullable() });

/* ---------- e-forms ---------- */

/** Dotted path of a form field: `child.fullName`; fields of a repeating group: `members[].fullName`. */
export const FieldPath = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]*(\[\])?(\.[A-Za-z][A-Za-z0-9]*(\[\])?)*$/, 'đường dẫn trường / field path');
const scalar = z.union([z.string().max(200), z.number(), z.boolean(), z.null()]);
export const VisibleIf = z.object({ field: FieldPath, equals: scalar });
export const WIDGETS = [
  'text',
  'textarea',
  'date',
  'number',
  'select',
  'radio',
  'checkbox',
  'personal-id',
  'phone',
  'email',
  /** A commune in force (since 1/7/2025): its 5-digit code, picked province then commune. */
  'admin-unit',
] as const;

export const EformFieldUi = z.object({
  label: LocalizedText,
  help: LocalizedText.optional(),
  placeholder: LocalizedText.optional(),
  widget: z.enum(WIDGETS).optional(),
  /** Labels of the values of an enum field, in display order. */
  options: z
    .array(z.object({ value: scalar, label: LocalizedText }))
    .max(300)
    .optional(),
  visibleIf: VisibleIf.optional(),
  /** Message shown when a `pattern` does not match (instead of the generic one). */
  patternMessage: LocalizedText.optional(),
  /** Repeating group (array of objects): its item fields, in order, and its button and item labels. */
  group: z
    .object({ fields: z.array(FieldPath).min(1).max(50), addLabel: LocalizedText, itemLabel: LocalizedText })
    .optional(),
});
export type EformFieldUi = z.infer<typeof EformFieldUi>;

export const EformSection = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
  title: LocalizedText,
  description: LocalizedText.optional(),
  /** Field paths in display order (the form's field order is the sections' order, then this order). */
  fields: z.array(FieldPath).min(1).max(100),
  visibleIf: VisibleIf.optional(),
});

export const EformUi = z.object({
  sections: z.array(EformSection).min(1).max(30),
  fields: z.record(FieldPath, EformFieldUi),
});
export type EformUi = z.infer<typeof EformUi>;

/** A JSON Schema (draft 2020-12 subset, see eform-validate.ts) whose root is `type: object`. */
export const EformJsonSchema = z
  .record(z.string(), z.unknown())
  .refine((s) => s.type === 'object', 'Lược đồ gốc phải là type: object / the root must be type: object');
export type EformJsonSchema = Record<string, unknown>;

export const Eform = z.object({ schema: EformJsonSchema, ui: EformUi });
export type Eform = z.infer<typeof Eform>;

export const EformError = z.object({ path: z.string(), vi: z.string(), en: z.string() });
export type EformError = z.infer<typeof EformError>;
export const EformValidation = z.object({ valid: z.boolean(), errors: z.array(EformError) });

/* ---------- versions ---------- */

export const VersionContent = z.object({
  applicants: z.array(ApplicantKind).min(1).max(8),
  /** Cơ quan thực hiện as the record words it (e.g. "Công an cấp xã"). */
  implementingAgency: text(500).nullable(),
  processingTime: ProcessingTime,
  afternoonCutoff: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullable(),
  timeNote: text(4000).nullable(),
  channels: z.array(ChannelInfo).min(1).max(3),
  fees: z.array(Fee).max(30),
  documents: z.array(RequiredPaper).max(100),
  results: z.array(ResultPaper).max(30),
  legalBasis: z.array(LegalBasis).max(60),
  steps: z.array(text(8000)).max(100),
  conditions: text(8000).nullable(),
  workflowTemplate: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
  eform: Eform,
});
export type VersionContent = z.infer<typeof VersionContent>;

export const VersionInput = VersionContent.extend({
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable(),
  decision: Decision,
});
export type VersionInput = z.infer<typeof VersionInput>;

export const VersionStatus = z.enum(['scheduled', 'in_force', 'ended']);
export const Version = VersionInput.extend({
  version: z.number().int(),
  status: VersionStatus,
  updatedAt: z.string(),
  /**
   * Same-origin address of this version's precompiled e-form validator (an ES module, see
   * eform-standalone.ts); it carries a content hash, so it may be cached for good.
   */
  eformValidator: z.string(),
});
export type Version = z.infer<typeof Version>;

/* ---------- procedures ---------- */

export const FieldRef = z.object({ code: z.string(), name: z.string() });
export const FeeSummary = z.object({
  status: z.enum(['free', 'paid', 'unspecified']),
  minAmount: z.number().nullable(),
  maxAmount: z.number().nullable(),
  currency: z.literal('VND'),
});

export const ProcedureSummary = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  field: FieldRef,
  levels: z.array(ProcedureLevel),
  onlineServiceLevel: OnlineServiceLevel.nullable(),
  processingTime: ProcessingTime,
  afternoonCutoff: z.string().nullable(),
  fee: FeeSummary,
  /** Null when the version shown is in force today; else the day the first version takes effect. */
  availableFrom: IsoDate.nullable(),
});
export type ProcedureSummary = z.infer<typeof ProcedureSummary>;

export const SearchProceduresQuery = z.object({
  q: z.string().trim().max(200).optional(),
  field: FieldCode.optional(),
  level: ProcedureLevel.optional(),
  agency: z.uuid().optional(),
  onlineLevel: OnlineServiceLevel.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const ProcedureList = z.object({ items: z.array(ProcedureSummary), total: z.number().int() });

export const AgencyRef = z.object({ id: z.uuid(), name: z.string() });

export const ProcedureDetail = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  field: FieldRef,
  levels: z.array(ProcedureLevel),
  onlineServiceLevel: OnlineServiceLevel.nullable(),
  agencies: z.array(AgencyRef),
  /** The version in force today (Asia/Ho_Chi_Minh); its JSON Schema is `currentVersion.eform.schema`. */
  currentVersion: Version.nullable(),
  /** The next scheduled version, if any, so the portal can announce the change. */
  nextVersion: z.object({ version: z.number().int(), effectiveFrom: IsoDate }).nullable(),
});
export type ProcedureDetail = z.infer<typeof ProcedureDetail>;

export const ProcedureAttributes = z.object({
  name: text(1000),
  nameEn: text(1000).nullable(),
  fieldCode: FieldCode,
  levels: z.array(ProcedureLevel).min(1).max(4),
  onlineServiceLevel: OnlineServiceLevel.nullable(),
});
export const CreateProcedureRequest = ProcedureAttributes.extend({
  code: ProcedureCode,
  firstVersion: VersionInput,
});
export const UpdateProcedureRequest = ProcedureAttributes.partial();

export const FieldList = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string(), procedureCount: z.number().int() })),
});
export const AgencyList = z.object({
  items: z.array(AgencyRef.extend({ procedureCount: z.number().int() })),
});

export const ValidateEformRequest = z.object({ data: z.unknown() });
export const PreviewEformRequest = z.object({ eform: z.unknown(), data: z.unknown() });
export const PreviewEformResponse = z.object({
  /** Problems of the form itself (invalid JSON Schema, a label missing …); empty when it is usable. */
  definitionErrors: z.array(EformError),
  valid: z.boolean(),
  errors: z.array(EformError),
});

/* ---------- import / export ---------- */

export const CatalogDocumentVersion = VersionInput.extend({ version: z.number().int().min(1).max(10_000) });
export const CatalogDocumentProcedure = ProcedureAttributes.extend({
  code: ProcedureCode,
  versions: z.array(CatalogDocumentVersion).min(1).max(200),
});
/** The export format, and what import accepts (JSON, or the same content as an Excel workbook). */
export const CatalogDocument = z.object({
  format: z.literal('cuaso.catalog'),
  formatVersion: z.literal(1),
  exportedAt: z.string().optional(),
  fields: z.array(z.object({ code: FieldCode, name: text(200) })).max(500),
  procedures: z.array(CatalogDocumentProcedure).max(20_000),
});
export type CatalogDocument = z.infer<typeof CatalogDocument>;

export const ImportSummary = z.object({
  fieldsUpserted: z.number().int(),
  proceduresCreated: z.number().int(),
  proceduresUpdated: z.number().int(),
  versionsCreated: z.number().int(),
  versionsUpdated: z.number().int(),
  unchanged: z.number().int(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;
