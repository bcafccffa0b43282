import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Booking, BookRequest, DossierPickup, FreeSlots, MoveRequest } from '../../../../contracts/pickup';
import type { PickupDeps } from '../deps';
import { bookSlot } from '../services/book-slot';
import { cancelBooking } from '../services/cancel-booking';
import { getDossierPickup } from '../services/get-dossier-pickup';
import { listFreeSlots } from '../services/list-free-slots';
import { listMyBookings } from '../services/list-my-bookings';
import { moveBooking } from '../services/move-booking';

const dossierParams = z.object({ id: z.uuid() });
const bookingParams = z.object({ id: z.uuid() });

export const bookingsRoute: FastifyPluginAsyncZod<{ deps: PickupDeps }> = async (app, { deps }) => {
  app.get(
    '/dossiers/:id/pickup',
    {
      schema: {
        summary: 'Pickup of my dossier’s result: booking and postal delivery / Nhận kết quả hồ sơ',
        tags: ['pickup'],
        params: dossierParams,
        response: { 200: DossierPickup },
      },
    },
    async (request) =>
      getDossierPickup(
        { actor: request.actor, dossierId: request.params.id, requestId: String(request.id) },
        deps,
      ),
  );
  app.get(
    '/dossiers/:id/pickup/slots',
    {
      schema: {
        summary: 'Free pickup slots for my dossier / Khung giờ còn trống',
        tags: ['pickup'],
        params: dossierParams,
        response: { 200: FreeSlots },
      },
    },
    async (request) =>
      listFreeSlots(
        { actor: request.actor, dossierId: request.params.id, requestId: String(request.id) },
        deps,
      ),
  );
  app.post(
    '/pickup/bookings',
    {
      schema: {
        summary: 'Book a pickup slot (409 when full) / Đặt lịch nhận kết quả',
        tags: ['pickup'],
        body: BookRequest,
        response: { 201: Booking },
      },
    },
    async (request, reply) => {
      const booking = await bookSlot(
        { actor: request.actor, ...request.body, requestId: String(request.id) },
        deps,
      );
      return reply.code(201).send(booking);
    },
  );
  app.get(
    '/me/pickup-bookings',
    {
      schema: {
        summary: 'My pickup bookings / Lịch nhận kết quả của tôi',
        tags: ['pickup'],
        response: { 200: z.object({ items: z.array(Booking) }) },
      },
    },
    async (request) => ({ items: await listMyBookings({ actor: request.actor }, deps) }),
  );
  app.post(
    '/pickup/bookings/:id/move',
    {
      schema: {
        summary: 'Move my booking to another slot, atomically / Đổi lịch',
        tags: ['pickup'],
        params: bookingParams,
        body: MoveRequest,
        response: { 200: Booking },
      },
    },
    async (request) =>
      moveBooking(
        {
          actor: request.actor,
          bookingId: request.params.id,
          ...request.body,
          requestId: String(request.id),
        },
        deps,
      ),
  );
  app.post(
    '/pickup/bookings/:id/cancel',
    {
      schema: {
        summary: 'Cancel my booking / Hủy lịch',
        tags: ['pickup'],
        params: bookingParams,
        response: { 200: Booking },
      },
    },
    async (request) =>
      cancelBooking(
        { actor: request.actor, bookingId: request.params.id, requestId: String(request.id) },
        deps,
      ),
  );
};
