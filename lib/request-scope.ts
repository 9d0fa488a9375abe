import { AsyncLocalStorage } from 'node:async_hooks';

/** What code deep in a request (the audit log) may know about the request it serves. */
export interface RequestScope {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` (and everything it awaits) inside a request's scope. */
export const runInRequestScope = <T>(scope: RequestScope, fn: () => T): T => storage.run(scope, fn);

/** The current request's scope, if any (none in workflows' activities or scripts). */
export const currentRequestScope = (): RequestScope | undefined => storage.getStore();
