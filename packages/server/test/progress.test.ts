import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateGoal, Browser, coachAndClient, ENGINES, fixedClock, startTestServer, watchingStatements, type TestServer } from './support.ts';

describe.each(ENGINES)('progress, cascade and risk on %s', (engine) => {
  // Sessions last 30 days: the clock stays on one day, and the goals' dates lie around it.
  const clock = fixedClock('2026-02-15T09:00:00Z');
  let server: TestServer;
  let coach: Browser;
  let client: Browser;
  let engagementId: string;

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    ({ coach, client, engagementId } = await coachAndClient(server));
  });
  afterAll(() => server?.close());

  const activeGoal = (words: object) => activateGoal({ coach, client }, engagementId, words);

  it('draws a metric against its plan line, flags a goal behind plan with low confidence, with the reasons in the reader\'s language', async () => {
    const year = await activeGoal({ title: 'Lead the product team by the end of the year', horizon: 'year', startsOn: '2026-01-01', dueOn: '2026-12-31' });
    const quarter = await activeGoal({ title: 'Deliver 10 company presentations', horizon: 'quarter', startsOn: '2026-01-01', dueOn: '2026-03-31', parentId: year });
    const metric = (await client.post(`/api/v1/goals/${quarter}/metrics`, { name: 'Presentations', unit: 'talks', kind: 'number', baseline: 0, baselineOn: '2026-01-01', target: 10 })).body;

    await client.post(`/api/v1/goals/${quarter}/check-ins`, { kind: 'metric', effectiveOn: '2026-02-01', confidence: 3, values: [{ metricId: metric.id, value: 2 }] });
    await client.post(`/api/v1/goals/${quarter}/check-ins`, { kind: 'metric', effectiveOn: '2026-01-15', values: [{ metricId: metric.id, value: 1 }] });

    const progress = await client.get(`/api/v1/goals/${quarter}/progress`);
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({ asOf: '2026-02-15', progress: 0.2, status: 'at_risk', lastCheckIn: { on: '2026-02-01', confidence: 3 } });
    expect(progress.body.expectedProgress).toBeCloseTo(45 / 89, 2);
    expect(progress.body.metrics[0]).toMatchObject({
      current: 2,
      currentOn: '2026-02-01',
      progress: 0.2,
      actual: [
        { on: '2026-01-15', value: 1 },
        { on: '2026-02-01', value: 2 },
      ],
      plan: [
        { on: '2026-01-01', value: 0 },
        { on: '2026-03-31', value: 10 },
      ],
    });
    const codes = progress.body.reasons.map((reason: { code: string }) => reason.code);
    expect(codes).toEqual(expect.arrayContaining(['behind_plan', 'low_confidence']));
    const behind = progress.body.reasons.find((reason: { code: string }) => reason.code === 'behind_plan');
    expect(behind.text).toMatch(/^20% done, 51% expected by today/);

    await client.patch('/api/v1/me', { locale: 'lv' });
    const latvian = (await client.get(`/api/v1/goals/${quarter}/progress`)).body;
    expect(latvian.reasons.find((reason: { code: string }) => reason.code === 'low_confidence').text).toMatch(/pārliecība bija 3\/10/);
    await client.patch('/api/v1/me', { locale: 'en' });

    // A stakeholder's answer is feedback, not the pair checking in: confidence and cadence stay.
    const asked = await client.post(`/api/v1/goals/${quarter}/feedback-requests`, { stakeholderName: 'Team lead', question: 'How did the last talk land?' });
    await new Browser(server.url).post(`/api/v1/feedback/${asked.body.url.split('/').pop()}`, { rating: 5 });
    expect((await client.get(`/api/v1/goals/${quarter}/progress`)).body.lastCheckIn).toEqual({ on: '2026-02-01', confidence: 3 });

    const cascade = await coach.get(`/api/v1/engagements/${engagementId}/cascade`);
    expect(cascade.status).toBe(200);
    const root = cascade.body.roots.find((node: { goalId: string }) => node.goalId === year);
    expect(root.children.map((child: { goalId: string }) => child.goalId)).toEqual([quarter]);
    // The year goal has no metrics of its own: its progress is its child's.
    expect(root.progress).toBeCloseTo(0.2, 5);
    expect(root.children[0]).toMatchObject({ status: 'at_risk', parentId: year });
  });

  it('plans a metric added midway from its baseline: it starts on its plan line, and does not put the goal behind', async () => {
    const quarter = await activeGoal({ title: 'Run 8 customer interviews this quarter', horizon: 'quarter', startsOn: '2026-01-01', dueOn: '2026-03-31' });
    const interviews = (await client.post(`/api/v1/goals/${quarter}/metrics`, { name: 'Interviews', kind: 'number', baseline: 0, baselineOn: '2026-01-01', target: 8 })).body;
    await client.post(`/api/v1/goals/${quarter}/check-ins`, { kind: 'metric', effectiveOn: '2026-02-14', values: [{ metricId: interviews.id, value: 4 }] });
    const before = (await client.get(`/api/v1/goals/${quarter}/progress`)).body;
    expect(before).toMatchObject({ progress: 0.5, status: 'on_track' });

    // Today (15 February) a second measure is added, its baseline taken today.
    await client.post(`/api/v1/goals/${quarter}/metrics`, { name: 'Insights written up', kind: 'number', baseline: 0, baselineOn: '2026-02-15', target: 4 });
    const after = (await client.get(`/api/v1/goals/${quarter}/progress`)).body;
    // Nothing is expected of it yet: the goal is half of the way it was expected to be, as before.
    expect(after.progress).toBeCloseTo(0.25, 5);
    expect(after.expectedProgress).toBeCloseTo(before.expectedProgress / 2, 5);
    expect(after.reasons.map((reason: { code: string }) => reason.code)).not.toContain('behind_plan');
    expect(after.status).toBe(before.status);
    // Its plan line starts at its baseline, on its own day.
    expect(after.metrics.find((metric: { name: string }) => metric.name === 'Insights written up').plan).toEqual([
      { on: '2026-02-15', value: 0 },
      { on: '2026-03-31', value: 4 },
    ]);
  });

  it("gives each goal's progress as the cascade gives it, from the goal and the goals under it alone", async () => {
    const year = await activeGoal({ title: 'Grow the consulting practice to 12 clients', horizon: 'year', startsOn: '2026-01-01', dueOn: '2026-12-31' });
    const quarter = await activeGoal({ title: 'Sign 3 new clients this quarter', horizon: 'quarter', startsOn: '2026-01-01', dueOn: '2026-03-31', parentId: year });
    const month = await activeGoal({ title: 'Hold 8 discovery calls in February', horizon: 'month', startsOn: '2026-02-01', dueOn: '2026-02-28', parentId: quarter });
    const addMetric = async (goalId: string, target: number) =>
      (await client.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Count', kind: 'number', baseline: 0, baselineOn: '2026-01-01', target })).body.id as string;
    const yearMetric = await addMetric(year, 12);
    const quarterMetric = await addMetric(quarter, 3);
    const monthMetric = await addMetric(month, 8);
    for (const [goalId, metricId, value, confidence] of [[year, yearMetric, 5, 8], [quarter, quarterMetric, 1, 4], [month, monthMetric, 6, 9]] as const) {
      expect((await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-02-10', confidence, values: [{ metricId, value }] })).status).toBe(201);
    }
    type Node = { goalId: string; progress: number | null; expectedProgress: number | null; status: string; reasons: unknown[]; children: Node[] };
    const cascade = (await client.get(`/api/v1/engagements/${engagementId}/cascade`)).body as { roots: Node[] };
    const find = (nodes: Node[], id: string): Node | undefined => nodes.map((node) => (node.goalId === id ? node : find(node.children, id))).find(Boolean);
    for (const goalId of [year, quarter, month]) {
      const node = find(cascade.roots, goalId);
      const progress = (await client.get(`/api/v1/goals/${goalId}/progress`)).body;
      expect(progress).toMatchObject({ goalId, progress: node?.progress, expectedProgress: node?.expectedProgress, status: node?.status, reasons: node?.reasons });
      expect(progress.children.map((child: { goalId: string }) => child.goalId)).toEqual(node?.children.map((child) => child.goalId));
    }
    // The year rolls up its own metric and the quarter, which rolls up its own and the month's.
    expect(find(cascade.roots, year)?.progress).not.toBe(find(cascade.roots, quarter)?.progress);
  });

  it('reads the cascade in a fixed number of SQL statements, however many goals there are', async () => {
    const countStatements = async () => {
      let statements = 0;
      const response = await watchingStatements(server.db, () => (statements += 1), () => coach.get(`/api/v1/engagements/${engagementId}/cascade`));
      expect(response.status).toBe(200);
      return statements;
    };
    const before = await countStatements();
    // Asked again with nothing changed, the kept answer is given (decision 018): who is asking,
    // their engagement, and the answer with the stamp.
    expect(await countStatements()).toBe(3);
    for (let index = 0; index < 5; index += 1) {
      const goal = await activeGoal({ title: `Run ${index + 2} workshops`, horizon: 'month', startsOn: '2026-02-01', dueOn: '2026-02-28' });
      await client.post(`/api/v1/goals/${goal}/metrics`, { name: 'Workshops', kind: 'number', baseline: 0, baselineOn: '2026-02-01', target: index + 2 });
    }
    expect(await countStatements()).toBe(before);
    // Who is asking, their engagement, the stamp (and no answer kept at it), the goals, their
    // metrics with current values, the facts of each goal, and keeping the answer.
    expect(before).toBe(7);
  });

  it('flags an overdue goal, and keeps goals that are not active out of judgement', async () => {
    const late = await activeGoal({ title: 'Submit 2 conference proposals', horizon: 'month', startsOn: '2026-01-05', dueOn: '2026-02-04' });
    const overdue = (await client.get(`/api/v1/goals/${late}/progress`)).body;
    expect(overdue.status).toBe('at_risk');
    expect(overdue.reasons.find((reason: { code: string }) => reason.code === 'overdue').text).toMatch(/Due 11 days ago/);
    const draft = (await client.post(`/api/v1/engagements/${engagementId}/goals`, { title: 'Maybe later', horizon: 'month' })).body;
    expect((await client.get(`/api/v1/goals/${draft.id}/progress`)).body).toMatchObject({ status: 'not_judged', reasons: [] });
  });
});
