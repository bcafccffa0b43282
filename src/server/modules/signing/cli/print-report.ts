import { vietnamIsoTime } from '../pades/appearance';
import type { DocumentReport } from '../verify/report';

const MARK: Record<string, string> = { PASSED: '✓', FAILED: '✗', INDETERMINATE: '?', WARNING: '!' };
const RESULT: Record<string, string> = {
  TOTAL_PASSED: 'HỢP LỆ / PASSED',
  TOTAL_FAILED: 'KHÔNG HỢP LỆ / FAILED',
  INDETERMINATE: 'CHƯA XÁC ĐỊNH / INDETERMINATE',
};

/** The verification report as a person reads it in a terminal, Vietnamese first. */
export function formatReport(file: string, r: DocumentReport): string {
  const lines = [
    `Tệp / File: ${file}`,
    `  SHA-256: ${r.sha256}  (${r.size} byte, ${r.revisions} phiên bản / revisions)`,
    `  Số chữ ký / Signatures: ${r.signatureCount}`,
  ];
  if (!r.signatureCount) lines.push('  Tệp không có chữ ký số. / The file has no signature.');
  r.signatures.forEach((s, i) => {
    lines.push(
      '',
      `Chữ ký ${i + 1} / Signature ${i + 1}: ${s.fieldName} — ${RESULT[s.indication]}${s.subIndication ? ` (${s.subIndication})` : ''}`,
    );
    lines.push(`  Định dạng / Format: ${s.signatureFormat}, ${s.subFilter ?? '?'}`);
    if (s.signedBy)
      lines.push(
        `  Người ký / Signed by: ${s.signedBy.commonName ?? s.signedBy.subject}`,
        `    ${s.signedBy.subject}`,
      );
    const when = s.timestamp?.valid
      ? `${vietnamIsoTime(new Date(s.timestamp.time))} (dấu thời gian / time-stamp: ${s.timestamp.tsa})`
      : s.claimedSigningTime
        ? `${vietnamIsoTime(new Date(s.claimedSigningTime))} (tự khai / claimed)`
        : '?';
    lines.push(`  Thời điểm ký / Signing time: ${when}`);
    if (s.trustAnchor)
      lines.push(
        `  Chứng thư gốc / Trusted root: ${s.trustAnchor.subject}${s.trustAnchor.source ? ` [${s.trustAnchor.source}]` : ''}`,
      );
    lines.push(
      `  Phạm vi / Coverage: ${s.coverage}${s.revision ? `, phiên bản / revision ${s.revision}` : ''}`,
    );
    for (const c of s.checks) lines.push(`  ${MARK[c.status] ?? '-'} ${c.id}: ${c.vi}`, `      ${c.en}`);
    for (const ch of s.modifications.changes.filter((x) => !x.allowed))
      lines.push(`    ✗ ${ch.vi} / ${ch.en}`);
    for (const w of s.warnings.filter((w) => !s.checks.some((c) => c.vi === w.vi)))
      lines.push(`  ! ${w.vi}`, `      ${w.en}`);
  });
  lines.push(
    '',
    `Kết quả / Result: ${r.valid ? 'TẤT CẢ CHỮ KÝ HỢP LỆ / ALL SIGNATURES PASSED' : 'KHÔNG ĐẠT / NOT ALL SIGNATURES PASSED'}`,
  );
  if (r.unsignedTail)
    lines.push('  ! Có phần được thêm sau chữ ký cuối cùng. / Bytes were appended after the last signature.');
  return lines.join('\n');
}
