import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SetStepBudgetsRequest, StepBudgetsView } from '../../../../contracts/dossiers';
import type { DossierDeps } from '../deps';
import { getStepBudgets, setStepBudgets } from '../services/step-budgets';

const params = z.object({ code: z.string().regex(/^\d\.\d{6}$/) });
const querystring = z.object({
  /** The version in force on this day (YYYY-MM-DD, Asia/Ho_Chi_Minh); today by default. */
  on: z.iso.date().optional(),
});

/** The time of each workflow step of a procedure version (its internal process, quy trình nội bộ). */
export const stepBudgetsRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  app.get(
    '/procedures/:code/step-budgets',
    {
      schema: {
        summary: 'Time of each workflow step of a procedure version / Thời gian từng bước',
        tags: ['dossiers'],
        params,
        querystring,
        response: { 200: StepBudgetsView },
      },
    },
    async (request) => getStepBudgets({ procedureCode: request.params.code, on: request.query.on }, deps),
  );
  app.put(
    '/procedures/:code/step-budgets',
    {
      config: { signedIn: true },
      schema: {
        summary: 'Set the internal process of a procedure version / Cập nhật quy trình nội bộ',
        tags: ['dossiers'],
        params,
        querystring,
        body: SetStepBudgetsRequest,
        response: { 200: StepBudgetsView },
      },
    },
    async (request) =>
      setStepBudgets(
        {
          actor: request.actor,
          procedureCode: request.params.code,
          on: request.query.on,
          body: request.body,
          requestId: String(request.id),
        },
        deps,
      ),
  );
};
