import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLogins, seedDemoPractice } from '../src/features/demo/seed.ts';
import { Browser, fixedClock, startTestServer, type TestServer } from './support.ts';

type Node = { title: string; state: string; status: string; reasons: { code: string }[]; children: Node[] };
const flatten = (nodes: Node[]): Node[] => nodes.flatMap((node) => [node, ...flatten(node.children)]);

describe('the demo practice', () => {
  const clock = fixedClock('2026-11-24T10:00:00Z');
  let server: TestServer;
  let coach: Browser;

  beforeAll(async () => {
    server = await startTestServer('pglite', { clock });
    expect(await seedDemoPractice({ db: server.db, clock }, server.url)).toBe(true);
    expect(await seedDemoPractice({ db: server.db, clock }, server.url)).toBe(false);
    coach = new Browser(server.url);
    const [login] = demoLogins();
    expect((await coach.post('/api/v1/auth/login', { email: login?.email, password: login?.password })).status).toBe(200);
  });
  afterAll(() => server?.close());

  it('has three clients with values, and a cascade for each with goals on track, needing attention and at risk', async () => {
    const engagements = (await coach.get('/api/v1/engagements')).body.items;
    expect(engagements.map((e: { client: { name: string } }) => e.client.name).sort()).toEqual(['Anna Bērziņa', 'James Carter', 'Marta Kalniņa']);
    const goals: Node[] = [];
    for (const engagement of engagements) {
      expect((await coach.get(`/api/v1/engagements/${engagement.id}/values`)).body.items.length).toBeGreaterThanOrEqual(2);
      const cascade = (await coach.get(`/api/v1/engagements/${engagement.id}/cascade`)).body;
      goals.push(...flatten(cascade.roots));
      expect(cascade.roots.some((root: Node) => root.children.length > 0), engagement.client.name).toBe(true);
    }
    const statuses = new Set(goals.filter((goal) => goal.state === 'active').map((goal) => goal.status));
    expect([...statuses].sort()).toEqual(['at_risk', 'needs_attention', 'on_track']);
    expect(new Set(goals.map((goal) => goal.state))).toEqual(new Set(['draft', 'proposed', 'active', 'achieved', 'dropped']));
  });

  it('has goals with revision histories and a change awaiting agreement', async () => {
    const waiting = (await coach.get('/api/v1/goals/awaiting-agreement')).body.items;
    expect(waiting.length).toBeGreaterThan(0);
    const engagements = (await coach.get('/api/v1/engagements')).body.items;
    const histories: number[] = [];
    for (const engagement of engagements) {
      for (const goal of (await coach.get(`/api/v1/engagements/${engagement.id}/goals`)).body.items) {
        histories.push((await coach.get(`/api/v1/goals/${goal.id}/revisions`)).body.items.length);
      }
    }
    expect(Math.max(...histories)).toBeGreaterThanOrEqual(2);
  });
});
