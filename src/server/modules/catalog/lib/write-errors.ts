import { AppError } from '../../../platform/errors';
import { describePeriod, type Period } from './periods';

/** 409 naming the requested period and every version it overlaps. */
export function overlapError(requested: { from: string; to: string | null }, conflicts: Period[]) {
  const r = describePeriod(requested);
  const list = conflicts.map((c) => ({ c, d: describePeriod(c) }));
  return new AppError('CONFLICT', {
    vi: `Thời gian hiệu lực ${r.vi} trùng với ${list.map(({ c, d }) => `phiên bản ${c.version} (${d.vi})`).join(', ')}.`,
    en: `The effective period ${r.en} overlaps ${list.map(({ c, d }) => `version ${c.version} (${d.en})`).join(', ')}.`,
    extra: {
      requested: { effectiveFrom: requested.from, effectiveTo: requested.to },
      conflicts: conflicts.map((c) => ({ version: c.version, effectiveFrom: c.from, effectiveTo: c.to })),
    },
  });
}

export function pastDateError(path: string, today: string) {
  return new AppError('VALIDATION_FAILED', {
    vi: `Ngày có hiệu lực đã qua (hôm nay là ${today}); chỉ quản trị hệ thống được ghi lùi ngày.`,
    en: `The effective date is in the past (today is ${today}); only a system administrator may back-date.`,
    fields: [{ path, vi: 'Ngày đã qua.', en: 'Date in the past.' }],
  });
}

/**
 * The database's own guards, turned into answers: an overlap caught by the deferred trigger (a writer
 * that planned from a stale list) or a change to a version already in force.
 */
export function mapWriteError(e: unknown): unknown {
  const code = (e as { code?: string }).code;
  const message = (e as Error).message ?? '';
  if (code === '23P01')
    return new AppError('CONFLICT', {
      vi: 'Thời gian hiệu lực trùng với một phiên bản khác.',
      en: `The effective periods overlap: ${message}`,
    });
  if (code === '42501' && message.includes('in force'))
    return new AppError('CONFLICT', {
      vi: 'Phiên bản đã có hiệu lực: chỉ có thể đặt ngày hết hiệu lực, không sửa nội dung.',
      en: 'The version is already in force: only its end date can change.',
    });
  if (code === '23505')
    return new AppError('CONFLICT', { vi: 'Dữ liệu đã tồn tại.', en: 'It already exists.' });
  return e;
}
