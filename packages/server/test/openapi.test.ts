import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, startTestServer, type TestServer } from './support.ts';

describe('the API document', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('pglite');
  });
  afterAll(() => server?.close());

  it('is OpenAPI 3.1, documents problem responses and both credentials', async () => {
    const document = (await new Browser(server.url).get('/api/openapi.json')).body;
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['bearerToken', 'sessionCookie']);
    const me = document.paths['/api/v1/me'].get;
    expect(me.responses['200'].content['application/json'].schema.properties).toHaveProperty('practice');
    expect(me.responses['401'].content['application/problem+json'].schema.properties).toHaveProperty('errors');
  });

  it('is rendered as a reference page at /api/docs', async () => {
    const page = await fetch(`${server.url}/api/docs/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/swagger-ui/i);
  });
});
