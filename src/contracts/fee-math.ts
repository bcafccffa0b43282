import type { Fee } from './catalog';

/** The amount of the n-th unit (1-based): the highest tier that starts at or before it, else the base. */
export function unitAmount(fee: Fee, n: number): number {
  let amount = fee.amount;
  let from = 1;
  for (const t of fee.tiers)
    if (t.fromUnit <= n && t.fromUnit >= from) {
      amount = t.amount;
      from = t.fromUnit;
    }
  return amount;
}

/** Units 1..count priced with the tiers. */
export function tiered(fee: Fee, count: number): number {
  let sum = 0;
  for (let n = 1; n <= count; n++) sum += unitAmount(fee, n);
  return sum;
}

/**
 * One certified copy of a paper of `pages` pages under a per-page fee: the tiers run over the pages of
 * the copy and `maxAmount` caps the copy (TT 226/2016/TT-BTC: 2,000 đ a page, 1,000 đ from the
 * third, at most 200,000 đ a copy).
 */
export const pageFeePerCopy = (fee: Fee, pages: number) =>
  Math.min(tiered(fee, pages), fee.maxAmount ?? Number.POSITIVE_INFINITY);
