export { type Config, ConfigError, DEMO_KEY_ENCRYPTION_KEY, DEMO_SECRET, loadConfig } from './config';
