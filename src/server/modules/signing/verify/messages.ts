import type { Message } from './report';

/** Every reason the verifier gives, in Vietnamese and English. */
const d = (date: Date) =>
  `${new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')} (UTC+7)`;

export const msg = {
  byteRangeOk: (): Message => ({
    vi: 'Phạm vi ký (ByteRange) hợp lệ và chứa đúng giá trị chữ ký.',
    en: 'The signed byte range is well formed and holds the signature value.',
  }),
  byteRangeBad: (): Message => ({
    vi: 'Phạm vi ký (ByteRange) không hợp lệ: tệp đã bị ghi lại hoặc chữ ký bị hỏng.',
    en: 'The signed byte range is invalid: the file was rewritten or the signature is damaged.',
  }),
  subFilterUnsupported: (f: string): Message => ({
    vi: `Định dạng chữ ký ${f} không được hỗ trợ.`,
    en: `The signature format ${f} is not supported.`,
  }),
  notPades: (): Message => ({
    vi: 'Chữ ký theo định dạng PKCS#7 cũ (adbe.pkcs7.detached), không phải PAdES cơ bản.',
    en: 'A legacy PKCS#7 signature (adbe.pkcs7.detached), not PAdES baseline.',
  }),
  cmsBad: (): Message => ({
    vi: 'Không đọc được dữ liệu chữ ký (CMS) trong tệp.',
    en: 'The signature data (CMS) cannot be read.',
  }),
  digestOk: (): Message => ({
    vi: 'Nội dung được ký còn nguyên vẹn (giá trị băm khớp).',
    en: 'The signed content is intact (the digest matches).',
  }),
  digestBad: (): Message => ({
    vi: 'Nội dung đã bị thay đổi sau khi ký (giá trị băm không khớp).',
    en: 'The content was altered after signing (the digest does not match).',
  }),
  weakHash: (h: string): Message => ({
    vi: `Thuật toán băm ${h} không còn được chấp nhận cho chữ ký số.`,
    en: `The hash algorithm ${h} is no longer accepted for signatures.`,
  }),
  signatureOk: (): Message => ({
    vi: 'Chữ ký số hợp lệ với khóa công khai của chứng thư ký.',
    en: 'The signature verifies with the signing certificate’s public key.',
  }),
  signatureBad: (): Message => ({
    vi: 'Chữ ký số không hợp lệ (kiểm tra mật mã thất bại).',
    en: 'The signature value does not verify (cryptographic check failed).',
  }),
  signerMissing: (): Message => ({
    vi: 'Không tìm thấy chứng thư của người ký trong chữ ký.',
    en: 'The signer’s certificate is not in the signature.',
  }),
  essOk: (): Message => ({
    vi: 'Chứng thư ký được gắn vào chữ ký (thuộc tính signing-certificate-v2).',
    en: 'The signing certificate is bound to the signature (signing-certificate-v2).',
  }),
  essAbsent: (): Message => ({
    vi: 'Chữ ký không có thuộc tính signing-certificate-v2 (chưa đạt PAdES cơ bản).',
    en: 'The signature lacks the signing-certificate-v2 attribute (not PAdES baseline).',
  }),
  essMismatch: (): Message => ({
    vi: 'Thuộc tính signing-certificate-v2 không khớp với chứng thư ký.',
    en: 'The signing-certificate-v2 attribute does not match the signing certificate.',
  }),
  signingTimeAttr: (): Message => ({
    vi: 'Chữ ký chứa thuộc tính signing-time, PAdES cơ bản không cho phép.',
    en: 'The signature carries a signing-time attribute, which PAdES baseline forbids.',
  }),
  timestampOk: (t: Date, tsa: string): Message => ({
    vi: `Dấu thời gian hợp lệ: chữ ký tồn tại lúc ${d(t)} (${tsa}).`,
    en: `Valid time-stamp: the signature existed at ${d(t)} (${tsa}).`,
  }),
  timestampBad: (): Message => ({
    vi: 'Dấu thời gian kèm chữ ký không hợp lệ hoặc không được tin cậy; không dùng làm bằng chứng thời điểm ký.',
    en: 'The signature time-stamp is invalid or untrusted; it is not used as proof of the signing time.',
  }),
  chainOk: (root: string): Message => ({
    vi: `Chứng thư ký dẫn tới chứng thư gốc tin cậy "${root}".`,
    en: `The signing certificate chains to the trusted root "${root}".`,
  }),
  chainUntrusted: (): Message => ({
    vi: 'Chứng thư ký không dẫn tới chứng thư gốc nào trong danh sách tin cậy.',
    en: 'The signing certificate does not chain to any trusted root.',
  }),
  chainOutOfBounds: (s: string): Message => ({
    vi: `Chứng thư trung gian "${s}" không còn hiệu lực tại thời điểm kiểm tra.`,
    en: `The intermediate certificate "${s}" is outside its validity at the validation time.`,
  }),
  chainConstraints: (s: string): Message => ({
    vi: `Chứng thư "${s}" không được phép cấp chứng thư (ràng buộc CA).`,
    en: `The certificate "${s}" may not issue certificates (CA constraints).`,
  }),
  validAtSigning: (): Message => ({
    vi: 'Chứng thư ký còn hiệu lực tại thời điểm ký.',
    en: 'The signing certificate was valid at signing time.',
  }),
  expiredSince: (t: Date): Message => ({
    vi: `Chứng thư ký đã hết hạn từ ${d(t)}, nhưng dấu thời gian chứng minh chữ ký được tạo khi còn hiệu lực.`,
    en: `The signing certificate expired on ${d(t)}, but the time-stamp proves the signature was made while valid.`,
  }),
  expiredNoPoe: (t: Date): Message => ({
    vi: `Chứng thư ký đã hết hạn từ ${d(t)} và không có dấu thời gian chứng minh chữ ký có trước đó.`,
    en: `The signing certificate expired on ${d(t)} and no time-stamp proves the signature existed before.`,
  }),
  expiredAtSigning: (t: Date): Message => ({
    vi: `Chứng thư ký đã hết hạn (${d(t)}) trước thời điểm ký.`,
    en: `The signing certificate had expired (${d(t)}) before the signature was made.`,
  }),
  notYetValid: (t: Date): Message => ({
    vi: `Chứng thư ký chưa có hiệu lực tại thời điểm ký (hiệu lực từ ${d(t)}).`,
    en: `The signing certificate was not yet valid at signing time (valid from ${d(t)}).`,
  }),
  notRevoked: (source: string): Message => ({
    vi: `Chứng thư không bị thu hồi (kiểm tra qua ${source}).`,
    en: `The certificates are not revoked (checked by ${source}).`,
  }),
  revoked: (t: Date): Message => ({
    vi: `Chứng thư ký đã bị thu hồi từ ${d(t)}, trước thời điểm ký được chứng minh.`,
    en: `The signing certificate was revoked on ${d(t)}, before the proven signing time.`,
  }),
  revokedNoPoe: (t: Date): Message => ({
    vi: `Chứng thư ký đã bị thu hồi từ ${d(t)}; không có dấu thời gian chứng minh chữ ký được tạo trước đó.`,
    en: `The signing certificate was revoked on ${d(t)}; no time-stamp proves the signature was made before.`,
  }),
  revokedAfter: (t: Date): Message => ({
    vi: `Chứng thư ký bị thu hồi từ ${d(t)}, sau thời điểm ký đã được dấu thời gian chứng minh.`,
    en: `The signing certificate was revoked on ${d(t)}, after the time-stamped signing time.`,
  }),
  revocationOffline: (): Message => ({
    vi: 'Chưa kiểm tra tình trạng thu hồi (chế độ ngoại tuyến, không có CRL).',
    en: 'Revocation was not checked (offline mode, no CRL available).',
  }),
  revocationUnavailable: (): Message => ({
    vi: 'Không lấy được thông tin thu hồi (CRL/OCSP) của chứng thư; hãy thử lại sau.',
    en: 'No revocation information (CRL/OCSP) could be obtained; try again later.',
  }),
  keyUsageOk: (): Message => ({
    vi: 'Mục đích sử dụng khóa của chứng thư cho phép ký số.',
    en: 'The certificate’s key usage allows digital signatures.',
  }),
  keyUsageBad: (): Message => ({
    vi: 'Chứng thư không có mục đích sử dụng khóa cho chữ ký số (digitalSignature/nonRepudiation).',
    en: 'The certificate’s key usage does not allow signatures (digitalSignature/nonRepudiation).',
  }),
  coverageFull: (): Message => ({
    vi: 'Chữ ký bao trùm toàn bộ tệp; không có thay đổi nào sau khi ký.',
    en: 'The signature covers the whole file; nothing was changed after signing.',
  }),
  changesAllowed: (): Message => ({
    vi: 'Sau khi ký chỉ có các thay đổi được phép (thêm chữ ký, siêu dữ liệu).',
    en: 'Only permitted changes were made after signing (further signatures, metadata).',
  }),
  changesDisallowed: (): Message => ({
    vi: 'Tài liệu đã bị sửa sau khi ký: nội dung đang hiển thị không phải nội dung đã được ký.',
    en: 'The document was modified after signing: what is shown is not what was signed.',
  }),
  partialCoverage: (): Message => ({
    vi: 'Chữ ký không bao trùm trọn một phiên bản của tệp.',
    en: 'The signature does not cover a complete revision of the file.',
  }),
};

/** Bilingual text of one detected change. */
export function changeMessage(c: { kind: string; page?: number | undefined; detail: string }): Message {
  const page = c.page !== undefined ? ` (trang ${c.page + 1})` : '';
  const vi: Record<string, string> = {
    signature_added: 'Thêm chữ ký số',
    validation_data: 'Thêm dữ liệu kiểm tra dài hạn (DSS)',
    metadata: 'Cập nhật siêu dữ liệu của tài liệu',
    form: 'Thay đổi biểu mẫu ngoài chữ ký',
    page_content: 'Nội dung trang bị thay đổi',
    pages: 'Thêm, bớt hoặc đổi thứ tự trang',
    annotation: 'Thêm, xóa hoặc sửa chú thích trên trang',
    catalog: 'Thay đổi cấu trúc tài liệu',
    object: 'Một đối tượng của tài liệu bị thay đổi',
  };
  return { vi: `${vi[c.kind] ?? c.kind}${page}`, en: c.detail };
}
