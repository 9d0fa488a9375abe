// Generated from the API's OpenAPI document by `npm run api-types` (scripts/gen-api-types.ts).
// Do not edit: change the zod schemas in api/ and regenerate; `npm test` fails while this file is stale.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up (liveness) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Alive */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            status: "ok";
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PostgreSQL, Redis, Temporal and Kafka are reachable (readiness) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every dependency answered */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready" | "unavailable";
                            checks: {
                                postgres: {
                                    ok: boolean;
                                    latencyMs: number;
                                    error?: string;
                                };
                                redis: {
                                    ok: boolean;
                                    latencyMs: number;
                                    error?: string;
                                };
                                temporal: {
                                    ok: boolean;
                                    latencyMs: number;
                                    error?: string;
                                };
                                kafka: {
                                    ok: boolean;
                                    latencyMs: number;
                                    error?: string;
                                };
                            };
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description At least one dependency did not answer; each is named */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready" | "unavailable";
                            checks: {
                                postgres: {
                                    ok: boolean;
                                    latencyMs: number;
                                    error?: string;
                                };
                                redis: {
                                    ok: boolean;
                                    latencyMs: number;
                                    error?: string;
                                };
                                temporal: {
                                    ok: boolean;
                                    latencyMs: number;
                                    error?: string;
                                };
                                kafka: {
                                    ok: boolean;
                                    latencyMs: number;
                                    error?: string;
                                };
                            };
                            error: {
                                /** @constant */
                                code: "service_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wiring-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the wiring-check workflow (API → Temporal → PostgreSQL → Kafka); operators only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        pause_ms?: number;
                    };
                };
            };
            responses: {
                /** @description The workflow completed; its result is included */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            check_id: string;
                            workflow_id: string;
                            /** @enum {string} */
                            status: "running" | "completed" | "failed";
                            result?: {
                                checkId: string;
                                workflowId: string;
                                recordedAt: string;
                                completedAt: string;
                            };
                            temporal_ui_url: string;
                        };
                    };
                };
                /** @description Still running; poll the Location */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            check_id: string;
                            workflow_id: string;
                            /** @enum {string} */
                            status: "running" | "completed" | "failed";
                            result?: {
                                checkId: string;
                                workflowId: string;
                                recordedAt: string;
                                completedAt: string;
                            };
                            temporal_ui_url: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wiring-checks/{checkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The state and result of a wiring check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    checkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The check */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            check_id: string;
                            workflow_id: string;
                            /** @enum {string} */
                            status: "running" | "completed" | "failed";
                            result?: {
                                checkId: string;
                                workflowId: string;
                                recordedAt: string;
                                completedAt: string;
                            };
                            temporal_ui_url: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account with an invite code; answers with the first session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        login_id: string;
                        nickname: string;
                        password: string;
                        invite_code: string;
                        phone?: string;
                    };
                };
            };
            responses: {
                /** @description Account created, starting gold granted */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                login_id: string;
                                nickname: string;
                                phone: string | null;
                                /** @enum {string} */
                                role: "STANDARD" | "VIP" | "ADMIN";
                                vip_points: number;
                                gold_balance: number;
                                created_at: string;
                            };
                            tokens: {
                                access_token: string;
                                refresh_token: string;
                                /** @constant */
                                token_type: "Bearer";
                                expires_in: number;
                                refresh_expires_at: string;
                            };
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description login_id_taken: The login id belongs to another player (details.field); nickname_taken: The nickname belongs to another player (details.field) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "login_id_taken" | "nickname_taken";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description invite_code_invalid: The invite code is unknown or used up (details.field) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invite_code_invalid";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description rate_limited: Too many requests; details.retry_after_seconds, also in Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "rate_limited";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in; five failures lock the account for ten minutes (429 login_locked) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        login_id: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Logged in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                login_id: string;
                                nickname: string;
                                phone: string | null;
                                /** @enum {string} */
                                role: "STANDARD" | "VIP" | "ADMIN";
                                vip_points: number;
                                gold_balance: number;
                                created_at: string;
                            };
                            tokens: {
                                access_token: string;
                                refresh_token: string;
                                /** @constant */
                                token_type: "Bearer";
                                expires_in: number;
                                refresh_expires_at: string;
                            };
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description invalid_credentials: Wrong login id or password */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_credentials";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description account_banned: This account is banned */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "account_banned";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description rate_limited: Too many requests; details.retry_after_seconds, also in Retry-After; login_locked: Too many failed logins; details.retry_after_seconds, also in Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "rate_limited" | "login_locked";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate a refresh token; presenting a rotated one revokes every session (401 refresh_token_reused) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refresh_token: string;
                    };
                };
            };
            responses: {
                /** @description A new token pair */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: {
                                access_token: string;
                                refresh_token: string;
                                /** @constant */
                                token_type: "Bearer";
                                expires_in: number;
                                refresh_expires_at: string;
                            };
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description refresh_token_invalid: The refresh token is not one we issued; refresh_token_expired: The session reached its absolute expiry; log in again; refresh_token_reused: A rotated refresh token was presented again; every session was signed out */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "refresh_token_invalid" | "refresh_token_expired" | "refresh_token_reused";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description account_banned: This account is banned */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "account_banned";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the caller's session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        refresh_token?: string;
                    };
                };
            };
            responses: {
                /** @description Logged out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the caller, on every device */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every session ended */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's profile (the one profile read) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            login_id: string;
                            nickname: string;
                            phone: string | null;
                            /** @enum {string} */
                            role: "STANDARD" | "VIP" | "ADMIN";
                            vip_points: number;
                            gold_balance: number;
                            created_at: string;
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit nickname and phone */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nickname?: string;
                        phone?: string | null;
                    } | unknown | unknown;
                };
            };
            responses: {
                /** @description Profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            login_id: string;
                            nickname: string;
                            phone: string | null;
                            /** @enum {string} */
                            role: "STANDARD" | "VIP" | "ADMIN";
                            vip_points: number;
                            gold_balance: number;
                            created_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description nickname_taken: The nickname belongs to another player (details.field) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "nickname_taken";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/wallet/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's gold balance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Balance */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            balance: number;
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wallet/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's ledger entries, newest first, cursor-paginated */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                delta: number;
                                reason: string;
                                ref: string;
                                balance_after: number;
                                created_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-sent events for the caller; 'ready' first, then events named by type */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active events inside their window, highest priority first, with the caller's progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                /** @enum {string} */
                                kind: "event" | "mission";
                                title: string;
                                description: string;
                                starts_at: string;
                                ends_at: string;
                                priority: number;
                                /** @enum {string} */
                                reset: "none" | "daily" | "weekly";
                                requirements: {
                                    [key: string]: unknown;
                                };
                                rewards: {
                                    gold: number;
                                    vip_points: number;
                                    /** @description gold paid per winning round while the event is live */
                                    live_bonus_per_win?: number;
                                };
                                /** @description segments the event targets; empty = everyone */
                                segments: string[];
                                period: string;
                                participation: {
                                    workflow_id: string;
                                    /** @description '' for events; the UTC day or ISO week of a mission */
                                    period: string;
                                    /** @enum {string} */
                                    status: "active" | "completed" | "claimed" | "expired" | "closed";
                                    progress: {
                                        key: string;
                                        current: number;
                                        target: number;
                                    }[];
                                    rounds_counted: number;
                                    joined_at: string;
                                    ends_at: string;
                                    completed_at: string | null;
                                    claimed_at: string | null;
                                    /** @description when a completed, unclaimed participation stops being claimable */
                                    claimable_until: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{code}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join a event: starts its participation workflow (event:<code>:<user>); joining again answers the same participation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Already joined: the same participation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            kind: "event" | "mission";
                            title: string;
                            description: string;
                            starts_at: string;
                            ends_at: string;
                            priority: number;
                            /** @enum {string} */
                            reset: "none" | "daily" | "weekly";
                            requirements: {
                                [key: string]: unknown;
                            };
                            rewards: {
                                gold: number;
                                vip_points: number;
                                /** @description gold paid per winning round while the event is live */
                                live_bonus_per_win?: number;
                            };
                            /** @description segments the event targets; empty = everyone */
                            segments: string[];
                            period: string;
                            participation: {
                                workflow_id: string;
                                /** @description '' for events; the UTC day or ISO week of a mission */
                                period: string;
                                /** @enum {string} */
                                status: "active" | "completed" | "claimed" | "expired" | "closed";
                                progress: {
                                    key: string;
                                    current: number;
                                    target: number;
                                }[];
                                rounds_counted: number;
                                joined_at: string;
                                ends_at: string;
                                completed_at: string | null;
                                claimed_at: string | null;
                                /** @description when a completed, unclaimed participation stops being claimable */
                                claimable_until: string | null;
                            } | null;
                        };
                    };
                };
                /** @description Joined */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            kind: "event" | "mission";
                            title: string;
                            description: string;
                            starts_at: string;
                            ends_at: string;
                            priority: number;
                            /** @enum {string} */
                            reset: "none" | "daily" | "weekly";
                            requirements: {
                                [key: string]: unknown;
                            };
                            rewards: {
                                gold: number;
                                vip_points: number;
                                /** @description gold paid per winning round while the event is live */
                                live_bonus_per_win?: number;
                            };
                            /** @description segments the event targets; empty = everyone */
                            segments: string[];
                            period: string;
                            participation: {
                                workflow_id: string;
                                /** @description '' for events; the UTC day or ISO week of a mission */
                                period: string;
                                /** @enum {string} */
                                status: "active" | "completed" | "claimed" | "expired" | "closed";
                                progress: {
                                    key: string;
                                    current: number;
                                    target: number;
                                }[];
                                rounds_counted: number;
                                joined_at: string;
                                ends_at: string;
                                completed_at: string | null;
                                claimed_at: string | null;
                                /** @description when a completed, unclaimed participation stops being claimable */
                                claimable_until: string | null;
                            } | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_targeted: The item (product, limited package, event) targets player segments the caller is not in */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_targeted";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description event_closed: The event or mission is over: window ended, deactivated, or the claim grace period passed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "event_closed";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event with the caller's progress (participation null: not joined) */
        get: {
            parameters: {
                query?: {
                    period?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The event */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            kind: "event" | "mission";
                            title: string;
                            description: string;
                            starts_at: string;
                            ends_at: string;
                            priority: number;
                            /** @enum {string} */
                            reset: "none" | "daily" | "weekly";
                            requirements: {
                                [key: string]: unknown;
                            };
                            rewards: {
                                gold: number;
                                vip_points: number;
                                /** @description gold paid per winning round while the event is live */
                                live_bonus_per_win?: number;
                            };
                            /** @description segments the event targets; empty = everyone */
                            segments: string[];
                            period: string;
                            participation: {
                                workflow_id: string;
                                /** @description '' for events; the UTC day or ISO week of a mission */
                                period: string;
                                /** @enum {string} */
                                status: "active" | "completed" | "claimed" | "expired" | "closed";
                                progress: {
                                    key: string;
                                    current: number;
                                    target: number;
                                }[];
                                rounds_counted: number;
                                joined_at: string;
                                ends_at: string;
                                completed_at: string | null;
                                claimed_at: string | null;
                                /** @description when a completed, unclaimed participation stops being claimable */
                                claimable_until: string | null;
                            } | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{code}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a completed event's reward: paid exactly once (ledger event_reward, ref = the workflow id) */
        post: {
            parameters: {
                query?: {
                    period?: string;
                };
                header: {
                    /** @description Required. The paying key answers the same claim again; another key after a claim gets 409 already_claimed. */
                    "Idempotency-Key": string;
                };
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Paid (or, with the paying key, the earlier answer) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workflow_id: string;
                            gold: number;
                            vip_points: number;
                            /** @description the balance right after the reward */
                            balance: number;
                            ledger_entry_id: string;
                            claimed_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_completed: The requirements are not met yet: nothing to claim; already_claimed: The reward was already claimed (today, or once and for all); event_closed: The event or mission is over: window ended, deactivated, or the claim grace period passed; conflict: The request conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_completed" | "already_claimed" | "event_closed" | "conflict";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/missions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active missions inside their window, highest priority first, with the caller's progress in the current period */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The missions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                /** @enum {string} */
                                kind: "event" | "mission";
                                title: string;
                                description: string;
                                starts_at: string;
                                ends_at: string;
                                priority: number;
                                /** @enum {string} */
                                reset: "none" | "daily" | "weekly";
                                requirements: {
                                    [key: string]: unknown;
                                };
                                rewards: {
                                    gold: number;
                                    vip_points: number;
                                    /** @description gold paid per winning round while the event is live */
                                    live_bonus_per_win?: number;
                                };
                                /** @description segments the event targets; empty = everyone */
                                segments: string[];
                                period: string;
                                participation: {
                                    workflow_id: string;
                                    /** @description '' for events; the UTC day or ISO week of a mission */
                                    period: string;
                                    /** @enum {string} */
                                    status: "active" | "completed" | "claimed" | "expired" | "closed";
                                    progress: {
                                        key: string;
                                        current: number;
                                        target: number;
                                    }[];
                                    rounds_counted: number;
                                    joined_at: string;
                                    ends_at: string;
                                    completed_at: string | null;
                                    claimed_at: string | null;
                                    /** @description when a completed, unclaimed participation stops being claimable */
                                    claimable_until: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/missions/{code}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join a mission: starts its participation workflow (mission:<code>:<period>:<user>); joining again answers the same participation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Already joined: the same participation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            kind: "event" | "mission";
                            title: string;
                            description: string;
                            starts_at: string;
                            ends_at: string;
                            priority: number;
                            /** @enum {string} */
                            reset: "none" | "daily" | "weekly";
                            requirements: {
                                [key: string]: unknown;
                            };
                            rewards: {
                                gold: number;
                                vip_points: number;
                                /** @description gold paid per winning round while the event is live */
                                live_bonus_per_win?: number;
                            };
                            /** @description segments the event targets; empty = everyone */
                            segments: string[];
                            period: string;
                            participation: {
                                workflow_id: string;
                                /** @description '' for events; the UTC day or ISO week of a mission */
                                period: string;
                                /** @enum {string} */
                                status: "active" | "completed" | "claimed" | "expired" | "closed";
                                progress: {
                                    key: string;
                                    current: number;
                                    target: number;
                                }[];
                                rounds_counted: number;
                                joined_at: string;
                                ends_at: string;
                                completed_at: string | null;
                                claimed_at: string | null;
                                /** @description when a completed, unclaimed participation stops being claimable */
                                claimable_until: string | null;
                            } | null;
                        };
                    };
                };
                /** @description Joined */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            kind: "event" | "mission";
                            title: string;
                            description: string;
                            starts_at: string;
                            ends_at: string;
                            priority: number;
                            /** @enum {string} */
                            reset: "none" | "daily" | "weekly";
                            requirements: {
                                [key: string]: unknown;
                            };
                            rewards: {
                                gold: number;
                                vip_points: number;
                                /** @description gold paid per winning round while the event is live */
                                live_bonus_per_win?: number;
                            };
                            /** @description segments the event targets; empty = everyone */
                            segments: string[];
                            period: string;
                            participation: {
                                workflow_id: string;
                                /** @description '' for events; the UTC day or ISO week of a mission */
                                period: string;
                                /** @enum {string} */
                                status: "active" | "completed" | "claimed" | "expired" | "closed";
                                progress: {
                                    key: string;
                                    current: number;
                                    target: number;
                                }[];
                                rounds_counted: number;
                                joined_at: string;
                                ends_at: string;
                                completed_at: string | null;
                                claimed_at: string | null;
                                /** @description when a completed, unclaimed participation stops being claimable */
                                claimable_until: string | null;
                            } | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_targeted: The item (product, limited package, event) targets player segments the caller is not in */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_targeted";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description event_closed: The event or mission is over: window ended, deactivated, or the claim grace period passed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "event_closed";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/missions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One mission with the caller's progress (participation null: not joined) */
        get: {
            parameters: {
                query?: {
                    period?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The mission */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            kind: "event" | "mission";
                            title: string;
                            description: string;
                            starts_at: string;
                            ends_at: string;
                            priority: number;
                            /** @enum {string} */
                            reset: "none" | "daily" | "weekly";
                            requirements: {
                                [key: string]: unknown;
                            };
                            rewards: {
                                gold: number;
                                vip_points: number;
                                /** @description gold paid per winning round while the event is live */
                                live_bonus_per_win?: number;
                            };
                            /** @description segments the event targets; empty = everyone */
                            segments: string[];
                            period: string;
                            participation: {
                                workflow_id: string;
                                /** @description '' for events; the UTC day or ISO week of a mission */
                                period: string;
                                /** @enum {string} */
                                status: "active" | "completed" | "claimed" | "expired" | "closed";
                                progress: {
                                    key: string;
                                    current: number;
                                    target: number;
                                }[];
                                rounds_counted: number;
                                joined_at: string;
                                ends_at: string;
                                completed_at: string | null;
                                claimed_at: string | null;
                                /** @description when a completed, unclaimed participation stops being claimable */
                                claimable_until: string | null;
                            } | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/missions/{code}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a completed mission's reward: paid exactly once (ledger mission_reward, ref = the workflow id) */
        post: {
            parameters: {
                query?: {
                    period?: string;
                };
                header: {
                    /** @description Required. The paying key answers the same claim again; another key after a claim gets 409 already_claimed. */
                    "Idempotency-Key": string;
                };
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Paid (or, with the paying key, the earlier answer) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workflow_id: string;
                            gold: number;
                            vip_points: number;
                            /** @description the balance right after the reward */
                            balance: number;
                            ledger_entry_id: string;
                            claimed_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_completed: The requirements are not met yet: nothing to claim; already_claimed: The reward was already claimed (today, or once and for all); event_closed: The event or mission is over: window ended, deactivated, or the claim grace period passed; conflict: The request conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_completed" | "already_claimed" | "event_closed" | "conflict";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/streak": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's streak, today's state, the next reward and the month's attendance calendar */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The streak */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the UTC day claims count for (YYYY-MM-DD) */
                            today: string;
                            /** @description consecutive days held today (0 when broken) */
                            current_streak: number;
                            claimed_today: boolean;
                            protection_enabled: boolean;
                            /** @description protection is on and has not covered a miss in the last 7 days */
                            protection_available: boolean;
                            xp: number;
                            next_reward: {
                                /** @description day of the 7-day cycle */
                                day: number;
                                gold: number;
                                xp: number;
                                on: string;
                            };
                            calendar: {
                                /** @description YYYY-MM */
                                month: string;
                                days: {
                                    date: string;
                                    claimed: boolean;
                                    gold: number;
                                    streak_day: number | null;
                                    protected: boolean;
                                }[];
                            };
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/streak/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim today's streak reward (150 gold, 500 more on day 7; one per UTC day) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Paid */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            streak: number;
                            streak_day: number;
                            gold: number;
                            xp: number;
                            protected_miss: string | null;
                            balance: number;
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description already_claimed: The reward was already claimed (today, or once and for all) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "already_claimed";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/streak/protection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Turn streak protection on or off (covers one missed day per 7 days) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enabled: boolean;
                    };
                };
            };
            responses: {
                /** @description The streak */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the UTC day claims count for (YYYY-MM-DD) */
                            today: string;
                            /** @description consecutive days held today (0 when broken) */
                            current_streak: number;
                            claimed_today: boolean;
                            protection_enabled: boolean;
                            /** @description protection is on and has not covered a miss in the last 7 days */
                            protection_available: boolean;
                            xp: number;
                            next_reward: {
                                /** @description day of the 7-day cycle */
                                day: number;
                                gold: number;
                                xp: number;
                                on: string;
                            };
                            calendar: {
                                /** @description YYYY-MM */
                                month: string;
                                days: {
                                    date: string;
                                    claimed: boolean;
                                    gold: number;
                                    streak_day: number | null;
                                    protected: boolean;
                                }[];
                            };
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/vip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's VIP points, tier, next tier and today's VIP claim */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description VIP standing */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            role: "STANDARD" | "VIP" | "ADMIN";
                            is_vip: boolean;
                            vip_points: number;
                            /** @description the tier the points reach (the claim pays it once the player is VIP) */
                            tier: {
                                /** @enum {string} */
                                name: "silver" | "gold" | "platinum";
                                min_points: number;
                                daily_gold: number;
                            };
                            next_tier: {
                                /** @enum {string} */
                                name: "silver" | "gold" | "platinum";
                                min_points: number;
                                daily_gold: number;
                            } | null;
                            points_to_next_tier: number | null;
                            tiers: {
                                /** @enum {string} */
                                name: "silver" | "gold" | "platinum";
                                min_points: number;
                                daily_gold: number;
                            }[];
                            today: string;
                            claimed_today: boolean;
                            can_claim: boolean;
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/vip/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim today's VIP reward (scales with the points tier; VIP players only, once per UTC day) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Paid */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            tier: string;
                            gold: number;
                            balance: number;
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description vip_required: The action is for VIP players */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "vip_required";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description already_claimed: The reward was already claimed (today, or once and for all) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "already_claimed";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/events/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event and mission, newest first, with participant counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Events and missions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                /** @enum {string} */
                                kind: "event" | "mission";
                                title: string;
                                description: string;
                                starts_at: string;
                                ends_at: string;
                                priority: number;
                                /** @enum {string} */
                                reset: "none" | "daily" | "weekly";
                                requirements: {
                                    [key: string]: unknown;
                                };
                                rewards: {
                                    gold: number;
                                    vip_points: number;
                                    /** @description gold paid per winning round while the event is live */
                                    live_bonus_per_win?: number;
                                };
                                /** @description segments the event targets; empty = everyone */
                                segments: string[];
                                is_active: boolean;
                                participants: number;
                                completed: number;
                                claimed: number;
                                created_at: string;
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** Create an event (or a mission with a daily or weekly reset); requirements and rewards are validated field by field */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /**
                         * @default event
                         * @enum {string}
                         */
                        kind?: "event" | "mission";
                        /**
                         * @description missions: daily or weekly (default daily); events: none
                         * @enum {string}
                         */
                        reset?: "none" | "daily" | "weekly";
                        title: string;
                        /** @default  */
                        description?: string;
                        /** Format: date-time */
                        starts_at: string;
                        /** Format: date-time */
                        ends_at: string;
                        /** @default 0 */
                        priority?: number;
                        requirements: {
                            total_plays?: number;
                            plays_by_game?: {
                                slots?: number;
                                rps?: number;
                                crash?: number;
                                gacha?: number;
                            };
                            wins?: number;
                            total_wagered?: number;
                            crash_cashouts_at_or_above_2x?: number;
                        };
                        rewards: {
                            gold: number;
                            /** @default 0 */
                            vip_points?: number;
                            live_bonus_per_win?: number;
                        } | {
                            gold?: unknown;
                        } | {
                            vip_points: unknown;
                        };
                        /** @default true */
                        is_active?: boolean;
                        /**
                         * @description segments the event targets; empty = everyone
                         * @default []
                         */
                        segments?: ("Whale" | "High" | "Medium" | "Low" | "Dormant")[];
                    } | {
                        /** @constant */
                        kind?: "event";
                        /** @constant */
                        reset?: "none";
                    } | {
                        /** @constant */
                        kind: "mission";
                        /** @enum {unknown} */
                        reset?: "daily" | "weekly";
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            kind: "event" | "mission";
                            title: string;
                            description: string;
                            starts_at: string;
                            ends_at: string;
                            priority: number;
                            /** @enum {string} */
                            reset: "none" | "daily" | "weekly";
                            requirements: {
                                [key: string]: unknown;
                            };
                            rewards: {
                                gold: number;
                                vip_points: number;
                                /** @description gold paid per winning round while the event is live */
                                live_bonus_per_win?: number;
                            };
                            /** @description segments the event targets; empty = everyone */
                            segments: string[];
                            is_active: boolean;
                            participants: number;
                            completed: number;
                            claimed: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description conflict: The request conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "conflict";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description invalid_time_window: starts_at is not before ends_at (details.issues names ends_at); each is valid alone */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_time_window";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/events/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit an event; is_active false deactivates it (progress stops, completed participations stay claimable) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        description?: string;
                        /** Format: date-time */
                        starts_at?: string;
                        /** Format: date-time */
                        ends_at?: string;
                        priority?: number;
                        requirements?: {
                            total_plays?: number;
                            plays_by_game?: {
                                slots?: number;
                                rps?: number;
                                crash?: number;
                                gacha?: number;
                            };
                            wins?: number;
                            total_wagered?: number;
                            crash_cashouts_at_or_above_2x?: number;
                        };
                        rewards?: {
                            gold: number;
                            /** @default 0 */
                            vip_points?: number;
                            live_bonus_per_win?: number;
                        } | {
                            gold?: unknown;
                        } | {
                            vip_points: unknown;
                        };
                        is_active?: boolean;
                        /** @description segments the event targets; empty = everyone */
                        segments?: ("Whale" | "High" | "Medium" | "Low" | "Dormant")[];
                        reason?: string;
                    } | unknown | unknown | unknown | unknown | unknown | unknown | unknown | unknown | unknown;
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            kind: "event" | "mission";
                            title: string;
                            description: string;
                            starts_at: string;
                            ends_at: string;
                            priority: number;
                            /** @enum {string} */
                            reset: "none" | "daily" | "weekly";
                            requirements: {
                                [key: string]: unknown;
                            };
                            rewards: {
                                gold: number;
                                vip_points: number;
                                /** @description gold paid per winning round while the event is live */
                                live_bonus_per_win?: number;
                            };
                            /** @description segments the event targets; empty = everyone */
                            segments: string[];
                            is_active: boolean;
                            participants: number;
                            completed: number;
                            claimed: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/events/{code}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event's participants, most rounds counted first, paged */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    page_size?: number;
                    status?: "active" | "completed" | "claimed" | "expired" | "closed";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                workflow_id: string;
                                /** @description '' for events; the UTC day or ISO week of a mission */
                                period: string;
                                /** @enum {string} */
                                status: "active" | "completed" | "claimed" | "expired" | "closed";
                                progress: {
                                    key: string;
                                    current: number;
                                    target: number;
                                }[];
                                rounds_counted: number;
                                joined_at: string;
                                ends_at: string;
                                completed_at: string | null;
                                claimed_at: string | null;
                                /** @description when a completed, unclaimed participation stops being claimable */
                                claimable_until: string | null;
                                user_id: string;
                                nickname: string;
                            }[];
                            page: number;
                            page_size: number;
                            total: number;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gold packs on sale to the caller, priced now (catalog 2 only with ECONOMY_V2; targeted products only for their segments) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The catalog */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            products: {
                                id: number;
                                name: string;
                                gold: number;
                                price_cents: number;
                                list_price_cents: number;
                                discount_percent: number;
                                discount_ends_at: string | null;
                                currency: string;
                                vip_only: boolean;
                                /** @description segments the product targets; empty = everyone */
                                segments: string[];
                                available: boolean;
                                catalog_version: number;
                            }[];
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/purchases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's purchases, newest first */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "success" | "failed" | "refunded";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of purchases */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                receipt_code: string;
                                product_id: number | null;
                                limited_package_code: string | null;
                                promo_code: string | null;
                                product_name: string;
                                gold: number;
                                amount_cents: number;
                                currency: string;
                                /** @enum {string} */
                                status: "pending" | "success" | "failed" | "refunded";
                                failure_reason: string | null;
                                created_at: string;
                                updated_at: string;
                                completed_at: string | null;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** Buy a gold pack: authorize → capture → grant on Temporal; answers once decided or after ~2 s as pending */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Required. The same key and body return the same purchase. */
                    "Idempotency-Key": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        product_id: number;
                        payment_method: string;
                    };
                };
            };
            responses: {
                /** @description A retry of an earlier request: the same purchase */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            receipt_code: string;
                            product_id: number | null;
                            limited_package_code: string | null;
                            promo_code: string | null;
                            product_name: string;
                            gold: number;
                            amount_cents: number;
                            currency: string;
                            /** @enum {string} */
                            status: "pending" | "success" | "failed" | "refunded";
                            failure_reason: string | null;
                            created_at: string;
                            updated_at: string;
                            completed_at: string | null;
                        };
                    };
                };
                /** @description The purchase (status may still be pending) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            receipt_code: string;
                            product_id: number | null;
                            limited_package_code: string | null;
                            promo_code: string | null;
                            product_name: string;
                            gold: number;
                            amount_cents: number;
                            currency: string;
                            /** @enum {string} */
                            status: "pending" | "success" | "failed" | "refunded";
                            failure_reason: string | null;
                            created_at: string;
                            updated_at: string;
                            completed_at: string | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description vip_only: The product is for VIP players only; not_targeted: The item (product, limited package, event) targets player segments the caller is not in */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "vip_only" | "not_targeted";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description idempotency_key_reused: The same Idempotency-Key came with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "idempotency_key_reused";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/purchases/{receipt}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the caller's purchases (another player's is 404) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    receipt: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The purchase */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            receipt_code: string;
                            product_id: number | null;
                            limited_package_code: string | null;
                            promo_code: string | null;
                            product_name: string;
                            gold: number;
                            amount_cents: number;
                            currency: string;
                            /** @enum {string} */
                            status: "pending" | "success" | "failed" | "refunded";
                            failure_reason: string | null;
                            created_at: string;
                            updated_at: string;
                            completed_at: string | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/webhook/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The payment provider reports a status change (HMAC-SHA256 over timestamp.nonce.body) */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description hex HMAC-SHA256(secret, `${timestamp}.${nonce}.${body}`) */
                    "x-cc-signature": string;
                    /** @description unix seconds; more than 300 s of skew is refused */
                    "x-cc-timestamp": string;
                    /** @description unique per delivery; a replay is refused */
                    "x-cc-nonce": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accepted (or a duplicate event, which changes nothing) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            received: true;
                            duplicate: boolean;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description webhook_signature_invalid: The webhook signature does not verify; webhook_stale: The webhook timestamp is outside the allowed clock skew */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "webhook_signature_invalid" | "webhook_stale";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description webhook_replayed: This webhook delivery (nonce) was already received */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "webhook_replayed";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description webhook_amount_mismatch: The webhook amount does not match the purchase */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "webhook_amount_mismatch";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/purchases/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Purchases for support, e.g. ?status=pending&olderThan=5m, with their Temporal UI links */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "success" | "failed" | "refunded";
                    olderThan?: string;
                    receipt?: string;
                    user_id?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                receipt_code: string;
                                product_id: number | null;
                                limited_package_code: string | null;
                                promo_code: string | null;
                                product_name: string;
                                gold: number;
                                amount_cents: number;
                                currency: string;
                                /** @enum {string} */
                                status: "pending" | "success" | "failed" | "refunded";
                                failure_reason: string | null;
                                created_at: string;
                                updated_at: string;
                                completed_at: string | null;
                                user_id: string;
                                nickname: string;
                                provider_payment_id: string | null;
                                phase: string;
                                temporal_ui_url: string;
                            }[];
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/purchases/{receipt}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the provider now about a purchase waiting for it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    receipt: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            purchase: {
                                receipt_code: string;
                                product_id: number | null;
                                limited_package_code: string | null;
                                promo_code: string | null;
                                product_name: string;
                                gold: number;
                                amount_cents: number;
                                currency: string;
                                /** @enum {string} */
                                status: "pending" | "success" | "failed" | "refunded";
                                failure_reason: string | null;
                                created_at: string;
                                updated_at: string;
                                completed_at: string | null;
                            };
                            message: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_pending: The purchase is no longer waiting for the provider; not_refundable: Only a successful purchase can be refunded; refund_blocked: The clawback would take the balance below zero, or the refund failed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_pending" | "not_refundable" | "refund_blocked";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/purchases/{receipt}/fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fail a purchase still waiting for the provider (its authorization is voided) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    receipt: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            purchase: {
                                receipt_code: string;
                                product_id: number | null;
                                limited_package_code: string | null;
                                promo_code: string | null;
                                product_name: string;
                                gold: number;
                                amount_cents: number;
                                currency: string;
                                /** @enum {string} */
                                status: "pending" | "success" | "failed" | "refunded";
                                failure_reason: string | null;
                                created_at: string;
                                updated_at: string;
                                completed_at: string | null;
                            };
                            message: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_pending: The purchase is no longer waiting for the provider; not_refundable: Only a successful purchase can be refunded; refund_blocked: The clawback would take the balance below zero, or the refund failed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_pending" | "not_refundable" | "refund_blocked";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/purchases/{receipt}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund a successful purchase: provider refund + ledger clawback (refused if the balance would go negative) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    receipt: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            purchase: {
                                receipt_code: string;
                                product_id: number | null;
                                limited_package_code: string | null;
                                promo_code: string | null;
                                product_name: string;
                                gold: number;
                                amount_cents: number;
                                currency: string;
                                /** @enum {string} */
                                status: "pending" | "success" | "failed" | "refunded";
                                failure_reason: string | null;
                                created_at: string;
                                updated_at: string;
                                completed_at: string | null;
                            };
                            message: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_pending: The purchase is no longer waiting for the provider; not_refundable: Only a successful purchase can be refunded; refund_blocked: The clawback would take the balance below zero, or the refund failed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_pending" | "not_refundable" | "refund_blocked";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/limited": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Limited packages on sale now, with the stock left and the caller's remaining allowance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Active packages inside their window (sold-out ones included); hold_ttl_seconds is how long a hold keeps its unit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            packages: {
                                code: string;
                                name: string;
                                gold: number;
                                price_cents: number;
                                currency: string;
                                stock_total: number;
                                stock_left: number;
                                per_user_limit: number;
                                starts_at: string | null;
                                ends_at: string | null;
                                /** @description segments the package targets; empty = everyone */
                                segments: string[];
                                /** @description per_user_limit less the caller's open holds and completed buys */
                                user_remaining: number;
                            }[];
                            hold_ttl_seconds: number;
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/limited/{code}/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hold one unit of a limited package for LIMITED_HOLD_TTL_SECONDS (LimitedHoldWorkflow hold:<id>) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional. The same key answers the same hold. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Blocked, or (a retry with the same Idempotency-Key) the earlier hold */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            success: true;
                            hold_id: string;
                            package_code: string;
                            expires_at: string;
                            price_cents: number;
                            gold: number;
                            currency: string;
                            stock_left: number;
                        } | {
                            /** @constant */
                            success: false;
                            /** @enum {string} */
                            reason: "INACTIVE" | "OUT_OF_WINDOW" | "OUT_OF_STOCK" | "USER_LIMIT";
                        };
                    };
                };
                /** @description Held: check out before expires_at, or the unit returns to stock. Location: the hold */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            success: true;
                            hold_id: string;
                            package_code: string;
                            expires_at: string;
                            price_cents: number;
                            gold: number;
                            currency: string;
                            stock_left: number;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_targeted: The item (product, limited package, event) targets player segments the caller is not in */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_targeted";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/limited/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's holds, newest first (open ones by default) */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "all";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Holds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                hold_id: string;
                                package_code: string;
                                /** @enum {string} */
                                status: "held" | "checking_out" | "sold" | "released";
                                price_cents: number;
                                gold: number;
                                currency: string;
                                expires_at: string;
                                receipt_code: string | null;
                                promo_code: string | null;
                                /** @description expired | cancelled | payment_failed | purchase_abandoned | workflow_cancelled */
                                release_reason: string | null;
                                created_at: string;
                                closed_at: string | null;
                            }[];
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/limited/holds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the caller's holds (another player's is 404) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The hold */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hold_id: string;
                            package_code: string;
                            /** @enum {string} */
                            status: "held" | "checking_out" | "sold" | "released";
                            price_cents: number;
                            gold: number;
                            currency: string;
                            expires_at: string;
                            receipt_code: string | null;
                            promo_code: string | null;
                            /** @description expired | cancelled | payment_failed | purchase_abandoned | workflow_cancelled */
                            release_reason: string | null;
                            created_at: string;
                            closed_at: string | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Give the held unit back to stock (idempotent); a hold being checked out cannot be cancelled */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The released hold */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hold_id: string;
                            package_code: string;
                            /** @enum {string} */
                            status: "held" | "checking_out" | "sold" | "released";
                            price_cents: number;
                            gold: number;
                            currency: string;
                            expires_at: string;
                            receipt_code: string | null;
                            promo_code: string | null;
                            /** @description expired | cancelled | payment_failed | purchase_abandoned | workflow_cancelled */
                            release_reason: string | null;
                            created_at: string;
                            closed_at: string | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description hold_checked_out: The hold is being checked out (or was bought) under another Idempotency-Key */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "hold_checked_out";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/limited/holds/{id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Buy the held unit at the held price (less a promo code): a child PurchaseWorkflow authorize → capture → grant */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Required. The same key and body return the same purchase. */
                    "Idempotency-Key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        payment_method: string;
                        promo_code?: string | null;
                    };
                };
            };
            responses: {
                /** @description A retry of an earlier checkout (the same purchase), or a promo code that does not apply (the hold stays open) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            receipt_code: string;
                            product_id: number | null;
                            limited_package_code: string | null;
                            promo_code: string | null;
                            product_name: string;
                            gold: number;
                            amount_cents: number;
                            currency: string;
                            /** @enum {string} */
                            status: "pending" | "success" | "failed" | "refunded";
                            failure_reason: string | null;
                            created_at: string;
                            updated_at: string;
                            completed_at: string | null;
                            /** @constant */
                            success: true;
                            hold_id: string;
                            discount_cents: number;
                        } | {
                            /** @constant */
                            success: false;
                            /** @enum {string} */
                            reason: "PROMO_INVALID";
                        };
                    };
                };
                /** @description The purchase (status may still be pending; success sells the unit, failure returns it to stock). Location: the purchase */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            receipt_code: string;
                            product_id: number | null;
                            limited_package_code: string | null;
                            promo_code: string | null;
                            product_name: string;
                            gold: number;
                            amount_cents: number;
                            currency: string;
                            /** @enum {string} */
                            status: "pending" | "success" | "failed" | "refunded";
                            failure_reason: string | null;
                            created_at: string;
                            updated_at: string;
                            completed_at: string | null;
                            /** @constant */
                            success: true;
                            hold_id: string;
                            discount_cents: number;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description hold_closed: The hold expired, was cancelled or its payment failed (details.status, details.release_reason); hold_checked_out: The hold is being checked out (or was bought) under another Idempotency-Key */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "hold_closed" | "hold_checked_out";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description idempotency_key_reused: The same Idempotency-Key came with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "idempotency_key_reused";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/promo/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview a promo code on a limited package (nothing is used: checkout checks and counts again) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        package_code: string;
                    };
                };
            };
            responses: {
                /** @description price_cents is what checkout would charge now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            valid: boolean;
                            price_cents: number;
                            discount_cents: number;
                            list_price_cents: number;
                            reason: "PROMO_INVALID" | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/limited/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every limited package, inactive ones included, with units held and sold */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description By code */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                gold: number;
                                price_cents: number;
                                currency: string;
                                stock_total: number;
                                stock_left: number;
                                per_user_limit: number;
                                starts_at: string | null;
                                ends_at: string | null;
                                /** @description segments the package targets; empty = everyone */
                                segments: string[];
                                is_active: boolean;
                                /** @description units in open holds */
                                held: number;
                                sold: number;
                                created_at: string;
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/limited/packages/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a limited package; stock_total keeps held and sold units counted (409 stock_below_committed) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        gold: number;
                        price_cents: number;
                        /**
                         * @default USD
                         * @enum {string}
                         */
                        currency?: "USD";
                        stock_total: number;
                        /** @default 1 */
                        per_user_limit?: number;
                        starts_at?: string | null;
                        ends_at?: string | null;
                        /** @default true */
                        is_active?: boolean;
                        /** @default [] */
                        segments?: ("Whale" | "High" | "Medium" | "Low" | "Dormant")[];
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            gold: number;
                            price_cents: number;
                            currency: string;
                            stock_total: number;
                            stock_left: number;
                            per_user_limit: number;
                            starts_at: string | null;
                            ends_at: string | null;
                            /** @description segments the package targets; empty = everyone */
                            segments: string[];
                            is_active: boolean;
                            /** @description units in open holds */
                            held: number;
                            sold: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            gold: number;
                            price_cents: number;
                            currency: string;
                            stock_total: number;
                            stock_left: number;
                            per_user_limit: number;
                            starts_at: string | null;
                            ends_at: string | null;
                            /** @description segments the package targets; empty = everyone */
                            segments: string[];
                            is_active: boolean;
                            /** @description units in open holds */
                            held: number;
                            sold: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description stock_below_committed: stock_total cannot go below the units held or sold (details.committed) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "stock_below_committed";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description invalid_time_window: starts_at is not before ends_at (details.issues names ends_at); each is valid alone */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_time_window";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/limited/packages/{code}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a package off sale: new holds answer INACTIVE; open holds may still check out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The package */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            gold: number;
                            price_cents: number;
                            currency: string;
                            stock_total: number;
                            stock_left: number;
                            per_user_limit: number;
                            starts_at: string | null;
                            ends_at: string | null;
                            /** @description segments the package targets; empty = everyone */
                            segments: string[];
                            is_active: boolean;
                            /** @description units in open holds */
                            held: number;
                            sold: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/limited/promo-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every promo code with its uses so far */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                discount_cents: number | null;
                                discount_percent: number | null;
                                package_code: string | null;
                                starts_at: string | null;
                                ends_at: string | null;
                                max_uses: number | null;
                                used_count: number;
                                is_active: boolean;
                                created_at: string;
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/limited/promo-codes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a promo code (cents or percent off, window, max uses); is_active: false disables it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        discount_cents?: number | null;
                        discount_percent?: number | null;
                        package_code?: string | null;
                        starts_at?: string | null;
                        ends_at?: string | null;
                        max_uses?: number | null;
                        /** @default true */
                        is_active?: boolean;
                        reason?: string;
                    } & ({
                        discount_cents: number;
                    } | {
                        discount_percent: number;
                    });
                };
            };
            responses: {
                /** @description Updated (the use count is kept) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            discount_cents: number | null;
                            discount_percent: number | null;
                            package_code: string | null;
                            starts_at: string | null;
                            ends_at: string | null;
                            max_uses: number | null;
                            used_count: number;
                            is_active: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            discount_cents: number | null;
                            discount_percent: number | null;
                            package_code: string | null;
                            starts_at: string | null;
                            ends_at: string | null;
                            max_uses: number | null;
                            used_count: number;
                            is_active: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description max_uses_below_used: max_uses cannot go below the uses so far (details.used_count) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "max_uses_below_used";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description invalid_time_window: starts_at is not before ends_at (details.issues names ends_at); each is valid alone */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_time_window";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/limited/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open holds (held or being checked out), oldest first, with their Temporal UI links */
        get: {
            parameters: {
                query?: {
                    package_code?: string;
                    user_id?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open holds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                hold_id: string;
                                package_code: string;
                                /** @enum {string} */
                                status: "held" | "checking_out" | "sold" | "released";
                                price_cents: number;
                                gold: number;
                                currency: string;
                                expires_at: string;
                                receipt_code: string | null;
                                promo_code: string | null;
                                /** @description expired | cancelled | payment_failed | purchase_abandoned | workflow_cancelled */
                                release_reason: string | null;
                                created_at: string;
                                closed_at: string | null;
                                user_id: string;
                                workflow_id: string;
                                temporal_ui_url: string;
                            }[];
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/games/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rules in force: bet limits, slots paytable, RPS multipliers, gacha costs/rates/limits, crash curve */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The game config (keys in snake_case; rarity and tier names as they are) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            config: {
                                [key: string]: unknown;
                            };
                            config_hash: string;
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/games/slots/spin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Spin the slots (one transaction: bet, outcome, payout, history). Bet 10-10000; long-run return 0.92 */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional. The same key returns the same round (no second play, gold moved once), with Idempotent-Replayed: true; the same key with another request is 422 idempotency_key_reused. Send a fresh key per play and the same one when retrying it. */
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 10-10000 gold; outside that 422 bet_out_of_range */
                        bet_amount: number;
                    };
                };
            };
            responses: {
                /** @description The spin (a retry with its Idempotency-Key: the same spin) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            round_id: string;
                            /** @description Gold staked (for gacha: the cost of the pull) */
                            bet: number;
                            /** @description Gold paid back (0 when lost) */
                            payout: number;
                            /** @description payout / bet, 2 decimals */
                            multiplier: number;
                            /** @description A net gain: payout above the bet */
                            win: boolean;
                            /** @description Payout above the configured big-win threshold */
                            big_win: boolean;
                            /** @description Gold balance after the round */
                            balance: number;
                            fairness: {
                                /** @description SHA-256 of the server seed, committed before the round */
                                server_seed_hash: string;
                                client_seed: string;
                                nonce: number;
                            };
                            created_at: string;
                            /** @constant */
                            game: "slots";
                            reels: string[];
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description insufficient_funds: Not enough gold (details.balance, details.required); nothing changed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "insufficient_funds";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description bet_out_of_range: The bet is outside the game limits (details.min_bet, details.max_bet); idempotency_key_reused: The same Idempotency-Key came with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "bet_out_of_range" | "idempotency_key_reused";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description rate_limited: Too many requests; details.retry_after_seconds, also in Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "rate_limited";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description service_unavailable: Not ready, or too busy to take this request now; try again; dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "service_unavailable" | "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/games/rps/play": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rock-paper-scissors against the house: win 1.85×, draw returns the stake (5% edge). Bet 10-10000 */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional. The same key returns the same round (no second play, gold moved once), with Idempotent-Replayed: true; the same key with another request is 422 idempotency_key_reused. Send a fresh key per play and the same one when retrying it. */
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description rock, paper or scissors; anything else is 422 invalid_choice
                         * @enum {string}
                         */
                        choice: "rock" | "paper" | "scissors";
                        /** @description 10-10000 gold; outside that 422 bet_out_of_range */
                        bet_amount: number;
                    };
                };
            };
            responses: {
                /** @description The throw (a retry with its Idempotency-Key: the same throw) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            round_id: string;
                            /** @description Gold staked (for gacha: the cost of the pull) */
                            bet: number;
                            /** @description Gold paid back (0 when lost) */
                            payout: number;
                            /** @description payout / bet, 2 decimals */
                            multiplier: number;
                            /** @description A net gain: payout above the bet */
                            win: boolean;
                            /** @description Payout above the configured big-win threshold */
                            big_win: boolean;
                            /** @description Gold balance after the round */
                            balance: number;
                            fairness: {
                                /** @description SHA-256 of the server seed, committed before the round */
                                server_seed_hash: string;
                                client_seed: string;
                                nonce: number;
                            };
                            created_at: string;
                            /** @constant */
                            game: "rps";
                            /** @enum {string} */
                            player_choice: "rock" | "paper" | "scissors";
                            /** @enum {string} */
                            house_choice: "rock" | "paper" | "scissors";
                            /** @enum {string} */
                            outcome: "win" | "lose" | "draw";
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description insufficient_funds: Not enough gold (details.balance, details.required); nothing changed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "insufficient_funds";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description bet_out_of_range: The bet is outside the game limits (details.min_bet, details.max_bet); invalid_choice: choice is not rock, paper or scissors; idempotency_key_reused: The same Idempotency-Key came with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "bet_out_of_range" | "invalid_choice" | "idempotency_key_reused";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description rate_limited: Too many requests; details.retry_after_seconds, also in Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "rate_limited";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description service_unavailable: Not ready, or too busy to take this request now; try again; dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "service_unavailable" | "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/games/gacha/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today's gacha allowance (UTC day), the pity counter, costs and limited pools */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            tier: "STANDARD" | "VIP";
                            daily_limit: number;
                            daily_used: number;
                            daily_remaining: number;
                            /** @description Next UTC midnight */
                            resets_at: string;
                            pity_counter: number;
                            pity_at: number;
                            cost: {
                                single: number;
                                ten: number;
                            };
                            /** @description Limited pools; null stock = unlimited */
                            pools: {
                                /** @enum {string} */
                                rarity: "Common" | "Rare" | "Epic" | "Legendary";
                                stock: number | null;
                            }[];
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/games/gacha/pull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pull 1 (5000 gold) or 10 (50000); 3/day STANDARD, 5/day VIP (a 10-pull counts once); pity at 90 */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional. The same key returns the same round (no second play, gold moved once), with Idempotent-Replayed: true; the same key with another request is 422 idempotency_key_reused. Send a fresh key per play and the same one when retrying it. */
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1 or 10 */
                        count: 1 | 10;
                    };
                };
            };
            responses: {
                /** @description { items, daily_remaining, cost_used, ... } (a retry with its Idempotency-Key: the same pull) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            round_id: string;
                            /** @description Gold staked (for gacha: the cost of the pull) */
                            bet: number;
                            /** @description Gold paid back (0 when lost) */
                            payout: number;
                            /** @description payout / bet, 2 decimals */
                            multiplier: number;
                            /** @description A net gain: payout above the bet */
                            win: boolean;
                            /** @description Payout above the configured big-win threshold */
                            big_win: boolean;
                            /** @description Gold balance after the round */
                            balance: number;
                            fairness: {
                                /** @description SHA-256 of the server seed, committed before the round */
                                server_seed_hash: string;
                                client_seed: string;
                                nonce: number;
                            };
                            created_at: string;
                            /** @constant */
                            game: "gacha";
                            items: {
                                /** @enum {string} */
                                rarity: "Common" | "Rare" | "Epic" | "Legendary";
                                /** @description Gold this item pays */
                                value: number;
                                /** @description The roll landed just past a rarer band (drives the "almost!" animation) */
                                near_miss: boolean;
                                /** @description Granted by the pity guarantee */
                                pity: boolean;
                                /** @description The rarity won before an exhausted pool turned it into Common */
                                fallback_from: ("Common" | "Rare" | "Epic" | "Legendary") | null;
                            }[];
                            /** @description Gold the pull cost */
                            cost_used: number;
                            /** @description At least one item is a near miss */
                            near_miss: boolean;
                            daily_limit: number;
                            daily_used: number;
                            daily_remaining: number;
                            /** @description Pulls since the last Legendary, after this pull */
                            pity_counter: number;
                            pity_at: number;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description insufficient_funds: Not enough gold (details.balance, details.required); nothing changed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "insufficient_funds";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description idempotency_key_reused: The same Idempotency-Key came with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "idempotency_key_reused";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description daily_gacha_limit: Today's gacha pulls are used up (details.limit, used, resets_at; headers X-Gacha-Daily-Limit, X-Gacha-Daily-Used, Retry-After); rate_limited: Too many requests; details.retry_after_seconds, also in Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "daily_gacha_limit" | "rate_limited";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description service_unavailable: Not ready, or too busy to take this request now; try again; dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "service_unavailable" | "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/games/crash/bet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a crash round: the stake is taken now; the multiplier rises from started_at (growth 0.12/s) until the crash point (7% edge, cap 1000×). Live: crash_tick / crash_update on /api/events/stream */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional. The same key returns the same round (no second play, gold moved once), with Idempotent-Replayed: true; the same key with another request is 422 idempotency_key_reused. Send a fresh key per play and the same one when retrying it. */
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 10-10000 gold; outside that 422 bet_out_of_range */
                        bet: number;
                        /** @description Cash out by itself at this multiplier (2 decimals, between the minimum cashout and the cap) */
                        auto_cashout?: number | null;
                    };
                };
            };
            responses: {
                /** @description A retry with its Idempotency-Key: the round that bet placed, as it is now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            round_id: string;
                            workflow_id: string;
                            /** @enum {string} */
                            status: "running" | "cashed_out" | "crashed" | "void";
                            bet: number;
                            auto_cashout: number | null;
                            started_at: string;
                            /** @description Running: server time since start. Settled: elapsed time at which the round was decided */
                            elapsed_ms: number | null;
                            /** @description Running: the current multiplier. Cashed out: the cashout multiplier */
                            multiplier: number | null;
                            /** @description Shown once the round is over */
                            crash_point: number | null;
                            /** @description What decided the round: a cashout request, the auto-cashout target, the crash */
                            trigger: ("manual" | "auto" | "crash") | null;
                            payout: number | null;
                            settled_at: string | null;
                            curve: {
                                growth_per_second: number;
                                min_cashout: number;
                                max_multiplier: number;
                                tick_ms: number;
                            };
                            fairness: {
                                /** @description SHA-256 of the server seed, committed before the round */
                                server_seed_hash: string;
                                client_seed: string;
                                nonce: number;
                            };
                            /** @description Gold balance (answers of bet and cashout) */
                            balance?: number;
                        };
                    };
                };
                /** @description The running round (Location: /api/games/crash/rounds/{round_id}) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            round_id: string;
                            workflow_id: string;
                            /** @enum {string} */
                            status: "running" | "cashed_out" | "crashed" | "void";
                            bet: number;
                            auto_cashout: number | null;
                            started_at: string;
                            /** @description Running: server time since start. Settled: elapsed time at which the round was decided */
                            elapsed_ms: number | null;
                            /** @description Running: the current multiplier. Cashed out: the cashout multiplier */
                            multiplier: number | null;
                            /** @description Shown once the round is over */
                            crash_point: number | null;
                            /** @description What decided the round: a cashout request, the auto-cashout target, the crash */
                            trigger: ("manual" | "auto" | "crash") | null;
                            payout: number | null;
                            settled_at: string | null;
                            curve: {
                                growth_per_second: number;
                                min_cashout: number;
                                max_multiplier: number;
                                tick_ms: number;
                            };
                            fairness: {
                                /** @description SHA-256 of the server seed, committed before the round */
                                server_seed_hash: string;
                                client_seed: string;
                                nonce: number;
                            };
                            /** @description Gold balance (answers of bet and cashout) */
                            balance?: number;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description insufficient_funds: Not enough gold (details.balance, details.required); nothing changed; round_active: A crash round is already running for you (details.round_id) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "insufficient_funds" | "round_active";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description bet_out_of_range: The bet is outside the game limits (details.min_bet, details.max_bet); invalid_auto_cashout: auto_cashout has more than 2 decimals or lies outside the crash limits; idempotency_key_reused: The same Idempotency-Key came with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "bet_out_of_range" | "invalid_auto_cashout" | "idempotency_key_reused";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description rate_limited: Too many requests; details.retry_after_seconds, also in Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "rate_limited";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description service_unavailable: Not ready, or too busy to take this request now; try again; dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "service_unavailable" | "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/games/crash/cashout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cash out the running crash round (a Workflow Update); the server clock decides whether it beat the crash. Answers the settlement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        round_id?: string;
                    };
                };
            };
            responses: {
                /** @description The settled round: status cashed_out (payout) or crashed (payout 0); repeated cashouts get the same answer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            round_id: string;
                            workflow_id: string;
                            /** @enum {string} */
                            status: "running" | "cashed_out" | "crashed" | "void";
                            bet: number;
                            auto_cashout: number | null;
                            started_at: string;
                            /** @description Running: server time since start. Settled: elapsed time at which the round was decided */
                            elapsed_ms: number | null;
                            /** @description Running: the current multiplier. Cashed out: the cashout multiplier */
                            multiplier: number | null;
                            /** @description Shown once the round is over */
                            crash_point: number | null;
                            /** @description What decided the round: a cashout request, the auto-cashout target, the crash */
                            trigger: ("manual" | "auto" | "crash") | null;
                            payout: number | null;
                            settled_at: string | null;
                            curve: {
                                growth_per_second: number;
                                min_cashout: number;
                                max_multiplier: number;
                                tick_ms: number;
                            };
                            fairness: {
                                /** @description SHA-256 of the server seed, committed before the round */
                                server_seed_hash: string;
                                client_seed: string;
                                nonce: number;
                            };
                            /** @description Gold balance (answers of bet and cashout) */
                            balance?: number;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description no_active_round: You have no crash round running */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "no_active_round";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description cashout_too_early: Below the minimum cashout multiplier; the round goes on (details.multiplier, details.min_cashout) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "cashout_too_early";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description rate_limited: Too many requests; details.retry_after_seconds, also in Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "rate_limited";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/games/crash/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's running crash round (for a client that reconnects) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The running round */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            round_id: string;
                            workflow_id: string;
                            /** @enum {string} */
                            status: "running" | "cashed_out" | "crashed" | "void";
                            bet: number;
                            auto_cashout: number | null;
                            started_at: string;
                            /** @description Running: server time since start. Settled: elapsed time at which the round was decided */
                            elapsed_ms: number | null;
                            /** @description Running: the current multiplier. Cashed out: the cashout multiplier */
                            multiplier: number | null;
                            /** @description Shown once the round is over */
                            crash_point: number | null;
                            /** @description What decided the round: a cashout request, the auto-cashout target, the crash */
                            trigger: ("manual" | "auto" | "crash") | null;
                            payout: number | null;
                            settled_at: string | null;
                            curve: {
                                growth_per_second: number;
                                min_cashout: number;
                                max_multiplier: number;
                                tick_ms: number;
                            };
                            fairness: {
                                /** @description SHA-256 of the server seed, committed before the round */
                                server_seed_hash: string;
                                client_seed: string;
                                nonce: number;
                            };
                            /** @description Gold balance (answers of bet and cashout) */
                            balance?: number;
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description no_active_round: You have no crash round running */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "no_active_round";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/games/crash/rounds/{round_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the caller's crash rounds (the crash point once it is over) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    round_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The round */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            round_id: string;
                            workflow_id: string;
                            /** @enum {string} */
                            status: "running" | "cashed_out" | "crashed" | "void";
                            bet: number;
                            auto_cashout: number | null;
                            started_at: string;
                            /** @description Running: server time since start. Settled: elapsed time at which the round was decided */
                            elapsed_ms: number | null;
                            /** @description Running: the current multiplier. Cashed out: the cashout multiplier */
                            multiplier: number | null;
                            /** @description Shown once the round is over */
                            crash_point: number | null;
                            /** @description What decided the round: a cashout request, the auto-cashout target, the crash */
                            trigger: ("manual" | "auto" | "crash") | null;
                            payout: number | null;
                            settled_at: string | null;
                            curve: {
                                growth_per_second: number;
                                min_cashout: number;
                                max_multiplier: number;
                                tick_ms: number;
                            };
                            fairness: {
                                /** @description SHA-256 of the server seed, committed before the round */
                                server_seed_hash: string;
                                client_seed: string;
                                nonce: number;
                            };
                            /** @description Gold balance (answers of bet and cashout) */
                            balance?: number;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/games/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's finished rounds, newest first (?game=slots|rps|gacha|crash&cursor=&limit=) */
        get: {
            parameters: {
                query?: {
                    game?: "slots" | "rps" | "crash" | "gacha";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of rounds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                round_id: string;
                                /** @enum {string} */
                                game: "slots" | "rps" | "crash" | "gacha";
                                bet: number;
                                payout: number;
                                multiplier: number;
                                win: boolean;
                                big_win: boolean;
                                result: {
                                    [key: string]: unknown;
                                };
                                fairness: {
                                    /** @description SHA-256 of the server seed, committed before the round */
                                    server_seed_hash: string;
                                    client_seed: string;
                                    nonce: number;
                                };
                                created_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/games/stats/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's totals: games played, wins, gold wagered and won, highest multiplier; overall and per game */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Stats */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            games_played: number;
                            wins: number;
                            gold_wagered: number;
                            /** @description Sum of payouts */
                            gold_won: number;
                            /** @description gold_won - gold_wagered */
                            net: number;
                            highest_multiplier: number;
                            biggest_payout: number;
                            by_game: {
                                slots: {
                                    games_played: number;
                                    wins: number;
                                    gold_wagered: number;
                                    /** @description Sum of payouts */
                                    gold_won: number;
                                    /** @description gold_won - gold_wagered */
                                    net: number;
                                    highest_multiplier: number;
                                    biggest_payout: number;
                                };
                                rps: {
                                    games_played: number;
                                    wins: number;
                                    gold_wagered: number;
                                    /** @description Sum of payouts */
                                    gold_won: number;
                                    /** @description gold_won - gold_wagered */
                                    net: number;
                                    highest_multiplier: number;
                                    biggest_payout: number;
                                };
                                crash: {
                                    games_played: number;
                                    wins: number;
                                    gold_wagered: number;
                                    /** @description Sum of payouts */
                                    gold_won: number;
                                    /** @description gold_won - gold_wagered */
                                    net: number;
                                    highest_multiplier: number;
                                    biggest_payout: number;
                                };
                                gacha: {
                                    games_played: number;
                                    wins: number;
                                    gold_wagered: number;
                                    /** @description Sum of payouts */
                                    gold_won: number;
                                    /** @description gold_won - gold_wagered */
                                    net: number;
                                    highest_multiplier: number;
                                    biggest_payout: number;
                                };
                            };
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fairness/seeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active seed pair: server seed hash (commitment), client seed, next nonce; plus recently revealed seeds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Seeds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Commitment to the active (secret) server seed */
                            server_seed_hash: string;
                            client_seed: string;
                            next_nonce: number;
                            created_at: string;
                            /** @description The most recently revealed seeds, newest first */
                            revealed_seeds: {
                                server_seed: string;
                                server_seed_hash: string;
                                client_seed: string;
                                /** @description Nonces used under this seed: 0 .. rounds-1 */
                                rounds: number;
                                created_at: string;
                                revealed_at: string;
                            }[];
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fairness/client-seed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose the client seed for the next rounds (1-64 printable ASCII characters) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        client_seed: string;
                    };
                };
            };
            responses: {
                /** @description Seeds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Commitment to the active (secret) server seed */
                            server_seed_hash: string;
                            client_seed: string;
                            next_nonce: number;
                            created_at: string;
                            /** @description The most recently revealed seeds, newest first */
                            revealed_seeds: {
                                server_seed: string;
                                server_seed_hash: string;
                                client_seed: string;
                                /** @description Nonces used under this seed: 0 .. rounds-1 */
                                rounds: number;
                                created_at: string;
                                revealed_at: string;
                            }[];
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fairness/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reveal the current server seed and commit a new one (nonce back to 0); optionally set a new client seed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        client_seed?: string;
                    };
                };
            };
            responses: {
                /** @description The revealed seed and the new commitment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revealed: {
                                server_seed: string;
                                server_seed_hash: string;
                                client_seed: string;
                                /** @description Nonces used under this seed: 0 .. rounds-1 */
                                rounds: number;
                                created_at: string;
                                revealed_at: string;
                            };
                            current: {
                                /** @description Commitment to the active (secret) server seed */
                                server_seed_hash: string;
                                client_seed: string;
                                next_nonce: number;
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description round_in_progress: A crash round is running on the current seed; rotate after it ends (details.round_id) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "round_in_progress";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fairness/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute a finished round from its revealed seeds (?round_id=); unrevealed seeds answer verifiable: false */
        get: {
            parameters: {
                query: {
                    round_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Recorded vs recomputed outcome */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            round_id: string;
                            /** @enum {string} */
                            game: "slots" | "rps" | "crash" | "gacha";
                            verifiable: boolean;
                            /**
                             * @description Why the round cannot be verified yet (rotate the seed to reveal it)
                             * @enum {string}
                             */
                            reason?: "seed_not_revealed";
                            server_seed: string | null;
                            server_seed_hash: string;
                            /** @description SHA-256(server_seed) equals the hash committed before the round */
                            hash_matches: boolean | null;
                            client_seed: string;
                            nonce: number;
                            /** @description The outcome stored when the round was played */
                            recorded: {
                                [key: string]: unknown;
                            };
                            /** @description The same fields recomputed from the seeds */
                            recomputed: {
                                [key: string]: unknown;
                            } | null;
                            /** @description recorded equals recomputed and the hash matches */
                            match: boolean | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/games/crash/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent crash rounds, newest first, with crash points (?status=&user_id=&before=&limit=) */
        get: {
            parameters: {
                query?: {
                    status?: "running" | "cashed_out" | "crashed" | "void";
                    user_id?: string;
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Rounds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                round_id: string;
                                workflow_id: string;
                                /** @enum {string} */
                                status: "running" | "cashed_out" | "crashed" | "void";
                                bet: number;
                                auto_cashout: number | null;
                                started_at: string;
                                /** @description Running: server time since start. Settled: elapsed time at which the round was decided */
                                elapsed_ms: number | null;
                                /** @description Running: the current multiplier. Cashed out: the cashout multiplier */
                                multiplier: number | null;
                                crash_point: number;
                                /** @description What decided the round: a cashout request, the auto-cashout target, the crash */
                                trigger: ("manual" | "auto" | "crash") | null;
                                payout: number | null;
                                settled_at: string | null;
                                fairness: {
                                    /** @description SHA-256 of the server seed, committed before the round */
                                    server_seed_hash: string;
                                    client_seed: string;
                                    nonce: number;
                                };
                                /** Format: uuid */
                                user_id: string;
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/games/gacha/pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock of the limited gacha pools (null = unlimited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Pools */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pools: {
                                /** @enum {string} */
                                rarity: "Rare" | "Epic" | "Legendary";
                                stock: number | null;
                            }[];
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/games/gacha/pools/{rarity}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a rarity's shared stock (null = unlimited); an exhausted rarity falls back to Common */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    rarity: "Rare" | "Epic" | "Legendary";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        stock: number | null;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The pool */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            rarity: "Rare" | "Epic" | "Legendary";
                            stock: number | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/segments/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest RFM runs and skipped triggers, newest first, with the schedule */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Runs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description the workflow id (rfm-nightly-<time>), or skipped:<uuid> for a skipped trigger */
                                id: string;
                                /** @enum {string} */
                                status: "running" | "completed" | "failed" | "skipped";
                                /** @enum {string} */
                                trigger: "schedule" | "manual";
                                /** @description measuring | scoring | done */
                                phase: string;
                                as_of: string | null;
                                players_measured: number;
                                players_scored: number;
                                segments_changed: number;
                                counts: {
                                    [key: string]: number;
                                } | null;
                                cut_points: {
                                    recency: number[];
                                    frequency: number[];
                                    monetary: number[];
                                } | null;
                                note: string | null;
                                started_at: string;
                                finished_at: string | null;
                                temporal_ui_url: string | null;
                            }[];
                            schedule: {
                                id: string;
                                next_run_at: string | null;
                                running: string[];
                                actions_taken: number;
                                skipped_overlap: number;
                                temporal_ui_url: string;
                            } | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** Run RFM segmentation now, through the rfm-nightly schedule: skipped (and listed as skipped) while a run is active */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Started, or skipped by the overlap policy */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "started" | "skipped";
                            run_id: string;
                            active_run_id: string | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description service_unavailable: Not ready, or too busy to take this request now; try again; dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "service_unavailable" | "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/segments/sizes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Players per segment now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sizes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sizes: {
                                Whale: number;
                                High: number;
                                Medium: number;
                                Low: number;
                                Dormant: number;
                            };
                            total: number;
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/segments/targets/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Offer a catalog product only to these segments (empty = everyone); others do not see it and get 403 not_targeted */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        segments: ("Whale" | "High" | "Medium" | "Low" | "Dormant")[];
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Targets set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            product_id: number;
                            segments: string[];
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/segments/targets/limited/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Offer a limited package only to these segments (empty = everyone); others do not see it and get 403 not_targeted */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        segments: ("Whale" | "High" | "Medium" | "Low" | "Dormant")[];
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Targets set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            segments: string[];
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report shop_opened / buy_clicked events (at most 100 per batch); an event id already reported counts once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        events: ({
                            /** Format: uuid */
                            event_id: string;
                            /** @constant */
                            type: "shop_opened";
                            product_ids: number[];
                            /** Format: date-time */
                            occurred_at?: string;
                        } | {
                            /** Format: uuid */
                            event_id: string;
                            /** @constant */
                            type: "buy_clicked";
                            product_id: number;
                            /** Format: date-time */
                            occurred_at?: string;
                        })[];
                    };
                };
            };
            responses: {
                /** @description Recorded (published to casino.client_events) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: number;
                            duplicates: number;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description rate_limited: Too many requests; details.retry_after_seconds, also in Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "rate_limited";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/community/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live community figures kept by the analytics process (also pushed as `community` events) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description players active in the last 5 minutes */
                            online_users: number;
                            spins_last_hour: number;
                            big_wins_last_hour: number;
                            /** @description UTC day */
                            gold_wagered_today: number;
                            at: string;
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/analytics/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daily purchase funnel per product (opened → clicked → bought, with conversion rates) */
        get: {
            parameters: {
                query?: {
                    days?: number;
                    product_id?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest day first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                day: string;
                                product_id: number;
                                opened: number;
                                clicked: number;
                                bought: number;
                                /** @description clicked / opened */
                                click_rate: number | null;
                                /** @description bought / clicked */
                                buy_rate: number | null;
                                /** @description bought / opened */
                                conversion: number | null;
                            }[];
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a notification to everyone, to the players in some segments, or to listed players: stored in their inboxes and pushed live as a `notification` event */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        body: string;
                        target: {
                            /** @constant */
                            type: "all";
                        } | {
                            /** @constant */
                            type: "segments";
                            segments: ("Whale" | "High" | "Medium" | "Low" | "Dormant")[];
                        } | {
                            /** @constant */
                            type: "users";
                            user_ids: string[];
                        };
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Sent */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            body: string;
                            created_at: string;
                            /** @enum {string} */
                            audience: "all" | "segments" | "users";
                            segments: ("Whale" | "High" | "Medium" | "Low" | "Dormant")[];
                            /** @description inboxes written (players in the segments now, or the listed players who exist); null for everyone */
                            recipients: number | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's newest notifications, with how many of all of them are unread */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The inbox, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                title: string;
                                body: string;
                                created_at: string;
                                /** @description null: unread */
                                read_at: string | null;
                            }[];
                            unread: number;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every notification of the caller read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description How many were unread */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notification read (again: keeps the first read time) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Read */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            read_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/players/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search players by id, receipt code, or the start of a login id or nickname; newest first, paged */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                login_id: string;
                                nickname: string;
                                phone: string | null;
                                /** @enum {string} */
                                role: "STANDARD" | "VIP" | "ADMIN";
                                vip_points: number;
                                gold_balance: number;
                                banned: boolean;
                                banned_at: string | null;
                                ban_reason: string | null;
                                last_seen_at: string | null;
                                created_at: string;
                            }[];
                            next_offset: number | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/players/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The player page: profile, balance, latest ledger entries, purchases, rounds and sessions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The player */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            player: {
                                id: string;
                                login_id: string;
                                nickname: string;
                                phone: string | null;
                                /** @enum {string} */
                                role: "STANDARD" | "VIP" | "ADMIN";
                                vip_points: number;
                                gold_balance: number;
                                banned: boolean;
                                banned_at: string | null;
                                ban_reason: string | null;
                                last_seen_at: string | null;
                                created_at: string;
                            };
                            ledger: {
                                id: string;
                                delta: number;
                                reason: string;
                                ref: string;
                                balance_after: number;
                                created_at: string;
                            }[];
                            purchases: {
                                receipt_code: string;
                                product_id: number | null;
                                limited_package_code: string | null;
                                promo_code: string | null;
                                product_name: string;
                                gold: number;
                                amount_cents: number;
                                currency: string;
                                /** @enum {string} */
                                status: "pending" | "success" | "failed" | "refunded";
                                failure_reason: string | null;
                                created_at: string;
                                updated_at: string;
                                completed_at: string | null;
                            }[];
                            rounds: {
                                id: string;
                                game: string;
                                bet: number;
                                payout: number;
                                multiplier: number;
                                win: boolean;
                                created_at: string;
                            }[];
                            sessions: {
                                session_id: string;
                                started_at: string;
                                last_used_at: string;
                                expires_at: string;
                                active: boolean;
                                user_agent: string | null;
                                ip: string | null;
                            }[];
                            /** @description RFM segment once segmentation runs */
                            segment: string | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit nickname, phone or role (a role change ends the player's access tokens at once) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nickname?: string;
                        phone?: string | null;
                        /** @enum {string} */
                        role?: "STANDARD" | "VIP" | "ADMIN";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The player */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            login_id: string;
                            nickname: string;
                            phone: string | null;
                            /** @enum {string} */
                            role: "STANDARD" | "VIP" | "ADMIN";
                            vip_points: number;
                            gold_balance: number;
                            banned: boolean;
                            banned_at: string | null;
                            ban_reason: string | null;
                            last_seen_at: string | null;
                            created_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description nickname_taken: The nickname belongs to another player (details.field) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "nickname_taken";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/admin/players/{id}/ban": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ban a player: every session ends at once (their access token is refused on its next request); login answers 403 account_banned */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The player */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            login_id: string;
                            nickname: string;
                            phone: string | null;
                            /** @enum {string} */
                            role: "STANDARD" | "VIP" | "ADMIN";
                            vip_points: number;
                            gold_balance: number;
                            banned: boolean;
                            banned_at: string | null;
                            ban_reason: string | null;
                            last_seen_at: string | null;
                            created_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description cannot_ban_self: An operator cannot ban their own account */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "cannot_ban_self";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/players/{id}/unban": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a ban: the player may log in again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The player */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            login_id: string;
                            nickname: string;
                            phone: string | null;
                            /** @enum {string} */
                            role: "STANDARD" | "VIP" | "ADMIN";
                            vip_points: number;
                            gold_balance: number;
                            banned: boolean;
                            banned_at: string | null;
                            ban_reason: string | null;
                            last_seen_at: string | null;
                            created_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/players/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant gold to one player (ledger reason admin_grant, ref = grant id); the same Idempotency-Key returns the same grant */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Required. A retry with the same key returns the first grant. */
                    "Idempotency-Key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description A retry: the first grant */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            grant_id: string;
                            user_id: string;
                            amount: number;
                            reason: string;
                            balance: number;
                            created_at: string;
                        };
                    };
                };
                /** @description Granted */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            grant_id: string;
                            user_id: string;
                            amount: number;
                            reason: string;
                            balance: number;
                            created_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description player_banned: The player is banned: no grants */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "player_banned";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description idempotency_key_reused: The same Idempotency-Key came with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "idempotency_key_reused";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/grant-batches/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newest grant batches with their progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                workflow_id: string;
                                maker_id: string;
                                amount: number;
                                player_count: number;
                                total_gold: number;
                                reason: string;
                                /** @description the RFM segment the players were taken from at creation; null for a list */
                                segment: ("Whale" | "High" | "Medium" | "Low" | "Dormant") | null;
                                /** @enum {string} */
                                status: "awaiting_approval" | "running" | "completed" | "cancelled";
                                requires_approval: boolean;
                                approver_id: string | null;
                                decision_reason: string | null;
                                processed: number;
                                granted: number;
                                already_granted: number;
                                unknown: number;
                                banned: number;
                                created_at: string;
                                decided_at: string | null;
                                completed_at: string | null;
                                temporal_ui_url: string;
                            }[];
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** Grant the same amount to up to 10,000 listed players, or to every player in a segment, as workflow grant-batch:<id>; above the approval threshold it waits for a second operator */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Required. The same key returns the same batch: it pays once. */
                    "Idempotency-Key": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the players; or send segment instead */
                        user_ids?: string[];
                        /**
                         * @description every player in this segment now (the batch keeps that list); or send user_ids instead
                         * @enum {string}
                         */
                        segment?: "Whale" | "High" | "Medium" | "Low" | "Dormant";
                        amount: number;
                        reason: string;
                    } & (unknown | unknown);
                };
            };
            responses: {
                /** @description A retry: the same batch */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: {
                                id: string;
                                workflow_id: string;
                                maker_id: string;
                                amount: number;
                                player_count: number;
                                total_gold: number;
                                reason: string;
                                /** @description the RFM segment the players were taken from at creation; null for a list */
                                segment: ("Whale" | "High" | "Medium" | "Low" | "Dormant") | null;
                                /** @enum {string} */
                                status: "awaiting_approval" | "running" | "completed" | "cancelled";
                                requires_approval: boolean;
                                approver_id: string | null;
                                decision_reason: string | null;
                                processed: number;
                                granted: number;
                                already_granted: number;
                                unknown: number;
                                banned: number;
                                created_at: string;
                                decided_at: string | null;
                                completed_at: string | null;
                                temporal_ui_url: string;
                            };
                            duplicates_ignored: number;
                        };
                    };
                };
                /** @description Accepted: running or awaiting approval */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: {
                                id: string;
                                workflow_id: string;
                                maker_id: string;
                                amount: number;
                                player_count: number;
                                total_gold: number;
                                reason: string;
                                /** @description the RFM segment the players were taken from at creation; null for a list */
                                segment: ("Whale" | "High" | "Medium" | "Low" | "Dormant") | null;
                                /** @enum {string} */
                                status: "awaiting_approval" | "running" | "completed" | "cancelled";
                                requires_approval: boolean;
                                approver_id: string | null;
                                decision_reason: string | null;
                                processed: number;
                                granted: number;
                                already_granted: number;
                                unknown: number;
                                banned: number;
                                created_at: string;
                                decided_at: string | null;
                                completed_at: string | null;
                                temporal_ui_url: string;
                            };
                            duplicates_ignored: number;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description idempotency_key_reused: The same Idempotency-Key came with a different body; segment_empty: No player is in this segment now (segments are filled by the RFM run); segment_too_large: The segment has more players than one grant batch may name (details.players, details.max) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "idempotency_key_reused" | "segment_empty" | "segment_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/grant-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A batch and a page of its per-player results (?status=granted|already_granted|unknown|banned|pending&after=&limit=) */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "granted" | "already_granted" | "unknown" | "banned";
                    after?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The batch */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: {
                                id: string;
                                workflow_id: string;
                                maker_id: string;
                                amount: number;
                                player_count: number;
                                total_gold: number;
                                reason: string;
                                /** @description the RFM segment the players were taken from at creation; null for a list */
                                segment: ("Whale" | "High" | "Medium" | "Low" | "Dormant") | null;
                                /** @enum {string} */
                                status: "awaiting_approval" | "running" | "completed" | "cancelled";
                                requires_approval: boolean;
                                approver_id: string | null;
                                decision_reason: string | null;
                                processed: number;
                                granted: number;
                                already_granted: number;
                                unknown: number;
                                banned: number;
                                created_at: string;
                                decided_at: string | null;
                                completed_at: string | null;
                                temporal_ui_url: string;
                            };
                            items: {
                                user_id: string;
                                status: string;
                            }[];
                            next_after: string | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/grant-batches/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a batch awaiting approval (not its maker: 403) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The batch */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            workflow_id: string;
                            maker_id: string;
                            amount: number;
                            player_count: number;
                            total_gold: number;
                            reason: string;
                            /** @description the RFM segment the players were taken from at creation; null for a list */
                            segment: ("Whale" | "High" | "Medium" | "Low" | "Dormant") | null;
                            /** @enum {string} */
                            status: "awaiting_approval" | "running" | "completed" | "cancelled";
                            requires_approval: boolean;
                            approver_id: string | null;
                            decision_reason: string | null;
                            processed: number;
                            granted: number;
                            already_granted: number;
                            unknown: number;
                            banned: number;
                            created_at: string;
                            decided_at: string | null;
                            completed_at: string | null;
                            temporal_ui_url: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description maker_cannot_decide: The maker of a grant batch cannot approve or reject it: a second operator must; forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "maker_cannot_decide" | "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_awaiting_approval: The grant batch is no longer awaiting approval (details.status) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_awaiting_approval";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/grant-batches/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a batch awaiting approval: it is cancelled, nothing paid */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The batch */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            workflow_id: string;
                            maker_id: string;
                            amount: number;
                            player_count: number;
                            total_gold: number;
                            reason: string;
                            /** @description the RFM segment the players were taken from at creation; null for a list */
                            segment: ("Whale" | "High" | "Medium" | "Low" | "Dormant") | null;
                            /** @enum {string} */
                            status: "awaiting_approval" | "running" | "completed" | "cancelled";
                            requires_approval: boolean;
                            approver_id: string | null;
                            decision_reason: string | null;
                            processed: number;
                            granted: number;
                            already_granted: number;
                            unknown: number;
                            banned: number;
                            created_at: string;
                            decided_at: string | null;
                            completed_at: string | null;
                            temporal_ui_url: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description maker_cannot_decide: The maker of a grant batch cannot approve or reject it: a second operator must; forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "maker_cannot_decide" | "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_awaiting_approval: The grant batch is no longer awaiting approval (details.status) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_awaiting_approval";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first, filtered by operator, action (exact or a prefix ending in "."), target and time; paged with ?before= */
        get: {
            parameters: {
                query?: {
                    admin_id?: string;
                    action?: string;
                    target_type?: string;
                    target_id?: string;
                    from?: string;
                    to?: string;
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                admin_id: string;
                                admin_nickname: string | null;
                                action: string;
                                target_type: string;
                                target_id: string;
                                reason: string;
                                before: unknown;
                                after: unknown;
                                details: unknown;
                                request_id: string | null;
                                created_at: string;
                            }[];
                            next_before: string | null;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/catalog/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every product, deleted ones included, with the price charged now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Products */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                gold: number;
                                list_price_cents: number;
                                price_cents_now: number;
                                discount_percent: number;
                                discount_active: boolean;
                                discount_starts_at: string | null;
                                discount_ends_at: string | null;
                                catalog_version: number;
                                vip_only: boolean;
                                sort_order: number;
                                deleted: boolean;
                                deleted_at: string | null;
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/catalog/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a product (VIP-only flag, catalog version 1/2, a discount with start and end) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        gold: number;
                        list_price_cents: number;
                        /** @default 0 */
                        discount_percent?: number;
                        discount_starts_at?: string | null;
                        discount_ends_at?: string | null;
                        /** @default 1 */
                        catalog_version?: 1 | 2;
                        /** @default false */
                        vip_only?: boolean;
                        /** @default 0 */
                        sort_order?: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            gold: number;
                            list_price_cents: number;
                            price_cents_now: number;
                            discount_percent: number;
                            discount_active: boolean;
                            discount_starts_at: string | null;
                            discount_ends_at: string | null;
                            catalog_version: number;
                            vip_only: boolean;
                            sort_order: number;
                            deleted: boolean;
                            deleted_at: string | null;
                            updated_at: string;
                        };
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            gold: number;
                            list_price_cents: number;
                            price_cents_now: number;
                            discount_percent: number;
                            discount_active: boolean;
                            discount_starts_at: string | null;
                            discount_ends_at: string | null;
                            catalog_version: number;
                            vip_only: boolean;
                            sort_order: number;
                            deleted: boolean;
                            deleted_at: string | null;
                            updated_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/catalog/products/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Soft-delete a product: it leaves the shop (buying it is 404); old purchases keep its name */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The product */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            gold: number;
                            list_price_cents: number;
                            price_cents_now: number;
                            discount_percent: number;
                            discount_active: boolean;
                            discount_starts_at: string | null;
                            discount_ends_at: string | null;
                            catalog_version: number;
                            vip_only: boolean;
                            sort_order: number;
                            deleted: boolean;
                            deleted_at: string | null;
                            updated_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/catalog/products/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring a soft-deleted product back to the shop */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The product */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            gold: number;
                            list_price_cents: number;
                            price_cents_now: number;
                            discount_percent: number;
                            discount_active: boolean;
                            discount_starts_at: string | null;
                            discount_ends_at: string | null;
                            catalog_version: number;
                            vip_only: boolean;
                            sort_order: number;
                            deleted: boolean;
                            deleted_at: string | null;
                            updated_at: string;
                        };
                    };
                };
                /** @description validation_failed: The body, query, params or a header failed validation; details.issues names each field; invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "validation_failed" | "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description not_found: The route or the resource does not exist (or is not yours) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "not_found";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/stats/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Players, online now, revenue, pending and stuck purchases, outbox, 5xx rate and p95, and the alert rules as the API sees them (database figures cached 5 s) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The dashboard */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total_players: number;
                            online_now: number;
                            revenue_cents_total: number;
                            revenue_cents_today: number;
                            purchases_today: number;
                            purchases_pending: number;
                            purchases_stuck: number;
                            outbox_backlog: number;
                            outbox_growth_per_minute: number | null;
                            workflow_task_backlog_age_seconds: number | null;
                            computed_at: string;
                            http: {
                                requests_5m: number;
                                error_rate_5m: number;
                                p95_seconds_10m: number | null;
                            };
                            alerts: {
                                /** @enum {string} */
                                name: "PendingPurchasesHigh" | "HttpErrorRateHigh" | "HttpLatencyHigh" | "OutboxBacklogGrowing" | "WorkerTaskLatencyHigh";
                                /** @enum {string} */
                                severity: "warning" | "critical";
                                /**
                                 * @description pending: the condition holds for less than for_seconds
                                 * @enum {string}
                                 */
                                state: "inactive" | "pending" | "firing";
                                firing: boolean;
                                /** @description When the condition started holding */
                                since: string | null;
                                for_seconds: number;
                                value: number | null;
                                threshold: number;
                                summary: string;
                            }[];
                        };
                    };
                };
                /** @description invalid_json: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_json";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unauthorized: No credentials, or credentials that do not verify (or a signed-out session) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unauthorized";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description forbidden: Authenticated, but not allowed to do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "forbidden";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description payload_too_large: The body is larger than the API accepts */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "payload_too_large";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description unsupported_media_type: The body encoding or charset is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "unsupported_media_type";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description internal_error: Something failed on our side; the logs have it under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "internal_error";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description dependency_unavailable: A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "dependency_unavailable";
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorBody: {
            error: {
                code: components["schemas"]["ErrorCode"];
                message: string;
                details?: unknown;
            };
        };
        /** @enum {string} */
        ErrorCode: "validation_failed" | "invalid_json" | "payload_too_large" | "unsupported_media_type" | "unauthorized" | "forbidden" | "invalid_credentials" | "login_locked" | "account_banned" | "refresh_token_invalid" | "refresh_token_expired" | "refresh_token_reused" | "nickname_taken" | "login_id_taken" | "invite_code_invalid" | "not_found" | "conflict" | "rate_limited" | "internal_error" | "service_unavailable" | "dependency_unavailable" | "insufficient_funds" | "idempotency_key_reused" | "vip_only" | "not_refundable" | "refund_blocked" | "not_pending" | "webhook_signature_invalid" | "webhook_stale" | "webhook_replayed" | "webhook_amount_mismatch" | "invalid_time_window" | "hold_closed" | "hold_checked_out" | "stock_below_committed" | "max_uses_below_used" | "bet_out_of_range" | "invalid_choice" | "invalid_auto_cashout" | "daily_gacha_limit" | "round_active" | "no_active_round" | "cashout_too_early" | "round_in_progress" | "already_claimed" | "event_closed" | "not_completed" | "vip_required" | "not_targeted" | "cannot_ban_self" | "player_banned" | "maker_cannot_decide" | "not_awaiting_approval" | "segment_empty" | "segment_too_large";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
