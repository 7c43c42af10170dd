import { pino, type Logger } from 'pino';

export type { Logger };

/** One structured logger per process; children carry the component name. */
export function createLogger(options: { level?: string; name?: string } = {}): Logger {
  return pino({
    name: options.name ?? 'verity',
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    redact: {
      paths: ['*.authorization', '*.token', '*.password', '*.secret', '*.apiKey'],
      censor: '[redacted]',
    },
  });
}

/** A logger that writes nothing, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
