import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Configuration, Provider } from 'oidc-provider';
import type { Config } from '../../../platform/config';
import { sendProblem } from '../../../platform/http';
import {
  eidSettings,
  SANDBOX_CLIENT_ID,
  SANDBOX_PATH,
  sandboxClientSecret,
  sandboxIssuer,
} from './eid-settings';
import { findSandboxIdentity, sandboxClaims } from './sandbox-identities';
import { loadSandboxJwks } from './sandbox-keys';
import { renderErrorPage, renderPickPage } from './sandbox-page';
import { createSandboxStore } from './sandbox-store';

const INTERACTION = new RegExp(`^${SANDBOX_PATH}/interaction/([\\w-]{8,100})(?:/(login|abort))?$`);

/**
 * The demo identity provider: a real OpenID Connect provider (oidc-provider) with one client,
 * Cửa Số itself, and a page where the demo user picks who to be. Loaded at the first request,
 * so processes that never show it pay nothing.
 */
export async function createSandboxProvider(config: Config): Promise<Provider> {
  const settings = eidSettings(config);
  if (config.eid.kind !== 'sandbox' || !settings) throw new Error('the eID sandbox runs in demo mode only');
  const { default: OidcProvider } = await import('oidc-provider');
  const derived = (purpose: string) =>
    createHmac('sha256', config.secretKey).update(purpose).digest('base64url');
  const claim = settings.personalIdClaim;
  const configuration: Configuration = {
    adapter: createSandboxStore(),
    clients: [
      {
        client_id: SANDBOX_CLIENT_ID,
        client_secret: sandboxClientSecret(config),
        client_name: config.siteName,
        redirect_uris: [settings.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: await loadSandboxJwks(config.dataDir),
    cookies: { keys: [derived('eid-sandbox-cookies')] },
    claims: {
      openid: ['sub'],
      profile: ['name', 'birthdate', 'gender', claim],
      phone: ['phone_number', 'phone_number_verified'],
      email: ['email', 'email_verified'],
    },
    // The identity travels in the signed ID token, as the relying party expects from the real eID.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    responseTypes: ['code'],
    interactions: { url: (_ctx, interaction) => `${SANDBOX_PATH}/interaction/${interaction.uid}` },
    findAccount(_ctx, sub) {
      const identity = findSandboxIdentity({ sub });
      return identity && { accountId: identity.sub, claims: () => sandboxClaims(identity, claim) };
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Grant: 3600,
      Session: 3600,
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = renderErrorPage({ error: out.error, description: out.error_description });
    },
  };
  const provider = new OidcProvider(sandboxIssuer(config), configuration);
  // Node serves plain HTTP: an https public URL means a TLS-offloading proxy in front.
  provider.proxy = config.publicUrl.startsWith('https://');
  return provider;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 2048) throw new Error('sandbox form too large');
  }
  return new URLSearchParams(body);
}

function sendHtml(res: ServerResponse, status: number, html: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(html);
}

async function interaction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  step: { uid: string; action: string | undefined; siteName: string },
) {
  const details = await provider.interactionDetails(req, res).catch(() => undefined);
  if (!details || details.uid !== step.uid)
    return sendHtml(res, 400, renderErrorPage({ error: 'invalid_request', description: 'phiên đã hết hạn' }));
  const base = `${SANDBOX_PATH}/interaction/${details.uid}`;
  if (req.method === 'GET' && !step.action)
    return sendHtml(
      res,
      200,
      renderPickPage({ action: `${base}/login`, abortAction: `${base}/abort`, siteName: step.siteName }),
    );
  if (req.method !== 'POST' || !step.action) return sendHtml(res, 405, renderErrorPage({ error: 'method' }));
  if (step.action === 'abort')
    return provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'Người dùng đã hủy đăng nhập' },
      { mergeWithLastSubmission: false },
    );
  const identity = findSandboxIdentity({ key: (await readForm(req)).get('who') ?? '' });
  if (!identity) return sendHtml(res, 400, renderErrorPage({ error: 'invalid_request' }));
  const grant = new provider.Grant({ accountId: identity.sub, clientId: details.params.client_id });
  grant.addOIDCScope(String(details.params.scope ?? 'openid'));
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: identity.sub, remember: false }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

/**
 * oidc-provider behind a path prefix: it reads the prefix back from `originalUrl`. Its single
 * sign-on session cookie is withheld: a demo machine is shared, so every sign-in asks who signs
 * in (and switching person never meets the provider's script-driven logout page).
 */
function forward(
  callback: ReturnType<Provider['callback']>,
  req: IncomingMessage & { originalUrl?: string },
  res: ServerResponse,
) {
  return new Promise<void>((resolve) => {
    const url = req.url ?? '/';
    const rest = url.slice(SANDBOX_PATH.length);
    req.originalUrl = url;
    req.url = rest.startsWith('/') ? rest : `/${rest}`;
    const cookie = req.headers.cookie
      ?.split(/;\s*/)
      .filter((c) => !c.startsWith('_session'))
      .join('; ');
    if (cookie) req.headers.cookie = cookie;
    else delete req.headers.cookie;
    res.once('finish', resolve).once('close', resolve);
    callback(req, res);
  });
}

/**
 * Serves the sandbox under /sandbox/eid in demo mode and 404 otherwise. The request is handed to
 * oidc-provider before Fastify reads the body (the provider parses its own form posts); the
 * headers set so far (security headers, request id, rate limit) are kept.
 */
export function mountSandbox(app: FastifyInstance, config: Config) {
  let sandbox: Promise<{ op: Provider; callback: ReturnType<Provider['callback']> }> | undefined;
  const handle = async (request: FastifyRequest, reply: FastifyReply) => {
    if (config.eid.kind !== 'sandbox') return sendProblem(reply, request, 'NOT_FOUND');
    sandbox ??= createSandboxProvider(config)
      .then((op) => ({ op, callback: op.callback() }))
      .catch((e) => {
        sandbox = undefined;
        throw e;
      });
    const { op, callback } = await sandbox;
    reply.hijack();
    const res = reply.raw;
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (value !== undefined) res.setHeader(name, value);
    res.setHeader('x-request-id', String(request.id));
    try {
      const match = INTERACTION.exec(request.url.split('?')[0] ?? '');
      if (match)
        await interaction(op, request.raw, res, {
          uid: match[1]!,
          action: match[2],
          siteName: config.siteName,
        });
      else await forward(callback, request.raw, res);
    } catch (err) {
      request.log.error({ err }, 'eID sandbox failed');
      if (!res.headersSent) sendHtml(res, 500, renderErrorPage({ error: 'server_error' }));
      else res.end();
    }
  };
  for (const url of [SANDBOX_PATH, `${SANDBOX_PATH}/*`])
    app.route({
      method: ['GET', 'POST'],
      url,
      schema: { hide: true },
      onRequest: handle,
      handler: async (request, reply) => sendProblem(reply, request, 'NOT_FOUND'),
    });
}
