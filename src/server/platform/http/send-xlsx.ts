import type { FastifyReply } from 'fastify';

/** Answers an Excel workbook (a register, a ledger) as a download with its file name. */
export function sendXlsx(reply: FastifyReply, book: { filename: string; content: Buffer }) {
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${book.filename}"`)
    .send(book.content);
}
