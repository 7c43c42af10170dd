import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { envSchema } from '../../../common/config/config.js';

/**
 * Docker cannot run here, so the production stack is checked offline: the compose file's structure,
 * that every reference resolves, that every Verity variable it sets is one the config knows, and that
 * the Dockerfile builds with scripts that exist.
 */
const serviceSchema = z
  .object({
    image: z
      .string()
      .regex(/:[\w.-]+$/, 'an image with an explicit tag')
      .optional(),
    build: z.string().optional(),
    command: z.array(z.string()).optional(),
    environment: z.record(z.string(), z.string()).optional(),
    ports: z.array(z.string().regex(/^\d+:\d+$/)).optional(),
    volumes: z.array(z.string()).optional(),
    depends_on: z
      .record(z.string(), z.object({ condition: z.enum(['service_started', 'service_healthy']) }))
      .optional(),
    healthcheck: z
      .object({
        test: z.union([z.array(z.string()), z.string()]),
        interval: z.string(),
        timeout: z.string(),
        retries: z.number(),
      })
      .partial({ timeout: true })
      .optional(),
    restart: z.enum(['no', 'always', 'on-failure', 'unless-stopped']).optional(),
    deploy: z
      .object({ replicas: z.union([z.number(), z.string()]) })
      .strict()
      .optional(),
  })
  .strict();

const composeSchema = z.object({
  name: z.string(),
  services: z.record(z.string(), serviceSchema),
  volumes: z.record(z.string(), z.null()).optional(),
});

const compose = composeSchema.parse(parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }));
const dockerfile = readFileSync('Dockerfile', 'utf8');
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('docker-compose.yml', () => {
  it('has the sidecar, the indexer worker and the three engines', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'indexer',
      'postgres',
      'proxy',
      'qdrant',
      'redis',
      'sidecar',
    ]);
  });

  it('runs several sidecar replicas behind the proxy, which alone publishes the port', () => {
    expect(compose.services.sidecar!.deploy?.replicas).toBe('${SIDECAR_REPLICAS:-2}');
    expect(compose.services.sidecar!.ports).toBeUndefined();
    expect(compose.services.sidecar!.environment!.TRUST_PROXY).toBe('uniquelocal');
    expect(compose.services.proxy!.ports).toEqual(['3000:3000']);
    const nginx = readFileSync('deploy/nginx.conf', 'utf8');
    expect(nginx).toMatch(/server sidecar:3000/);
    expect(nginx).toMatch(/listen 3000/);
  });

  it('resolves every depends_on to a service, waiting for health where the target has a health check', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [target, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect(compose.services[target], `${name} depends on ${target}`).toBeDefined();
        if (condition === 'service_healthy')
          expect(compose.services[target]?.healthcheck, `${target} health check`).toBeDefined();
      }
    }
  });

  it('declares every named volume it mounts', () => {
    for (const service of Object.values(compose.services)) {
      for (const mount of service.volumes ?? []) {
        const source = mount.split(':')[0]!;
        if (!source.startsWith('.') && !source.startsWith('/'))
          expect(compose.volumes).toHaveProperty(source);
      }
    }
  });

  it('sets only variables the Verity config knows, and connects to the engines it starts', () => {
    const known = new Set(Object.keys(envSchema.shape));
    for (const name of ['sidecar', 'indexer']) {
      const env = compose.services[name]!.environment!;
      for (const key of Object.keys(env)) expect(known, `${name}: ${key}`).toContain(key);
      expect(env.REDIS_URL).toBe('redis://redis:6379');
      expect(env.QDRANT_URL).toBe('http://qdrant:6333');
      expect(env.DATABASE_URL).toMatch(/@postgres:5432\//);
      expect(env.NODE_ENV).toBe('production');
    }
  });

  it('runs commands the image contains', () => {
    expect(compose.services.sidecar!.command).toEqual(['node', 'dist/bin/verity.js', 'serve']);
    expect(compose.services.indexer!.command).toEqual(['node', 'dist/indexer/worker.js']);
  });
});

describe('Dockerfile', () => {
  it('is multi-stage and runs as an unprivileged user', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
  });

  it('uses npm scripts that exist', () => {
    for (const [, script] of dockerfile.matchAll(/npm run ([\w:-]+)/g))
      expect(packageJson.scripts).toHaveProperty(script!);
  });
});
