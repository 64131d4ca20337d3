import { addCalendarDays } from '@tandem/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLogins, seedDemoPractice } from '../src/features/demo/seed.ts';
import { Browser, fixedClock, startTestServer, type TestServer } from './support.ts';

type Node = { title: string; state: string; status: string; reasons: { code: string }[]; children: Node[] };
const flatten = (nodes: Node[]): Node[] => nodes.flatMap((node) => [node, ...flatten(node.children)]);

describe('the demo practice', () => {
  const clock = fixedClock('2026-11-24T10:00:00Z');
  let server: TestServer;
  let coach: Browser;
  /** The owner's own clients (the practice's other coach has clients of his own). */
  let ownClients = '';

  beforeAll(async () => {
    server = await startTestServer('pglite', { clock });
    expect(await seedDemoPractice({ db: server.db, clock }, server.url)).toBe(true);
    expect(await seedDemoPractice({ db: server.db, clock }, server.url)).toBe(false);
    // Its history happened "before": nobody is emailed of the goals closed or the client handed over in it.
    expect(await server.app.emails.runOnce()).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
    coach = new Browser(server.url);
    const [login] = demoLogins();
    const signedIn = await coach.post('/api/v1/auth/login', { email: login?.email, password: login?.password });
    expect(signedIn.status).toBe(200);
    ownClients = `/api/v1/engagements?coachId=${signedIn.body.user.id}`;
  });
  afterAll(() => server?.close());

  it('has three clients with values, and a cascade for each with goals on track, needing attention and at risk', async () => {
    const engagements = (await coach.get(ownClients)).body.items;
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

  it('has each engagement begun a week before its first goal, not on the day the demo was made', async () => {
    const engagements = (await coach.get(ownClients)).body.items;
    const begun: Record<string, string> = {};
    for (const engagement of engagements) {
      const goals = (await coach.get(`/api/v1/engagements/${engagement.id}/goals`)).body.items;
      type Words = { startsOn: string | null };
      const starts = goals.map((goal: { activeRevision: Words | null; pendingRevision: Words | null }) => (goal.activeRevision ?? goal.pendingRevision)?.startsOn);
      const firstStart = starts.filter(Boolean).sort()[0];
      expect(engagement.startedOn, engagement.client.name).toBe(addCalendarDays(firstStart, -7));
      begun[engagement.client.name] = engagement.startedOn;
    }
    // The demo is made on 24 November 2026 (the test's clock): Marta's first goal began 150 days before.
    expect(begun).toEqual({ 'Marta Kalniņa': '2026-06-20', 'James Carter': '2026-08-19', 'Anna Bērziņa': '2026-09-28' });
  });

  it('has goals with revision histories and a change awaiting agreement', async () => {
    const waiting = (await coach.get('/api/v1/goals/awaiting-agreement')).body.items;
    expect(waiting.length).toBeGreaterThan(0);
    const engagements = (await coach.get(ownClients)).body.items;
    const histories: number[] = [];
    for (const engagement of engagements) {
      for (const goal of (await coach.get(`/api/v1/engagements/${engagement.id}/goals`)).body.items) {
        histories.push((await coach.get(`/api/v1/goals/${goal.id}/revisions`)).body.items.length);
      }
    }
    expect(Math.max(...histories)).toBeGreaterThanOrEqual(2);
  });

  it('has sessions held and planned, with notes, commitments kept, open and overdue, and journal entries shared or private', async () => {
    const engagements = (await coach.get(ownClients)).body.items;
    const marta = engagements.find((e: { client: { name: string } }) => e.client.name === 'Marta Kalniņa');
    const sessions = (await coach.get(`/api/v1/engagements/${marta.id}/sessions`)).body.items;
    expect(sessions.map((session: { status: string }) => session.status).sort()).toEqual(['held', 'held', 'planned']);
    const planned = sessions.find((session: { status: string }) => session.status === 'planned');
    const next = (await coach.get(`/api/v1/sessions/${planned.id}`)).body;
    // The open commitments from both earlier sessions are carried onto the next agenda.
    expect(next.agenda.filter((item: { carriedFrom: { kind: string } | null }) => item.carriedFrom?.kind === 'commitment').length).toBeGreaterThanOrEqual(2);
    expect(next.readerTime).toMatchObject({ timeZone: 'Europe/Riga', time: '10:00' });
    const commitments = (await coach.get(`/api/v1/engagements/${marta.id}/commitments`)).body.items;
    expect(new Set(commitments.map((c: { status: string }) => c.status))).toEqual(new Set(['open', 'done']));
    expect(commitments.some((c: { overdue: boolean }) => c.overdue)).toBe(true);
    expect(commitments.some((c: { followUp: { outcome: string } | null }) => c.followUp?.outcome)).toBe(true);
    // The coach reads the one shared entry, never the private one.
    const journal = (await coach.get(`/api/v1/engagements/${marta.id}/journal`)).body.items;
    expect(journal).toHaveLength(1);
    expect(JSON.stringify(journal)).not.toContain('vai tiešām gribu vadīt komandu');
    expect((await coach.get(`/api/v1/engagements/${marta.id}/coach-notes`)).body.items.length).toBe(2);
    const inbox = (await coach.get('/api/v1/inbox')).body.items.map((item: { kind: string }) => item.kind);
    expect(inbox).toEqual(expect.arrayContaining(['commitment_overdue', 'journal_shared', 'goal_at_risk']));
  });

  it('has reviews of each outcome and obstacles open without a plan, with one, and resolved', async () => {
    const engagements = (await coach.get(ownClients)).body.items;
    const outcomes: string[] = [];
    const obstacles: { status: string; hasContingencyPlan: boolean; reframingQuestions: string[]; reframingQuestion: string; reframingAnswer: string }[] = [];
    for (const engagement of engagements) {
      outcomes.push(...(await coach.get(`/api/v1/engagements/${engagement.id}/reviews`)).body.items.map((review: { outcome: string }) => review.outcome));
      for (const goal of (await coach.get(`/api/v1/engagements/${engagement.id}/goals`)).body.items) {
        obstacles.push(...(await coach.get(`/api/v1/goals/${goal.id}/obstacles`)).body.items);
      }
    }
    expect(new Set(outcomes)).toEqual(new Set(['keep', 'modify', 'realign', 'drop']));
    expect(obstacles.map((o) => `${o.status}:${o.hasContingencyPlan}`).sort()).toEqual(['open:false', 'open:true', 'resolved:true']);
    expect(obstacles.every((o) => o.reframingQuestions.length >= 3)).toBe(true);
    // Each answer is to the question it answers, not to the category's first; the question reads in
    // the reader's language (the coach's English), whoever chose it in Latvian.
    expect(obstacles.filter((o) => o.reframingAnswer).map((o) => [o.reframingQuestion, o.reframingAnswer]).sort()).toEqual([
      ['Could this goal be combined with something you already have to do?', 'Var mēģināt ar kolēģi pusdienu pārtraukumā, ne atsevišķā laikā'],
      ['What is the smallest regular slot you could protect for it each week?', 'Fridays could be consultancy days if the employer agrees'],
    ]);
  });

  it('is a practice of two coaches: the second, invited by the owner, has a client who joined and one invited, and another coach is invited', async () => {
    const coaches = (await coach.get('/api/v1/practice/coaches')).body.items;
    expect(coaches.map((one: { name: string; role: string; engagements: object }) => [one.name, one.role, one.engagements])).toEqual([
      ['Ilze Ozola', 'owner', { invited: 0, active: 3, paused: 0, ended: 0 }],
      ['Pēteris Liepa', 'coach', { invited: 1, active: 1, paused: 0, ended: 0 }],
    ]);
    expect((await coach.get('/api/v1/practice/coach-invitations')).body.items.map((open: { name: string }) => open.name)).toEqual(['Sandra Vītola']);
    const whole = (await coach.get('/api/v1/engagements')).body;
    expect(whole.total).toBe(5);

    const second = demoLogins().find((login) => login.email === 'peteris@demo.tandem.lv');
    const peteris = new Browser(server.url);
    const signedIn = await peteris.post('/api/v1/auth/login', { email: second?.email, password: second?.password });
    expect(signedIn.body).toMatchObject({ role: 'coach', locale: 'lv' });
    const his = (await peteris.get('/api/v1/engagements')).body.items;
    expect(his.map((one: { client: { name: string }; status: string }) => [one.client.name, one.status])).toEqual([
      ['Elīna Kalna', 'active'],
      ['Tom Walker', 'invited'],
    ]);
    expect((await peteris.get(`/api/v1/engagements/${his[0].id}/values`)).body.items).toHaveLength(2);
    // The owner sees who works with whom, not the goals, values or aspirations of clients she does not coach.
    expect((await coach.get(`/api/v1/engagements/${his[0].id}/goals`)).status).toBe(403);
    const values = await coach.get(`/api/v1/engagements/${his[0].id}/values`);
    expect(values.status).toBe(403);
    expect(values.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
