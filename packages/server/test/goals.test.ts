import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateGoal, ENGINES, fixedClock, inviteClient, signUpCoach, startTestServer, type Browser, type TestServer } from './support.ts';

const SEED_GOAL =
  'Over the next 3 months, improve public speaking skills by delivering 5 company presentations and receiving an average score of 4 out of 5 on feedback forms';

describe.each(ENGINES)('co-created goals on %s', (engine) => {
  const clock = fixedClock('2026-02-02T10:00:00Z');
  let server: TestServer;
  let coach: Browser;
  let client: Browser;
  let engagementId: string;
  let valueId: string;

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    coach = (await signUpCoach(server)).browser;
    const joined = await inviteClient(server, coach);
    client = joined.client;
    engagementId = joined.engagementId;
    valueId = (await client.post(`/api/v1/engagements/${engagementId}/values`, { kind: 'aspiration', title: 'Lead a product team' })).body.id;
  });
  afterAll(() => server?.close());

  const draft = (overrides: object = {}) => ({
    title: SEED_GOAL,
    horizon: 'quarter',
    whyItMatters: 'I want to lead the product team within two years',
    startsOn: '2026-02-02',
    dueOn: '2026-05-01',
    valueIds: [valueId],
    ...overrides,
  });

  it('co-creates a goal: client drafts, coach proposes a change with a reason, client agrees, the goal is active', async () => {
    const created = await client.post(`/api/v1/engagements/${engagementId}/goals`, draft());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'draft', version: 1, activeRevision: null, mySide: 'client', awaitingAgreementFrom: [] });
    expect(created.body.pendingRevision).toMatchObject({ number: 1, title: SEED_GOAL, valueIds: [valueId], author: { side: 'client' } });
    expect(created.body.missingCriteria).toEqual([]);
    const goalId = created.body.id;

    const proposed = await client.post(`/api/v1/goals/${goalId}/agreements`, { revisionId: created.body.pendingRevision.id, decision: 'agree' });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ state: 'proposed', awaitingAgreementFrom: ['coach'] });
    expect((await coach.get('/api/v1/goals/awaiting-agreement')).body.items.map((goal: { id: string }) => goal.id)).toContain(goalId);
    expect((await client.get('/api/v1/goals/awaiting-agreement')).body.items).toEqual([]);

    const changed = await coach.post(`/api/v1/goals/${goalId}/revisions`, {
      changes: { title: SEED_GOAL.replace('5 company presentations', '4 company presentations') },
      reason: 'Five in one quarter leaves no room for the product launch',
      version: proposed.body.version,
    });
    expect(changed.status).toBe(201);
    expect(changed.body).toMatchObject({ state: 'proposed', awaitingAgreementFrom: ['client'], pendingRevision: { number: 2, author: { side: 'coach' } } });

    const agreed = await client.post(`/api/v1/goals/${goalId}/agreements`, { revisionId: changed.body.pendingRevision.id, decision: 'agree' });
    expect(agreed.body).toMatchObject({ state: 'active', pendingRevision: null, activeRevision: { number: 2 }, activatedAt: clock().toISOString() });
    expect(agreed.body.title).toContain('4 company presentations');

    const history = await coach.get(`/api/v1/goals/${goalId}/revisions`);
    expect(history.body.items.map((revision: { number: number }) => revision.number)).toEqual([1, 2]);
    expect(history.body.items[1]).toMatchObject({
      reason: 'Five in one quarter leaves no room for the product launch',
      changes: [{ field: 'title', before: SEED_GOAL, after: expect.stringContaining('4 company presentations') }],
    });
    expect(history.body.items[1].agreements.map((a: { side: string; implied: boolean }) => [a.side, a.implied])).toEqual([
      ['coach', true],
      ['client', false],
    ]);
  });

  it('keeps the active words in force while a change awaits the other side, and withdraws it when declined', async () => {
    const goalId = await activeGoal();
    const before = (await client.get(`/api/v1/goals/${goalId}`)).body;
    const edit = await client.post(`/api/v1/goals/${goalId}/revisions`, { changes: { dueOn: '2026-04-15' }, reason: 'The conference moved earlier', version: before.version });
    expect(edit.body).toMatchObject({ state: 'active', activeRevision: { id: before.activeRevision.id, dueOn: '2026-05-01' }, pendingRevision: { dueOn: '2026-04-15' } });
    const noComment = await coach.post(`/api/v1/goals/${goalId}/agreements`, { revisionId: edit.body.pendingRevision.id, decision: 'decline' });
    expect(noComment.status).toBe(400);
    expect(noComment.body.errors).toEqual([expect.objectContaining({ path: 'comment' })]);
    const declined = await coach.post(`/api/v1/goals/${goalId}/agreements`, { revisionId: edit.body.pendingRevision.id, decision: 'decline', comment: 'Let us keep May; April is too tight' });
    expect(declined.body).toMatchObject({ state: 'active', pendingRevision: null, activeRevision: { dueOn: '2026-05-01' } });
  });

  it('gives the second of two concurrent editors 409 stale_version, and loses nothing', async () => {
    const goalId = await activeGoal();
    const { version } = (await coach.get(`/api/v1/goals/${goalId}`)).body;
    const first = await coach.post(`/api/v1/goals/${goalId}/revisions`, { changes: { description: 'From the coach' }, reason: 'Adding context', version });
    const second = await client.post(`/api/v1/goals/${goalId}/revisions`, { changes: { description: 'From the client' }, reason: 'Adding my context', version });
    expect(first.status).toBe(201);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'stale_version', currentVersion: version + 1 });
    const history = (await client.get(`/api/v1/goals/${goalId}/revisions`)).body.items;
    expect(history.at(-1)).toMatchObject({ description: 'From the coach' });
  });

  it('refuses bad transitions with 409 naming the current state', async () => {
    const created = (await coach.post(`/api/v1/engagements/${engagementId}/goals`, draft({ title: 'Run a half marathon' }))).body;
    const achieve = await coach.post(`/api/v1/goals/${created.id}/state`, { state: 'achieved', reason: 'Done already', version: created.version });
    expect(achieve.status).toBe(409);
    expect(achieve.body).toMatchObject({ code: 'invalid_transition', currentState: 'draft' });
    const decline = await client.post(`/api/v1/goals/${created.id}/agreements`, { revisionId: created.pendingRevision.id, decision: 'decline', comment: 'Not mine' });
    expect(decline.body).toMatchObject({ code: 'invalid_transition', currentState: 'draft' });
    const proposed = (await coach.post(`/api/v1/goals/${created.id}/agreements`, { revisionId: created.pendingRevision.id, decision: 'agree' })).body;
    const twice = await coach.post(`/api/v1/goals/${created.id}/agreements`, { revisionId: created.pendingRevision.id, decision: 'agree' });
    expect(twice.body.code).toBe('already_agreed');
    const dropped = await client.post(`/api/v1/goals/${created.id}/state`, { state: 'dropped', reason: 'Knee injury', version: proposed.version });
    expect(dropped.body).toMatchObject({ state: 'dropped', closingReason: 'Knee injury' });
    const revise = await client.post(`/api/v1/goals/${created.id}/revisions`, { changes: { title: 'Walk instead' }, reason: 'New plan', version: dropped.body.version });
    expect(revise.body).toMatchObject({ status: 409, currentState: 'dropped' });
  });

  it('stores the SMART assessment with every revision and shows which criteria are missing', async () => {
    const vague = await client.post(`/api/v1/engagements/${engagementId}/goals`, { title: 'Improve leadership', horizon: 'year' });
    expect(vague.status).toBe(201);
    expect(vague.body.smart.specific.verdict).toBe('missing');
    expect(vague.body.missingCriteria).toEqual(expect.arrayContaining(['specific', 'measurable', 'timeBound']));
    await client.patch('/api/v1/me', { locale: 'lv' });
    const inLatvian = (await client.get(`/api/v1/goals/${vague.body.id}`)).body;
    expect(inLatvian.smart.specific.question).not.toBe(vague.body.smart.specific.question);
    expect(inLatvian.smart.specific.question).toMatch(/[āčēģīķļņšūž]/);
    await client.patch('/api/v1/me', { locale: 'en' });
  });

  it('checks links: values of this engagement, a parent on a higher horizon, due after start', async () => {
    const other = await inviteClient(server, coach, 'Other Client');
    const foreignValue = (await other.client.post(`/api/v1/engagements/${other.engagementId}/values`, { kind: 'value', title: 'Theirs' })).body.id;
    const badValue = await client.post(`/api/v1/engagements/${engagementId}/goals`, draft({ valueIds: [foreignValue] }));
    expect(badValue.status).toBe(400);
    expect(badValue.body.errors[0].path).toBe('valueIds');
    const reversed = await client.post(`/api/v1/engagements/${engagementId}/goals`, draft({ startsOn: '2026-05-01', dueOn: '2026-02-01' }));
    expect(reversed.body.errors[0].path).toBe('dueOn');
    const month = (await client.post(`/api/v1/engagements/${engagementId}/goals`, draft({ title: 'Give 1 talk', horizon: 'month', dueOn: '2026-03-01' }))).body;
    const underMonth = await client.post(`/api/v1/engagements/${engagementId}/goals`, draft({ parentId: month.id, horizon: 'quarter' }));
    expect(underMonth.body.errors[0].path).toBe('horizon');
    const child = await client.post(`/api/v1/engagements/${engagementId}/goals`, draft({ parentId: month.id, horizon: 'month', title: 'x' }));
    expect(child.body.errors[0].path).toBe('horizon');
    const year = (await client.post(`/api/v1/engagements/${engagementId}/goals`, draft({ title: 'Lead a team of 4', horizon: 'year', dueOn: '2026-12-31' }))).body;
    const late = await client.post(`/api/v1/engagements/${engagementId}/goals`, draft({ parentId: year.id, dueOn: '2027-01-15' }));
    expect(late.body.errors).toEqual([expect.objectContaining({ path: 'dueOn', code: 'outside_parent_dates' })]);
    const inside = await client.post(`/api/v1/engagements/${engagementId}/goals`, draft({ parentId: year.id }));
    expect(inside.status).toBe(201);
    expect(inside.body.parentId).toBe(year.id);

    // A revision may move a goal in the cascade: a draft moves at once (its words are in force),
    // never under itself or one of its own steps.
    const revise = (goal: { id: string }, changes: object) =>
      client.get(`/api/v1/goals/${goal.id}`).then(({ body }) => client.post(`/api/v1/goals/${goal.id}/revisions`, { changes, reason: 'Moving it', version: body.version }));
    const loop = await revise(year, { parentId: inside.body.id });
    expect(loop.status).toBe(400);
    expect(loop.body.errors).toEqual([expect.objectContaining({ path: 'parentId', code: 'parent_cycle' })]);
    expect((await revise(year, { parentId: year.id })).body.errors).toEqual([expect.objectContaining({ path: 'parentId', code: 'parent_cycle' })]);
    const vision = (await client.post(`/api/v1/engagements/${engagementId}/goals`, draft({ title: 'Lead product', horizon: 'vision', dueOn: '2027-12-31' }))).body;
    const moved = await revise(inside.body, { parentId: vision.id });
    expect(moved.status).toBe(201);
    expect(moved.body).toMatchObject({ state: 'draft', parentId: vision.id, pendingRevision: { parentId: vision.id } });
    expect((await revise(inside.body, { parentId: null })).body.parentId).toBeNull();
  });

  it('assesses a draft before it is saved, in the language asked for', async () => {
    const english = await client.post('/api/v1/smart/assess', { title: 'Improve leadership', locale: 'en' });
    expect(english.status).toBe(200);
    expect(Object.keys(english.body).sort()).toEqual(['achievable', 'measurable', 'relevant', 'specific', 'timeBound']);
    for (const criterion of ['specific', 'measurable', 'timeBound']) expect(english.body[criterion].verdict).toBe('missing');
    const latvian = await client.post('/api/v1/smart/assess', { title: 'Uzlabot līderību', locale: 'lv' });
    for (const criterion of ['specific', 'measurable', 'timeBound']) expect(latvian.body[criterion].verdict).toBe('missing');
    expect(latvian.body.specific.reason).toMatch(/uzlabot/i);
    const halfTyped = await client.post('/api/v1/smart/assess', { ...draft(), startsOn: '2026-05-01', dueOn: '2026-02-01', engagementId });
    expect(halfTyped.status).toBe(200);
    expect(halfTyped.body.timeBound.verdict).not.toBe('met');
    const inContext = await client.post('/api/v1/smart/assess', { ...draft(), engagementId });
    for (const criterion of ['specific', 'measurable', 'achievable', 'relevant', 'timeBound']) expect(inContext.body[criterion].verdict, criterion).toBe('met');
  });

  it("shows each side a goal's page as their goal list shows it: the words in force and proposed, their authors, the assessment in the reader's language", async () => {
    const goalId = await activeGoal();
    const before = (await client.get(`/api/v1/goals/${goalId}`)).body;
    await client.post(`/api/v1/goals/${goalId}/revisions`, { changes: { dueOn: '2026-04-15' }, reason: 'The conference moved earlier', version: before.version });
    // The goal's own assessment (with its metrics) stands beside each revision's from here on.
    await coach.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Presentations', unit: 'talks', kind: 'number', baseline: 0, baselineOn: '2026-02-02', target: 4 });
    const clientName = (await client.get('/api/v1/me')).body.user.name;
    await coach.patch('/api/v1/me', { locale: 'lv' });
    try {
      for (const [reader, side] of [
        [client, 'client'],
        [coach, 'coach'],
      ] as const) {
        const page = await reader.get(`/api/v1/goals/${goalId}`);
        expect(page.status).toBe(200);
        expect(page.body).toMatchObject({
          mySide: side,
          awaitingAgreementFrom: ['coach'],
          activeRevision: { id: before.activeRevision.id, dueOn: '2026-05-01', createdAt: before.activeRevision.createdAt },
          pendingRevision: { dueOn: '2026-04-15', reason: 'The conference moved earlier', author: { side: 'client', name: clientName } },
        });
        const listed = (await reader.get(`/api/v1/engagements/${engagementId}/goals`)).body.items.find((goal: { id: string }) => goal.id === goalId);
        expect(page.body).toEqual(listed);
      }
      const inLatvian = (await coach.get(`/api/v1/goals/${goalId}`)).body;
      const inEnglish = (await client.get(`/api/v1/goals/${goalId}`)).body;
      expect(inLatvian.smart.measurable.question).not.toBe(inEnglish.smart.measurable.question);
      expect(inLatvian.pendingRevision.smart.specific.question).not.toBe(inEnglish.pendingRevision.smart.specific.question);
      // The goal's assessment weighs its metric; the revision's, saved before it, its words alone.
      expect(inEnglish.smart.measurable.reason).toContain('Presentations');
      expect(inEnglish.activeRevision.smart.measurable.reason).not.toContain('Presentations');
    } finally {
      await coach.patch('/api/v1/me', { locale: 'en' });
    }
  });

  const activeGoal = () => activateGoal({ coach, client }, engagementId, draft());
});
