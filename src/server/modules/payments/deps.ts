import type { Platform } from '../../platform/platform';
import type { PaymentGateway } from './lib/gateway';

/** What payment services need. */
export type PaymentDeps = Pick<Platform, 'db' | 'config' | 'blobs' | 'logger' | 'jobs' | 'mailer'> & {
  /** Undefined when no gateway is configured (production without VNPAY_* settings). */
  gateway: PaymentGateway | undefined;
};
