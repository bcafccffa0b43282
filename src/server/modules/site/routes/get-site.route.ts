import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SiteInfo } from '../../../../contracts/site';
import type { Platform } from '../../../platform/platform';

export const getSiteRoute: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  app.get(
    '/site',
    {
      schema: {
        summary: 'Site identity shown in every face / Thông tin cổng',
        tags: ['site'],
        response: { 200: SiteInfo },
      },
    },
    async () => {
      const { config } = platform;
      return {
        name: config.siteName,
        agency: {
          name: config.site.agencyName,
          code: config.site.agencyCode,
          address: config.site.address,
          hotline: config.site.hotline,
        },
        demo: config.demo,
      };
    },
  );
};
