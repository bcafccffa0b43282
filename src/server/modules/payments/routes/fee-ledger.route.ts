import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FeeLedger } from '../../../../contracts/payments';
import { localPeriod, periodQuery } from '../../../platform/calendar';
import { sendXlsx } from '../../../platform/http';
import type { PaymentDeps } from '../deps';
import { feeLedger, feeLedgerWorkbook } from '../services/fee-ledger';

export const feeLedgerRoute: FastifyPluginAsyncZod<{ deps: PaymentDeps }> = async (app, { deps }) => {
  app.get(
    '/agencies/:id/fee-ledger',
    {
      schema: {
        summary: 'Receipts issued and refunds given by an agency over a period / Bảng kê thu phí, lệ phí',
        tags: ['payments'],
        params: z.object({ id: z.uuid() }),
        querystring: periodQuery,
        response: { 200: FeeLedger },
      },
      config: { signedIn: true },
    },
    async (request) =>
      feeLedger(
        { actor: request.actor, agencyId: request.params.id, period: localPeriod(request.query) },
        deps,
      ),
  );
  app.get(
    '/agencies/:id/fee-ledger/export',
    {
      schema: {
        summary: 'The fee ledger as Excel / Bảng kê thu phí, lệ phí (Excel)',
        tags: ['payments'],
        params: z.object({ id: z.uuid() }),
        querystring: periodQuery,
      },
      config: { signedIn: true },
    },
    async (request, reply) => {
      const book = await feeLedgerWorkbook(
        { actor: request.actor, agencyId: request.params.id, period: localPeriod(request.query) },
        deps,
      );
      return sendXlsx(reply, book);
    },
  );
};
