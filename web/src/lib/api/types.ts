// Helpers that name the API's answers from the generated contract (./schema.d.ts, written by
// `npm run api-types` from the API's zod schemas). Types of API answers are derived here, never
// written by hand: a change in the API shows up as a type error in the web app.
import type { components, paths } from './schema';

/** The JSON body of one response object of the generated `paths`. */
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON answer of `method path` at `status` (200 unless given), as the API declares it. */
export type ApiResponse<P extends keyof paths, M extends keyof paths[P], S extends number = 200> = paths[P][M] extends { responses: infer R }
  ? S extends keyof R
    ? JsonOf<R[S]>
    : never
  : never;

/** Every error code the API can send (lib/errors.ts), as a union. */
export type ErrorCode = components['schemas']['ErrorCode'];

/** The API's error body, as every 4xx/5xx carries it. */
export type ApiErrorBody = components['schemas']['ErrorBody'];
