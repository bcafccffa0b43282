import { useCatalogueT } from '../../i18n';

/**
 * Messages of the personal data store page (kho quản lý dữ liệu điện tử của cá nhân), Vietnamese
 * first; the same `{name}` placeholders in both languages (checked by messages.test.ts).
 */
export const viStore = {
  'st.title': 'Kho dữ liệu của tôi',
  'st.lead':
    'Giấy tờ đã số hóa, kết quả giải quyết thủ tục và bản sao chứng thực điện tử của bạn được lưu tại đây. Khi nộp hồ sơ mới, bạn có thể dùng lại giấy tờ trong kho thay vì tải lên lại.',
  'st.empty':
    'Kho của bạn chưa có giấy tờ nào. Giấy tờ được số hóa khi nộp tại Bộ phận một cửa, kết quả điện tử và bản sao chứng thực điện tử sẽ tự động được lưu vào đây.',
  'st.loadError': 'Không tải được kho dữ liệu.',
  'st.caption': '{n} giấy tờ, mới nhất trước',
  'st.col.paper': 'Giấy tờ',
  'st.col.source': 'Nguồn',
  'st.col.date': 'Ngày lưu',
  'st.col.size': 'Dung lượng',
  'st.col.reuse': 'Đã dùng lại',
  'st.col.actions': 'Thao tác',
  'st.kind.digitised': 'Giấy tờ số hóa',
  'st.kind.result': 'Kết quả điện tử',
  'st.kind.certified_copy': 'Bản sao chứng thực điện tử',
  'st.kind.upload': 'Tệp tải lên',
  'st.filter.label': 'Loại giấy tờ',
  'st.filter.all': 'Tất cả ({n})',
  'st.filter.kind': '{kind} ({n})',
  'st.filter.none': 'Không có giấy tờ loại này.',
  'st.dossier': 'Hồ sơ {code}',
  'st.issuedBy': 'Cơ quan cấp: {name}',
  'st.noSource': 'Không gắn với hồ sơ',
  'st.reuse.never': 'Chưa dùng lại',
  'st.reuse.count': '{n} lần',
  'st.download': 'Tải về',
  'st.downloadLabel': 'Tải về {title}',
  'st.verify': 'Xác minh',
  'st.verifyLabel': 'Xác minh chữ ký số của {title}',
  'st.reuseHint':
    'Số lần dùng lại được ghi nhận cho từng giấy tờ và tính vào chỉ số khai thác, sử dụng lại dữ liệu số hóa (QĐ 766/QĐ-TTg).',
};

export type StoreKey = keyof typeof viStore;

export const enStore: Record<StoreKey, string> = {
  'st.title': 'My data store',
  'st.lead':
    'Your digitised papers, electronic results of procedures and certified electronic copies are kept here. When you submit a new dossier you can reuse a stored paper instead of uploading it again.',
  'st.empty':
    'Your store is empty. Papers digitised at the one-stop desk, electronic results and certified electronic copies are filed here automatically.',
  'st.loadError': 'Could not load your data store.',
  'st.caption': '{n} papers, newest first',
  'st.col.paper': 'Paper',
  'st.col.source': 'Source',
  'st.col.date': 'Stored on',
  'st.col.size': 'Size',
  'st.col.reuse': 'Reused',
  'st.col.actions': 'Actions',
  'st.kind.digitised': 'Digitised paper',
  'st.kind.result': 'Electronic result',
  'st.kind.certified_copy': 'Certified electronic copy',
  'st.kind.upload': 'Uploaded file',
  'st.filter.label': 'Kind of paper',
  'st.filter.all': 'All ({n})',
  'st.filter.kind': '{kind} ({n})',
  'st.filter.none': 'No papers of this kind.',
  'st.dossier': 'Dossier {code}',
  'st.issuedBy': 'Issued by: {name}',
  'st.noSource': 'Not linked to a dossier',
  'st.reuse.never': 'Not reused yet',
  'st.reuse.count': '{n} times',
  'st.download': 'Download',
  'st.downloadLabel': 'Download {title}',
  'st.verify': 'Verify',
  'st.verifyLabel': 'Verify the digital signature of {title}',
  'st.reuseHint':
    'Each reuse is recorded per paper and counts towards the digitised-data reuse indicator (Decision 766/QĐ-TTg).',
};

const catalogue = { vi: viStore, en: enStore };

/** `const st = useStoreT(); st('st.title')` in the reader's language. */
export function useStoreT() {
  return useCatalogueT(catalogue);
}
