// docker-compose.yml cannot be started on machines without Docker, so this checks it by
// construction: pinned images, a healthcheck or one-shot role for every service, start order
// through healthchecks, and api/worker given every setting lib/config.ts requires.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ZConfig } from '../../lib/config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Parses a YAML file (merge keys and anchors included, as Compose reads them). */
function readYaml(file: string): unknown {
  return parse(readFileSync(file, 'utf8'), { merge: true });
}

interface Service {
  image?: string;
  build?: { context: string; dockerfile?: string; target?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test?: string[] | string; disable?: boolean };
  volumes?: (string | { type?: string; source?: string })[];
  restart?: string;
  command?: string[] | string;
}

const compose = readYaml(path.join(ROOT, 'docker-compose.yml')) as { services: Record<string, Service>; volumes?: Record<string, unknown> };
const services = compose.services;
const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');

function envOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  const pairs = Array.isArray(env) ? env.map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]) : Object.entries(env);
  return Object.fromEntries(pairs.map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]));
}

/** Services other services wait for with service_completed_successfully: jobs that run and exit. */
const oneShots = new Set(
  Object.values(services).flatMap((s) =>
    s.depends_on && !Array.isArray(s.depends_on)
      ? Object.entries(s.depends_on).filter(([, d]) => d.condition === 'service_completed_successfully').map(([name]) => name)
      : [],
  ),
);

/** An image reference pinned to a version: a tag with at least major.minor, never latest. */
function isPinned(image: string): boolean {
  const withoutDigest = image.split('@')[0]!;
  const lastPart = withoutDigest.split('/').pop()!;
  const tag = lastPart.includes(':') ? lastPart.split(':').pop()! : '';
  return tag !== '' && tag !== 'latest' && /\d+\.\d+/.test(tag);
}

describe('docker-compose.yml', () => {
  it('has the services the stack is made of', () => {
    for (const name of ['postgres', 'redis', 'kafka', 'temporal', 'temporal-setup', 'temporal-ui', 'migrate', 'api', 'worker', 'web', 'provider', 'prometheus', 'grafana']) {
      expect(services, `service ${name}`).toHaveProperty(name);
    }
  });

  it('pins every image to a version, here and in the Dockerfile', () => {
    for (const [name, service] of Object.entries(services)) {
      expect(service.image ?? service.build, `${name} has neither image nor build`).toBeDefined();
      if (service.image) expect(isPinned(service.image), `${name}: ${service.image} is not pinned to a version`).toBe(true);
    }
    const bases = [...dockerfile.matchAll(/^ARG \w+_IMAGE=(\S+)/gm)].map((m) => m[1]!);
    expect(bases.length).toBeGreaterThan(0);
    for (const image of bases) expect(isPinned(image), `Dockerfile base ${image} is not pinned`).toBe(true);
  });

  it('builds only Dockerfile targets that exist', () => {
    const targets = new Set([...dockerfile.matchAll(/^FROM\s+\S+\s+AS\s+(\S+)/gim)].map((m) => m[1]!));
    for (const [name, service] of Object.entries(services)) {
      if (!service.build) continue;
      expect(service.build.context, name).toBe('.');
      expect(targets, `${name} builds target ${service.build.target}`).toContain(service.build.target);
    }
  });

  it('gives every long-running service a healthcheck; one-shot jobs are not restarted', () => {
    for (const [name, service] of Object.entries(services)) {
      if (oneShots.has(name)) {
        expect(service.restart ?? 'no', `${name} is a one-shot job`).toBe('no');
        continue;
      }
      expect(service.healthcheck?.test, `${name} has no healthcheck`).toBeTruthy();
      expect(service.healthcheck?.disable, name).not.toBe(true);
    }
  });

  it('orders the start through healthchecks and finished jobs only', () => {
    for (const [name, service] of Object.entries(services)) {
      if (!service.depends_on) continue;
      expect(Array.isArray(service.depends_on), `${name}: depends_on needs conditions, not a list`).toBe(false);
      for (const [target, dep] of Object.entries(service.depends_on)) {
        expect(services, `${name} depends on ${target}, which does not exist`).toHaveProperty(target);
        expect(['service_healthy', 'service_completed_successfully'], `${name} -> ${target}`).toContain(dep.condition);
        if (dep.condition === 'service_healthy') expect(services[target]!.healthcheck?.test, `${name} waits for ${target} to be healthy`).toBeTruthy();
      }
    }
  });

  it('mounts files that exist and declares its named volumes', () => {
    const named = new Set(Object.keys(compose.volumes ?? {}));
    for (const [name, service] of Object.entries(services)) {
      for (const volume of service.volumes ?? []) {
        const source = typeof volume === 'string' ? volume.split(':')[0]! : (volume.source ?? '');
        if (source.startsWith('.') || source.startsWith('/')) expect(existsSync(path.resolve(ROOT, source)), `${name} mounts ${source}`).toBe(true);
        else expect(named, `${name} uses volume ${source}`).toContain(source);
      }
    }
  });

  it('gives api and worker every required setting of lib/config.ts, and only known ones', () => {
    const shape = ZConfig.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
    const required = Object.entries(shape)
      .filter(([, schema]) => !schema.safeParse(undefined).success)
      .map(([key]) => key);
    expect(required).toContain('DATABASE_URL');
    // VAR_FILE is read by the image's entrypoint for the secrets it names.
    const fileVars = /for var in ([A-Z0-9_ ]+); do/.exec(dockerfile)?.[1]?.trim().split(/\s+/) ?? [];
    for (const name of ['api', 'worker']) {
      const env = envOf(services[name]!);
      for (const key of required) {
        const direct = Boolean(env[key]);
        const viaFile = Boolean(env[`${key}_FILE`]) && fileVars.includes(key);
        expect(direct || viaFile, `${name} lacks ${key}`).toBe(true);
      }
      for (const key of Object.keys(env)) {
        const base = key.endsWith('_FILE') && fileVars.includes(key.slice(0, -5)) ? key.slice(0, -5) : key;
        expect(Object.keys(shape), `${name} sets ${key}, which lib/config.ts does not read`).toContain(base);
      }
      const direct = Object.fromEntries(Object.entries(env).filter(([key]) => !key.endsWith('_FILE')));
      const parsed = ZConfig.partial().safeParse(direct);
      expect(parsed.success, `${name}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues[0])}`).toBe(true);
      // Listening on the container's loopback only would make the service unreachable.
      expect(env.API_HOST, name).toBe('0.0.0.0');
    }
  });

  it('runs the migrations before api and worker start', () => {
    expect(services.migrate!.command).toEqual(['node', '--import', 'tsx', 'scripts/migrate.ts']);
    for (const name of ['api', 'worker']) {
      expect((services[name]!.depends_on as Record<string, { condition: string }>).migrate?.condition, name).toBe('service_completed_successfully');
    }
  });

  it('sends the provider webhooks to the API with the secret the API checks', () => {
    const api = envOf(services.api!);
    const provider = envOf(services.provider!);
    expect(provider.SANDBOX_DEFAULT_API_KEY).toBe(api.PAYMENT_PROVIDER_API_KEY);
    expect(api.PAYMENT_WEBHOOK_SECRETS!.split(',')).toContain(provider.SANDBOX_DEFAULT_WEBHOOK_SECRET);
    expect(provider.SANDBOX_DEFAULT_WEBHOOK_URL).toMatch(/^http:\/\/api:3000\//);
    expect(api.PAYMENT_PROVIDER_URL).toBe(`http://provider:${provider.SANDBOX_PORT}`);
  });
});

describe('compose configuration files', () => {
  it('gives the compose Temporal the dynamic config of the dev server', () => {
    const native = JSON.parse(readFileSync(path.join(ROOT, 'temporal/dynamic-config.json'), 'utf8')) as Record<string, unknown>;
    const compose = readYaml(path.join(ROOT, 'infra/temporal/dynamicconfig/casino.yaml')) as Record<string, { value: unknown }[]>;
    for (const [key, value] of Object.entries(native)) expect(compose[key]?.[0]?.value, key).toEqual(value);
  });

  it('scrapes the API and the worker metrics endpoints', () => {
    const prometheus = readYaml(path.join(ROOT, 'infra/prometheus/prometheus.yml')) as {
      scrape_configs: { static_configs: { targets: string[] }[] }[];
    };
    const targets = prometheus.scrape_configs.flatMap((c) => c.static_configs.flatMap((s) => s.targets));
    expect(targets).toContain('api:3000');
    expect(targets).toContain(`worker:${envOf(services.worker!).WORKER_METRICS_PORT}`);
  });

  it('has a dashboard on the provisioned datasource with the HTTP and purchase metrics', () => {
    const datasources = readYaml(path.join(ROOT, 'infra/grafana/provisioning/datasources/prometheus.yml')) as { datasources: { uid: string }[] };
    const uid = datasources.datasources[0]!.uid;
    const dashboard = JSON.parse(readFileSync(path.join(ROOT, 'infra/grafana/dashboards/casino-club.json'), 'utf8')) as {
      panels: { type: string; datasource?: { uid: string }; targets?: { expr: string }[] }[];
    };
    const queries = dashboard.panels.flatMap((p) => p.targets ?? []).map((t) => t.expr);
    for (const metric of ['http_request_duration_seconds_bucket', 'http_request_duration_seconds_count', 'purchase_attempt_total', 'purchase_duration_seconds_bucket', 'purchases_pending']) {
      expect(queries.some((q) => q.includes(metric)), metric).toBe(true);
    }
    for (const panel of dashboard.panels.filter((p) => p.type !== 'row')) expect(panel.datasource?.uid).toBe(uid);
  });
});
