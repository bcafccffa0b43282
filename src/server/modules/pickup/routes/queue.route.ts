import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CounterBoard,
  KioskInfo,
  TakeTicketRequest,
  Ticket,
  TicketAction,
} from '../../../../contracts/pickup';
import type { PickupDeps } from '../deps';
import { actOnTicket } from '../services/act-on-ticket';
import { callNext } from '../services/call-next';
import { getCounterBoard } from '../services/counter-board';
import { getKiosk } from '../services/display-board';
import { takeTicket } from '../services/take-ticket';

const deskParams = z.object({ agencyId: z.uuid() });
const counterParams = z.object({ counterId: z.uuid() });

/** A kiosk serves a waiting room; a few numbers a minute per address is generous, a flood is not. */
const KIOSK_PER_MINUTE = 20;

export const queueRoute: FastifyPluginAsyncZod<{ deps: PickupDeps }> = async (app, { deps }) => {
  app.get(
    '/pickup/desks/:agencyId/kiosk',
    {
      schema: {
        summary: 'Services of the queue kiosk / Dịch vụ lấy số thứ tự',
        tags: ['pickup'],
        params: deskParams,
        response: { 200: KioskInfo },
      },
    },
    async (request) => getKiosk({ agencyId: request.params.agencyId }, deps),
  );
  app.post(
    '/pickup/desks/:agencyId/tickets',
    {
      config: { csrf: false, rateLimit: { max: KIOSK_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        summary: 'Take a queue number (public kiosk, rate-limited) / Lấy số thứ tự',
        tags: ['pickup'],
        params: deskParams,
        body: TakeTicketRequest,
        response: { 201: Ticket },
      },
    },
    async (request, reply) => {
      const ticket = await takeTicket(
        {
          actor: request.actor,
          agencyId: request.params.agencyId,
          letter: request.body.letter,
          requestId: String(request.id),
          ip: request.ip,
        },
        deps,
      );
      return reply.code(201).send(ticket);
    },
  );
  app.get(
    '/pickup/counters/:counterId',
    {
      schema: {
        summary: 'A counter’s call screen / Màn hình gọi số của quầy',
        tags: ['pickup'],
        params: counterParams,
        response: { 200: CounterBoard },
      },
    },
    async (request) => getCounterBoard({ actor: request.actor, counterId: request.params.counterId }, deps),
  );
  app.post(
    '/pickup/counters/:counterId/call-next',
    {
      schema: {
        summary: 'Call the next waiting number / Gọi số tiếp theo',
        tags: ['pickup'],
        params: counterParams,
        response: { 200: CounterBoard },
      },
    },
    async (request) =>
      callNext(
        { actor: request.actor, counterId: request.params.counterId, requestId: String(request.id) },
        deps,
      ),
  );
  app.post(
    '/pickup/tickets/:id/:action',
    {
      schema: {
        summary: 'Recall a number, or mark it served or no-show / Gọi lại, đã phục vụ, vắng mặt',
        tags: ['pickup'],
        params: z.object({ id: z.uuid(), action: TicketAction }),
        response: { 200: CounterBoard },
      },
    },
    async (request) =>
      actOnTicket(
        {
          actor: request.actor,
          ticketId: request.params.id,
          action: request.params.action,
          requestId: String(request.id),
        },
        deps,
      ),
  );
};
