import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, ENGINES, type ApiResponse, fixedClock, inviteClient, PASSWORD, signUpCoach, startTestServer, type TestServer } from './support.ts';

type Event = { action: string; actor: { name: string; email: string } | null; subjectType: string; subjectId: string | null; subjectName: string | null; details: Record<string, unknown>; at: string };

describe.each(ENGINES)('audit log on %s', (engine) => {
  const clock = fixedClock('2026-03-10T09:00:00Z');
  let server: TestServer;
  let owner: Browser;
  let ownerEmail: string;
  let coach: Browser;
  let client: Browser;
  let clientEmail: string;
  let other: Browser;
  let otherEmail: string;
  let engagementId: string;
  let goalId: string;
  let entryId: string;

  /** A coach who signed up elsewhere joins the practice as a coach (there is no API for that yet). */
  async function joinAsCoach(practiceId: string) {
    const joined = await signUpCoach(server, { name: 'Carla Coach', practiceName: 'Old practice' });
    await server.db.query(`UPDATE memberships SET practice_id = $1, role = 'coach' WHERE user_id = $2`, [practiceId, joined.me.user.id]);
    await server.db.query('UPDATE auth_sessions SET practice_id = $1 WHERE user_id = $2', [practiceId, joined.me.user.id]);
    return joined.browser;
  }

  async function allEvents(browser: Browser): Promise<Event[]> {
    const events: Event[] = [];
    let before: string | null = null;
    do {
      const page: ApiResponse<{ items: Event[]; nextCursor: string | null }> = await browser.get(`/api/v1/audit-events?limit=3${before ? `&before=${before}` : ''}`);
      expect(page.status).toBe(200);
      events.push(...page.body.items);
      before = page.body.nextCursor;
    } while (before);
    return events;
  }

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    const founder = await signUpCoach(server, { name: 'Olga Owner', practiceName: 'Riga Coaching' });
    owner = founder.browser;
    ownerEmail = founder.email;
    coach = await joinAsCoach(founder.me.practice.id);
    const elsewhere = await signUpCoach(server, { name: 'Elsa Elsewhere', practiceName: 'Elsewhere' });
    other = elsewhere.browser;
    otherEmail = elsewhere.email;
    const joined = await inviteClient(server, owner, 'Kārlis Client');
    client = joined.client;
    clientEmail = joined.email;
    engagementId = joined.engagementId;

    clock.advanceMinutes(1);
    const draft = (await client.post(`/api/v1/engagements/${engagementId}/goals`, { title: 'Deliver 5 talks', horizon: 'quarter' })).body;
    await client.post(`/api/v1/goals/${draft.id}/agreements`, { revisionId: draft.pendingRevision.id, decision: 'agree' });
    await owner.post(`/api/v1/goals/${draft.id}/agreements`, { revisionId: draft.pendingRevision.id, decision: 'agree' });
    goalId = draft.id;
    clock.advanceMinutes(1);
    entryId = (await client.post(`/api/v1/engagements/${engagementId}/journal`, { body: 'A private thought about work' })).body.id;
    await client.post(`/api/v1/journal/${entryId}/share`);
    clock.advanceMinutes(1);
    await client.request('DELETE', `/api/v1/journal/${entryId}/share`);
    clock.advanceMinutes(1);
    await new Browser(server.url).post('/api/v1/auth/login', { email: clientEmail, password: 'not the password' });
    clock.advanceMinutes(1);
    await new Browser(server.url).post('/api/v1/auth/login', { email: clientEmail, password: PASSWORD });
    clock.advanceMinutes(1);
    await client.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
    // In the other practice: none of it may show in Riga Coaching's log.
    await other.post('/api/v1/auth/logout-everywhere');
  });
  afterAll(() => server?.close());

  it('lists sign-ins, failures, agreements, shares and security changes for the owner, newest first', async () => {
    const events = await allEvents(owner);
    const actions = events.map((event) => event.action);
    expect(actions.slice(0, 5)).toEqual(['password_changed', 'signed_in', 'sign_in_failed', 'journal_entry_unshared', 'journal_entry_shared']);
    expect(actions).toEqual(expect.arrayContaining(['goal_agreed', 'client_invited', 'invitation_accepted', 'signed_up']));
    expect(actions.filter((action) => action === 'goal_agreed')).toHaveLength(2);
    const failed = events.find((event) => event.action === 'sign_in_failed');
    expect(failed).toMatchObject({ actor: { name: 'Kārlis Client', email: clientEmail }, details: { failed: 'password' } });
    const agreed = events.find((event) => event.action === 'goal_agreed');
    expect(agreed).toMatchObject({ subjectType: 'goal', subjectId: goalId, details: { engagementId } });
    expect(events.find((event) => event.action === 'journal_entry_shared')).toMatchObject({ subjectId: entryId, details: { engagementId } });
    // What each is about is named for the owner: the client of a goal or an entry, never its words.
    const about = (action: string) => events.find((event) => event.action === action)?.subjectName;
    expect([about('goal_agreed'), about('journal_entry_shared'), about('client_invited'), about('signed_up'), about('password_changed')]).toEqual([
      'Kārlis Client',
      'Kārlis Client',
      'Kārlis Client',
      'Riga Coaching',
      'Kārlis Client',
    ]);
    expect(JSON.stringify(events)).not.toContain('Deliver 5 talks');
    const times = events.map((event) => event.at);
    expect([...times].sort().reverse()).toEqual(times);
    // The words of a journal entry never reach the log.
    expect(JSON.stringify(events)).not.toContain('private thought');
  });

  it('pages with a cursor without losing or repeating an event', async () => {
    const all = (await owner.get('/api/v1/audit-events?limit=200')).body.items as { id: string }[];
    const paged = await allEvents(owner);
    expect(paged.map((event) => (event as unknown as { id: string }).id)).toEqual(all.map((event) => event.id));
  });

  it('never shows another practice\'s events, and shows them to their own owner', async () => {
    const ours = await allEvents(owner);
    expect(ours.some((event) => event.actor?.name === 'Elsa Elsewhere')).toBe(false);
    expect(ours.some((event) => event.action === 'signed_out_everywhere')).toBe(false);
    // Elsa signed out everywhere: she signs in again and reads her own practice's log, and only that.
    expect((await other.get('/api/v1/audit-events')).status).toBe(401);
    const elsa = new Browser(server.url);
    await elsa.post('/api/v1/auth/login', { email: otherEmail, password: PASSWORD });
    const theirs = (await allEvents(elsa)).map((event) => `${event.action} by ${event.actor?.email}`);
    expect(theirs.sort()).toEqual([`signed_in by ${otherEmail}`, `signed_out_everywhere by ${otherEmail}`, `signed_up by ${otherEmail}`]);
    expect(ours.some((event) => event.actor?.email === ownerEmail)).toBe(true);
  });

  it('refuses coaches and clients (403) and strangers (401)', async () => {
    expect((await coach.get('/api/v1/audit-events')).status).toBe(403);
    expect((await client.get('/api/v1/audit-events')).status).toBe(403);
    expect((await new Browser(server.url).get('/api/v1/audit-events')).status).toBe(401);
  });

  it('names a bad limit or cursor', async () => {
    const badLimit = await owner.get('/api/v1/audit-events?limit=0');
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.errors).toEqual([expect.objectContaining({ path: 'limit' })]);
    const badCursor = await owner.get('/api/v1/audit-events?before=nonsense');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors).toEqual([expect.objectContaining({ path: 'before' })]);
  });
});
