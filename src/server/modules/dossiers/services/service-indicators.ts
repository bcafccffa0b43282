import type { ServiceIndicator } from '../../../../contracts/dossiers';
import type { Executor } from '../../../platform/db';
import { getVersionById, type PinnedVersion } from '../../catalog';
import { countServiceIndicators, type Period } from '../repo/statistics.repo';

type Row = Awaited<ReturnType<typeof countServiceIndicators>>[number];

/** The catalogue's channel name for a dossier's channel (a fee may apply to some channels only). */
const FEE_CHANNEL = { online: 'online', desk: 'in_person', postal: 'postal' } as const;

/**
 * QĐ 766 Phụ lục, 3.6 "Hồ sơ thanh toán trực tuyến": the denominator is the dossiers of procedures with
 * financial obligations, leaving out dossiers whose fees are all zero; a fee with no channel listed
 * applies to every channel.
 */
function hasFees(version: PinnedVersion, channel: Row['channel']): boolean {
  return version.fees.some(
    (f) =>
      (f.amount > 0 || f.tiers.some((t) => t.amount > 0)) &&
      (f.channels.length === 0 || f.channels.includes(FEE_CHANNEL[channel])),
  );
}

const QD766 = 'QĐ 766/QĐ-TTg ngày 23/6/2022, Phụ lục';

/**
 * Chỉ số phục vụ (QĐ 766/QĐ-TTg) that the dossier data supports, for the dossiers an agency and its
 * subordinates received in the period. Formulas as the Cổng DVCQG dashboard computes them
 * (`vn-standards.md` §5); a rate with nothing to count is null (N/A), never 0 % or 100 %.
 */
export async function serviceIndicators(
  db: Executor,
  agencyPath: string,
  period: Period,
  now: Date,
): Promise<ServiceIndicator[]> {
  const rows = await countServiceIndicators(db, agencyPath, period, now);
  const versions = new Map<string, PinnedVersion>();
  for (const id of new Set(rows.map((r) => r.procedure_version_id)))
    versions.set(id, await getVersionById(db, id));
  const n = (v: unknown) => Number(v ?? 0);
  const sum = (pick: (r: Row) => number) => rows.reduce((t, r) => t + pick(r), 0);
  const received = sum((r) => n(r.received));
  // Dossiers with fees: all of a procedure whose catalogue record lists a non-zero fee for the channel;
  // of the others (fees set by the provincial council, or by law outside the record, such as copies of
  // a civil-status extract), those known to owe: paid online, or asked by the agency to pay.
  const withFees = sum((r) =>
    hasFees(versions.get(r.procedure_version_id)!, r.channel) ? n(r.received) : n(r.owed_fees),
  );
  const all = { vi: 'hồ sơ tiếp nhận trong kỳ', en: 'dossiers received in the period' };
  const indicator = (i: Omit<ServiceIndicator, 'rate'>): ServiceIndicator => ({
    ...i,
    // The dashboard rounds to two decimals of a percentage.
    rate: i.denominator ? Math.round((i.numerator / i.denominator) * 10_000) / 10_000 : null,
  });
  return [
    indicator({
      key: 'onTime',
      id: '2.1',
      name: { vi: 'Hồ sơ xử lý trước hạn, đúng hạn', en: 'Dossiers processed early or on time' },
      // vn-standards §1.4: still open and not yet past the appointment counts as on time.
      numerator: sum((r) => n(r.on_time_or_running)),
      denominator: received - sum((r) => n(r.refused)),
      of: {
        vi: 'hồ sơ tiếp nhận (trừ hồ sơ từ chối tiếp nhận)',
        en: 'dossiers received (less those refused at intake)',
      },
      legalBasis: `${QD766}, chỉ số 2.1 (trừ thời gian bổ sung hồ sơ; quá một lần bổ sung là trễ hạn)`,
    }),
    indicator({
      key: 'online',
      id: '3.3',
      name: { vi: 'Hồ sơ nộp trực tuyến', en: 'Dossiers submitted online' },
      numerator: sum((r) => (r.channel === 'online' ? n(r.received) : 0)),
      denominator: received,
      of: all,
      legalBasis: `${QD766}, chỉ số 3.3; NĐ 45/2020/NĐ-CP (thực hiện TTHC trên môi trường điện tử)`,
    }),
    indicator({
      key: 'paidOnline',
      id: '3.6',
      name: { vi: 'Hồ sơ thanh toán trực tuyến', en: 'Dossiers paid online' },
      numerator: sum((r) => n(r.paid_online)),
      denominator: withFees,
      of: { vi: 'hồ sơ của thủ tục có phí, lệ phí', en: 'dossiers of procedures with fees' },
      legalBasis: `${QD766}, chỉ số 3.6; NĐ 45/2020/NĐ-CP (thanh toán trực tuyến)`,
    }),
    indicator({
      key: 'electronicResult',
      id: '4.1',
      name: {
        vi: 'Hồ sơ có kết quả giải quyết điện tử (ký số)',
        en: 'Dossiers with a signed electronic result',
      },
      numerator: sum((r) => n(r.with_signed_result)),
      denominator: sum((r) => n(r.with_result)),
      of: { vi: 'hồ sơ đã có kết quả', en: 'dossiers with a result' },
      legalBasis: `${QD766}, chỉ số 4.1; NĐ 45/2020/NĐ-CP (kết quả giải quyết TTHC điện tử)`,
    }),
    indicator({
      key: 'digitised',
      id: '4.2',
      name: {
        vi: 'Hồ sơ có thành phần được số hóa khi tiếp nhận',
        en: 'Dossiers with papers digitised at intake',
      },
      numerator: sum((r) => n(r.with_digitised)),
      denominator: received,
      of: all,
      legalBasis: `${QD766}, chỉ số 4.2; TT 01/2023/TT-VPCP (số hóa hồ sơ, kết quả giải quyết TTHC)`,
    }),
    indicator({
      key: 'reused',
      id: '4.4',
      name: {
        vi: 'Hồ sơ sử dụng lại giấy tờ từ kho dữ liệu',
        en: 'Dossiers reusing papers from the personal data store',
      },
      numerator: sum((r) => n(r.with_reuse)),
      denominator: received,
      of: all,
      legalBasis: `${QD766}, chỉ số 4.3–4.4; NĐ 45/2020/NĐ-CP (kho quản lý dữ liệu điện tử của cá nhân)`,
    }),
  ];
}
