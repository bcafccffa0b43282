export { registerErrorHandling, sendProblem } from './error-handler';
export { registerHealth } from './health';
export { registerMetrics } from './metrics';
export { registerOpenApi } from './openapi';
export { genRequestId } from './request-id';
export { registerSecurity } from './security';
export { sendXlsx } from './send-xlsx';
export { registerStaticWeb, WEB_DIST } from './static-web';
