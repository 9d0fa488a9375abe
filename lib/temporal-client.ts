import { InterceptingCall, ListenerBuilder, RequesterBuilder, status, type Interceptor } from '@grpc/grpc-js';
import { Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import type { DependencyMonitor, Probe } from './dependencies.ts';

/** The gRPC status details of a call the monitor cut short (Temporal is not answering). */
export const TEMPORAL_UNAVAILABLE_DETAILS = 'Temporal is not answering (the dependency monitor cut this call short)';

/**
 * A gRPC interceptor that fails a call at once with UNAVAILABLE while Temporal is down, and
 * cancels the calls in flight (long polls included) the moment the monitor sees it go down.
 * Deadlines would cut the legitimate waits short (an update that waits for a purchase's
 * decision); the monitor tells a slow answer from none.
 */
export function failFastInterceptor(monitor: DependencyMonitor): Interceptor {
  return (options, nextCall) => {
    const call: InterceptingCall = new InterceptingCall(
      nextCall(options),
      new RequesterBuilder()
        .withStart((metadata, listener, next) => {
          let off = (): void => undefined;
          next(
            metadata,
            new ListenerBuilder()
              .withOnReceiveStatus((received, nextStatus) => {
                off();
                nextStatus(received);
              })
              .build(),
          );
          if (monitor.isDown('temporal')) {
            call.cancelWithStatus(status.UNAVAILABLE, TEMPORAL_UNAVAILABLE_DETAILS);
            return;
          }
          off = monitor.onDown('temporal', () => call.cancelWithStatus(status.UNAVAILABLE, TEMPORAL_UNAVAILABLE_DETAILS));
          void listener;
        })
        .build(),
    );
    return call;
  };
}

/**
 * The interceptors of the API's Temporal connection: the SDK's retries of transient failures,
 * except while the monitor counts Temporal down (a retry could only wait), then the fail-fast
 * interceptor under them, so every attempt is checked.
 */
export function temporalInterceptors(monitor: DependencyMonitor): Interceptor[] {
  const base = defaultGrpcRetryOptions();
  const retry = makeGrpcRetryInterceptor({
    ...base,
    retryableDecider: (attempt, received) =>
      received.details !== TEMPORAL_UNAVAILABLE_DETAILS && !monitor.isDown('temporal') && base.retryableDecider(attempt, received),
  });
  return [retry, failFastInterceptor(monitor)];
}

/**
 * A probe for the monitor: GetSystemInfo on a connection of its own, without retries or the
 * fail-fast interceptor (which would keep a down Temporal down forever).
 */
export function temporalProbe(address: string, timeoutMs: number): { probe: Probe; close: () => Promise<void> } {
  const connection = Connection.lazy({ address, interceptors: [] });
  let answered = false;
  const probe = async () => {
    // The first call opens the channel: it gets the monitor's cold allowance. The deadline is twice
    // the monitor's timeout: the monitor decides, the deadline only ends a call nobody waits for.
    await connection.withDeadline(Date.now() + (answered ? timeoutMs * 2 : timeoutMs * 8), () => connection.workflowService.getSystemInfo({}));
    answered = true;
  };
  return { probe: Object.assign(probe, { cold: () => !answered }), close: () => connection.close() };
}
