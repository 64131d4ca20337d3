import { get, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepAnswer, readKeptAnswer } from '../src/features/kept-answers/repo.ts';
import { activateGoal, asPerson, Browser, ENGINES, fixedClock, practiceOfFour, startTestServer, watchingStatements, type Person, type TestServer } from './support.ts';

/**
 * Decision 018: a cascade and a goal's progress are kept per reader and given again while nothing
 * they are computed from has changed. What is given must always be what would be computed afresh.
 */
describe.each(ENGINES)('kept cascades and progress on %s', (engine) => {
  const clock = fixedClock('2026-04-20T09:00:00Z');
  let server: TestServer;
  let coach: Browser;
  let client: Browser;
  let engagementId: string;
  let people: Record<'owner' | 'coach' | 'otherCoach' | 'client', Person>;

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    ({ coach, client, engagementId, people } = await practiceOfFour(server));
  });
  afterAll(() => server?.close());

  const keptRows = async () => Number((await server.db.query<{ count: string }>('SELECT count(*) AS count FROM kept_answers'))[0]?.count);

  /** What the reader is given now, and what they would be given with nothing kept: they must agree. */
  const readBoth = async (reader: Browser, path: string) => {
    const given = await reader.get(path);
    expect(given.status).toBe(200);
    await server.db.query('DELETE FROM kept_answers');
    const fresh = await reader.get(path);
    expect(given.body).toEqual(fresh.body);
    return given.body;
  };

  it('gives the kept answer while nothing changed, and each change at once, as if computed afresh', async () => {
    const year = await activateGoal({ coach, client }, engagementId, { title: 'Lead the sales team this year', horizon: 'year', startsOn: '2026-01-01', dueOn: '2026-12-31' });
    const month = await activateGoal({ coach, client }, engagementId, {
      title: 'Close 6 deals in April',
      horizon: 'month',
      startsOn: '2026-04-01',
      dueOn: '2026-04-30',
      parentId: year,
    });
    const cascadePath = `/api/v1/engagements/${engagementId}/cascade`;
    const progressPath = `/api/v1/goals/${month}/progress`;

    // Asked twice: the second answer is the kept one, the same.
    await server.db.query('DELETE FROM kept_answers');
    const first = await client.get(progressPath);
    expect(await keptRows()).toBe(1);
    expect((await client.get(progressPath)).body).toEqual(first.body);
    await coach.get(cascadePath);
    await client.get(cascadePath);
    expect(await keptRows()).toBe(3);

    // A metric and a check-in of today.
    const metric = (await client.post(`/api/v1/goals/${month}/metrics`, { name: 'Deals', kind: 'number', baseline: 0, baselineOn: '2026-04-01', target: 6 })).body;
    await client.get(progressPath);
    await client.post(`/api/v1/goals/${month}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-18', confidence: 8, values: [{ metricId: metric.id, value: 4 }] });
    const checkedIn = await readBoth(client, progressPath);
    expect(checkedIn.metrics[0]).toMatchObject({ current: 4, actual: [{ on: '2026-04-18', value: 4 }] });
    await coach.get(cascadePath);
    expect((await readBoth(coach, cascadePath)).roots[0].children[0]).toMatchObject({ goalId: month, progress: 4 / 6 });

    // A value written into the past is no metric's current value, but it is in the series.
    await client.get(progressPath);
    expect((await client.post(`/api/v1/goals/${month}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-10', values: [{ metricId: metric.id, value: 2 }] })).status).toBe(201);
    const backFilled = await readBoth(client, progressPath);
    expect(backFilled.metrics[0].actual.map(({ on, value }: { on: string; value: number }) => ({ on, value }))).toEqual([
      { on: '2026-04-10', value: 2 },
      { on: '2026-04-18', value: 4 },
    ]);

    // A correction of the latest value.
    const latest = (await client.get(`/api/v1/goals/${month}/check-ins`)).body.items.find((item: { effectiveOn: string }) => item.effectiveOn === '2026-04-18');
    await client.get(progressPath);
    await coach.get(cascadePath);
    await client.post(`/api/v1/goals/${month}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-18', values: [{ metricId: metric.id, value: 3 }], supersedesId: latest.id });
    expect((await readBoth(client, progressPath)).metrics[0].current).toBe(3);
    expect((await readBoth(coach, cascadePath)).roots[0].children[0].progress).toBe(0.5);

    // An obstacle without a contingency plan.
    await coach.get(cascadePath);
    expect((await client.post(`/api/v1/goals/${month}/obstacles`, { description: 'Two leads went quiet', category: 'competing_priorities' })).status).toBe(201);
    const blocked = await readBoth(coach, cascadePath);
    expect(blocked.roots[0].children[0].reasons.map((reason: { code: string }) => reason.code)).toContain('obstacle_without_plan');

    // New words for the goal, agreed by both.
    await coach.get(cascadePath);
    const before = (await coach.get(`/api/v1/goals/${month}`)).body;
    const changed = await coach.post(`/api/v1/goals/${month}/revisions`, { changes: { title: 'Close 5 deals in April' }, reason: 'One lead moved to May', version: before.version });
    await client.post(`/api/v1/goals/${month}/agreements`, { revisionId: changed.body.pendingRevision.id, decision: 'agree' });
    expect((await readBoth(coach, cascadePath)).roots[0].children[0].title).toBe('Close 5 deals in April');

    // The reader's language.
    await client.get(progressPath);
    await client.patch('/api/v1/me', { locale: 'lv' });
    const latvian = await readBoth(client, progressPath);
    expect(latvian.reasons.map((reason: { text: string }) => reason.text).join(' ')).toMatch(/[āēīūšž]/);
    await client.patch('/api/v1/me', { locale: 'en' });

    // The next day: the same data, a new day's answer.
    await client.get(progressPath);
    clock.set('2026-04-21T09:00:00Z');
    expect((await readBoth(client, progressPath)).asOf).toBe('2026-04-21');
    clock.set('2026-04-20T09:00:00Z');
  });

  /** How many SQL statements the reader's look at `path` runs: 3 when it is given what was kept. */
  const statementsOf = async (reader: Browser, path: string) => {
    let statements = 0;
    expect((await watchingStatements(server.db, () => (statements += 1), () => reader.get(path))).status).toBe(200);
    return statements;
  };
  // Who is asking, the access check, and the kept answer with the stamp.
  const KEPT = 3;

  it('keeps a goal list and writes it again when a goal, its words, an agreement or an author\'s name changes', async () => {
    const listPath = `/api/v1/engagements/${engagementId}/goals`;
    type Listed = { id: string; title: string; pendingRevision: { id: string; title: string; author: { name: string } } | null; activeRevision: { author: { name: string } } | null; pendingAgreedBy: string[] };
    const listed = async (reader: Browser, goalId: string) => ((await readBoth(reader, listPath)).items as Listed[]).find((goal) => goal.id === goalId);

    // A draft by the client shows in both lists at once.
    await coach.get(listPath);
    const draft = (await client.post(`/api/v1/engagements/${engagementId}/goals`, { title: 'Call 30 past customers in May', horizon: 'month', startsOn: '2026-05-01', dueOn: '2026-05-31' })).body;
    expect((await listed(coach, draft.id))?.pendingRevision?.title).toBe('Call 30 past customers in May');
    await coach.get(listPath);
    expect(await statementsOf(coach, listPath)).toBe(KEPT);

    // The client agrees to their own words; then the coach declines them.
    await client.post(`/api/v1/goals/${draft.id}/agreements`, { revisionId: draft.pendingRevision.id, decision: 'agree' });
    expect((await listed(coach, draft.id))?.pendingAgreedBy).toEqual(['client']);
    await client.get(listPath);
    await coach.post(`/api/v1/goals/${draft.id}/agreements`, { revisionId: draft.pendingRevision.id, decision: 'decline', comment: 'Too many for May' });
    expect(await listed(client, draft.id)).toEqual((await readBoth(client, listPath)).items.find((goal: Listed) => goal.id === draft.id));

    // The client's new name is the author's name in the coach's kept list.
    await coach.get(listPath);
    expect((await client.patch('/api/v1/me', { name: 'Kārlis Kalns' })).status).toBe(200);
    const renamed = await listed(coach, draft.id);
    expect(renamed?.pendingRevision?.author.name ?? renamed?.activeRevision?.author.name).toBe('Kārlis Kalns');
    await client.patch('/api/v1/me', { name: 'Kārlis Client' });
  });

  it("keeps a goal list through check-ins and into the next day, and writes it again when a metric changes its goal's assessment", async () => {
    const listPath = `/api/v1/engagements/${engagementId}/goals`;
    const goal = await activateGoal({ coach, client }, engagementId, { title: 'Become a confident speaker at team meetings', horizon: 'month', startsOn: '2026-04-01', dueOn: '2026-04-30' });
    const measurable = async (reader: Browser) => (await readBoth(reader, listPath)).items.find((item: { id: string }) => item.id === goal).smart.measurable.verdict;
    expect(await measurable(coach)).not.toBe('met');
    await coach.get(listPath);
    expect(await statementsOf(coach, listPath)).toBe(KEPT);

    // A metric: the goal's assessment changes, and so does the coach's kept list.
    const metric = (await client.post(`/api/v1/goals/${goal}/metrics`, { name: 'Confidence when speaking', kind: 'scale', min: 1, max: 10, baseline: 3, baselineOn: '2026-04-01', target: 8 })).body;
    expect(await statementsOf(coach, listPath)).toBeGreaterThan(KEPT);
    expect(await measurable(coach)).toBe('met');

    // Check-ins move the progress the cascade shows, but nothing a goal list shows: it stays kept.
    const kept = await coach.get(listPath);
    for (const value of [4, 5]) {
      const checkIn = await client.post(`/api/v1/goals/${goal}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-20', confidence: 7, values: [{ metricId: metric.id, value }] });
      expect(checkIn.status).toBe(201);
      expect(await statementsOf(coach, listPath)).toBe(KEPT);
    }
    // The next day too: a goal list says nothing that changes with the day.
    clock.set('2026-04-21T09:00:00Z');
    try {
      expect(await statementsOf(coach, listPath)).toBe(KEPT);
      expect((await readBoth(coach, listPath)).items).toEqual(kept.body.items);
    } finally {
      clock.set('2026-04-20T09:00:00Z');
    }
  });

  /** A GET as the reader, with the Accept-Encoding given (none when undefined), its body as sent. */
  const rawGet = (reader: Browser, path: string, acceptEncoding?: string) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const headers = { ...(reader.cookie ? { cookie: reader.cookie } : {}), ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }) };
      get(server.url + path, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });

  it('sends what it keeps gzipped, as kept, to a client that takes gzip, and as JSON to one that does not', async () => {
    const listPath = `/api/v1/engagements/${engagementId}/goals`;
    await server.db.query('DELETE FROM kept_answers');
    // A first look computes, keeps the gzip and sends it; a second sends the same bytes from the database.
    const computed = await rawGet(coach, listPath, 'gzip, deflate, br');
    expect(computed.status).toBe(200);
    expect(computed.headers).toMatchObject({ 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-type': 'application/json; charset=utf-8' });
    const kept = await rawGet(coach, listPath, 'gzip');
    expect(kept.headers['content-encoding']).toBe('gzip');
    expect(kept.body.equals(computed.body)).toBe(true);
    const list = JSON.parse(gunzipSync(kept.body).toString('utf8'));
    expect(list.items.length).toBeGreaterThan(0);

    // Without gzip: the same answer as JSON, whether kept or just computed, and several times the bytes.
    for (const refused of [undefined, 'identity', 'gzip;q=0, deflate']) {
      const plain = await rawGet(coach, listPath, refused);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toBe('accept-encoding');
      expect(JSON.parse(plain.body.toString('utf8'))).toEqual(list);
      expect(plain.body.length).toBeGreaterThan(2 * kept.body.length);
    }
    await server.db.query('DELETE FROM kept_answers');
    const computedPlain = await rawGet(coach, listPath, 'identity');
    expect(computedPlain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(computedPlain.body.toString('utf8'))).toEqual(list);

    // A cascade, a goal's progress and an inbox alike; Node's fetch (the tests' Browser) unzips by itself.
    for (const path of [`/api/v1/engagements/${engagementId}/cascade`, `/api/v1/goals/${list.items[0].id}/progress`, '/api/v1/inbox']) {
      const zipped = await rawGet(client, path, 'gzip');
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual((await client.get(path)).body);
    }
  });

  it('keeps each answer for its reader alone', async () => {
    await coach.get(`/api/v1/engagements/${engagementId}/cascade`);
    await client.get(`/api/v1/engagements/${engagementId}/cascade`);
    const seenBy = async (person: Person) =>
      asPerson(server, person, (tx) => tx.query<{ userId: string }>('SELECT DISTINCT user_id AS "userId" FROM kept_answers'));
    expect(await seenBy(people.client)).toEqual([{ userId: people.client.userId }]);
    expect(await seenBy(people.coach)).toEqual([{ userId: people.coach.userId }]);
    expect(await seenBy(people.otherCoach)).toEqual([]);
    expect(await seenBy(people.owner)).toEqual([]);
    // Nor can anyone keep an answer in another's name.
    await expect(
      asPerson(server, people.client, (tx) =>
        tx.query(
          `INSERT INTO kept_answers (user_id, practice_id, engagement_id, key, stamp, as_of, reader, answer)
           VALUES ($1, $2, $3, 'cascade', 0, '2026-04-20', 'x', '{}')`,
          [people.coach.userId, people.coach.practiceId, engagementId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('moves the progress stamp once for a check-in of several values, and again after an answer is kept in the same transaction', async () => {
    const goal = await activateGoal({ coach, client }, engagementId, { title: 'Make 40 calls in April', horizon: 'month', startsOn: '2026-04-01', dueOn: '2026-04-30' });
    const calls = (await client.post(`/api/v1/goals/${goal}/metrics`, { name: 'Calls', kind: 'number', baseline: 0, baselineOn: '2026-04-01', target: 40 })).body;
    const meetings = (await client.post(`/api/v1/goals/${goal}/metrics`, { name: 'Meetings', kind: 'number', baseline: 0, baselineOn: '2026-04-01', target: 8 })).body;
    const stamp = async () =>
      Number((await server.db.query<{ stamp: string }>('SELECT stamp FROM engagement_progress_stamps WHERE engagement_id = $1', [engagementId]))[0]?.stamp);
    const before = await stamp();
    const posted = await client.post(`/api/v1/goals/${goal}/check-ins`, {
      kind: 'metric',
      effectiveOn: '2026-04-19',
      values: [
        { metricId: calls.id, value: 25 },
        { metricId: meetings.id, value: 5 },
      ],
    });
    expect(posted.status).toBe(201);
    // Two values, two current values and a last check-in written: one move.
    expect(await stamp()).toBe(before + 1);

    // Within one transaction, as the client: two changes move it once; an answer kept at the moved
    // stamp; a change after it moves it again, so that the kept answer is out of date at once.
    await asPerson(server, people.client, async (tx) => {
      await tx.query(`UPDATE metrics SET target = 45 WHERE id = $1`, [calls.id]);
      await tx.query(`UPDATE metrics SET target = 50 WHERE id = $1`, [calls.id]);
      const { stamp: moved } = await readKeptAnswer(tx, { userId: people.client.userId, engagementId, key: 'cascade', asOf: '2026-04-20', reader: 'test', basis: 'progress' });
      expect(moved).toBe(before + 2);
      const answer = gzipSync('{"roots":[]}');
      await keepAnswer(tx, { userId: people.client.userId, practiceId: people.client.practiceId, engagementId, key: 'cascade', stamp: moved, asOf: '2026-04-20', reader: 'test', answer });
      // Read back byte for byte while it is good.
      const kept = await readKeptAnswer(tx, { userId: people.client.userId, engagementId, key: 'cascade', asOf: '2026-04-20', reader: 'test', basis: 'progress' });
      expect(Buffer.isBuffer(kept.answer) && kept.answer.equals(answer)).toBe(true);
      await tx.query(`UPDATE metrics SET target = 55 WHERE id = $1`, [calls.id]);
      expect((await readKeptAnswer(tx, { userId: people.client.userId, engagementId, key: 'cascade', asOf: '2026-04-20', reader: 'test', basis: 'progress' })).answer).toBeNull();
    });
    expect(await stamp()).toBe(before + 3);
  });
});
