import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Me, UpdateProfileRequest } from '../../../../contracts/identity';
import { requestContext } from '../../../platform/auth';
import type { IdentityDeps } from '../deps';
import { getMe } from '../services/get-me';
import { updateProfile } from '../services/update-profile';

export const meRoute: FastifyPluginAsyncZod<{ deps: IdentityDeps }> = async (app, { deps }) => {
  app.get(
    '/me',
    {
      schema: { summary: 'The signed-in person / Người đang đăng nhập', tags: ['me'], response: { 200: Me } },
    },
    async (request) => getMe({ actor: request.actor }, deps),
  );
  app.patch(
    '/me',
    {
      schema: {
        summary: 'Update my profile / Cập nhật thông tin cá nhân',
        tags: ['me'],
        body: UpdateProfileRequest,
        response: { 200: Me },
      },
    },
    async (request) => {
      await updateProfile(
        { actor: request.actor, changes: request.body, context: requestContext(request) },
        deps,
      );
      return getMe({ actor: request.actor }, deps);
    },
  );
};
