import { Redis, type Command } from 'ioredis';
import { DependencyUnavailableError, type DependencyMonitor } from './dependencies.ts';

export type { Redis };

/** Failures of the connection rather than of the command: these mean Redis is away or slow. */
const TRANSPORT_FAILURE = /Command timed out|Connection is closed|Stream isn't writeable|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT/;

function isTransportFailure(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return err.name === 'MaxRetriesPerRequestError' || TRANSPORT_FAILURE.test(err.message);
}

/**
 * An ioredis client that never lets a command wait without bound: each command gets
 * `commandTimeoutMs`, and a few reconnect attempts at most. With a monitor (the API), every
 * command also fails at once with DependencyUnavailableError while Redis is down, the commands
 * already waiting are rejected the moment the monitor sees it go down, and a timeout or a lost
 * connection is reported as DependencyUnavailableError too. Callers decide whether a use fails
 * open (catch it) or closed (let it become a 503); see docs/failing-dependencies.md.
 */
export function createRedis(url: string, opts: { monitor?: DependencyMonitor; commandTimeoutMs?: number } = {}): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    connectTimeout: 3_000,
    lazyConnect: false,
    commandTimeout: opts.commandTimeoutMs ?? 3_000,
  });
  const monitor = opts.monitor;
  if (!monitor) return redis;

  const waiting = new Set<Command>();
  monitor.onDown('redis', () => {
    const cut = [...waiting];
    waiting.clear();
    for (const command of cut) command.reject(new DependencyUnavailableError('redis'));
  });
  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = (command: Command, stream?: Parameters<Redis['sendCommand']>[1]) => {
    if (monitor.isDown('redis')) {
      command.reject(new DependencyUnavailableError('redis'));
      return command.promise;
    }
    const reject = command.reject;
    command.reject = (err: Error) => {
      waiting.delete(command);
      reject(isTransportFailure(err) ? new DependencyUnavailableError('redis', err) : err);
    };
    const resolve = command.resolve;
    command.resolve = (value: unknown) => {
      waiting.delete(command);
      resolve(value as never);
    };
    waiting.add(command);
    return send(command, stream);
  };
  return redis;
}
