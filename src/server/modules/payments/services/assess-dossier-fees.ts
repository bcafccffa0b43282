import type { FeeAssessment } from '../../../../contracts/payments';
import type { Executor } from '../../../platform/db';
import { isAppError } from '../../../platform/errors';
import { getVersionById, getVersionInForce } from '../../catalog';
import { type DossierSummary, findDossierFormData } from '../../dossiers';
import { assessFees, copyFeeRule } from '../lib/assess-fees';

/**
 * What a dossier owes, from the procedure version it pinned when it was received, its channel and
 * its e-form. The price of a copy comes from the copy procedure's version in force at submission.
 */
export async function assessDossierFees(db: Executor, dossier: DossierSummary): Promise<FeeAssessment> {
  const version = await getVersionById(db, dossier.procedureVersionId);
  const formData = await findDossierFormData(db, dossier.id);
  const rule = copyFeeRule(dossier.procedureCode, dossier.submittedAt);
  let copyPrice: { rule: NonNullable<typeof rule>; amount: number } | undefined;
  const notes: FeeAssessment['notes'] = [];
  if (rule) {
    try {
      const copyVersion = await getVersionInForce(db, rule.pricedBy, dossier.submittedAt);
      const fee = copyVersion.fees.find((f) => f.currency === 'VND');
      if (fee) copyPrice = { rule, amount: Math.round(fee.amount) };
    } catch (e) {
      if (!isAppError(e) || e.code !== 'NOT_FOUND') throw e;
      notes.push({
        vi: 'Chưa có mức phí cấp bản sao đang áp dụng; cán bộ sẽ thông báo khi trả kết quả.',
        en: 'No copy fee is in force; the official will tell you when handing over the result.',
      });
    }
  }
  const assessment = assessFees({
    procedureCode: dossier.procedureCode,
    channel: dossier.channel,
    fees: version.fees,
    formData,
    submittedAt: dossier.submittedAt,
    copyPrice,
  });
  return { ...assessment, notes: [...assessment.notes, ...notes] };
}
