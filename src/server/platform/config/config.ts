import { resolve } from 'node:path';
import { z } from 'zod';

/** Key material shipped for development and demo only; production refuses it. */
export const DEMO_SECRET = 'cuaso-demo-secret-not-for-production-use-000000';
export const DEMO_KEY_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');
/** The hash secret of the built-in payment sandbox (demo mode); production refuses it. */
export const DEMO_VNPAY_HASH_SECRET = 'CUASOSANDBOXHASHSECRETDEMO000000';

const port = z.coerce.number().int().min(0).max(65535);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const base64Key32 = z
  .string()
  .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes encoded in base64');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave it unset for the embedded database)')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default('./data'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Cửa Số <no-reply@cuaso.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  KEY_ENCRYPTION_KEY: base64Key32.optional(),
  DEMO: bool.optional(),
  JOBS: z.enum(['inline', 'off']).default('inline'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  TRACKING_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  SITE_NAME: z.string().min(1).default('Cửa Số'),
  DOSSIER_CODE_FORMAT: z.string().min(5).max(100).optional(),
  // Office hours ahead of a deadline; 7.5 = one working day (WORKING_DAY_HOURS), at most ten.
  DOSSIER_REMINDER_HOURS: z.coerce.number().min(0.5).max(75).default(7.5),
  CLAMD_ADDRESS: z
    .string()
    .regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port of a clamd daemon')
    .optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
  EID_ISSUER: z.url().optional(),
  EID_CLIENT_ID: z.string().min(1).optional(),
  EID_CLIENT_SECRET: z.string().min(1).optional(),
  EID_PERSONAL_ID_CLAIM: z.string().min(1).default('personal_identification_number'),
  SITE_AGENCY_NAME: z.string().min(1).default('Ủy ban nhân dân tỉnh Thanh Hóa'),
  SITE_AGENCY_CODE: z
    .string()
    .regex(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/, 'must be an organisation id like 000.00.00.H56')
    .default('000.00.00.H56'),
  SITE_AGENCY_ADDRESS: z.string().min(1).default('35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa'),
  SITE_HOTLINE: z.string().min(1).default('1900 0000'),
  VNPAY_TMN_CODE: z
    .string()
    .regex(/^[A-Z0-9]{8}$/, 'must be the 8-character terminal code (vnp_TmnCode) the gateway issued')
    .optional(),
  VNPAY_HASH_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  VNPAY_PAY_URL: z.url().optional(),
  VNPAY_QUERY_URL: z.url().optional(),
  PAYMENT_EXPIRE_MINUTES: z.coerce.number().int().min(5).max(1440).default(15),
  PAYMENT_RECONCILE_AFTER_MINUTES: z.coerce.number().int().min(1).max(1440).default(20),
  PAYMENT_IPN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  database: { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dir: string };
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  secretKey: string;
  keyEncryptionKey: Buffer;
  demo: boolean;
  jobs: 'inline' | 'off';
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  rateLimitPerMinute: number;
  /** Sign-in attempts per client IP and minute (on top of the per-account lockout). */
  authRateLimitPerMinute: number;
  /** Public dossier-tracking lookups per client IP and minute (code + 4 digits must not be guessable). */
  trackingRateLimitPerMinute: number;
  siteName: string;
  /** Dossier code format (TT 01/2018 Điều 19 by default); checked by the dossier module. */
  dossierCodeFormat: string | undefined;
  /** How far ahead, in office hours, officials are reminded of a step deadline or an appointment. */
  dossierReminderHours: number;
  /** host:port of a ClamAV daemon scanning uploads; unset = uploads are not scanned. */
  clamdAddress: string | undefined;
  site: { agencyName: string; agencyCode: string; address: string; hotline: string };
  session: { idleMs: number; absoluteMs: number; cacheMs: number };
  /** National eID (OpenID Connect). Unset in demo mode means the built-in sandbox provider. */
  eid:
    | { kind: 'external'; issuer: string; clientId: string; clientSecret: string; personalIdClaim: string }
    | { kind: 'sandbox'; personalIdClaim: string }
    | { kind: 'off' };
  /**
   * Online payment (VNPay 2.1.0 protocol). Unset in demo mode means the built-in sandbox gateway at
   * /sandbox/payment; a real gateway needs only its terminal code, secret and URLs.
   */
  payment: {
    gateway:
      | { kind: 'vnpay' | 'sandbox'; tmnCode: string; hashSecret: string; payUrl: string; queryUrl: string }
      | { kind: 'off' };
    expireMinutes: number;
    reconcileAfterMinutes: number;
    ipnRateLimitPerMinute: number;
  };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment; every message names the variable it is about. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const demo = e.DEMO ?? !isProduction;
  const problems: string[] = [];
  if (isProduction) {
    if (demo) problems.push('DEMO: demo data is not allowed with NODE_ENV=production');
    if (!e.SECRET_KEY) problems.push('SECRET_KEY: required with NODE_ENV=production');
    if (e.SECRET_KEY === DEMO_SECRET)
      problems.push('SECRET_KEY: the demo secret is not allowed in production');
    if (!e.KEY_ENCRYPTION_KEY) problems.push('KEY_ENCRYPTION_KEY: required with NODE_ENV=production');
    if (e.KEY_ENCRYPTION_KEY === DEMO_KEY_ENCRYPTION_KEY)
      problems.push('KEY_ENCRYPTION_KEY: the demo key is not allowed in production');
    if (!e.SMTP_URL) problems.push('SMTP_URL: required with NODE_ENV=production');
    if (!e.PUBLIC_URL?.startsWith('https://'))
      problems.push('PUBLIC_URL: an https:// URL is required with NODE_ENV=production');
    if (e.EID_ISSUER && !e.EID_ISSUER.startsWith('https://'))
      problems.push('EID_ISSUER: an https:// URL is required with NODE_ENV=production');
  }
  const eidVars = [e.EID_ISSUER, e.EID_CLIENT_ID, e.EID_CLIENT_SECRET].filter(Boolean).length;
  if (eidVars > 0 && eidVars < 3)
    problems.push('EID_ISSUER: EID_ISSUER, EID_CLIENT_ID and EID_CLIENT_SECRET must be set together');
  const vnpayVars = [e.VNPAY_TMN_CODE, e.VNPAY_HASH_SECRET, e.VNPAY_PAY_URL, e.VNPAY_QUERY_URL];
  if (vnpayVars.some(Boolean) && !vnpayVars.every(Boolean))
    problems.push(
      'VNPAY_TMN_CODE: VNPAY_TMN_CODE, VNPAY_HASH_SECRET, VNPAY_PAY_URL and VNPAY_QUERY_URL must be set together',
    );
  if (isProduction && e.VNPAY_HASH_SECRET === DEMO_VNPAY_HASH_SECRET)
    problems.push('VNPAY_HASH_SECRET: the sandbox secret is not allowed in production');
  if (isProduction && [e.VNPAY_PAY_URL, e.VNPAY_QUERY_URL].some((u) => u && !u.startsWith('https://')))
    problems.push('VNPAY_PAY_URL: https:// URLs are required with NODE_ENV=production');
  if (problems.length) throw new ConfigError(problems);

  const dataDir = resolve(e.DATA_DIR);
  const publicHost = e.HOST === '0.0.0.0' || e.HOST === '::' ? 'localhost' : e.HOST;
  const publicUrl = (e.PUBLIC_URL ?? `http://${publicHost}:${e.PORT}`).replace(/\/$/, '');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dir: resolve(dataDir, 'pglite') },
    dataDir,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    secretKey: e.SECRET_KEY ?? DEMO_SECRET,
    keyEncryptionKey: Buffer.from(e.KEY_ENCRYPTION_KEY ?? DEMO_KEY_ENCRYPTION_KEY, 'base64'),
    demo,
    jobs: e.JOBS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    uploadLimitBytes: e.UPLOAD_LIMIT_BYTES,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    authRateLimitPerMinute: e.AUTH_RATE_LIMIT_PER_MINUTE,
    trackingRateLimitPerMinute: e.TRACKING_RATE_LIMIT_PER_MINUTE,
    siteName: e.SITE_NAME,
    dossierCodeFormat: e.DOSSIER_CODE_FORMAT,
    dossierReminderHours: e.DOSSIER_REMINDER_HOURS,
    clamdAddress: e.CLAMD_ADDRESS,
    site: {
      agencyName: e.SITE_AGENCY_NAME,
      agencyCode: e.SITE_AGENCY_CODE,
      address: e.SITE_AGENCY_ADDRESS,
      hotline: e.SITE_HOTLINE,
    },
    session: {
      idleMs: e.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
      cacheMs: e.SESSION_CACHE_SECONDS * 1000,
    },
    eid:
      e.EID_ISSUER && e.EID_CLIENT_ID && e.EID_CLIENT_SECRET
        ? {
            kind: 'external',
            issuer: e.EID_ISSUER,
            clientId: e.EID_CLIENT_ID,
            clientSecret: e.EID_CLIENT_SECRET,
            personalIdClaim: e.EID_PERSONAL_ID_CLAIM,
          }
        : demo
          ? { kind: 'sandbox', personalIdClaim: e.EID_PERSONAL_ID_CLAIM }
          : { kind: 'off' },
    payment: {
      gateway:
        e.VNPAY_TMN_CODE && e.VNPAY_HASH_SECRET && e.VNPAY_PAY_URL && e.VNPAY_QUERY_URL
          ? {
              kind: 'vnpay',
              tmnCode: e.VNPAY_TMN_CODE,
              hashSecret: e.VNPAY_HASH_SECRET,
              payUrl: e.VNPAY_PAY_URL,
              queryUrl: e.VNPAY_QUERY_URL,
            }
          : demo
            ? {
                kind: 'sandbox',
                tmnCode: 'CUASO001',
                hashSecret: DEMO_VNPAY_HASH_SECRET,
                payUrl: `${publicUrl}/sandbox/payment/paymentv2/vpcpay.html`,
                queryUrl: `${publicUrl}/sandbox/payment/merchant_webapi/api/transaction`,
              }
            : { kind: 'off' },
      expireMinutes: e.PAYMENT_EXPIRE_MINUTES,
      reconcileAfterMinutes: e.PAYMENT_RECONCILE_AFTER_MINUTES,
      ipnRateLimitPerMinute: e.PAYMENT_IPN_RATE_LIMIT_PER_MINUTE,
    },
  };
}
