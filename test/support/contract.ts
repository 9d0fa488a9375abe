import { ZErrorBody, type OpenApiRegistry } from '../../api/http/openapi.ts';
import { REQUEST_ERROR_CODES, statusOf, type ErrorCode } from '../../lib/errors.ts';

/** Paths the API serves outside `route()` (documents, metrics): nothing to check them against. */
const UNDOCUMENTED = [/^\/openapi\.json$/, /^\/metrics$/, /^\/docs(\/.*)?$/];

const registries = new Map<string, OpenApiRegistry>();

/** Makes `http()` check every answer from `baseUrl` against the routes declared in `registry`. */
export function registerContract(baseUrl: string, registry: OpenApiRegistry): void {
  registries.set(baseUrl, registry);
}

/** Forgets a test API that closed (its port may be reused by the next one). */
export function unregisterContract(baseUrl: string): void {
  registries.delete(baseUrl);
}

/** An API answer that breaks the declared contract: the test that received it fails with this. */
export class ContractViolation extends Error {
  constructor(method: string, path: string, status: number, problem: string, body: unknown) {
    super(`contract: ${method} ${path} answered ${status}: ${problem}\nbody: ${JSON.stringify(body)?.slice(0, 2_000)}`);
    this.name = 'ContractViolation';
  }
}

/** Keys present in `sent` that the schema's parse dropped: fields the API sends but does not declare. */
function undeclaredKeys(sent: unknown, parsed: unknown, at = '$'): string[] {
  if (Array.isArray(sent) && Array.isArray(parsed)) return sent.flatMap((v, i) => undeclaredKeys(v, parsed[i], `${at}[${i}]`));
  if (sent === null || parsed === null || typeof sent !== 'object' || typeof parsed !== 'object') return [];
  return Object.entries(sent).flatMap(([k, v]) =>
    k in parsed ? undeclaredKeys(v, (parsed as Record<string, unknown>)[k], `${at}.${k}`) : [`${at}.${k}`],
  );
}

/**
 * Checks one answer against the operation the registry declares for `method path`: a 2xx (or
 * any declared status with a schema) must be declared and its body must parse with the
 * schema, with no undeclared fields; any other 4xx/5xx must carry the standard error body with
 * one of the route's declared error codes, at that code's status.
 * Throws a ContractViolation otherwise.
 */
export function checkContract(baseUrl: string, method: string, path: string, status: number, body: unknown): void {
  const registry = registries.get(baseUrl);
  if (!registry) throw new Error(`http(): ${baseUrl} is not a test API started by startTestApi, so its answers cannot be checked (use rawHttp for other servers)`);
  const pathname = path.split('?')[0]!;
  if (UNDOCUMENTED.some((re) => re.test(pathname))) return;
  const fail = (problem: string) => {
    throw new ContractViolation(method, path, status, problem, body);
  };
  const op = registry.match(method, pathname);
  const declared = op?.responses[status];
  if (declared?.schema) {
    const parsed = declared.schema.safeParse(body);
    if (!parsed.success) fail(`body does not match the declared schema: ${JSON.stringify(parsed.error.issues)}`);
    const extra = undeclaredKeys(body, parsed.data);
    if (extra.length) fail(`fields not in the declared schema: ${extra.join(', ')}`);
    return;
  }
  if (status >= 400) {
    const parsed = ZErrorBody.safeParse(body);
    if (!parsed.success) fail(`an error must be { error: { code, message, details? } } with a code from lib/errors.ts: ${JSON.stringify(parsed.error.issues)}`);
    const code = parsed.data!.error.code;
    // No route matched: the API's 404, or a refusal of the body parser before routing.
    const allowed: readonly ErrorCode[] = op ? op.errors : ['not_found', ...REQUEST_ERROR_CODES];
    if (!allowed.includes(code)) fail(`error code ${code} is not among the route's declared errors (${allowed.join(', ')})`);
    if (statusOf(code) !== status) fail(`error code ${code} belongs with status ${statusOf(code)}, not ${status}`);
    return;
  }
  if (!op) fail('no declared route matches');
  if (!declared) fail(`status ${status} is not declared (declared: ${Object.keys(op!.responses).join(', ')})`);
  if (body !== undefined) fail('the declared response has no body schema, yet a body came');
}
