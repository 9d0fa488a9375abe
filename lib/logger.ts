import { pino, type Logger } from 'pino';

export type { Logger };

/** One structured JSON logger per process; `service` tells api, worker and relay lines apart. */
export function createLogger(service: string, level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
