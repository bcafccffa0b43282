import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActionRequest,
  DossierActionSchema,
  DossierDetail,
  DossierSummary,
} from '../../../../contracts/dossiers';
import type { DossierDeps } from '../deps';
import { actOnDossier } from '../services/act-on-dossier';
import { claimDossier } from '../services/claim-dossier';
import { getDossier } from '../services/get-dossier';
import { listAssignees } from '../services/list-assignees';
import { listMyDossiers } from '../services/list-dossiers';

const params = z.object({ id: z.uuid() });

export const dossierRoute: FastifyPluginAsyncZod<{ deps: DossierDeps }> = async (app, { deps }) => {
  app.get(
    '/me/dossiers',
    {
      schema: {
        summary: 'My dossiers / Hồ sơ của tôi',
        tags: ['dossiers'],
        response: { 200: z.object({ items: z.array(DossierSummary) }) },
      },
    },
    async (request) => ({ items: await listMyDossiers({ actor: request.actor }, deps) }),
  );
  app.get(
    '/dossiers/:id',
    {
      schema: {
        summary: 'One dossier with its history / Chi tiết hồ sơ',
        tags: ['dossiers'],
        params,
        response: { 200: DossierDetail },
      },
    },
    async (request) =>
      getDossier({ actor: request.actor, dossierId: request.params.id, requestId: String(request.id) }, deps),
  );
  app.post(
    '/dossiers/:id/actions/:action',
    {
      schema: {
        summary: 'Take a workflow action (409 with the allowed actions when refused) / Xử lý hồ sơ',
        tags: ['dossiers'],
        params: z.object({ id: z.uuid(), action: DossierActionSchema }),
        body: ActionRequest,
        response: { 200: DossierDetail },
      },
    },
    async (request) => {
      await actOnDossier(
        {
          actor: request.actor,
          dossierId: request.params.id,
          action: request.params.action,
          input: request.body,
          requestId: String(request.id),
        },
        deps,
      );
      return getDossier(
        { actor: request.actor, dossierId: request.params.id, requestId: String(request.id) },
        deps,
      );
    },
  );
  app.get(
    '/dossiers/:id/assignees',
    {
      schema: {
        summary: 'Specialists this dossier can be assigned to / Chuyên viên có thể phân công',
        tags: ['dossiers'],
        params,
        response: { 200: z.object({ items: z.array(z.object({ id: z.uuid(), fullName: z.string() })) }) },
      },
    },
    async (request) => ({
      items: await listAssignees({ actor: request.actor, dossierId: request.params.id }, deps),
    }),
  );
  for (const [url, release] of [
    ['/dossiers/:id/claim', false],
    ['/dossiers/:id/release', true],
  ] as const)
    app.post(
      url,
      {
        schema: {
          summary: release
            ? 'Release a claimed dossier / Nhả hồ sơ'
            : 'Claim a dossier: one official at a time / Nhận xử lý',
          tags: ['dossiers'],
          params,
          response: { 200: z.object({ claimedBy: z.uuid().nullable() }) },
        },
      },
      async (request) =>
        claimDossier(
          { actor: request.actor, dossierId: request.params.id, release, requestId: String(request.id) },
          deps,
        ),
    );
};
