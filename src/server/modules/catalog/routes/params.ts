import { z } from 'zod';
import { FieldCode, ProcedureCode } from '../../../../contracts/catalog';

export const codeParams = z.object({ code: ProcedureCode });
export const versionParams = z.object({
  code: ProcedureCode,
  version: z.coerce.number().int().min(1).max(10_000),
});
export const offeringParams = z.object({ code: ProcedureCode, agencyId: z.uuid() });
export const fieldParams = z.object({ code: FieldCode });
export const TAGS = ['catalog'];
