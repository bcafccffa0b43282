import type { Fee } from '../../../../contracts/catalog';
import { pageFeePerCopy, unitAmount } from '../../../../contracts/fee-math';
import type { FeeAssessment, FeeLine } from '../../../../contracts/payments';
import { COPY_FEES, type CopyFee, EXEMPTIONS, type FormFacts, formFacts } from './fee-rules';

export type DossierChannel = 'online' | 'desk' | 'postal';

export type AssessInput = {
  procedureCode: string;
  channel: DossierChannel;
  /** The fee rules of the dossier's pinned procedure version. */
  fees: readonly Fee[];
  formData: Record<string, unknown>;
  submittedAt: Date;
  /** The per-copy amount of the copy procedure in force at submission, when the law adds a copy fee. */
  copyPrice?: { rule: CopyFee; amount: number } | undefined;
};

// The catalogue names channels as the national record does; a dossier's desk channel is "in person".
const CATALOGUE_CHANNEL = { online: 'online', desk: 'in_person', postal: 'postal' } as const;

const BASIS_UNIT: Record<Fee['basis'], { vi: string; en: string }> = {
  dossier: { vi: 'hồ sơ', en: 'dossier' },
  page: { vi: 'trang', en: 'page' },
  copy: { vi: 'bản', en: 'copy' },
  case: { vi: 'trường hợp', en: 'case' },
  transaction: { vi: 'giao dịch', en: 'transaction' },
  document: { vi: 'văn bản', en: 'document' },
  person: { vi: 'người', en: 'person' },
};

const vnd = (n: number) => `${new Intl.NumberFormat('vi-VN').format(n)} đ`;

const positiveInt = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);

/** The papers to certify of a copy-type e-form: `documents[]` with `pages` and `copies`. */
function certifiedPapers(form: FormFacts): { pages: number; copies: number }[] | undefined {
  const docs = form.get('documents');
  if (!Array.isArray(docs) || !docs.length) return undefined;
  const out: { pages: number; copies: number }[] = [];
  for (const d of docs) {
    const pages = positiveInt((d as Record<string, unknown>)?.pages);
    const copies = positiveInt((d as Record<string, unknown>)?.copies) ?? 1;
    if (!pages) return undefined;
    out.push({ pages, copies });
  }
  return out;
}

/**
 * What a dossier owes: one line per fee rule that applies to its channel, priced from its e-form
 * (copies, pages), with the exemptions the law grants, plus the copies of the civil-status extract
 * requested with a registration. Pure: the caller reads the version and the copy price.
 */
export function assessFees(input: AssessInput): FeeAssessment {
  const form = formFacts(input.formData);
  const lines: FeeLine[] = [];
  const notes: FeeAssessment['notes'] = [];
  const channel = CATALOGUE_CHANNEL[input.channel];
  for (const fee of input.fees) {
    if (fee.channels.length && !fee.channels.includes(channel)) continue;
    if (fee.currency !== 'VND') {
      notes.push({
        vi: `${fee.name}: thu bằng ${fee.currency} tại cơ quan đại diện, không thanh toán tại đây.`,
        en: `${fee.name}: charged in ${fee.currency} by a representative agency abroad, not paid here.`,
      });
      continue;
    }
    const unit = BASIS_UNIT[fee.basis];
    let quantity = 1;
    let amount: number;
    let detail: FeeLine['detail'];
    if (fee.basis === 'page') {
      const papers = certifiedPapers(form);
      if (!papers) {
        notes.push({
          vi: `${fee.name}: tính theo trang; số trang do cán bộ xác định khi tiếp nhận.`,
          en: `${fee.name}: charged per page; the official counts the pages at intake.`,
        });
        continue;
      }
      // Chứng thực bản sao: tiers run over the pages of one copy, the cap applies per copy.
      amount = 0;
      quantity = 0;
      const parts: string[] = [];
      for (const p of papers) {
        const perCopy = pageFeePerCopy(fee, p.pages);
        amount += perCopy * p.copies;
        quantity += p.pages * p.copies;
        parts.push(`${p.copies} × ${vnd(perCopy)} (${p.pages} trang)`);
      }
      detail = { vi: parts.join(' + '), en: parts.join(' + ').replaceAll('trang', 'pages') };
    } else {
      if (fee.basis === 'copy') {
        const papers = certifiedPapers(form);
        quantity = papers
          ? papers.reduce((s, p) => s + p.copies, 0)
          : (positiveInt(form.get('copyCount')) ?? positiveInt(form.get('certificateCount')) ?? 1);
      }
      amount = 0;
      for (let n = 1; n <= quantity; n++)
        amount += Math.min(unitAmount(fee, n), fee.maxAmount ?? Number.POSITIVE_INFINITY);
      detail = {
        vi: `${quantity} ${unit.vi} × ${vnd(fee.amount)}`,
        en: `${quantity} ${unit.en} × ${vnd(fee.amount)}`,
      };
    }
    const exemption = EXEMPTIONS.find(
      (e) =>
        e.procedures.includes(input.procedureCode) &&
        e.kind === fee.kind &&
        input.submittedAt >= new Date(`${e.effectiveFrom}T00:00:00+07:00`) &&
        e.applies(form, input.submittedAt),
    );
    lines.push({
      kind: fee.kind,
      name: fee.name,
      basis: fee.basis,
      quantity,
      unitAmount: Math.round(fee.amount),
      amount: exemption ? 0 : Math.round(amount),
      detail,
      exemption: exemption ? { reason: exemption.reason, legalBasis: exemption.legalBasis } : null,
      legalBasis: null,
    });
  }

  const copy = input.copyPrice;
  if (copy?.rule.procedures.includes(input.procedureCode) && form.get(copy.rule.requestedField) === true) {
    const count = positiveInt(form.get(copy.rule.countField)) ?? 1;
    lines.push({
      kind: 'fee',
      name: copy.rule.name.vi,
      basis: 'copy',
      quantity: count,
      unitAmount: copy.amount,
      amount: count * copy.amount,
      detail: {
        vi: `${count} bản × ${vnd(copy.amount)}`,
        en: `${count} ${count === 1 ? 'copy' : 'copies'} × ${vnd(copy.amount)}`,
      },
      exemption: null,
      legalBasis: copy.rule.legalBasis,
    });
  }
  return { currency: 'VND', lines, total: lines.reduce((s, l) => s + l.amount, 0), notes };
}

/** The copy-fee rule for a procedure at an instant, if the law adds one. */
export function copyFeeRule(procedureCode: string, at: Date): CopyFee | undefined {
  return COPY_FEES.find(
    (r) => r.procedures.includes(procedureCode) && at >= new Date(`${r.effectiveFrom}T00:00:00+07:00`),
  );
}
