import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; secrets and personal data in headers never reach them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.privateKey',
      ],
      censor: '[redacted]',
    },
  });
}
