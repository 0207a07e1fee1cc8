// Security headers on the pages and the API (helmet, with a CSP the self-hosted pages work under:
// the Chromium tests in test/e2e load them with it), and CORS: off by default, on for listed origins.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Target, startTarget } from './support.js';

describe('security headers and CORS', { timeout: 60_000 }, () => {
  let target: Target;
  let allowing: Target;
  let webDir: string;
  beforeAll(async () => {
    webDir = await mkdtemp(join(tmpdir(), 'news-kg-web-'));
    await mkdir(join(webDir, 'graphiql'));
    await mkdir(join(webDir, 'explorer'));
    await writeFile(join(webDir, 'graphiql', 'index.html'), '<!doctype html><title>GraphiQL</title>');
    await writeFile(join(webDir, 'explorer', 'index.html'), '<!doctype html><title>Explorer</title>');
    target = await startTarget(3, { webDir, corsOrigins: [] });
    allowing = await startTarget(3, { webDir, corsOrigins: ['https://app.example'] });
  }, 60_000);
  afterAll(async () => {
    await target.close();
    await allowing.close();
    await rm(webDir, { recursive: true, force: true });
  });

  it.each(['/', '/graphiql', '/explorer'])('serves %s with a CSP that allows only this service, and the other headers', async (path) => {
    const response = await fetch(`${target.server.url}${path}`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('sends no CORS header by default, to a simple request or a preflight', async () => {
    const simple = await target.graphql('{ stats { entities } }', undefined, { origin: 'https://evil.example' });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${target.server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the listed origins only', async () => {
    const listed = await allowing.graphql('{ stats { entities } }', undefined, { origin: 'https://app.example' });
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const other = await allowing.graphql('{ stats { entities } }', undefined, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${allowing.server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
  });
});
