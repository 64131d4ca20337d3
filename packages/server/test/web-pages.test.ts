import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support.ts';

// The web app's files beside the API: its pages are one page that routes itself, its scripts are
// files. A page loaded before a deploy asks for scripts of the build it came with.
describe('the web app served beside the API', () => {
  let server: TestServer;
  let webDist: string;
  beforeAll(async () => {
    webDist = await mkdtemp(join(tmpdir(), 'tandem-web-'));
    await mkdir(join(webDist, 'assets'));
    await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Tandem</title><script type="module" src="/assets/index-new.js"></script>');
    await writeFile(join(webDist, 'assets', 'index-new.js'), 'export {};');
    server = await startTestServer('pglite', { webDist });
  });
  afterAll(async () => {
    await server?.close();
    await rm(webDist, { recursive: true, force: true });
  });

  it("answers any page's address with the app's page, which routes it", async () => {
    for (const path of ['/', '/goals/6a0b6c2e-1f0e-4c1e-9a55-2f1b0c9d8e7f', '/reset-password?token=abc']) {
      const response = await fetch(server.url + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toContain('text/html');
      expect(await response.text(), path).toContain('<title>Tandem</title>');
    }
  });

  it('serves the scripts of the build it has', async () => {
    const response = await fetch(`${server.url}/assets/index-new.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
  });

  it("answers a script of an earlier build with 404, not with the app's page the browser would refuse as a script", async () => {
    for (const path of ['/assets/goal-page-OLD123.js', '/assets/index-OLD123.css', '/favicon-old.png']) {
      const response = await fetch(server.url + path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toContain('application/problem+json');
    }
  });

  it('answers an unknown API address with a problem, never the page', async () => {
    const response = await fetch(`${server.url}/api/v1/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
