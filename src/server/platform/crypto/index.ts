export { open, seal } from './envelope';
export { randomDigits, randomToken, safeEqual, sha256Hex } from './tokens';
