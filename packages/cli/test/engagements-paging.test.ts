// `tandem engagements list` reads a practice a page at a time: a coach with more clients than one
// page of the API holds (100) gets every one of them, once, in the list's order.
import { join } from 'node:path';
import { readConfig, startServer, type RunningServer } from '@tandem/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession, tandem, temporaryDir } from './support.ts';

const PASSWORD = 'correct horse battery';
const CLIENTS = Array.from({ length: 130 }, (_, index) => `Client ${String(index + 1).padStart(3, '0')}`);

describe('engagements list over several pages', () => {
  let server: RunningServer;
  let env: NodeJS.ProcessEnv;
  let coach: HttpSession;

  beforeAll(async () => {
    const dir = await temporaryDir('paging');
    server = await startServer(readConfig({ PORT: '0', HOST: '127.0.0.1', TANDEM_DATA_DIR: join(dir, 'data'), TANDEM_DEMO: 'off', LOG_LEVEL: 'silent' }));
    coach = new HttpSession(server.url);
    await coach.post('/api/v1/auth/signup', { name: 'Ilze Ozola', email: 'ilze@example.test', password: PASSWORD, practiceName: 'Ozola Coaching' });
    for (const [index, name] of [...CLIENTS].reverse().entries()) {
      await coach.post('/api/v1/engagements', { clientName: name, clientEmail: `client.${index}@example.test` });
    }
    env = { TANDEM_CONFIG_DIR: join(dir, 'config'), TANDEM_URL: server.url };
    const login = await tandem(['login', '--email', 'ilze@example.test', '--password-stdin'], { env, input: `${PASSWORD}\n` });
    expect(login.code, login.stderr).toBe(0);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('lists all 130 clients in order, each once', async () => {
    const json = await tandem(['engagements', 'list', '--json'], { env });
    expect(json.code, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as { client: { name: string } }[]).map((item) => item.client.name)).toEqual(CLIENTS);
    const table = await tandem(['engagements', 'list'], { env });
    expect(table.stdout).toContain('130 engagements');
    expect((await tandem(['engagements', 'list', '--search', 'client 12'], { env })).stdout).toContain('10 engagements') // Client 120 to 129;
  });

  it('answers an API client that gives no limit with the first 100 and the total (decision 032)', async () => {
    type Page = { items: { client: { name: string } }[]; total: number };
    const first = await coach.get<Page>('/api/v1/engagements');
    expect(first.total).toBe(130);
    expect(first.items.map((item) => item.client.name)).toEqual(CLIENTS.slice(0, 100));
    const rest = await coach.get<Page>('/api/v1/engagements?offset=100');
    expect(rest.items.map((item) => item.client.name)).toEqual(CLIENTS.slice(100));
  });
});
