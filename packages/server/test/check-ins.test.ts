import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailDispatch, RETRY_AFTER_MINUTES } from '../src/mail/dispatch.ts';
import { activateGoal, asPerson, Browser, coachAndClient, emailsTo, ENGINES, fixedClock, inviteClient, PASSWORD, readableText, signUpCoach, startTestServer, type TestServer } from './support.ts';

describe.each(ENGINES)('metrics and check-ins on %s', (engine) => {
  const clock = fixedClock('2026-04-20T08:00:00Z');
  let server: TestServer;
  let coach: Browser;
  let client: Browser;
  let engagementId: string;

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    ({ coach, client, engagementId } = await coachAndClient(server));
  });
  afterAll(() => server?.close());

  const activeGoal = (title = 'Deliver 5 company presentations by June') =>
    activateGoal({ coach, client }, engagementId, { title, horizon: 'quarter', startsOn: '2026-04-01', dueOn: '2026-06-30' });

  it('gives a goal metrics with a baseline and a target, and refuses a target equal to the baseline', async () => {
    const goalId = await activeGoal();
    const created = await client.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Presentations', unit: 'talks', kind: 'number', baseline: 0, baselineOn: '2026-04-01', target: 5 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Presentations', baseline: 0, target: 5, direction: 'increase', weight: 1 });
    const down = await coach.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Filler words per talk', kind: 'number', baseline: 30, baselineOn: '2026-04-01', target: 10 });
    expect(down.body.direction).toBe('decrease');
    const same = await client.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Flat', kind: 'number', baseline: 3, baselineOn: '2026-04-01', target: 3 });
    expect(same.status).toBe(400);
    expect(same.body.errors).toEqual([expect.objectContaining({ path: 'target', code: 'baseline_equals_target' })]);
    const outside = await client.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Clarity', kind: 'scale', min: 1, max: 5, baseline: 2, baselineOn: '2026-04-01', target: 6 });
    // The refusal names the scale's ends, for the web app and the CLI to say in the reader's language.
    expect(outside.body.errors).toEqual([expect.objectContaining({ path: 'target', code: 'outside_scale', min: 1, max: 5, message: 'Must lie between 1 and 5.' })]);
    expect((await coach.get(`/api/v1/goals/${goalId}/metrics`)).body.items.map((m: { name: string }) => m.name)).toEqual(['Presentations', 'Filler words per talk']);
  });

  it('judges a goal measurable once it has a metric with a baseline and a target', async () => {
    const goalId = await activeGoal('Become a confident speaker at team meetings');
    expect((await client.get(`/api/v1/goals/${goalId}`)).body.smart.measurable.verdict).not.toBe('met');
    await client.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Confidence when speaking', kind: 'scale', min: 1, max: 10, baseline: 3, baselineOn: '2026-04-01', target: 8 });
    const goal = (await client.get(`/api/v1/goals/${goalId}`)).body;
    expect(goal.smart.measurable.verdict).toBe('met');
    expect(goal.missingCriteria).not.toContain('measurable');
    // The revision keeps the assessment it was saved with.
    expect(goal.activeRevision.smart.measurable.verdict).not.toBe('met');
  });

  it('records every kind of check-in, a whole scorecard at once, and back-fills by date', async () => {
    const goalId = await activeGoal('Lead the weekly team meeting for 8 weeks');
    const items = await Promise.all(
      ['Clarity', 'Listening', 'Decisiveness'].map(async (name) =>
        (await coach.post(`/api/v1/goals/${goalId}/metrics`, { name, kind: 'scale', min: 1, max: 5, baseline: 2, baselineOn: '2026-04-01', target: 4 })).body.id,
      ),
    );
    const scorecard = await client.post(`/api/v1/goals/${goalId}/check-ins`, {
      kind: 'metric',
      effectiveOn: '2026-04-19',
      confidence: 7,
      values: items.map((metricId, index) => ({ metricId, value: 3 + (index % 2) })),
    });
    expect(scorecard.status).toBe(201);
    expect(scorecard.body.values).toHaveLength(3);
    for (const kind of ['observation', 'self_report', 'stakeholder_feedback', 'mindset_shift']) {
      const response = await coach.post(`/api/v1/goals/${goalId}/check-ins`, { kind, effectiveOn: '2026-04-18', text: `A ${kind} worth noting` });
      expect(response.status, kind).toBe(201);
      expect(response.body).toMatchObject({ kind, author: { side: 'coach' } });
    }
    const backFilled = await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-05', values: [{ metricId: items[0], value: 2 }] });
    expect(backFilled.status).toBe(201);
    const list = (await coach.get(`/api/v1/goals/${goalId}/check-ins`)).body.items;
    expect(list.map((checkIn: { effectiveOn: string }) => checkIn.effectiveOn)).toEqual(['2026-04-05', '2026-04-18', '2026-04-18', '2026-04-18', '2026-04-18', '2026-04-19']);
  });

  it('gives the check-ins a page at a time from the latest back, the same ones as the whole list', async () => {
    const goalId = await activeGoal('Write 500 words every morning');
    const otherGoalId = await activeGoal('Read a book a month');
    // Recorded out of order: back-filled days, and two on one day (ordered by when recorded).
    for (const day of ['2026-04-10', '2026-04-03', '2026-04-17', '2026-04-10', '2026-04-01', '2026-04-19', '2026-04-12']) {
      expect((await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'self_report', effectiveOn: day, text: `Wrote on ${day}` })).status).toBe(201);
    }
    const other = (await client.post(`/api/v1/goals/${otherGoalId}/check-ins`, { kind: 'observation', effectiveOn: '2026-04-02', text: 'Started' })).body;
    const whole = (await coach.get(`/api/v1/goals/${goalId}/check-ins`)).body;
    expect(whole.nextCursor).toBeNull();
    const ids = whole.items.map((checkIn: { id: string }) => checkIn.id);
    expect(ids).toHaveLength(7);

    const pages: { items: { id: string; effectiveOn: string }[]; nextCursor: string | null }[] = [];
    let before: string | null = null;
    do {
      const query: string = before ? `?limit=3&before=${before}` : '?limit=3';
      const page = await coach.get(`/api/v1/goals/${goalId}/check-ins${query}`);
      expect(page.status).toBe(200);
      pages.push(page.body);
      before = page.body.nextCursor;
    } while (before);
    expect(pages.map((page) => page.items.length)).toEqual([3, 3, 1]);
    expect(pages[0]?.items.map((checkIn) => checkIn.effectiveOn)).toEqual(['2026-04-12', '2026-04-17', '2026-04-19']);
    expect([...pages].reverse().flatMap((page) => page.items.map((checkIn) => checkIn.id))).toEqual(ids);
    // Everything before a check-in, without a limit.
    const earlier = (await client.get(`/api/v1/goals/${goalId}/check-ins?before=${ids[2]}`)).body;
    expect(earlier).toEqual({ items: whole.items.slice(0, 2), nextCursor: null });

    const foreign = await coach.get(`/api/v1/goals/${goalId}/check-ins?limit=3&before=${other.id}`);
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([expect.objectContaining({ path: 'before', code: 'invalid_cursor' })]);
    for (const limit of ['0', '501', 'many']) {
      const refused = await coach.get(`/api/v1/goals/${goalId}/check-ins?limit=${limit}`);
      expect(refused.status, limit).toBe(400);
      expect(refused.body.errors, limit).toEqual([expect.objectContaining({ path: 'limit' })]);
    }
  });

  it('corrects by superseding, never by overwriting', async () => {
    const goalId = await activeGoal('Run 3 times a week');
    const metricId = (await client.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Runs', kind: 'number', baseline: 0, baselineOn: '2026-04-01', target: 36 })).body.id;
    const wrong = (await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-15', values: [{ metricId, value: 60 }] })).body;
    const fixed = await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-15', values: [{ metricId, value: 6 }], supersedesId: wrong.id });
    expect(fixed.body.supersedesId).toBe(wrong.id);
    const list = (await client.get(`/api/v1/goals/${goalId}/check-ins`)).body.items;
    expect(list.find((checkIn: { id: string }) => checkIn.id === wrong.id)).toMatchObject({ supersededById: fixed.body.id, values: [{ value: 60 }] });
    const again = await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-15', values: [{ metricId, value: 7 }], supersedesId: wrong.id });
    expect(again.body.errors).toEqual([expect.objectContaining({ path: 'supersedesId', code: 'already_superseded' })]);
  });

  it('keeps the current value and the last check-in right through back-fills and corrections that move a value back in time', async () => {
    const goalId = await activeGoal('Swim 40 lengths');
    const metricId = (await client.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Lengths', kind: 'number', baseline: 10, baselineOn: '2026-04-01', target: 40 })).body.id;
    const current = async () => {
      const progress = (await client.get(`/api/v1/goals/${goalId}/progress`)).body;
      return { value: progress.metrics[0].current, on: progress.metrics[0].currentOn, lastCheckIn: progress.lastCheckIn };
    };
    await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-10', confidence: 6, values: [{ metricId, value: 20 }] });
    const latest = (await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-17', confidence: 8, values: [{ metricId, value: 30 }] })).body;
    // A value back-filled for an earlier day takes its place in the history, not the lead.
    await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-12', confidence: 2, values: [{ metricId, value: 25 }] });
    expect(await current()).toEqual({ value: 30, on: '2026-04-17', lastCheckIn: { on: '2026-04-17', confidence: 8 } });
    // The latest was meant for the 11th: corrected, it moves back, and the value of the 12th leads.
    await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-11', confidence: 5, values: [{ metricId, value: 22 }], supersedesId: latest.id });
    expect(await current()).toEqual({ value: 25, on: '2026-04-12', lastCheckIn: { on: '2026-04-12', confidence: 2 } });
  });

  it('creates nothing twice for a retried POST with the same Idempotency-Key', async () => {
    const goalId = await activeGoal('Write 4 blog posts');
    const body = { kind: 'observation', effectiveOn: '2026-04-20', text: 'First draft done' };
    const headers = { 'idempotency-key': 'retry-me-1' };
    const first = await client.request('POST', `/api/v1/goals/${goalId}/check-ins`, body, headers);
    const retry = await client.request('POST', `/api/v1/goals/${goalId}/check-ins`, body, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await client.get(`/api/v1/goals/${goalId}/check-ins`)).body.items).toHaveLength(1);
    const reused = await client.request('POST', `/api/v1/goals/${goalId}/check-ins`, { ...body, text: 'Something else' }, headers);
    expect(reused.status).toBe(409);
  });

  it('refuses bad check-ins by field, and check-ins on goals that are not active', async () => {
    const goalId = await activeGoal('Read 6 books');
    const otherGoal = await activeGoal('Read 2 papers');
    const foreignMetric = (await client.post(`/api/v1/goals/${otherGoal}/metrics`, { name: 'Papers', kind: 'number', baseline: 0, baselineOn: '2026-04-01', target: 2 })).body.id;
    const bad = await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-05-01', values: [{ metricId: foreignMetric, value: 1 }] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['effectiveOn', 'values.0.metricId']);
    // Each value alone at fault (the date is fine): the check-in is refused and nothing is kept.
    const ownMetric = (await client.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Book rating', kind: 'scale', min: 1, max: 5, baseline: 2, baselineOn: '2026-04-01', target: 4 })).body.id;
    const foreign = await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-18', values: [{ metricId: ownMetric, value: 3 }, { metricId: foreignMetric, value: 1 }] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([expect.objectContaining({ path: 'values.1.metricId', code: 'unknown_metric' })]);
    const offScale = await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-18', values: [{ metricId: ownMetric, value: 6 }] });
    expect(offScale.body.errors).toEqual([expect.objectContaining({ path: 'values.0.value', code: 'outside_scale', min: 1, max: 5, message: 'Must lie between 1 and 5.' })]);
    const twice = await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-18', values: [{ metricId: ownMetric, value: 3 }, { metricId: ownMetric, value: 4 }] });
    expect(twice.body.errors).toEqual([expect.objectContaining({ path: 'values.1.metricId', code: 'duplicate_metric' })]);
    expect((await client.get(`/api/v1/goals/${goalId}/progress`)).body.metrics[0]).toMatchObject({ current: null, actual: [] });
    const wordless = await client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'observation', effectiveOn: '2026-04-20' });
    expect(wordless.body.errors).toEqual([expect.objectContaining({ path: 'text' })]);
    const draft = (await client.post(`/api/v1/engagements/${engagementId}/goals`, { title: 'Not agreed yet', horizon: 'month' })).body;
    const early = await client.post(`/api/v1/goals/${draft.id}/check-ins`, { kind: 'observation', effectiveOn: '2026-04-20', text: 'Too soon' });
    expect(early.body).toMatchObject({ status: 409, currentState: 'draft' });
    expect((await client.get(`/api/v1/goals/${goalId}/check-ins`)).body.items).toEqual([]);
  });
});

describe.each(ENGINES)('stakeholder feedback on %s', (engine) => {
  const clock = fixedClock('2026-04-20T08:00:00Z');
  let server: TestServer;
  let coach: Browser;
  let coachEmail: string;
  let client: Browser;
  let goalId: string;

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    ({ browser: coach, email: coachEmail } = await signUpCoach(server));
    const joined = await inviteClient(server, coach, 'Marta Kalniņa');
    client = joined.client;
    const draft = (await client.post(`/api/v1/engagements/${joined.engagementId}/goals`, { title: 'Chair 6 meetings', horizon: 'quarter' })).body;
    await client.post(`/api/v1/goals/${draft.id}/agreements`, { revisionId: draft.pendingRevision.id, decision: 'agree' });
    await coach.post(`/api/v1/goals/${draft.id}/agreements`, { revisionId: draft.pendingRevision.id, decision: 'agree' });
    goalId = draft.id;
  });
  afterAll(() => server?.close());

  it('asks a stakeholder through a single-use link that shows only the question and the client\'s first name', async () => {
    const asked = await client.post(`/api/v1/goals/${goalId}/feedback-requests`, {
      stakeholderName: 'Pēteris Ozols',
      stakeholderEmail: 'peteris@example.test',
      question: 'How clearly did Marta run our last meeting?',
    });
    expect(asked.status).toBe(201);
    const token = asked.body.url.split('/').pop();
    expect(asked.body.url).toBe(`${server.url}/feedback/${token}`);

    const stakeholder = new Browser(server.url);
    const seen = await stakeholder.get(`/api/v1/feedback/${token}`);
    expect(seen.body).toEqual({
      question: 'How clearly did Marta run our last meeting?',
      clientFirstName: 'Marta',
      locale: 'en',
      expiresAt: '2026-05-20T08:00:00.000Z',
      status: 'open',
    });

    const answered = await stakeholder.post(`/api/v1/feedback/${token}`, { rating: 4, text: 'Clear agenda, kept to time' });
    expect(answered.status).toBe(201);
    const twice = await stakeholder.post(`/api/v1/feedback/${token}`, { rating: 1 });
    expect(twice.status).toBe(410);
    expect(twice.body.code).toBe('link_used');

    const checkIns = (await coach.get(`/api/v1/goals/${goalId}/check-ins`)).body.items;
    expect(checkIns).toEqual([
      expect.objectContaining({ kind: 'stakeholder_feedback', rating: 4, text: 'Clear agenda, kept to time', stakeholderName: 'Pēteris Ozols', author: null, effectiveOn: '2026-04-20' }),
    ]);
    const requests = (await coach.get(`/api/v1/goals/${goalId}/feedback-requests`)).body.items;
    expect(requests).toEqual([expect.objectContaining({ status: 'answered', checkInId: checkIns[0].id })]);
    expect(JSON.stringify(requests)).not.toContain(token);
  });

  it("opens the stakeholder's page in the asker's language, or in the one they chose", async () => {
    const joined = await inviteClient(server, coach, 'Līga Ozola');
    const liga = joined.client;
    expect((await liga.patch('/api/v1/me', { locale: 'lv' })).status).toBe(200);
    const ligasGoal = await activateGoal({ coach, client: liga }, joined.engagementId, {
      title: 'Vadīt 6 komandas sanāksmes',
      horizon: 'quarter',
      startsOn: '2026-04-01',
      dueOn: '2026-06-30',
    });
    const ask = (asker: Browser, stakeholderName: string, question: string, locale?: string) =>
      asker.post(`/api/v1/goals/${ligasGoal}/feedback-requests`, { stakeholderName, question, ...(locale ? { locale } : {}) });

    // Nothing chosen: the asker's own language (Līga reads Tandem in Latvian, her coach in English).
    const byLiga = await ask(liga, 'Pēteris Ozols', 'Kā Līga vadīja pēdējo sanāksmi?');
    expect(byLiga.status).toBe(201);
    expect(byLiga.body.locale).toBe('lv');
    const byCoach = await ask(coach, 'Anna Bērziņa', 'How did Līga run the last meeting?');
    expect(byCoach.body.locale).toBe('en');
    // Chosen: the stakeholder's language, whatever the asker's.
    const forLatvian = await ask(coach, 'Jānis Kalniņš', 'Kā Līga sadala darbus komandā?', 'lv');
    expect(forLatvian.status).toBe(201);
    expect(forLatvian.body.locale).toBe('lv');
    const forEnglish = await ask(liga, 'Tom Green', 'How does Līga share the work in the team?', 'en');
    expect(forEnglish.body.locale).toBe('en');

    // Asked at the same instant (the clock stands still): compared by name, not by order.
    const listed: { stakeholderName: string; locale: string }[] = (await liga.get(`/api/v1/goals/${ligasGoal}/feedback-requests`)).body.items;
    expect(Object.fromEntries(listed.map((request) => [request.stakeholderName, request.locale]))).toEqual({
      'Pēteris Ozols': 'lv',
      'Anna Bērziņa': 'en',
      'Jānis Kalniņš': 'lv',
      'Tom Green': 'en',
    });

    const stakeholder = new Browser(server.url);
    const tokenOf = (asked: { body: { url: string } }) => asked.body.url.split('/').pop();
    expect((await stakeholder.get(`/api/v1/feedback/${tokenOf(forLatvian)}`)).body).toEqual({
      question: 'Kā Līga sadala darbus komandā?',
      clientFirstName: 'Līga',
      locale: 'lv',
      expiresAt: '2026-05-20T08:00:00.000Z',
      status: 'open',
    });
    expect((await stakeholder.get(`/api/v1/feedback/${tokenOf(byLiga)}`)).body.locale).toBe('lv');
    expect((await stakeholder.get(`/api/v1/feedback/${tokenOf(forEnglish)}`)).body.locale).toBe('en');
  });

  it('emails the link when asked, in the language of the request, once; a link still waiting to go is not sent once withdrawn', async () => {
    const ask = (body: object) => client.post(`/api/v1/goals/${goalId}/feedback-requests`, { stakeholderName: 'Ieva Krūmiņa', question: 'Kā Marta vada sanāksmes?', ...body });
    const asked = await ask({ stakeholderEmail: 'Ieva@Example.test', locale: 'lv', sendEmail: true });
    expect(asked.status).toBe(201);
    expect(asked.body.email).toEqual({ status: 'queued', at: '2026-04-20T08:00:00.000Z', attempts: 0 });
    // Written with the request, sent after it: nothing has gone yet.
    expect(await emailsTo(server.outboxDir, 'ieva@example.test')).toEqual([]);

    expect(await server.app.emails.runOnce()).toEqual({ sent: 1, retried: 0, gaveUp: 0 });
    const [eml, ...more] = await emailsTo(server.outboxDir, 'ieva@example.test');
    expect(more).toEqual([]);
    const text = readableText(eml ?? '');
    expect(text).toContain('Sveiki, Ieva Krūmiņa!');
    expect(text).toContain('„Kā Marta vada sanāksmes?”');
    expect(text).toContain(asked.body.url);
    expect(text).toContain('derīguma termiņš: 2026. gada 20. maijs plkst. 11:00 (Austrumeiropas laiks).');
    // Sent once: a second round finds nothing to send.
    expect(await server.app.emails.runOnce()).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
    const listed = (await coach.get(`/api/v1/goals/${goalId}/feedback-requests`)).body.items.find((request: { id: string }) => request.id === asked.body.id);
    expect(listed.email).toEqual({ status: 'sent', at: '2026-04-20T08:00:00.000Z', attempts: 1 });
    // What the email said (the link) is not kept once it went.
    const [kept] = await server.db.query<{ body: string | null; recipient: string | null }>('SELECT body, recipient FROM outgoing_emails WHERE about_id = $1', [asked.body.id]);
    expect(kept).toEqual({ body: null, recipient: null });

    // Withdrawn before it went: never sent.
    const typo = await ask({ stakeholderEmail: 'ieva.typo@example.test', sendEmail: true });
    expect((await client.post(`/api/v1/feedback-requests/${typo.body.id}/withdraw`)).status).toBe(200);
    expect(await server.app.emails.runOnce()).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
    expect(await emailsTo(server.outboxDir, 'ieva.typo@example.test')).toEqual([]);
    const withdrawn = (await client.get(`/api/v1/goals/${goalId}/feedback-requests`)).body.items.find((request: { id: string }) => request.id === typo.body.id);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', email: { status: 'cancelled', attempts: 0 } });

    // Not asked to send: the asker sends the link, and the list says no email.
    const byHand = await ask({ stakeholderEmail: 'ieva@example.test' });
    expect(byHand.body.email).toBeNull();
    expect(await server.app.emails.runOnce()).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
  });

  it('sends each email once when several servers send at the same moment', async () => {
    const addresses = Array.from({ length: 25 }, (_, index) => `colleague-${index}@example.test`);
    for (const address of addresses) {
      const asked = await coach.post(`/api/v1/goals/${goalId}/feedback-requests`, { stakeholderName: 'A colleague', stakeholderEmail: address, question: 'How does Marta prepare?', sendEmail: true });
      expect(asked.status).toBe(201);
    }
    const sent: string[] = [];
    const mailer = { description: 'counting', send: async (email: { to: string }) => void sent.push(email.to) };
    const log = { warn: () => {}, error: () => {} } as unknown as Parameters<typeof createEmailDispatch>[0]['log'];
    const servers = [1, 2, 3].map(() => createEmailDispatch({ db: server.db, mailer, clock, log }));
    const rounds = await Promise.all(servers.map((dispatch) => dispatch.runOnce()));
    expect(rounds.reduce((sum, round) => sum + round.sent, 0)).toBe(25);
    expect([...sent].sort()).toEqual([...addresses].sort());
  });

  it("shows an email's status only to its engagement's people, and what it says to nobody", async () => {
    const asked = await client.post(`/api/v1/goals/${goalId}/feedback-requests`, {
      stakeholderName: 'Dace', stakeholderEmail: 'dace@example.test', question: 'How does Marta prepare?', sendEmail: true,
    });
    const whoIs = async (browser: Browser) => {
      const me = (await browser.get('/api/v1/me')).body;
      return { userId: me.user.id, practiceId: me.practice.id, role: me.role };
    };
    const statusSeenBy = (person: Awaited<ReturnType<typeof whoIs>>) =>
      asPerson(server, person, (tx) => tx.query('SELECT id FROM outgoing_emails WHERE about_id = $1', [asked.body.id]));
    expect(await statusSeenBy(await whoIs(client))).toHaveLength(1);
    expect(await statusSeenBy(await whoIs(coach))).toHaveLength(1);
    // Another client of the same coach, and a coach of another practice, see nothing of it.
    expect(await statusSeenBy(await whoIs((await inviteClient(server, coach, 'Another Client')).client))).toEqual([]);
    expect(await statusSeenBy(await whoIs((await signUpCoach(server)).browser))).toEqual([]);
    // Not even the asker reads the words (the link) through the database.
    await expect(asPerson(server, await whoIs(client), (tx) => tx.query('SELECT body FROM outgoing_emails'))).rejects.toThrow(/permission denied/);
    await server.app.emails.runOnce();
  });

  it('refuses to send an email without an address, or a sendEmail that is not a yes or no, and asks nothing', async () => {
    const before = (await client.get(`/api/v1/goals/${goalId}/feedback-requests`)).body.items.length;
    const noAddress = await client.post(`/api/v1/goals/${goalId}/feedback-requests`, { stakeholderName: 'Ieva', question: 'How does Marta prepare?', sendEmail: true });
    expect(noAddress.status).toBe(400);
    expect(noAddress.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(noAddress.body.errors).toEqual([expect.objectContaining({ path: 'stakeholderEmail', code: 'email_required' })]);
    const notBoolean = await client.post(`/api/v1/goals/${goalId}/feedback-requests`, {
      stakeholderName: 'Ieva', stakeholderEmail: 'ieva@example.test', question: 'How does Marta prepare?', sendEmail: 'yes',
    });
    expect(notBoolean.status).toBe(400);
    expect(notBoolean.body.errors.map((error: { path: string }) => error.path)).toEqual(['sendEmail']);
    expect((await client.get(`/api/v1/goals/${goalId}/feedback-requests`)).body.items).toHaveLength(before);
    expect(await server.app.emails.runOnce()).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
  });

  it('tries a mail server that is down again, less and less often, and gives up after the last try, forgetting what the email said', async () => {
    const asked = await client.post(`/api/v1/goals/${goalId}/feedback-requests`, {
      stakeholderName: 'Ojārs', stakeholderEmail: 'ojars@example.test', question: 'How does Marta prepare?', sendEmail: true,
    });
    const tries: string[] = [];
    const failing = { description: 'down', send: async (email: { to: string }) => { tries.push(email.to); throw new Error('connect ECONNREFUSED'); } };
    const log = { warn: () => {}, error: () => {} } as unknown as Parameters<typeof createEmailDispatch>[0]['log'];
    const dispatch = createEmailDispatch({ db: server.db, mailer: failing, clock, log });
    const start = clock();
    try {
      expect(await dispatch.runOnce()).toEqual({ sent: 0, retried: 1, gaveUp: 0 });
      // Not again before its time.
      clock.advanceMinutes(RETRY_AFTER_MINUTES[0] - 1);
      expect(await dispatch.runOnce()).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
      clock.advanceMinutes(1);
      expect((await dispatch.runOnce()).retried).toBe(1);
      for (const wait of RETRY_AFTER_MINUTES.slice(1, -1)) {
        clock.advanceMinutes(wait);
        expect((await dispatch.runOnce()).retried).toBe(1);
      }
      const listed = () => client.get(`/api/v1/goals/${goalId}/feedback-requests`).then((response) => response.body.items.find((request: { id: string }) => request.id === asked.body.id));
      expect((await listed()).email).toMatchObject({ status: 'queued', attempts: RETRY_AFTER_MINUTES.length });
      clock.advanceMinutes(RETRY_AFTER_MINUTES.at(-1) ?? 0);
      expect(await dispatch.runOnce()).toEqual({ sent: 0, retried: 0, gaveUp: 1 });
      expect(tries).toEqual(Array(RETRY_AFTER_MINUTES.length + 1).fill('ojars@example.test'));
      expect((await listed()).email).toMatchObject({ status: 'failed', attempts: RETRY_AFTER_MINUTES.length + 1 });
      // About a day of tries.
      const hours = (clock().getTime() - start.getTime()) / 3_600_000;
      expect(hours).toBeGreaterThan(20);
      expect(hours).toBeLessThan(26);
      const [kept] = await server.db.query<{ body: string | null; error: string }>('SELECT body, last_error AS error FROM outgoing_emails WHERE about_id = $1', [asked.body.id]);
      expect(kept).toEqual({ body: null, error: 'connect ECONNREFUSED' });
    } finally {
      clock.set(start);
    }
  });

  it('refuses a language it does not speak, naming locale, and asks nothing', async () => {
    const before = (await client.get(`/api/v1/goals/${goalId}/feedback-requests`)).body.items.length;
    const german = await client.post(`/api/v1/goals/${goalId}/feedback-requests`, { stakeholderName: 'Klaus', question: 'Wie leitet Marta die Sitzungen?', locale: 'de' });
    expect(german.status).toBe(400);
    expect(german.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(german.body.errors.map((error: { path: string }) => error.path)).toEqual(['locale']);
    expect((await client.get(`/api/v1/goals/${goalId}/feedback-requests`)).body.items).toHaveLength(before);
  });

  it('lets the client or the coach withdraw an open request: its link stops working and the request stays listed, withdrawn', async () => {
    const ask = (asker: Browser, stakeholderName: string) =>
      asker.post(`/api/v1/goals/${goalId}/feedback-requests`, { stakeholderName, question: 'How does Marta prepare the meetings?' });
    const tokenOf = (asked: { body: { url: string } }) => asked.body.url.split('/').pop();
    const typo = await ask(client, 'Pēteris Ozolss');
    const wrongPerson = await ask(coach, 'Anna Liepa');
    const checkInsBefore = (await coach.get(`/api/v1/goals/${goalId}/check-ins`)).body.items.length;

    const byClient = await client.post(`/api/v1/feedback-requests/${typo.body.id}/withdraw`);
    expect(byClient.status).toBe(200);
    expect(byClient.body).toMatchObject({ id: typo.body.id, stakeholderName: 'Pēteris Ozolss', status: 'withdrawn', withdrawnAt: '2026-04-20T08:00:00.000Z', answeredAt: null });
    const byCoach = await coach.post(`/api/v1/feedback-requests/${wrongPerson.body.id}/withdraw`);
    expect(byCoach.status).toBe(200);
    expect(byCoach.body.status).toBe('withdrawn');

    // Kept, not deleted: both sides still see what was asked, and that it was withdrawn.
    for (const side of [client, coach]) {
      const listed: { id: string; status: string }[] = (await side.get(`/api/v1/goals/${goalId}/feedback-requests`)).body.items;
      expect(listed.filter((request) => [typo.body.id, wrongPerson.body.id].includes(request.id)).map((request) => request.status)).toEqual(['withdrawn', 'withdrawn']);
    }

    const stakeholder = new Browser(server.url);
    expect((await stakeholder.get(`/api/v1/feedback/${tokenOf(typo)}`)).body).toMatchObject({ question: 'How does Marta prepare the meetings?', status: 'withdrawn' });
    const answered = await stakeholder.post(`/api/v1/feedback/${tokenOf(typo)}`, { rating: 5, text: 'Very well' });
    expect(answered.status).toBe(410);
    expect(answered.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(answered.body.code).toBe('link_withdrawn');
    expect((await coach.get(`/api/v1/goals/${goalId}/check-ins`)).body.items).toHaveLength(checkInsBefore);

    const twice = await coach.post(`/api/v1/feedback-requests/${typo.body.id}/withdraw`);
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'invalid_transition', currentStatus: 'withdrawn' });
  });

  it('refuses to withdraw an answered request, and tells nothing to a coach of another practice', async () => {
    const asked = await client.post(`/api/v1/goals/${goalId}/feedback-requests`, { stakeholderName: 'Ilze', question: 'Does Marta keep to the agenda?' });
    await new Browser(server.url).post(`/api/v1/feedback/${asked.body.url.split('/').pop()}`, { rating: 4 });
    const before = (await client.get(`/api/v1/goals/${goalId}/feedback-requests`)).body.items.find((request: { id: string }) => request.id === asked.body.id);
    expect(before.status).toBe('answered');

    const late = await client.post(`/api/v1/feedback-requests/${asked.body.id}/withdraw`);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'invalid_transition', currentStatus: 'answered' });
    const after = (await client.get(`/api/v1/goals/${goalId}/feedback-requests`)).body.items.find((request: { id: string }) => request.id === asked.body.id);
    expect(after).toEqual(before);

    const open = await client.post(`/api/v1/goals/${goalId}/feedback-requests`, { stakeholderName: 'Ilze', question: 'Does Marta end on time?' });
    const stranger = (await signUpCoach(server, { practiceName: 'Elsewhere' })).browser;
    const foreign = await stranger.post(`/api/v1/feedback-requests/${open.body.id}/withdraw`);
    expect(foreign.status).toBe(404);
    expect(foreign.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await stranger.post('/api/v1/feedback-requests/not-a-uuid/withdraw')).status).toBe(400);
    expect((await client.get(`/api/v1/goals/${goalId}/feedback-requests`)).body.items.find((request: { id: string }) => request.id === open.body.id).status).toBe('open');
  });

  it('refuses an expired link and an empty answer', async () => {
    const asked = await coach.post(`/api/v1/goals/${goalId}/feedback-requests`, { stakeholderName: 'Anna', question: 'What changed in how she delegates?' });
    const token = asked.body.url.split('/').pop();
    const stakeholder = new Browser(server.url);
    const empty = await stakeholder.post(`/api/v1/feedback/${token}`, {});
    expect(empty.body.errors).toEqual([expect.objectContaining({ path: 'text', code: 'answer_required' })]);
    clock.advanceMinutes(31 * 24 * 60);
    const late = await stakeholder.post(`/api/v1/feedback/${token}`, { text: 'Better' });
    expect(late.status).toBe(410);
    expect(late.body.code).toBe('link_expired');
    expect((await stakeholder.get(`/api/v1/feedback/${token}`)).body.status).toBe('expired');
    // A month on, the coach signs in again to find the link expired: too late to withdraw.
    await coach.post('/api/v1/auth/login', { email: coachEmail, password: PASSWORD });
    const withdrawn = await coach.post(`/api/v1/feedback-requests/${asked.body.id}/withdraw`);
    expect(withdrawn.status).toBe(409);
    expect(withdrawn.body).toMatchObject({ code: 'invalid_transition', currentStatus: 'expired' });
    expect((await stakeholder.get('/api/v1/feedback/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
  });
});
