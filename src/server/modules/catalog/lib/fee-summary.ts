import type { Fee, ProcedureSummary } from '../../../../contracts/catalog';

/** What a list shows about fees: free, from-to amounts in VND, or not stated by the record. */
export function feeSummary(fees: Fee[]): ProcedureSummary['fee'] {
  const vnd = fees.filter((f) => f.currency === 'VND');
  if (!vnd.length) return { status: 'unspecified', minAmount: null, maxAmount: null, currency: 'VND' };
  const amounts = vnd.map((f) => f.amount);
  const max = Math.max(...amounts);
  if (max === 0) return { status: 'free', minAmount: 0, maxAmount: 0, currency: 'VND' };
  return { status: 'paid', minAmount: Math.min(...amounts), maxAmount: max, currency: 'VND' };
}
