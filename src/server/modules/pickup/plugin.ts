import type { FastifyPluginAsync } from 'fastify';
import type { Platform } from '../../platform/platform';
import type { PickupDeps } from './deps';
import { bookingsRoute } from './routes/bookings.route';
import { deskDayRoute } from './routes/desk-day.route';
import { displayRoute } from './routes/display.route';
import { postalRoute } from './routes/postal.route';
import { queueRoute } from './routes/queue.route';
import { settingsRoute } from './routes/settings.route';

export function pickupDeps(platform: Platform): PickupDeps {
  const { db, config, calendar, logger, jobs, mailer, bus } = platform;
  return { db, config, calendar, logger, jobs, mailer, bus };
}

export const pickupPlugin: FastifyPluginAsync<{ platform: Platform }> = async (app, { platform }) => {
  const deps = pickupDeps(platform);
  for (const route of [settingsRoute, bookingsRoute, deskDayRoute, queueRoute, displayRoute, postalRoute])
    await app.register(route, { deps });
};
