import type { ContactPoint, RatingLevel } from '../../../../contracts/feedback';
import type { Actor } from '../../../platform/auth';
import type { Platform } from '../../../platform/platform';
import { type DossierSummary, findDossierSummary } from '../../dossiers';
import { actorForAccount, findAgencyWithOrgId } from '../../identity';
import { feedbackDeps } from '../plugin';
import { hasFeedback, listSubmittedDossierIds } from '../repo/demo.repo';
import { actOnComplaint } from '../services/act-on-complaint';
import { rateDossier } from '../services/rate-dossier';
import { submitComplaint } from '../services/submit-complaint';

const request = { requestId: 'demo-seed', ip: null };

/**
 * Demo ratings and complaints of the demo citizen 0900000001 on the demo dossiers of phường Hàm Rồng
 * (receipt, supplement and result ratings at every level; complaints received, answered and about an
 * agency in general), so the back-office statistics and the complaints inbox have something to show.
 */
export async function seedFeedbackDemo(platform: Platform): Promise<void> {
  const deps = feedbackDeps(platform);
  if (await hasFeedback(platform.db)) return;
  const citizen = await actorForAccount(platform.db, '0900000001');
  if (citizen?.kind !== 'citizen') return;
  const dossiers: DossierSummary[] = [];
  for (const id of await listSubmittedDossierIds(platform.db, citizen.accountId)) {
    const d = await findDossierSummary(platform.db, id);
    if (d) dossiers.push(d);
  }
  if (!dossiers.length) return;
  const inState = (state: string) => dossiers.filter((d) => d.state === state);
  const rate = async (
    d: DossierSummary | undefined,
    contact: ContactPoint,
    level: RatingLevel,
    comment?: string,
  ) => {
    if (d)
      await rateDossier(
        {
          actor: citizen,
          dossierId: d.id,
          rating: { contact, level, ...(comment ? { comment } : {}) },
          request,
        },
        deps,
      );
  };
  const returned = inState('returned')[0];
  const ready = inState('result_ready')[0];
  const supplement = inState('supplement_requested')[0];
  const received = inState('received')[0];
  await rate(returned, 'receipt', 'satisfied');
  await rate(returned, 'result', 'very_satisfied', 'Cán bộ hướng dẫn tận tình, trả kết quả sớm hơn hẹn.');
  await rate(ready, 'result', 'satisfied');
  await rate(
    supplement,
    'supplement',
    'dissatisfied',
    'Yêu cầu bổ sung nhưng không nói rõ cần bản scan thế nào.',
  );
  await rate(received, 'receipt', 'very_satisfied');

  const receiver = await actorForAccount(platform.db, 'motcua.hamrong');
  const receiverHacThanh = await actorForAccount(platform.db, 'motcua.hacthanh');
  const hacThanh = await findAgencyWithOrgId(platform.db, '000.32.21.H56');
  const complain = async (
    input: Parameters<typeof submitComplaint>[0]['request'],
    steps: { by: Actor | undefined; action: 'accept' | 'start' | 'answer'; note?: string }[],
  ) => {
    const c = await submitComplaint({ actor: citizen, request: input, info: request }, deps);
    for (const s of steps)
      if (s.by)
        await actOnComplaint(
          { actor: s.by, complaintId: c.id, action: s.action, note: s.note, request },
          deps,
        );
  };
  if (supplement)
    await complain(
      {
        dossierId: supplement.id,
        kind: 'complaint',
        category: 'official',
        title: 'Yêu cầu bổ sung không rõ ràng',
        content:
          'Phiếu yêu cầu bổ sung chỉ ghi "bản scan rõ nét" mà không nói rõ độ phân giải hay định dạng cần nộp.',
      },
      [],
    );
  if (returned)
    await complain(
      {
        dossierId: returned.id,
        kind: 'suggestion',
        category: 'procedure',
        title: 'Đề nghị gửi kết quả qua bưu điện',
        content: 'Đề nghị phường cho phép nhận bản chính trích lục khai sinh qua dịch vụ bưu chính công ích.',
      },
      [
        { by: receiver, action: 'accept' },
        {
          by: receiver,
          action: 'answer',
          note: 'Phường đã tiếp nhận kiến nghị. Từ tháng tới, công dân có thể chọn nhận kết quả qua bưu chính công ích khi nộp hồ sơ.',
        },
      ],
    );
  if (hacThanh)
    await complain(
      {
        agencyId: hacThanh.id,
        kind: 'complaint',
        category: 'other',
        title: 'Bộ phận một cửa đông, chờ lâu',
        content:
          'Sáng thứ Hai bộ phận một cửa rất đông, không có máy lấy số thứ tự, người dân phải chờ hơn một giờ.',
      },
      [
        { by: receiverHacThanh, action: 'accept' },
        { by: receiverHacThanh, action: 'start' },
      ],
    );
  platform.logger.info('feedback demo data created');
}
