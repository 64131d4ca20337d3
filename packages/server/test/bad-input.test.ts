// Bad-input tests generated from the OpenAPI document: for every operation with a JSON body,
// an empty body and a body of wrongly typed fields must each get a 400 problem+json naming
// every offending field, and change nothing in the database.
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
});
