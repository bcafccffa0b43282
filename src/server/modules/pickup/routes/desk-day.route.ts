import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Booking, DayBookings, ServeRequest } from '../../../../contracts/pickup';
import type { PickupDeps } from '../deps';
import { listDayBookings } from '../services/list-day-bookings';
import { serveBooking } from '../services/serve-booking';

export const deskDayRoute: FastifyPluginAsyncZod<{ deps: PickupDeps }> = async (app, { deps }) => {
  app.get(
    '/pickup/desks/:agencyId/bookings',
    {
      schema: {
        summary: 'A desk’s pickup bookings of one day / Lịch hẹn trả kết quả trong ngày',
        tags: ['pickup'],
        params: z.object({ agencyId: z.uuid() }),
        querystring: z.object({ date: z.iso.date() }),
        response: { 200: DayBookings },
      },
    },
    async (request) =>
      listDayBookings(
        { actor: request.actor, agencyId: request.params.agencyId, date: request.query.date },
        deps,
      ),
  );
  app.post(
    '/pickup/bookings/:id/serve',
    {
      schema: {
        summary: 'Mark a booking served at a counter (the person came) / Đã phục vụ',
        tags: ['pickup'],
        params: z.object({ id: z.uuid() }),
        body: ServeRequest,
        response: { 200: Booking },
      },
    },
    async (request) =>
      serveBooking(
        {
          actor: request.actor,
          bookingId: request.params.id,
          counterId: request.body.counterId,
          requestId: String(request.id),
        },
        deps,
      ),
  );
};
