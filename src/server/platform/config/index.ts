export {
  type Config,
  ConfigError,
  DEMO_KEY_ENCRYPTION_KEY,
  DEMO_SECRET,
  DEMO_VNPAY_HASH_SECRET,
  loadConfig,
} from './config';
