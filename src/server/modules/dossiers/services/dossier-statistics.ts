import type { Actor } from '../../../platform/auth';
import { AppError, isAppError } from '../../../platform/errors';
import { getVersionInForce } from '../../catalog';
import { findAgencyById } from '../../identity';
import type { DossierDeps } from '../deps';
import { stateOf } from '../lib/status';
import { verdictInfo } from '../lib/timeliness';
import { bookRows, countByProcedure, type Period } from '../repo/statistics.repo';
import type { Applicant } from '../tables';
import { serviceIndicators } from './service-indicators';

/** Any official of the agency (or above it) may read its statistics and its dossier book. */
async function agencyInScope(actor: Actor, agencyId: string, deps: Pick<DossierDeps, 'db'>) {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const agency = await findAgencyById(deps.db, agencyId);
  if (!agency) throw new AppError('NOT_FOUND');
  if (actor.kind !== 'staff') throw new AppError(actor.kind === 'citizen' ? 'FORBIDDEN' : 'NOT_FOUND');
  if (!actor.roles.some((g) => g.role === 'system_admin' || agency.path.startsWith(g.agencyPath)))
    throw new AppError('NOT_FOUND');
  return agency;
}

/**
 * The names of procedures by code, as the catalogue calls them today (versions in force, kept briefly
 * by the catalogue); a procedure without a version in force has none here and goes by its code.
 */
async function procedureNamesByCode(db: DossierDeps['db'], codes: string[], at: Date) {
  const unique = [...new Set(codes)];
  const names = await Promise.all(
    unique.map((code) =>
      getVersionInForce(db, code, at).then(
        (v): string | undefined => v.procedureName,
        (e) => {
          if (isAppError(e) && e.code === 'NOT_FOUND') return undefined;
          throw e;
        },
      ),
    ),
  );
  return new Map(unique.map((code, i) => [code, names[i]]));
}

export async function dossierStatistics(
  input: { actor: Actor; agencyId: string; period: Period },
  deps: Pick<DossierDeps, 'db'>,
) {
  const agency = await agencyInScope(input.actor, input.agencyId, deps);
  const now = new Date();
  const rows = await countByProcedure(deps.db, agency.path, input.period, now);
  const names = await procedureNamesByCode(
    deps.db,
    rows.map((r) => r.procedure_code),
    now,
  );
  const n = (v: unknown) => Number(v ?? 0);
  const byProcedure = rows.map((r) => ({
    procedureCode: r.procedure_code,
    procedureName: names.get(r.procedure_code) ?? r.procedure_code,
    received: n(r.received),
    online: n(r.online),
    desk: n(r.desk),
    early: n(r.early),
    onTime: n(r.on_time),
    late: n(r.late),
    inProgress: n(r.in_progress),
    overdue: n(r.overdue),
  }));
  const total = byProcedure.reduce(
    (t, r) => {
      for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += r[k];
      return t;
    },
    { received: 0, online: 0, desk: 0, early: 0, onTime: 0, late: 0, inProgress: 0, overdue: 0 },
  );
  const finished = total.early + total.onTime + total.late;
  return {
    agency: { id: agency.id, name: agency.name },
    from: input.period.from.toISOString(),
    to: input.period.to.toISOString(),
    total,
    onTimeRate: finished ? (total.early + total.onTime) / finished : null,
    byProcedure,
    indicators: await serviceIndicators(deps.db, agency.path, input.period, now),
  };
}

const fmt = (d: Date | string | null) =>
  d ? new Date(new Date(d).getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '';

/** Sổ theo dõi hồ sơ (TT 03/2025 Mẫu 07) of an agency for a period, as an Excel workbook. */
export async function dossierBook(
  input: { actor: Actor; agencyId: string; period: Period },
  deps: Pick<DossierDeps, 'db'>,
) {
  const agency = await agencyInScope(input.actor, input.agencyId, deps);
  const rows = await bookRows(deps.db, agency.path, input.period);
  const names = await procedureNamesByCode(
    deps.db,
    rows.map((r) => r.procedure_code),
    new Date(),
  );
  // Loaded on the first export, not at start-up: exceljs holds several MB of an idle server's memory.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Cửa Số';
  const sheet = book.addWorksheet('Sổ theo dõi hồ sơ');
  sheet.addRow([`SỔ THEO DÕI HỒ SƠ — ${agency.name.toLocaleUpperCase('vi')}`]);
  sheet.addRow([`Từ ${fmt(input.period.from)} đến ${fmt(input.period.to)}`]);
  sheet.addRow([]);
  const header = sheet.addRow([
    'STT',
    'Mã hồ sơ',
    'Thủ tục',
    'Người nộp',
    'Địa chỉ, số điện thoại',
    'Hình thức',
    'Nhận hồ sơ',
    'Hẹn trả kết quả',
    'Kết thúc xử lý',
    'Trả kết quả',
    'Trạng thái',
    'Kết quả (trước/đúng/quá hạn)',
  ]);
  header.font = { bold: true };
  rows.forEach((r, i) => {
    const a = r.applicant as Applicant;
    sheet.addRow([
      i + 1,
      r.code,
      names.get(r.procedure_code) ? `${r.procedure_code} — ${names.get(r.procedure_code)}` : r.procedure_code,
      a.fullName,
      [a.address, a.phone].filter(Boolean).join(' — '),
      r.channel === 'online' ? 'Trực tuyến' : r.channel === 'postal' ? 'Bưu chính' : 'Trực tiếp',
      fmt(r.received_at ?? r.submitted_at),
      fmt(r.due_at),
      fmt(r.ended_at),
      fmt(r.returned_at),
      stateOf(r.state).vi,
      r.verdict ? verdictInfo[r.verdict].vi : '',
    ]);
  });
  sheet.columns.forEach((c, i) => {
    c.width = [6, 28, 12, 24, 36, 12, 18, 18, 18, 18, 22, 16][i] ?? 14;
  });
  // The QĐ 766 indicators of the same agency and period, beside the book they are computed from.
  const indicators = await serviceIndicators(deps.db, agency.path, input.period, new Date());
  const index = book.addWorksheet('Chỉ số phục vụ (QĐ 766)');
  index.addRow([`CHỈ SỐ PHỤC VỤ (QĐ 766) — ${agency.name.toLocaleUpperCase('vi')}`]).font = { bold: true };
  index.addRow([`Từ ${fmt(input.period.from)} đến ${fmt(input.period.to)}`]);
  index.addRow([]);
  index.addRow(['Chỉ số', 'Tên chỉ số', 'Số hồ sơ đạt', 'Trên tổng số', 'Tỷ lệ', 'Mẫu số', 'Căn cứ']).font = {
    bold: true,
  };
  for (const i of indicators) {
    const row = index.addRow([
      i.id,
      i.name.vi,
      i.numerator,
      i.denominator,
      i.rate ?? 'N/A',
      i.of.vi,
      i.legalBasis,
    ]);
    if (i.rate !== null) row.getCell(5).numFmt = '0.00%';
  }
  index.columns.forEach((c, i) => {
    c.width = [8, 44, 14, 14, 10, 40, 70][i] ?? 14;
  });
  return {
    filename: `so-theo-doi-ho-so-${agency.orgId}.xlsx`,
    content: Buffer.from(await book.xlsx.writeBuffer()),
  };
}
