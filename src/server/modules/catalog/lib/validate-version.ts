import type { VersionInput } from '../../../../contracts/catalog';
import { WORKFLOWS } from '../../../../contracts/dossier-workflow';
import { checkEformDefinition } from '../../../../contracts/eform-validate';
import { AppError, type ErrorField } from '../../../platform/errors';

/**
 * What zod cannot see in a version: the e-form compiles with Ajv and is consistent with its UI hints,
 * the workflow exists, the period is not empty, lists have no duplicates.
 */
export function versionProblems(v: VersionInput, at: string): ErrorField[] {
  const out: ErrorField[] = [];
  if (v.effectiveTo !== null && v.effectiveTo <= v.effectiveFrom)
    out.push({
      path: `${at}.effectiveTo`,
      vi: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
      en: 'The end date must come after the start date.',
    });
  if (!Object.hasOwn(WORKFLOWS, v.workflowTemplate))
    out.push({
      path: `${at}.workflowTemplate`,
      vi: `Quy trình «${v.workflowTemplate}» không tồn tại (có: ${Object.keys(WORKFLOWS).join(', ')}).`,
      en: `There is no workflow “${v.workflowTemplate}” (known: ${Object.keys(WORKFLOWS).join(', ')}).`,
    });
  const channels = v.channels.map((c) => c.channel);
  if (new Set(channels).size !== channels.length)
    out.push({ path: `${at}.channels`, vi: 'Cách thức nộp bị trùng.', en: 'A channel is listed twice.' });
  v.fees.forEach((f, i) => {
    const from = f.tiers.map((t) => t.fromUnit);
    if (from.some((n, j) => j > 0 && n <= from[j - 1]!))
      out.push({
        path: `${at}.fees.${i}.tiers`,
        vi: 'Các bậc phí phải theo thứ tự tăng dần.',
        en: 'Fee tiers must be in increasing order.',
      });
  });
  for (const p of checkEformDefinition(v.eform))
    out.push({ path: `${at}.eform.${p.path}`, vi: p.vi, en: p.en });
  return out;
}

export function assertValidVersion(v: VersionInput, at = 'body') {
  const fields = versionProblems(v, at);
  if (fields.length)
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Nội dung phiên bản thủ tục không hợp lệ.',
      en: 'The procedure version is not valid.',
      fields,
    });
}
