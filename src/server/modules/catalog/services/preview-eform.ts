import type { z } from 'zod';
import { Eform, type PreviewEformResponse } from '../../../../contracts/catalog';
import { compileEform, EformDefinitionError } from '../../../../contracts/eform-validate';
import { type Actor, authorize } from '../../../platform/auth';
import { catalogPolicy } from '../policy';

/**
 * The admin editor's preview: checks an unsaved e-form (schema, labels, conditions) and validates sample
 * data against it, exactly as the portal and the dossier module will.
 */
export async function previewEform(input: {
  actor: Actor;
  eform: unknown;
  data: unknown;
}): Promise<z.infer<typeof PreviewEformResponse>> {
  authorize(catalogPolicy, input.actor, 'eform.preview');
  const parsed = Eform.safeParse(input.eform);
  if (!parsed.success)
    return {
      definitionErrors: parsed.error.issues.map((i) => ({
        path: ['eform', ...i.path].join('.'),
        vi: `Biểu mẫu không đúng cấu trúc: ${i.message}`,
        en: `The form is malformed: ${i.message}`,
      })),
      valid: false,
      errors: [],
    };
  try {
    const result = compileEform(parsed.data).validate(input.data);
    return { definitionErrors: [], ...result };
  } catch (e) {
    if (e instanceof EformDefinitionError) return { definitionErrors: e.errors, valid: false, errors: [] };
    throw e;
  }
}
