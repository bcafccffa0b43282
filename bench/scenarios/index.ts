import type { Scenario } from '../lib/scenario';
import { authRead } from './auth-read';
import { bookingContention } from './booking-contention';
import { catalogSearch } from './catalog-search';
import { coldStart } from './cold-start';
import { dossierInbox } from './dossier-inbox';
import { dossierSubmit } from './dossier-submit';
import { dossierTracking } from './dossier-tracking';
import { idleMemory } from './idle-memory';
import { login } from './login';
import { paymentIpn } from './payment-ipn';
import { publicRead } from './public-read';
import { signingThroughput, verificationThroughput } from './signing';

/** Every scenario, in the order `npm run bench` runs them. */
export const scenarios: Scenario[] = [
  publicRead,
  coldStart,
  idleMemory,
  login,
  authRead,
  catalogSearch,
  signingThroughput,
  verificationThroughput,
  dossierSubmit,
  dossierTracking,
  dossierInbox,
  paymentIpn,
  bookingContention,
];
