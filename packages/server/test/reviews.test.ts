import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/db/database.ts';
import { listGoalFacts } from '../src/features/progress/repo.ts';
import { runInScope } from '../src/run-scope.ts';
import { activateGoal, Browser, ENGINES, fixedClock, inviteClient, PASSWORD, signUpCoach, startTestServer, type TestServer } from './support.ts';

type Review = { id: string; outcome: string; heldOn: string; dueOn: string | null; goalTitle: string; revisionId: string | null; proposal: string | null; notes: string; snapshot: { status: string; progress: number; reasons: { code: string; text: string }[] }; walkThrough: { key: string; question: string; answer: string }[] };

describe.each(ENGINES)('goal reviews on %s', (engine) => {
  const clock = fixedClock('2026-03-02T09:00:00Z');
  let server: TestServer;
  let coach: Browser;
  let client: Browser;
  let coachEmail: string;
  let clientEmail: string;
  let engagementId: string;

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    const signedUp = await signUpCoach(server);
    coach = signedUp.browser;
    coachEmail = signedUp.email;
    const joined = await inviteClient(server, coach);
    ({ client, engagementId } = joined);
    clientEmail = joined.email;
  });
  afterAll(() => server?.close());

  const activate = (title: string) => activateGoal({ coach, client }, engagementId, { title, horizon: 'quarter', startsOn: '2026-03-01', dueOn: '2026-05-31' });
  const review = (by: Browser, goalId: string, body: object) => by.post(`/api/v1/goals/${goalId}/reviews`, body);
  const reviewsOf = async (goalId: string) =>
    (await client.get(`/api/v1/goals/${goalId}/reviews`)).body as { items: Review[]; nextDueOn: string | null; nextDueAt: string | null; questions: { key: string; text: string }[] };
  /** Sessions last 30 days: after moving the clock, both sign in again. */
  async function moveClockTo(at: string) {
    clock.set(at);
    for (const [browser, email] of [[coach, coachEmail], [client, clientEmail]] as const) {
      expect((await browser.post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(200);
    }
  }

  it('asks the walk-through questions in the reader\'s language and says when the first review is due', async () => {
    const goalId = await activate('Deliver 5 company-wide talks');
    const fresh = await reviewsOf(goalId);
    expect(fresh.items).toEqual([]);
    expect(fresh.nextDueOn).toBe('2026-05-31');
    expect(fresh.questions.map((question) => question.key)).toEqual(['short_term_progress', 'competence_built', 'vision_fit', 'changes_needed']);
    expect(fresh.questions[0]?.text).toMatch(/^How far/);
    await client.patch('/api/v1/me', { locale: 'lv' });
    expect((await reviewsOf(goalId)).questions[0]?.text).toMatch(/^Cik tālu/);
    await client.patch('/api/v1/me', { locale: 'en' });
  });

  it('words the walk-through for the goal: its own progress until goals sit under it, and the goals above a quarter goal', async () => {
    const goalId = await activate('Hold 6 one-to-ones with each team member');
    const alone = Object.fromEntries((await reviewsOf(goalId)).questions.map((question) => [question.key, question.text]));
    expect(alone.short_term_progress).toBe('How far has this goal come in the last 90 days, and what moved it?');
    expect(alone.vision_fit).toBe('Does this goal still serve the goals above it and the multi-year vision, and does it still matter as much?');
    const child = await client.post(`/api/v1/engagements/${engagementId}/goals`, {
      title: 'Hold 2 one-to-ones with each team member in March',
      horizon: 'month',
      parentId: goalId,
      startsOn: '2026-03-02',
      dueOn: '2026-03-31',
    });
    expect(child.status).toBe(201);
    const withChild = (await reviewsOf(goalId)).questions;
    expect(withChild.find((question) => question.key === 'short_term_progress')?.text).toMatch(/short-term goals under this goal/);
  });

  it('keeps a goal: nothing changes, the snapshot and answers are stored, and it is next looked at when it ends', async () => {
    const goalId = await activate('Mentor 2 junior colleagues');
    await client.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Mentees', kind: 'number', baseline: 0, baselineOn: '2026-03-01', target: 2 });
    const before = (await client.get(`/api/v1/goals/${goalId}`)).body;
    await moveClockTo('2026-05-25T09:00:00Z');
    const kept = await review(coach, goalId, {
      outcome: 'keep',
      notes: 'Slow start, but the first mentee is signed up.',
      answers: { short_term_progress: 'One mentee so far', vision_fit: '  Still central  ', changes_needed: '' },
    });
    expect(kept.status).toBe(201);
    expect(kept.body).toMatchObject({
      outcome: 'keep',
      goalId,
      heldOn: '2026-05-25',
      dueOn: '2026-05-31',
      goalTitle: 'Mentor 2 junior colleagues',
      revisionId: null,
      reason: '',
      answers: { short_term_progress: 'One mentee so far', vision_fit: 'Still central' },
      heldBy: { name: 'Coach Carter' },
    });
    // Read back with its questions, in the walk-through's order, worded for this goal (no goals under it).
    expect(kept.body.walkThrough).toEqual([
      { key: 'short_term_progress', question: 'How far has this goal come in the last 90 days, and what moved it?', answer: 'One mentee so far' },
      { key: 'vision_fit', question: expect.stringMatching(/\?$/), answer: 'Still central' },
    ]);
    // No check-in for weeks and nothing measured: the snapshot keeps the risk as it was, with its reasons in words.
    expect(kept.body.snapshot.status).not.toBe('on_track');
    expect(kept.body.snapshot.reasons.length).toBeGreaterThan(0);
    expect(kept.body.snapshot.reasons[0].text).toMatch(/[a-z]/);
    const after = (await client.get(`/api/v1/goals/${goalId}`)).body;
    expect(after).toMatchObject({ state: 'active', version: before.version, pendingRevision: null, activeRevision: { id: before.activeRevision.id } });
    const listed = await reviewsOf(goalId);
    expect(listed.items.map((item) => item.id)).toEqual([kept.body.id]);
    expect(listed.items[0]?.walkThrough.map((entry) => entry.answer)).toEqual(['One mentee so far', 'Still central']);
    // Kept six days before it ends, it is looked back on at its end, not in 90 days.
    expect([listed.nextDueOn, listed.nextDueAt]).toEqual(['2026-05-31', 'goal_end']);
    // A goal drafted under it later changes the questions asked from now on, not the ones this review answered.
    const under = await client.post(`/api/v1/engagements/${engagementId}/goals`, {
      title: 'Sign up the second mentee by the end of May',
      horizon: 'month',
      parentId: goalId,
      startsOn: '2026-05-25',
      dueOn: '2026-05-31',
    });
    expect(under.status).toBe(201);
    const askedNow = await reviewsOf(goalId);
    expect(askedNow.questions[0]?.text).toMatch(/short-term goals under this goal/);
    expect(askedNow.items[0]?.walkThrough[0]?.question).toBe('How far has this goal come in the last 90 days, and what moved it?');

    // The snapshot's reasons speak the reader's language, as stored on the day.
    await client.patch('/api/v1/me', { locale: 'lv' });
    const inLatvian = (await reviewsOf(goalId)).items[0];
    expect(inLatvian?.snapshot.reasons[0]?.text).not.toBe(kept.body.snapshot.reasons[0].text);
    await client.patch('/api/v1/me', { locale: 'en' });
  });

  it('refuses bad reviews by field and records nothing', async () => {
    const goalId = await activate('Complete a strategy course');
    const refusals: [object, number, string][] = [
      [{ outcome: 'drop' }, 400, 'reason'],
      [{ outcome: 'modify', reason: 'x' }, 400, 'reason'],
      [{ outcome: 'modify', reason: 'New realities' }, 400, 'changes'],
      [{ outcome: 'modify', reason: 'Sooner', changes: { dueOn: '2026-02-01' } }, 400, 'changes.dueOn'],
      [{ outcome: 'keep', changes: { title: 'Other words' } }, 400, 'changes'],
      [{ outcome: 'realign', reason: 'New direction', changes: { title: 'Other words' } }, 400, 'changes.valueIds'],
      [{ outcome: 'modify', reason: 'New parent', changes: { parentId: goalId } }, 400, 'changes.parentId'],
      [{ outcome: 'realign', reason: 'Under itself', changes: { parentId: goalId } }, 400, 'changes.parentId'],
      [{ outcome: 'keep', answers: { mood: 'Fine' } }, 400, 'answers.mood'],
      [{ outcome: 'keep', heldOn: '2026-12-01' }, 400, 'heldOn'],
      [{ outcome: 'keep' }, 400, 'notes'],
      [{ outcome: 'keep', notes: '   ', answers: { short_term_progress: ' ' } }, 400, 'notes'],
      [{ outcome: 'pause' }, 400, 'outcome'],
    ];
    for (const [body, status, path] of refusals) {
      const response = await review(client, goalId, body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      expect(response.body.errors.map((error: { path: string }) => error.path), JSON.stringify(body)).toContain(path);
    }
    expect((await reviewsOf(goalId)).items).toEqual([]);
    expect((await client.get(`/api/v1/goals/${goalId}/revisions`)).body.items).toHaveLength(1);
    const draft = (await client.post(`/api/v1/engagements/${engagementId}/goals`, { title: 'Write 2 posts', horizon: 'month' })).body;
    const notActive = await review(client, draft.id, { outcome: 'keep' });
    expect(notActive.status).toBe(409);
    expect(notActive.body.currentState).toBe('draft');
    const stale = await review(client, goalId, { outcome: 'keep', version: 99 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale_version');
  });

  it('modifies a goal through the agreement flow: the words in force change only when both sides agree', async () => {
    const goalId = await activate('Give 3 talks at industry events');
    const modified = await review(client, goalId, { outcome: 'modify', reason: 'A reorganisation moved the events', notes: 'Fewer events this year', changes: { title: 'Give 2 talks at industry events', dueOn: '2026-08-31' } });
    expect(modified.status).toBe(201);
    expect(modified.body).toMatchObject({ outcome: 'modify', reason: 'A reorganisation moved the events', changes: { title: 'Give 2 talks at industry events', dueOn: '2026-08-31' } });
    const pending = (await coach.get(`/api/v1/goals/${goalId}`)).body;
    expect(pending).toMatchObject({ state: 'active', title: 'Give 3 talks at industry events', awaitingAgreementFrom: ['coach'] });
    expect(pending.activeRevision.title).toBe('Give 3 talks at industry events');
    expect(pending.pendingRevision).toMatchObject({ id: modified.body.revisionId, title: 'Give 2 talks at industry events', dueOn: '2026-08-31', reason: 'A reorganisation moved the events' });
    // The review says what became of its change: waiting, then agreed.
    expect(modified.body.proposal).toBe('waiting');
    const agreed = await coach.post(`/api/v1/goals/${goalId}/agreements`, { revisionId: modified.body.revisionId, decision: 'agree' });
    expect(agreed.body).toMatchObject({ title: 'Give 2 talks at industry events', pendingRevision: null, activeRevision: { id: modified.body.revisionId, dueOn: '2026-08-31' } });
    expect((await reviewsOf(goalId)).items.map((item) => item.proposal)).toEqual(['agreed']);

    // A second change declined, and a third replaced by a fourth before anyone decided.
    const declined = await review(client, goalId, { outcome: 'modify', reason: 'Even fewer events', changes: { title: 'Give 1 talk at an industry event' } });
    await coach.post(`/api/v1/goals/${goalId}/agreements`, { revisionId: declined.body.revisionId, decision: 'decline', comment: 'Two is still right' });
    await review(client, goalId, { outcome: 'modify', reason: 'Later', changes: { dueOn: '2026-09-30' } });
    await review(coach, goalId, { outcome: 'modify', reason: 'Later still', changes: { dueOn: '2026-10-31' } });
    expect((await reviewsOf(goalId)).items.map((item) => [item.outcome, item.proposal])).toEqual([
      ['modify', 'waiting'],
      ['modify', 'replaced'],
      ['modify', 'declined'],
      ['modify', 'agreed'],
    ]);
  });

  it('logs the agreement to a change proposed in a review as it logs the agreement to any other change', async () => {
    type Logged = { action: string; actor: { name: string } | null; subjectId: string | null; details: { revisionId?: string } };
    // An engagement of its own, so that the review cycle counted below stays as it was.
    const other = await inviteClient(server, coach, 'Līga Client');
    const activateHere = (title: string) => activateGoal({ coach, client: other.client }, other.engagementId, { title, horizon: 'quarter', startsOn: '2026-03-01', dueOn: '2026-05-31' });
    const reviewed = await activateHere('Run 3 workshops');
    const proposed = await review(other.client, reviewed, { outcome: 'modify', reason: 'The budget was cut', changes: { title: 'Run 2 workshops' } });
    expect((await coach.post(`/api/v1/goals/${reviewed}/agreements`, { revisionId: proposed.body.revisionId, decision: 'agree' })).status).toBe(201);
    const revised = await activateHere('Write 3 articles');
    const version = (await other.client.get(`/api/v1/goals/${revised}`)).body.version;
    const changed = await other.client.post(`/api/v1/goals/${revised}/revisions`, { changes: { title: 'Write 2 articles' }, reason: 'The budget was cut', version });
    const changedRevision = changed.body.pendingRevision.id;
    expect((await coach.post(`/api/v1/goals/${revised}/agreements`, { revisionId: changedRevision, decision: 'agree' })).status).toBe(201);

    // The coach signed up, so owns the practice and reads its log.
    const log = await coach.get('/api/v1/audit-events?category=agreements&limit=200');
    expect(log.status).toBe(200);
    const agreementsTo = (goalId: string, revisionId: string) =>
      (log.body.items as Logged[]).filter((event) => event.subjectId === goalId && event.details.revisionId === revisionId).map((event) => `${event.action} by ${event.actor?.name}`);
    // Whichever way the change came, the side asked agrees in the log; the side that proposed it
    // agreed by proposing, in the log of neither.
    expect(agreementsTo(reviewed, proposed.body.revisionId)).toEqual(['goal_agreed by Coach Carter']);
    expect(agreementsTo(revised, changedRevision)).toEqual(agreementsTo(reviewed, proposed.body.revisionId));
  });

  it('realigns a goal to other values, through the same agreement flow', async () => {
    const goalId = await activate('Lead 3 high-impact projects');
    const growth = (await client.post(`/api/v1/engagements/${engagementId}/values`, { kind: 'value', title: 'Growth' })).body.id;
    const realigned = await review(coach, goalId, { outcome: 'realign', reason: 'Growth matters more than visibility now', changes: { valueIds: [growth] } });
    expect(realigned.status).toBe(201);
    const pending = (await client.get(`/api/v1/goals/${goalId}`)).body;
    expect(pending.activeRevision.valueIds).toEqual([]);
    expect(pending.pendingRevision.valueIds).toEqual([growth]);
    expect(pending.awaitingAgreementFrom).toEqual(['client']);
    const agreed = await client.post(`/api/v1/goals/${goalId}/agreements`, { revisionId: realigned.body.revisionId, decision: 'agree' });
    expect(agreed.body.activeRevision.valueIds).toEqual([growth]);
    const unknown = await review(coach, goalId, { outcome: 'realign', reason: 'Not ours', changes: { valueIds: ['00000000-0000-4000-8000-000000000000'] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: 'changes.valueIds', code: 'unknown_value' })]);
  });

  it('drops a goal with the reason and keeps all of its history', async () => {
    const goalId = await activate('Apply to 15 roles');
    await client.post(`/api/v1/goals/${goalId}/revisions`, { changes: { description: 'Product roles' }, reason: 'Narrowing down', version: (await client.get(`/api/v1/goals/${goalId}`)).body.version });
    const dropped = await review(client, goalId, { outcome: 'drop', reason: 'Promoted internally instead', notes: 'The search taught me what I want' });
    expect(dropped.status).toBe(201);
    const goal = (await coach.get(`/api/v1/goals/${goalId}`)).body;
    expect(goal).toMatchObject({ state: 'dropped', closingReason: 'Promoted internally instead' });
    expect((await coach.get(`/api/v1/goals/${goalId}/revisions`)).body.items).toHaveLength(2);
    const listed = await reviewsOf(goalId);
    expect(listed.items.map((item) => item.outcome)).toEqual(['drop']);
    expect(listed.nextDueOn).toBeNull();
    expect((await review(client, goalId, { outcome: 'keep' })).status).toBe(409);
    // A review is a record: not even the database's owner changes it.
    await expect(server.db.query('UPDATE reviews SET notes = $1 WHERE goal_id = $2', ['Rewritten', goalId])).rejects.toThrow(/append-only/);
  });

  it('records a retried review once when it carries the same Idempotency-Key', async () => {
    const goalId = await activate('Shadow 2 senior leaders');
    const body = { outcome: 'modify', reason: 'One leader left', changes: { title: 'Shadow 1 senior leader' } };
    const headers = { 'idempotency-key': 'review-retry-1' };
    const first = await client.request('POST', `/api/v1/goals/${goalId}/reviews`, body, headers);
    const retry = await client.request('POST', `/api/v1/goals/${goalId}/reviews`, body, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await reviewsOf(goalId)).items).toHaveLength(1);
    expect((await client.get(`/api/v1/goals/${goalId}/revisions`)).body.items).toHaveLength(2);
  });

  it('sums up the engagement\'s review cycle for the coach and the client', async () => {
    const all = (await coach.get(`/api/v1/engagements/${engagementId}/reviews`)).body as { from: string; to: string; items: Review[] };
    expect(all).toMatchObject({ from: '2026-02-24', to: '2026-05-25' });
    expect(all.items.map((item) => item.outcome).sort()).toEqual(['drop', 'keep', 'modify', 'modify', 'modify', 'modify', 'modify', 'realign']);
    expect(all.items.find((item) => item.notes === 'Fewer events this year')).toMatchObject({ goalTitle: 'Give 2 talks at industry events', notes: 'Fewer events this year', proposal: 'agreed' });
    expect(all.items.every((item) => typeof item.snapshot.progress === 'number')).toBe(true);
    const asClient = (await client.get(`/api/v1/engagements/${engagementId}/reviews?from=2026-05-25&to=2026-05-25`)).body;
    expect(asClient.items).toHaveLength(8);
    const before = (await client.get(`/api/v1/engagements/${engagementId}/reviews?to=2026-05-24`)).body;
    expect(before).toMatchObject({ from: '2026-02-23', items: [] });
    const backwards = await client.get(`/api/v1/engagements/${engagementId}/reviews?from=2026-05-25&to=2026-05-01`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([expect.objectContaining({ path: 'from' })]);
  });

  it('gives the last review day of many goals in one statement (with their other facts)', async () => {
    const goals = (await client.get(`/api/v1/engagements/${engagementId}/goals`)).body.items.map((goal: { id: string }) => goal.id) as string[];
    const token = client.cookie?.split('=')[1];
    const countStatements = async (goalIds: string[]) => {
      let statements = 0;
      const result = await runInScope({ db: server.db, clock }, { token, publicUrl: '' }, async (scope) => {
        const counted: Sql = { ...scope.tx, query: (text, params) => ((statements += 1), scope.tx.query(text, params)) };
        const facts = await listGoalFacts(counted, goalIds);
        return new Map(facts.flatMap((fact) => (fact.lastReviewOn === null ? [] : [[fact.goalId, fact.lastReviewOn] as const])));
      });
      return { statements, result };
    };
    const one = await countStatements(goals.slice(0, 1));
    const many = await countStatements(goals);
    expect(one.statements).toBe(1);
    expect(many.statements).toBe(1);
    expect([...many.result.values()].every((day) => day === '2026-05-25')).toBe(true);
    expect(many.result.size).toBe(5);
  });

  it('realigns a goal under a different parent: it moves only when both agree, and never under itself or its own steps', async () => {
    const vision = (title: string) => activateGoal({ coach, client }, engagementId, { title, horizon: 'vision', startsOn: '2026-01-01', dueOn: '2028-12-31' });
    const leadership = await vision('Lead a product organisation');
    const writing = await vision('Become a recognised writer on product');
    const yearly = await activateGoal({ coach, client }, engagementId, { title: 'Publish 12 essays', horizon: 'year', parentId: leadership, startsOn: '2026-03-01', dueOn: '2027-02-28' });
    const quarterly = await activateGoal({ coach, client }, engagementId, { title: 'Publish 3 essays', horizon: 'quarter', parentId: yearly, startsOn: '2026-03-01', dueOn: '2026-05-31' });
    type Node = { goalId: string; parentId: string | null; children: Node[] };
    const parentInCascade = async (goalId: string) => {
      const nodes = ((await coach.get(`/api/v1/engagements/${engagementId}/cascade`)).body.roots as Node[]).flatMap(function all(node): Node[] {
        return [node, ...node.children.flatMap(all)];
      });
      const node = nodes.find((candidate) => candidate.goalId === goalId);
      return node && { parentId: node.parentId, under: nodes.find((candidate) => candidate.children.some((child) => child.goalId === goalId))?.goalId ?? null };
    };

    // Cycles are refused by field: under itself, under its own step.
    for (const parentId of [yearly, quarterly]) {
      const cycle = await review(client, yearly, { outcome: 'realign', reason: 'Loop', changes: { parentId } });
      expect(cycle.status).toBe(400);
      expect(cycle.body.errors).toEqual([expect.objectContaining({ path: 'changes.parentId', code: 'parent_cycle' })]);
    }

    const moved = await review(client, yearly, { outcome: 'realign', reason: 'The essays serve my writing, not the org', changes: { parentId: writing } });
    expect(moved.status).toBe(201);
    const pending = (await coach.get(`/api/v1/goals/${yearly}`)).body;
    expect(pending).toMatchObject({ parentId: leadership, activeRevision: { parentId: leadership }, pendingRevision: { parentId: writing }, awaitingAgreementFrom: ['coach'] });
    expect(await parentInCascade(yearly)).toEqual({ parentId: leadership, under: leadership });

    const agreed = await coach.post(`/api/v1/goals/${yearly}/agreements`, { revisionId: moved.body.revisionId, decision: 'agree' });
    expect(agreed.body).toMatchObject({ parentId: writing, activeRevision: { parentId: writing }, pendingRevision: null });
    expect(await parentInCascade(yearly)).toEqual({ parentId: writing, under: writing });
    expect(await parentInCascade(quarterly)).toEqual({ parentId: yearly, under: yearly });
    const history = (await client.get(`/api/v1/goals/${yearly}/revisions`)).body.items as { changes: { field: string; before: unknown; after: unknown }[] }[];
    expect(history.at(-1)?.changes).toEqual([{ field: 'parentId', before: leadership, after: writing }]);

    // A move waiting for agreement is checked again when it takes force: here its new parent was dropped meanwhile.
    const back = await review(coach, yearly, { outcome: 'realign', reason: 'Back to leadership', changes: { parentId: leadership } });
    expect(back.status).toBe(201);
    const leadershipVersion = (await coach.get(`/api/v1/goals/${leadership}`)).body.version;
    expect((await coach.post(`/api/v1/goals/${leadership}/state`, { state: 'dropped', reason: 'Chose the writing path', version: leadershipVersion })).status).toBe(200);
    const stale = await client.post(`/api/v1/goals/${yearly}/agreements`, { revisionId: back.body.revisionId, decision: 'agree' });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toEqual([expect.objectContaining({ path: 'parentId', code: 'parent_closed' })]);
    expect((await client.get(`/api/v1/goals/${yearly}`)).body.parentId).toBe(writing);
    await client.post(`/api/v1/goals/${yearly}/agreements`, { revisionId: back.body.revisionId, decision: 'decline', comment: 'Its parent is gone' });

    // A closed goal is no new parent; and a goal can move to the top of the cascade.
    const closed = await review(client, quarterly, { outcome: 'realign', reason: 'Serve leadership', changes: { parentId: leadership } });
    expect(closed.body.errors).toEqual([expect.objectContaining({ path: 'changes.parentId', code: 'parent_closed' })]);
    const top = await review(client, quarterly, { outcome: 'realign', reason: 'It stands on its own', changes: { parentId: null } });
    expect(top.status).toBe(201);
    await coach.post(`/api/v1/goals/${quarterly}/agreements`, { revisionId: top.body.revisionId, decision: 'agree' });
    expect((await coach.get(`/api/v1/goals/${quarterly}`)).body.parentId).toBeNull();
  });
});
