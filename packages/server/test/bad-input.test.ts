// Bad-input tests generated from the OpenAPI document: for every operation with a JSON body,
// an empty body and a body of wrongly typed fields must each get a 400 problem+json naming
// every offending field, and change nothing in the database.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, ENGINES, inviteClient, signUpCoach, startTestServer, type TestServer } from './support.ts';

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; required?: string[]; anyOf?: JsonSchema[] };
type Operation = { requestBody?: { content: { 'application/json'?: { schema: JsonSchema } } } };

const TABLES = [
  'practices', 'users', 'memberships', 'auth_sessions', 'api_tokens', 'engagements', 'invitations', 'client_values', 'audit_events',
  'coaching_sessions', 'agenda_items', 'commitments', 'commitment_events', 'coach_notes', 'journal_entries',
  'reviews', 'obstacles', 'obstacle_events',
];

function wrongValueFor(schema: JsonSchema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  return type === 'string' ? 12345 : type === 'boolean' ? 'yes' : type === 'number' || type === 'integer' ? 'many' : 'wrong';
}

describe.each(ENGINES)('bad input on %s', (engine) => {
  let server: TestServer;
  let operations: { method: string; path: string; schema: JsonSchema }[] = [];
  let client: Browser;
  let concrete: (path: string) => string;

  beforeAll(async () => {
    server = await startTestServer(engine);
    const coach = await signUpCoach(server);
    const joined = await inviteClient(server, coach.browser);
    client = joined.client;
    const value = await client.post(`/api/v1/engagements/${joined.engagementId}/values`, { kind: 'value', title: 'Focus' });
    concrete = (path) =>
      path.replace('{id}', joined.engagementId).replace('{valueId}', value.body.id).replace('{token}', joined.token);
    const document = (await client.get('/api/openapi.json')).body as { paths: Record<string, Record<string, Operation>> };
    operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).flatMap(([method, operation]) => {
        const schema = operation.requestBody?.content['application/json']?.schema;
        return schema?.properties ? [{ method: method.toUpperCase(), path, schema }] : [];
      }),
    );
  });
  afterAll(() => server?.close());

  async function countRows(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      counts[table] = row?.n ?? -1;
    }
    return counts;
  }

  it('finds the operations that take a body', () => {
    expect(operations.length).toBeGreaterThanOrEqual(8);
  });

  it('names every missing required field, for every operation, and changes nothing', async () => {
    const before = await countRows();
    for (const operation of operations) {
      const required = operation.schema.required ?? [];
      if (required.length === 0) continue;
      const response = await client.request(operation.method, concrete(operation.path), {});
      const where = `${operation.method} ${operation.path}`;
      expect(response.status, where).toBe(400);
      expect(response.headers.get('content-type'), where).toMatch(/application\/problem\+json/);
      const paths = (response.body.errors as { path: string }[]).map((error) => error.path);
      for (const field of required) expect(paths, `${where} should name ${field}`).toContain(field);
    }
    expect(await countRows()).toEqual(before);
  });

  it('names every wrongly typed field, for every operation, and changes nothing', async () => {
    const before = await countRows();
    for (const operation of operations) {
      const properties = Object.entries(operation.schema.properties ?? {});
      const body = Object.fromEntries(properties.map(([name, schema]) => [name, wrongValueFor(schema)]));
      const response = await client.request(operation.method, concrete(operation.path), body);
      const where = `${operation.method} ${operation.path}`;
      expect(response.status, where).toBe(400);
      const paths = (response.body.errors as { path: string }[]).map((error) => error.path);
      for (const [name] of properties) expect(paths, `${where} should name ${name}`).toContain(name);
    }
    expect(await countRows()).toEqual(before);
  });

  it('refuses a body that is not JSON, and a malformed id, as problem+json', async () => {
    const notJson = await client.request('POST', '/api/v1/auth/login', undefined, { 'content-type': 'application/json' });
    expect(notJson.status).toBe(400);
    const raw = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' });
    expect(raw.status).toBe(400);
    expect(raw.headers.get('content-type')).toMatch(/problem\+json/);
    const badId = await client.get('/api/v1/engagements/not-a-uuid');
    expect(badId.status).toBe(400);
    expect(badId.body.errors).toEqual([expect.objectContaining({ path: 'id' })]);
  });
  /** Sends `raw` bytes as they are (no client would send them so) and reads the whole answer. */
  function sendRaw(raw: Buffer): Promise<{ status: number; type: string | undefined; body: { code: string; errors: { path: string; code: string }[] } }> {
    const { port, hostname } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      const socket = connect(Number(port), hostname, () => socket.write(raw));
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const [head = '', body = ''] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
        resolve({
          status: Number(head.split(' ')[1]),
          type: /^content-type: (.*)$/im.exec(head)?.[1],
          body: JSON.parse(body),
        });
      });
    });
  }

  it('answers what the HTTP parser refuses (raw bytes in the address, a broken header, huge headers) as problem+json naming the part, and changes nothing', async () => {
    const before = await countRows();
    const rawName = await sendRaw(Buffer.from('GET /api/v1/engagements?q=B\u0113rzi\u0146a HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8'));
    expect(rawName).toMatchObject({ status: 400, type: 'application/problem+json', body: { code: 'malformed_request', errors: [{ path: 'url', code: 'malformed' }] } });
    const badHeader = await sendRaw(Buffer.from('POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent Type: application/json\r\n\r\n'));
    expect(badHeader).toMatchObject({ status: 400, body: { code: 'malformed_request', errors: [{ path: 'headers' }] } });
    const huge = await sendRaw(Buffer.from(`GET /api/v1/me HTTP/1.1\r\nHost: x\r\nCookie: tandem_session=${'a'.repeat(20_000)}\r\n\r\n`));
    expect(huge).toMatchObject({ status: 431, type: 'application/problem+json', body: { code: 'headers_too_large', errors: [{ path: 'headers', code: 'too_big' }] } });
    expect(await countRows()).toEqual(before);
  });
});
