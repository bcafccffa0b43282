import { z } from 'zod';

// Links in mail are only ever http(s): a `javascript:` or `data:` URL in data must not become a clickable link.
const httpUrl = z.url({ protocol: /^https?$/ });
const minutesValid = z
  .number()
  .int()
  .positive()
  .max(24 * 60);

/**
 * Data each template needs. Mail is usually sent from an outbox job whose payload is plain JSON, so the data
 * is validated here rather than trusted.
 */
export const mailTemplateSchemas = {
  otp: z.object({ code: z.string().regex(/^\d{4,10}$/), minutesValid }),
  'password-reset': z.object({ link: httpUrl, minutesValid }),
  'dossier-status': z.object({
    dossierCode: z.string().min(1),
    statusName: z.string().min(1),
    trackingLink: httpUrl,
    procedureName: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
    /** The signed papers handed back, by their own names (trích lục khai sinh, bản sao chứng thực…). */
    results: z.array(z.string().min(1).max(500)).max(50).optional(),
  }),
  notice: z.object({
    subject: z.string().min(1),
    /** Paragraphs separated by blank lines. */
    body: z.string().min(1),
    bodyEn: z.string().min(1).optional(),
    link: httpUrl.optional(),
  }),
};

export type MailTemplateName = keyof typeof mailTemplateSchemas;
export type MailTemplateData = { [K in MailTemplateName]: z.input<(typeof mailTemplateSchemas)[K]> };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A paragraph is a run of pieces: plain text, a one-time code shown large, or a link shown as its URL. */
type Piece = string | { code: string } | { link: string };
type Paragraph = Piece[];

const BRAND = 'Cửa Số';
const FOOTER_VI = `Thư này được gửi tự động từ hệ thống ${BRAND}, vui lòng không trả lời.`;
const FOOTER_EN = `This is an automated message from ${BRAND}; please do not reply.`;

const renderers: {
  [K in MailTemplateName]: (data: z.output<(typeof mailTemplateSchemas)[K]>) => RenderedMail;
} = {
  otp: ({ code, minutesValid }) =>
    compose(
      `Mã xác thực ${BRAND} - Verification code`,
      [
        ['Mã xác thực của bạn là: ', { code }],
        [`Mã có hiệu lực trong ${minutesValid} phút. Không chia sẻ mã này với bất kỳ ai, kể cả cán bộ.`],
        ['Nếu bạn không yêu cầu mã này, hãy bỏ qua thư.'],
      ],
      [
        [
          `Your verification code is ${code}. It is valid for ${minutesValid} minutes; do not share it with anyone.`,
        ],
      ],
    ),
  'password-reset': ({ link, minutesValid }) =>
    compose(
      `Đặt lại mật khẩu ${BRAND} - Password reset`,
      [
        [
          'Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn. Mở liên kết sau để đặt mật khẩu mới:',
        ],
        [{ link }],
        [
          `Liên kết có hiệu lực trong ${minutesValid} phút. Nếu bạn không yêu cầu, hãy bỏ qua thư; mật khẩu không đổi.`,
        ],
      ],
      [
        [
          `To reset your password, open the link above within ${minutesValid} minutes. Ignore this message if you did not ask.`,
        ],
      ],
    ),
  'dossier-status': ({ dossierCode, statusName, trackingLink, procedureName, note, results }) =>
    compose(
      `Hồ sơ ${dossierCode}: ${statusName} - Dossier update`,
      [
        [
          `Hồ sơ ${dossierCode}${procedureName ? ` (${procedureName})` : ''} đã chuyển sang trạng thái: ${statusName}.`,
        ],
        ...(results?.length
          ? [
              [
                `Kết quả đã ký số: ${results.join('; ')}. Bản điện tử được lưu trong kho dữ liệu của bạn và tải về được ở trang hồ sơ.`,
              ],
            ]
          : []),
        ...(note ? [[`Ghi chú: ${note}`]] : []),
        ['Tra cứu tiến độ giải quyết: ', { link: trackingLink }],
      ],
      [
        [`Dossier ${dossierCode} is now: ${statusName}. Track it at the link above.`],
        ...(results?.length
          ? [[`Digitally signed result: ${results.join('; ')}. It is kept in your personal data store.`]]
          : []),
      ],
    ),
  notice: ({ subject, body, bodyEn, link }) =>
    compose(subject, [...paragraphs(body), ...(link ? [[{ link }]] : [])], bodyEn ? paragraphs(bodyEn) : []),
};

/** Validate `data` for `template` and render the message; throws a ZodError for bad data. */
export function renderMailTemplate<K extends MailTemplateName>(
  template: K,
  data: MailTemplateData[K],
): RenderedMail {
  // The schema and renderer are looked up by the same key; TypeScript cannot correlate the two lookups.
  const schema: z.ZodType = mailTemplateSchemas[template];
  const render = renderers[template] as (input: unknown) => RenderedMail;
  return render(schema.parse(data));
}

function paragraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => [part]);
}

function compose(subject: string, vi: Paragraph[], en: Paragraph[]): RenderedMail {
  // A header is one line; data with line breaks must not reach it.
  const cleanSubject = subject.normalize('NFC').replace(/\s+/g, ' ').trim();
  const textOf = (paragraph: Paragraph) =>
    paragraph
      .map((piece) => (typeof piece === 'string' ? piece : 'code' in piece ? piece.code : piece.link))
      .join('');
  const htmlOf = (paragraph: Paragraph) =>
    paragraph
      .map((piece) => {
        if (typeof piece === 'string') return escapeHtml(piece);
        if ('code' in piece)
          return `<strong style="font-size:22px;letter-spacing:4px">${escapeHtml(piece.code)}</strong>`;
        const href = escapeHtml(piece.link);
        return `<a href="${href}">${href}</a>`;
      })
      .join('');
  const enBlock = en.length > 0 ? ['---', ...en.map(textOf)] : [];
  // "-- " is the signature delimiter (RFC 3676 §4.3): clients fold or dim the footer.
  const text = [...vi.map(textOf), ...enBlock, `-- \n${FOOTER_VI}\n${FOOTER_EN}`].join('\n\n');
  const html = [
    '<!doctype html>',
    `<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(cleanSubject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#1a1a1a">',
    ...vi.map((p) => `<p>${htmlOf(p)}</p>`),
    ...en.map((p) => `<p lang="en" style="color:#555">${htmlOf(p)}</p>`),
    `<hr><p style="font-size:12px;color:#666">${escapeHtml(FOOTER_VI)}<br><span lang="en">${escapeHtml(FOOTER_EN)}</span></p>`,
    '</body></html>',
  ].join('\n');
  return { subject: cleanSubject, text: text.normalize('NFC'), html: html.normalize('NFC') };
}

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );
}
