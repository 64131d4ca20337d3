import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asPerson, Browser, ENGINES, fixedClock, inviteClient, joinAsCoach, PASSWORD, practiceOfFour, signUpCoach, startTestServer, uniqueEmail, type Person, type TestServer } from './support.ts';

type Listed = { items: { id: string; status: string; coach: { id: string; name: string }; client: { name: string; email: string } }[]; total: number };

const names = (listed: Listed) => listed.items.map((item) => item.client.name);

describe.each(ENGINES)("a practice's coaches and all its clients, for its owner, on %s", (engine) => {
  let server: TestServer;
  let owner: Browser;
  let carla: Browser;
  let client: Browser;
  let ids: { owner: string; carla: string; dan: string; annasEngagement: string };
  let people: { owner: Person; client: Person; neighbour: Person };
  beforeAll(async () => {
    server = await startTestServer(engine, { clock: fixedClock('2026-05-04T09:00:00Z') });
    const founder = await signUpCoach(server, { name: 'Olga Owner', practiceName: 'Riga Coaching' });
    owner = founder.browser;
    const practiceId = founder.me.practice.id as string;
    const joinedCarla = await joinAsCoach(server, practiceId, 'Carla Coach');
    const joinedDan = await joinAsCoach(server, practiceId, 'Dan Other');
    carla = joinedCarla.browser;
    // Carla: three who joined and one still invited; Dan: one; the owner: one of her own.
    const anna = await inviteClient(server, carla, 'Anna Bērziņa');
    ids = { owner: founder.me.user.id, carla: joinedCarla.person.userId, dan: joinedDan.person.userId, annasEngagement: anna.engagementId };
    client = anna.client;
    await inviteClient(server, carla, 'Jānis Bērziņš');
    await inviteClient(server, carla, 'Zane 100%_Kalna');
    await carla.post('/api/v1/engagements', { clientName: 'Pēteris Invited', clientEmail: uniqueEmail('peteris') });
    await inviteClient(server, joinedDan.browser, 'Bruno Dans');
    await inviteClient(server, owner, 'Olafs Own');
    // A practice next door, whose clients nobody here sees.
    const elsewhere = await signUpCoach(server, { name: 'Elsewhere' });
    await inviteClient(server, elsewhere.browser, 'Anna Elsewhere');
    people = {
      owner: { userId: ids.owner, practiceId, role: 'owner' },
      client: { userId: anna.me.user.id, practiceId, role: 'client' },
      neighbour: { userId: elsewhere.me.user.id, practiceId: elsewhere.me.practice.id, role: 'owner' },
    };
  });
  afterAll(() => server?.close());


  it("gives the owner every coach of the practice with how many clients each holds, owner first; nobody else", async () => {
    const coaches = await owner.get('/api/v1/practice/coaches');
    expect(coaches.status).toBe(200);
    expect(coaches.body.items.map((coach: { name: string; role: string; engagements: object }) => [coach.name, coach.role, coach.engagements])).toEqual([
      ['Olga Owner', 'owner', { invited: 0, active: 1, paused: 0, ended: 0 }],
      ['Carla Coach', 'coach', { invited: 1, active: 3, paused: 0, ended: 0 }],
      ['Dan Other', 'coach', { invited: 0, active: 1, paused: 0, ended: 0 }],
    ]);
    for (const [who, browser] of [['coach', carla], ['client', client]] as const) {
      const refused = await browser.get('/api/v1/practice/coaches');
      expect(refused.status, who).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
    }
  });

  it("lists the whole practice for the owner, a page at a time, with the total on every page", async () => {
    const all = (await owner.get('/api/v1/engagements')).body as Listed;
    expect(all.total).toBe(6);
    expect(names(all)).toEqual(['Anna Bērziņa', 'Bruno Dans', 'Jānis Bērziņš', 'Olafs Own', 'Pēteris Invited', 'Zane 100%_Kalna']);
    const pages: string[] = [];
    for (const offset of [0, 4]) {
      const page = (await owner.get(`/api/v1/engagements?limit=4&offset=${offset}`)).body as Listed;
      expect(page.total).toBe(6);
      pages.push(...names(page));
    }
    expect(pages).toEqual(names(all));
    const past = (await owner.get('/api/v1/engagements?limit=4&offset=40')).body as Listed;
    expect(past).toEqual({ items: [], total: 6 });
  });

  it('filters by coach, by status and by part of the name or email in any case, with or without diacritics, wildcards taken literally', async () => {
    const get = async (query: string) => (await owner.get(`/api/v1/engagements?${query}`)).body as Listed;
    expect(names(await get(`coachId=${ids.dan}`))).toEqual(['Bruno Dans']);
    expect((await get(`coachId=${ids.carla}`)).total).toBe(4);
    expect(names(await get(`coachId=${ids.carla}&status=invited`))).toEqual(['Pēteris Invited']);
    expect(names(await get(`q=${encodeURIComponent('bērziņ')}`))).toEqual(['Anna Bērziņa', 'Jānis Bērziņš']);
    expect(names(await get(`q=${encodeURIComponent('ĀNIS')}`))).toEqual(['Jānis Bērziņš']);
    // Typed without the diacritics, or with them where the name has none (migration 0035).
    expect(names(await get('q=berzin'))).toEqual(['Anna Bērziņa', 'Jānis Bērziņš']);
    expect(names(await get('q=JANIS%20BERZINS'))).toEqual(['Jānis Bērziņš']);
    expect(names(await get(`q=${encodeURIComponent('bruño')}`))).toEqual(['Bruno Dans']);
    expect(names(await get('q=peteris'))).toEqual(['Pēteris Invited']); // by the invitation's email
    expect(names(await get(`q=${encodeURIComponent('%_')}`))).toEqual(['Zane 100%_Kalna']);
    expect(names(await get(`q=${encodeURIComponent('_')}`))).toEqual(['Zane 100%_Kalna']);
    expect((await get('q=%20%20')).total).toBe(6); // blank: no filter
    expect(await get('q=elsewhere')).toEqual({ items: [], total: 0 });
  });

  it("shows the owner who works with whom, never the goals, values or aspirations of another coach's client", async () => {
    expect((await client.post(`/api/v1/engagements/${ids.annasEngagement}/values`, { kind: 'value', title: 'Honesty' })).status).toBe(201);
    expect((await owner.get(`/api/v1/engagements/${ids.annasEngagement}`)).status).toBe(200);
    for (const path of ['values', 'goals']) {
      const refused = await owner.get(`/api/v1/engagements/${ids.annasEngagement}/${path}`);
      expect(refused.status, path).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
    }
    expect((await carla.get(`/api/v1/engagements/${ids.annasEngagement}/values`)).body.items.map((value: { title: string }) => value.title)).toEqual(['Honesty']);
  });

  it("gives a coach only their own clients, whatever the filter asks", async () => {
    const mine = (await carla.get('/api/v1/engagements')).body as Listed;
    expect(mine.total).toBe(4);
    expect(mine.items.every((item) => item.coach.id === ids.carla)).toBe(true);
    expect(await carla.get(`/api/v1/engagements?coachId=${ids.dan}`).then((answer) => answer.body)).toEqual({ items: [], total: 0 });
    expect(names((await client.get('/api/v1/engagements?q=a')).body)).toEqual(['Anna Bērziņa']);
  });

  it('refuses a bad filter, naming it', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['offset=-1', 'offset'],
      ['status=finished', 'status'],
      ['coachId=carla', 'coachId'],
      [`q=${'x'.repeat(201)}`, 'q'],
    ] as const) {
      const refused = await owner.get(`/api/v1/engagements?${query}`);
      expect(refused.status, query).toBe(400);
      expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
      expect(JSON.stringify(refused.body), query).toContain(field);
    }
  });

  it("names each client as the list shows them: the invitation's name until they join, then their account's, renamed at once, sorted and searched by it", async () => {
    const listed = async (query: string) => (await owner.get(`/api/v1/engagements?${query}`)).body as Listed;
    const email = uniqueEmail('maija');
    const invited = await carla.post('/api/v1/engagements', { clientName: 'Maija Invited', clientEmail: email });
    expect((await listed('q=maija')).items.map((item) => item.client)).toEqual([{ id: null, name: 'Maija Invited', email, timeZone: null }]);

    const maija = new Browser(server.url);
    const token = String(invited.body.inviteUrl).split('/').pop();
    expect((await maija.post(`/api/v1/invitations/${token}/accept`, { name: 'Maija Kalniņa', password: PASSWORD })).status).toBe(201);
    expect(names(await listed('q=maija'))).toEqual(['Maija Kalniņa']);
    expect(names(await listed('q=kalnina'))).toEqual(['Maija Kalniņa']);

    expect((await maija.patch('/api/v1/me', { name: 'Aija Ozola' })).status).toBe(200);
    const all = await listed('');
    expect(names(all)[0]).toBe('Aija Ozola');
    expect(all.total).toBe(7);
    expect((await listed('q=maija')).items.map((item) => item.client.name)).toEqual(['Aija Ozola']); // by the email
    expect(names(await listed('q=kalni'))).toEqual([]); // the name without diacritics follows the new name
    expect((await carla.get(`/api/v1/engagements/${invited.body.id}`)).body.client.name).toBe('Aija Ozola');
  });

  it('sorts clients and coaches by name as people read names: small and capital letters together, Ā by A, Č by C, Š by S (migration 0034)', async () => {
    // In code point order (the databases' own C collation) these read "Cibulis, Sproģis, Zane,
    // ābele, Čakste, Šulcs".
    for (const name of ['Zane Order', 'Šulcs Order', 'Cibulis Order', 'ābele Order', 'Sproģis Order', 'Čakste Order']) {
      expect((await carla.post('/api/v1/engagements', { clientName: name, clientEmail: uniqueEmail('order') })).status).toBe(201);
    }
    const inOrder = ['ābele Order', 'Čakste Order', 'Cibulis Order', 'Sproģis Order', 'Šulcs Order', 'Zane Order'];
    expect(names((await owner.get('/api/v1/engagements?q=order')).body)).toEqual(inOrder);
    expect(names((await carla.get('/api/v1/engagements?q=order')).body)).toEqual(inOrder);
    const pages: string[] = [];
    for (const offset of [0, 4]) pages.push(...names((await owner.get(`/api/v1/engagements?q=order&limit=4&offset=${offset}`)).body));
    expect(pages).toEqual(inOrder);

    await joinAsCoach(server, people.owner.practiceId, 'Ārija Coach');
    const coaches = await owner.get('/api/v1/practice/coaches');
    expect(coaches.body.items.map((coach: { name: string }) => coach.name)).toEqual(['Olga Owner', 'Ārija Coach', 'Carla Coach', 'Dan Other']);
  });
});

describe.each(ENGINES)('an owner invites coaches into the practice on %s', (engine) => {
  const clock = fixedClock('2026-05-04T09:00:00Z');
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
  });
  afterAll(() => server?.close());

  const tokenOf = (url: string) => url.split('/').pop() ?? '';

  it('gives a single-use link; the coach joins as a coach, takes on clients, and the owner sees them', async () => {
    const founder = await signUpCoach(server, { name: 'Olga Owner', practiceName: 'Riga Coaching' });
    const owner = founder.browser;
    const email = uniqueEmail('Ieva');
    const invited = await owner.post('/api/v1/practice/coach-invitations', { name: ' Ieva Coach ', email });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ name: 'Ieva Coach', email: email.toLowerCase(), invitedBy: { name: 'Olga Owner' }, expiresAt: '2026-05-18T09:00:00.000Z' });
    expect((await owner.get('/api/v1/practice/coach-invitations')).body.items.map((open: { id: string }) => open.id)).toEqual([invited.body.id]);

    const token = tokenOf(invited.body.inviteUrl);
    const preview = await new Browser(server.url).get(`/api/v1/invitations/${token}`);
    expect(preview.body).toMatchObject({ role: 'coach', practiceName: 'Riga Coaching', coachName: 'Olga Owner', clientName: 'Ieva Coach', status: 'open', returning: false });

    const ieva = new Browser(server.url);
    const accepted = await ieva.post(`/api/v1/invitations/${token}/accept`, { name: 'Ieva Coach', password: PASSWORD, locale: 'lv' });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ role: 'coach', engagementId: null, practice: { id: founder.me.practice.id } });
    expect((await new Browser(server.url).post(`/api/v1/invitations/${token}/accept`, { name: 'Again', password: PASSWORD })).status).toBe(410);

    // A coach of the practice: their own clients only, and none yet; they invite one.
    expect((await ieva.get('/api/v1/engagements')).body).toEqual({ items: [], total: 0 });
    await inviteClient(server, ieva, 'Klāvs Klients');
    expect((await ieva.get('/api/v1/practice/coaches')).status).toBe(403);

    const coaches = (await owner.get('/api/v1/practice/coaches')).body.items;
    expect(coaches.map((coach: { name: string; role: string; engagements: { active: number } }) => [coach.name, coach.role, coach.engagements.active])).toEqual([
      ['Olga Owner', 'owner', 0],
      ['Ieva Coach', 'coach', 1],
    ]);
    expect((await owner.get('/api/v1/practice/coach-invitations')).body.items).toEqual([]);
    expect(names((await owner.get('/api/v1/engagements')).body)).toEqual(['Klāvs Klients']);
    const actions = (await owner.get('/api/v1/audit-events')).body.items.map((event: { action: string }) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['coach_invited', 'invitation_accepted', 'client_invited']));
  });

  it('replaces an open link to the same address with a newer one, and a withdrawn link stops working', async () => {
    const owner = (await signUpCoach(server)).browser;
    const email = uniqueEmail('twice');
    const first = await owner.post('/api/v1/practice/coach-invitations', { name: 'Twice', email });
    const second = await owner.post('/api/v1/practice/coach-invitations', { name: 'Twice', email });
    const other = await owner.post('/api/v1/practice/coach-invitations', { name: 'Other', email: uniqueEmail('other') });
    expect((await owner.get('/api/v1/practice/coach-invitations')).body.items.map((open: { id: string }) => open.id).sort()).toEqual([second.body.id, other.body.id].sort());
    const replaced = await new Browser(server.url).post(`/api/v1/invitations/${tokenOf(first.body.inviteUrl)}/accept`, { name: 'Twice', password: PASSWORD });
    expect(replaced.status).toBe(410);
    expect(replaced.body.code).toBe('invitation_expired');
    expect(replaced.body.detail).toBe("This invitation link was replaced by a newer one. Open the link in the latest invitation email, or ask the practice's owner for a new link.");
    expect((await new Browser(server.url).get(`/api/v1/invitations/${tokenOf(first.body.inviteUrl)}`)).body).toMatchObject({ status: 'expired', replaced: true });

    expect((await owner.request('DELETE', `/api/v1/practice/coach-invitations/${other.body.id}`)).status).toBe(204);
    const withdrawn = await new Browser(server.url).post(`/api/v1/invitations/${tokenOf(other.body.inviteUrl)}/accept`, { name: 'Other', password: PASSWORD });
    expect(withdrawn.status).toBe(410);
    // Withdrawn, with no newer link: not "replaced".
    expect(withdrawn.body.detail).toBe("This invitation has expired. Ask the practice's owner for a new link.");
    expect((await new Browser(server.url).get(`/api/v1/invitations/${tokenOf(other.body.inviteUrl)}`)).body).toMatchObject({ status: 'expired', replaced: false });
    expect((await new Browser(server.url).get(`/api/v1/invitations/${tokenOf(second.body.inviteUrl)}`)).body).toMatchObject({ status: 'open', replaced: false });
    const again = await owner.request('DELETE', `/api/v1/practice/coach-invitations/${other.body.id}`);
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('invitation_not_found');

    // An open link expires with the days like a client's.
    clock.advanceMinutes(15 * 24 * 60);
    expect((await owner.get('/api/v1/practice/coach-invitations')).body.items).toEqual([]);
    expect((await new Browser(server.url).get(`/api/v1/invitations/${tokenOf(second.body.inviteUrl)}`)).body.status).toBe('expired');
  });

  it('is the owner\'s alone: coaches, clients and other practices are refused, and bad input names the field', async () => {
    const founder = await signUpCoach(server);
    const practiceId = founder.me.practice.id as string;
    const open = await founder.browser.post('/api/v1/practice/coach-invitations', { name: 'Kept', email: uniqueEmail('kept') });
    const coach = (await joinAsCoach(server, practiceId, 'Plain Coach')).browser;
    const { client } = await inviteClient(server, coach, 'Some Client');
    const neighbour = (await signUpCoach(server)).browser;
    for (const browser of [coach, client]) {
      expect((await browser.get('/api/v1/practice/coach-invitations')).status).toBe(403);
      expect((await browser.post('/api/v1/practice/coach-invitations', { name: 'X', email: uniqueEmail() })).status).toBe(403);
      expect((await browser.request('DELETE', `/api/v1/practice/coach-invitations/${open.body.id}`)).status).toBe(403);
    }
    // Another practice's owner: no such invitation in their practice.
    expect((await neighbour.request('DELETE', `/api/v1/practice/coach-invitations/${open.body.id}`)).status).toBe(404);
    expect((await neighbour.get('/api/v1/practice/coach-invitations')).body.items).toEqual([]);
    expect((await founder.browser.get('/api/v1/practice/coach-invitations')).body.items).toHaveLength(1);

    const taken = await founder.browser.post('/api/v1/practice/coach-invitations', { name: 'Taken', email: founder.email.toUpperCase() });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('email_taken');
    expect(JSON.stringify(taken.body)).toContain('email');
    for (const [body, field] of [
      [{ name: '  ', email: uniqueEmail() }, 'name'],
      [{ name: 'No Address', email: 'not-an-address' }, 'email'],
      [{ email: uniqueEmail() }, 'name'],
    ] as const) {
      const refused = await founder.browser.post('/api/v1/practice/coach-invitations', body);
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain(field);
    }
    expect((await founder.browser.get('/api/v1/practice/coach-invitations')).body.items).toHaveLength(1);
  });
});

describe.each(ENGINES)('an owner hands a client over to another coach on %s', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, { clock: fixedClock('2026-05-04T09:00:00Z') });
  });
  afterAll(() => server?.close());

  it("moves the engagement, its goals and its inbox to the new coach; the former coach's private notes are kept for nobody", async () => {
    const { owner, coach, otherCoach, client, engagementId, people } = await practiceOfFour(server);
    const goal = (await client.post(`/api/v1/engagements/${engagementId}/goals`, { title: 'Run 3 times a week', horizon: 'quarter' })).body;
    // A goal whose words the coach wrote: after the hand-over the client still reads it, named as hers.
    const coachsGoal = (await coach.post(`/api/v1/engagements/${engagementId}/goals`, { title: 'Speak at 2 meetups', horizon: 'quarter' })).body;
    const note = (await coach.post(`/api/v1/engagements/${engagementId}/coach-notes`, { body: 'PRIVATE-THOUGHT' })).body;
    const dansClient = await inviteClient(server, otherCoach, 'Dace Client');
    expect((await coach.get(`/api/v1/engagements/${engagementId}/goals`)).status).toBe(200);
    const handOver = (browser: Browser, coachId: string) => browser.patch(`/api/v1/engagements/${engagementId}`, { coachId });

    expect((await handOver(coach, people.otherCoach.userId)).status).toBe(403);
    for (const coachId of [people.client.userId, '00000000-0000-4000-8000-000000000000']) {
      const refused = await handOver(owner, coachId);
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain('coachId');
    }
    const neighbour = await signUpCoach(server);
    expect((await handOver(owner, neighbour.me.user.id)).status).toBe(400);
    expect((await handOver(neighbour.browser, people.otherCoach.userId)).status).toBe(404);
    expect((await client.get(`/api/v1/engagements/${engagementId}`)).body.coach.id).toBe(people.coach.userId);

    const handed = await handOver(owner, people.otherCoach.userId);
    expect(handed.status).toBe(200);
    expect(handed.body.coach).toEqual({ id: people.otherCoach.userId, name: 'Dan Other', timeZone: 'Europe/Riga' });
    expect((await client.get(`/api/v1/engagements/${engagementId}`)).body.coach.name).toBe('Dan Other');
    const goals = await otherCoach.get(`/api/v1/engagements/${engagementId}/goals`);
    expect(goals.status).toBe(200);
    expect(goals.body.items.map((item: { id: string }) => item.id).sort()).toEqual([goal.id, coachsGoal.id].sort());
    // The client reads every goal and its history as before, the former coach named as its author.
    const clientsGoals = await client.get(`/api/v1/engagements/${engagementId}/goals`);
    expect(clientsGoals.status).toBe(200);
    const authors = new Map(clientsGoals.body.items.map((item: { id: string; pendingRevision: { author: { name: string } } }) => [item.id, item.pendingRevision.author.name]));
    expect(Object.fromEntries(authors)).toEqual({ [goal.id]: 'Kārlis Client', [coachsGoal.id]: 'Carla Coach' });
    const coachsGoalPage = await client.get(`/api/v1/goals/${coachsGoal.id}`);
    expect(coachsGoalPage.status).toBe(200);
    expect(coachsGoalPage.body.pendingRevision.author).toEqual({ id: people.coach.userId, name: 'Carla Coach', side: 'coach' });
    const history = (await client.get(`/api/v1/goals/${coachsGoal.id}/revisions`)).body.items;
    expect(history.map((revision: { author: { name: string } }) => revision.author.name)).toEqual(['Carla Coach']);
    // ...to the people of this engagement only: the new coach's other client does not see her.
    const dace: Person = { userId: dansClient.me.user.id, practiceId: people.client.practiceId, role: 'client' };
    const seen = (person: Person) => asPerson(server, person, (tx) => tx.query<{ name: string }>('SELECT name FROM users WHERE id = $1', [people.coach.userId]));
    expect(await seen(people.client)).toEqual([{ name: 'Carla Coach' }]);
    expect(await seen(dace)).toEqual([]);
    expect(JSON.stringify((await otherCoach.get(`/api/v1/engagements/${engagementId}/coach-notes`)).body)).not.toContain('PRIVATE-THOUGHT');
    const standings = (await otherCoach.get('/api/v1/inbox')).body.clients.map((standing: { engagementId: string }) => standing.engagementId);
    expect(standings.sort()).toEqual([engagementId, dansClient.engagementId].sort());

    for (const path of [`/api/v1/engagements/${engagementId}`, `/api/v1/engagements/${engagementId}/goals`, `/api/v1/goals/${goal.id}`]) {
      expect((await coach.get(path)).status, path).toBe(404);
    }
    expect((await coach.get('/api/v1/inbox')).body.clients).toEqual([]);
    // The private note is kept, its author's still, shown to nobody while the engagement is not theirs.
    const kept = await server.db.query<{ author_id: string }>('SELECT author_id FROM coach_notes WHERE id = $1', [note.id]);
    expect(kept).toEqual([{ author_id: people.coach.userId }]);
    for (const person of [people.coach, people.otherCoach, people.owner]) {
      expect(await asPerson(server, person, (tx) => tx.query('SELECT id FROM coach_notes WHERE id = $1', [note.id]))).toEqual([]);
    }

    const audit = (await owner.get('/api/v1/audit-events')).body.items.find((event: { action: string }) => event.action === 'engagement_handed_over');
    // The owner's log names both coaches, so that two hand-overs of a client read differently.
    expect(audit).toMatchObject({ subjectId: engagementId, details: { from: people.coach.userId, to: people.otherCoach.userId }, handOver: { from: 'Carla Coach', to: 'Dan Other' } });
    // Handing it to the coach it is with changes nothing.
    expect((await handOver(owner, people.otherCoach.userId)).body.coach.id).toBe(people.otherCoach.userId);
  });
});

describe.each(ENGINES)('an owner removes a coach from the practice on %s', (engine) => {
  const clock = fixedClock('2026-05-04T09:00:00Z');
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
  });
  afterAll(() => server?.close());

  it('refuses while the coach holds an engagement, then ends their access at once and keeps their name on what they wrote', async () => {
    const { owner, coach, otherCoach, client, engagementId, people } = await practiceOfFour(server);
    const goal = (await coach.post(`/api/v1/engagements/${engagementId}/goals`, { title: 'Speak at 2 meetups', horizon: 'quarter' })).body;
    const carlasEmail = (await coach.get('/api/v1/me')).body.user.email as string;
    const token = (await new Browser(server.url).post('/api/v1/auth/tokens', { email: carlasEmail, password: PASSWORD, label: 'laptop' })).body.token as string;
    const bearer = { authorization: `Bearer ${token}` };
    const remove = (browser: Browser, userId: string) => browser.request('DELETE', `/api/v1/practice/coaches/${userId}`);
    const coachNames = async () => (await owner.get('/api/v1/practice/coaches')).body.items.map((item: { name: string }) => item.name);

    // Refused: anyone but the owner, the owner herself, a client, and a coach who still holds an engagement.
    expect((await remove(otherCoach, people.coach.userId)).status).toBe(403);
    expect((await remove(client, people.coach.userId)).status).toBe(403);
    const neighbour = await signUpCoach(server);
    expect((await remove(neighbour.browser, people.coach.userId)).status).toBe(404);
    expect((await remove(owner, people.client.userId)).status).toBe(404);
    const herself = await remove(owner, people.owner.userId);
    expect([herself.status, herself.body.code]).toEqual([409, 'owner_stays']);
    const holding = await remove(owner, people.coach.userId);
    expect([holding.status, holding.body.code, holding.body.engagements]).toEqual([409, 'coach_has_engagements', 1]);
    expect(holding.headers.get('content-type')).toMatch(/problem\+json/);
    expect(await coachNames()).toEqual(['Olga Owner', 'Carla Coach', 'Dan Other']);
    expect((await coach.get('/api/v1/me')).status).toBe(200);

    // Handed over, then removed.
    expect((await owner.patch(`/api/v1/engagements/${engagementId}`, { coachId: people.otherCoach.userId })).status).toBe(200);
    const carla = (await owner.get('/api/v1/practice/coaches')).body.items.find((item: { id: string }) => item.id === people.coach.userId);
    expect(carla.engagements).toEqual({ invited: 0, active: 0, paused: 0, ended: 0 });
    expect((await remove(owner, people.coach.userId)).status).toBe(204);
    expect(await coachNames()).toEqual(['Olga Owner', 'Dan Other']);
    expect((await remove(owner, people.coach.userId)).status).toBe(404);

    // Her browser session and her API token end at once; she can no longer sign in.
    expect((await coach.get('/api/v1/me')).status).toBe(401);
    expect((await new Browser(server.url).request('GET', '/api/v1/me', undefined, bearer)).status).toBe(401);
    expect((await new Browser(server.url).post('/api/v1/auth/login', { email: carlasEmail, password: PASSWORD })).status).toBe(401);

    // What she wrote stays, named as hers, to the client and to the coach who took over.
    for (const reader of [client, otherCoach]) {
      const page = await reader.get(`/api/v1/goals/${goal.id}`);
      expect(page.status).toBe(200);
      expect(page.body.pendingRevision.author.name).toBe('Carla Coach');
    }
    const events = (await owner.get('/api/v1/audit-events')).body.items as { action: string }[];
    expect(events.find((event) => event.action === 'coach_removed')).toMatchObject({ subjectId: people.coach.userId, details: { sessionsEnded: 1, tokensRevoked: 1 }, handOver: null });
    // The hand-over still names the coach the client left, now that she is gone.
    expect(events.find((event) => event.action === 'engagement_handed_over')).toMatchObject({ subjectId: engagementId, handOver: { from: 'Carla Coach', to: 'Dan Other' } });
  });

  it("keeps a removed coach named in the owner's audit log: whom the owner removed, and what she had done", async () => {
    const { owner, otherCoach, people } = await practiceOfFour(server);
    const dan = people.otherCoach.userId;
    const danEmail = (await otherCoach.get('/api/v1/me')).body.user.email as string;
    expect((await new Browser(server.url).post('/api/v1/auth/login', { email: danEmail, password: PASSWORD })).status).toBe(200);
    clock.advanceMinutes(1);
    // Dan never held a client, so nothing else of the practice names him once he has gone.
    expect((await owner.request('DELETE', `/api/v1/practice/coaches/${dan}`)).status).toBe(204);

    type Event = { action: string; actor: { id: string; name: string; email: string } | null; subjectId: string | null; subjectName: string | null };
    const events = (await owner.get('/api/v1/audit-events')).body.items as Event[];
    expect(events.find((event) => event.action === 'coach_removed')).toMatchObject({ subjectId: dan, subjectName: 'Dan Other' });
    const his = events.filter((event) => event.actor?.id === dan);
    expect(his.map((event) => event.action)).toContain('signed_in');
    expect(his.every((event) => event.actor?.name === 'Dan Other' && event.actor.email === danEmail)).toBe(true);
    expect(events.filter((event) => event.actor === null)).toEqual([]);
    // The owner can still narrow the log to him.
    const actors = (await owner.get('/api/v1/audit-events/actors')).body.items as { id: string; name: string }[];
    expect(actors.find((actor) => actor.id === dan)).toMatchObject({ name: 'Dan Other', email: danEmail });
    const narrowed = (await owner.get(`/api/v1/audit-events?actorId=${dan}`)).body.items as Event[];
    expect(narrowed.length).toBe(his.length);

    // Nobody else learns his name from it: another practice's owner reads nothing of him.
    const neighbour = await signUpCoach(server);
    const elsewhere = (await neighbour.browser.get('/api/v1/audit-events')).body.items as Event[];
    expect(JSON.stringify(elsewhere)).not.toContain('Dan Other');
    expect(((await neighbour.browser.get('/api/v1/audit-events/actors')).body.items as { id: string }[]).map((actor) => actor.id)).not.toContain(dan);
  });

  it('invites a removed coach back: she rejoins with her own password and second factor, as the same account (decision 036)', async () => {
    const { owner, coach, otherCoach, client, engagementId, people } = await practiceOfFour(server);
    const carlasEmail = (await coach.get('/api/v1/me')).body.user.email as string;
    const setup = await coach.post('/api/v1/me/two-factor/setup');
    const epoch = () => Math.floor(clock().getTime() / 1000);
    expect((await coach.post('/api/v1/me/two-factor/confirm', { code: await generate({ secret: setup.body.secret, epoch: epoch() }) })).status).toBe(200);
    clock.advanceMinutes(1);
    expect((await owner.patch(`/api/v1/engagements/${engagementId}`, { coachId: people.otherCoach.userId })).status).toBe(200);
    expect((await owner.request('DELETE', `/api/v1/practice/coaches/${people.coach.userId}`)).status).toBe(204);
    const coachNames = async () => (await owner.get('/api/v1/practice/coaches')).body.items.map((item: { name: string }) => item.name);

    // Her address may be invited again as a coach; a member's still may not, and she cannot join as a client.
    const invited = await owner.post('/api/v1/practice/coach-invitations', { name: 'Carla Again', email: carlasEmail.toUpperCase() });
    expect(invited.status).toBe(201);
    const danEmail = (await otherCoach.get('/api/v1/me')).body.user.email as string;
    expect((await owner.post('/api/v1/practice/coach-invitations', { name: 'Dan', email: danEmail })).body.code).toBe('email_taken');
    const asClient = await otherCoach.post('/api/v1/engagements', { clientName: 'Carla', clientEmail: carlasEmail });
    const clientToken = String(asClient.body.inviteUrl).split('/').pop();
    expect((await new Browser(server.url).get(`/api/v1/invitations/${clientToken}`)).body.returning).toBe(false);
    const taken = await new Browser(server.url).post(`/api/v1/invitations/${clientToken}/accept`, { name: 'Carla', password: PASSWORD });
    expect([taken.status, taken.body.code]).toEqual([409, 'email_taken']);
    const token = String(invited.body.inviteUrl).split('/').pop();
    expect((await new Browser(server.url).get(`/api/v1/invitations/${token}`)).body).toMatchObject({ role: 'coach', returning: true, status: 'open' });

    // A wrong password is refused, naming it, and changes nothing; the right one asks for her code.
    const carla = new Browser(server.url);
    const accept = (body: object) => carla.post(`/api/v1/invitations/${token}/accept`, { name: 'Carla Again', ...body });
    const wrong = await accept({ password: 'not her password' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('content-type')).toMatch(/problem\+json/);
    expect(wrong.body).toMatchObject({ code: 'invalid_credentials', errors: [{ path: 'password', code: 'wrong_password' }] });
    const noCode = await accept({ password: PASSWORD });
    expect([noCode.status, noCode.body.code, noCode.body.errors[0].path]).toEqual([401, 'second_factor_required', 'code']);
    expect(await coachNames()).toEqual(['Olga Owner', 'Dan Other']);
    expect((await new Browser(server.url).get(`/api/v1/invitations/${token}`)).body.status).toBe('open');

    // With her code she is back: the same account, her own name, signed in, a coach of the practice.
    const back = await accept({ password: PASSWORD, code: await generate({ secret: setup.body.secret, epoch: epoch() }) });
    expect(back.status).toBe(201);
    expect(back.body).toMatchObject({ user: { id: people.coach.userId, name: 'Carla Coach' }, role: 'coach', engagementId: null });
    expect((await carla.get('/api/v1/me')).status).toBe(200);
    expect(await coachNames()).toEqual(['Olga Owner', 'Carla Coach', 'Dan Other']);
    expect((await accept({ password: PASSWORD })).status).toBe(410);
    // She can be given a client again, and the client reads her name on what she wrote before.
    expect((await owner.patch(`/api/v1/engagements/${engagementId}`, { coachId: people.coach.userId })).status).toBe(200);
    expect((await carla.get(`/api/v1/engagements/${engagementId}`)).status).toBe(200);
    expect((await client.get(`/api/v1/engagements/${engagementId}`)).body.coach.name).toBe('Carla Coach');
    const accepted = (await owner.get('/api/v1/audit-events')).body.items.filter((event: { action: string; actor: { id: string } | null }) => event.action === 'invitation_accepted' && event.actor?.id === people.coach.userId);
    expect(accepted).toHaveLength(1);
  });
});
