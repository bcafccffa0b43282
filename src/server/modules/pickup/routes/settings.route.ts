import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Desk, DeskSettings, DeskSettingsInput } from '../../../../contracts/pickup';
import type { PickupDeps } from '../deps';
import { getDeskSettings, listDesks, saveDeskSettings } from '../services/desk-settings';

const params = z.object({ agencyId: z.uuid() });

export const settingsRoute: FastifyPluginAsyncZod<{ deps: PickupDeps }> = async (app, { deps }) => {
  app.get(
    '/pickup/desks',
    {
      schema: {
        summary: 'Desks taking pickup bookings and queue numbers / Bộ phận một cửa nhận đặt lịch',
        tags: ['pickup'],
        response: { 200: z.object({ items: z.array(Desk) }) },
      },
    },
    async () => ({ items: await listDesks(deps) }),
  );
  app.get(
    '/pickup/desks/:agencyId/settings',
    {
      schema: {
        summary: 'Counters, services, opening hours and slots of a desk / Cấu hình quầy và giờ làm việc',
        tags: ['pickup'],
        params,
        response: { 200: DeskSettings },
      },
    },
    async (request) => getDeskSettings({ actor: request.actor, agencyId: request.params.agencyId }, deps),
  );
  app.put(
    '/pickup/desks/:agencyId/settings',
    {
      schema: {
        summary: 'Save the desk settings (agency admin) / Lưu cấu hình quầy',
        tags: ['pickup'],
        params,
        body: DeskSettingsInput,
        response: { 200: DeskSettings },
      },
    },
    async (request) =>
      saveDeskSettings(
        {
          actor: request.actor,
          agencyId: request.params.agencyId,
          settings: request.body,
          requestId: String(request.id),
        },
        deps,
      ),
  );
};
