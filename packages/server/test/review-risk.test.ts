import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateGoal, Browser, coachAndClient, ENGINES, fixedClock, PASSWORD, startTestServer, type TestServer } from './support.ts';

type Reason = { code: string; text: string };

describe.each(ENGINES)('reviews and obstacles in risk and the inbox on %s', (engine) => {
  // The goal becomes active on 5 January: its first review is due on 5 April.
  const clock = fixedClock('2026-01-05T09:00:00Z');
  let server: TestServer;
  let coach: Browser;
  let client: Browser;
  let engagementId: string;
  let goalId: string;
  const emails: Record<string, string> = {};

  const reasonsOf = async () => ((await client.get(`/api/v1/goals/${goalId}/progress`)).body.reasons as Reason[]).map((reason) => reason.code);
  const signInAgain = async () => {
    for (const [who, browser] of [['coach', coach], ['client', client]] as const) {
      expect((await browser.post('/api/v1/auth/login', { email: emails[who], password: PASSWORD })).status).toBe(200);
    }
  };

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    ({ coach, client, engagementId } = await coachAndClient(server));
    emails.coach = (await coach.get('/api/v1/me')).body.user.email;
    emails.client = (await client.get('/api/v1/me')).body.user.email;
    goalId = await activateGoal({ coach, client }, engagementId, { title: 'Lead 12 team meetings', horizon: 'year', startsOn: '2026-01-05', dueOn: '2026-12-31' });
  });
  afterAll(() => server?.close());

  it('makes an open obstacle without a contingency plan a reason on its goal, until it has one', async () => {
    const logged = await client.post(`/api/v1/goals/${goalId}/obstacles`, { description: 'Too busy to prepare', category: 'competing_priorities', rootCause: 'Two projects at once', contingencyPlan: '' });
    expect(logged.status).toBe(201);
    expect(await reasonsOf()).toContain('obstacle_without_plan');
    const planned = await client.request('PATCH', `/api/v1/obstacles/${logged.body.id}`, {
      contingencyPlan: 'If a week is lost, we move the meeting to Friday morning',
      version: logged.body.version,
    });
    expect(planned.status).toBe(200);
    expect(await reasonsOf()).not.toContain('obstacle_without_plan');
  });

  it('schedules the next review from the last one: the inbox and the risk follow it', async () => {
    clock.set('2026-04-10T09:00:00Z');
    await signInAgain();
    expect(await reasonsOf()).toContain('review_overdue');
    expect((await coach.get('/api/v1/inbox')).body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'review_due', goalId, on: '2026-04-05', daysOverdue: 5 })]),
    );
    const held = await coach.post(`/api/v1/goals/${goalId}/reviews`, { outcome: 'keep', notes: 'On course; keep going.', reason: '', changes: {} });
    expect(held.status).toBe(201);
    expect(await reasonsOf()).not.toContain('review_overdue');
    const items = (await coach.get('/api/v1/inbox')).body.items as { kind: string; goalId: string }[];
    expect(items.filter((item) => item.kind === 'review_due' && item.goalId === goalId)).toEqual([]);
    // 90 days after the review held on 10 April: 9 July, shown from two weeks before.
    clock.set('2026-06-26T09:00:00Z');
    await signInAgain();
    expect((await coach.get('/api/v1/inbox')).body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'review_due', goalId, on: '2026-07-09', severity: 'info' })]),
    );
  });

  it('suggests the deadline the pace so far would reach, with a 20-30% buffer, when a change asks for a steeper pace', async () => {
    // 1 April: 86 days into a goal that started on 5 January; 1 of 12 talks so far, 60 days left.
    clock.set('2026-04-01T09:00:00Z');
    await signInAgain();
    const talks = await activateGoal({ coach, client }, engagementId, { title: 'Give 12 talks at team meetings', horizon: 'quarter', startsOn: '2026-03-01', dueOn: '2026-05-31' });
    const metric = (await client.post(`/api/v1/goals/${talks}/metrics`, { name: 'Talks', unit: 'talks', kind: 'number', baseline: 0, baselineOn: '2026-03-01', target: 12 })).body;
    await client.post(`/api/v1/goals/${talks}/check-ins`, { kind: 'metric', effectiveOn: '2026-03-31', values: [{ metricId: metric.id, value: 1 }] });
    // The check while the new words are typed weighs the same pace when it is told whose words they are.
    const words = { title: 'Give 12 talks at team and department meetings', horizon: 'quarter', startsOn: '2026-03-01', dueOn: '2026-05-31', engagementId, locale: 'en' };
    const live = await client.post('/api/v1/smart/assess', { ...words, goalId: talks });
    expect(live.status).toBe(200);
    expect(live.body.achievable.verdict).toBe('partly');
    expect(live.body.achievable.reason).toContain('the pace so far');
    expect((await client.post('/api/v1/smart/assess', words)).body.achievable.reason).not.toContain('pace');
    const withoutEngagement = await client.post('/api/v1/smart/assess', { title: words.title, goalId: talks });
    expect(withoutEngagement.status).toBe(400);
    expect(withoutEngagement.body.errors).toEqual([expect.objectContaining({ path: 'engagementId' })]);
    const version = (await client.get(`/api/v1/goals/${talks}`)).body.version;
    const revised = await client.post(`/api/v1/goals/${talks}/revisions`, { changes: { title: 'Give 12 talks at team and department meetings' }, reason: 'Department meetings count too', version });
    expect(revised.status).toBe(201);
    const achievable = revised.body.pendingRevision.smart.achievable;
    expect(achievable.verdict).toBe('partly');
    // 11 talks left from the 1 recorded, at 1 in 30 days: 330 days from 1 April, and 20-30% more of them.
    // 0.183 and 0.033 a day are quoted a week at a time, in the metric's unit.
    expect(achievable.reason).toContain('would have to move 5.5 talks a month to reach the target in time: 5.5× the pace so far (1.0 talks a month).');
    expect(achievable.reason).toContain('At the pace so far the target would be reached around 25 February 2027; a buffer of 20–30% on the time until then would put the due date between 2 May 2027 and 4 June 2027.');
  });
});
