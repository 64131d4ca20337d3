import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, ENGINES, fixedClock, inviteClient, PASSWORD, signUpCoach, startTestServer, uniqueEmail, type TestServer } from './support.ts';

describe.each(ENGINES)('engagements, invitations and values on %s', (engine) => {
  const clock = fixedClock('2026-05-04T21:30:00Z'); // already 5 May in Riga
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
  });
  afterAll(() => server?.close());

  it('invites a client with a single-use link; the client accepts, is signed in and sees the engagement', async () => {
    const { browser: coach, me: coachMe } = await signUpCoach(server, { name: 'Ilze Ozola' });
    const clientEmail = uniqueEmail('Marta');
    const invited = await coach.post('/api/v1/engagements', { clientName: 'Marta Kalniņa', clientEmail });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({
      status: 'invited',
      coach: { id: coachMe.user.id, name: 'Ilze Ozola' },
      client: { id: null, name: 'Marta Kalniņa', email: clientEmail.toLowerCase(), timeZone: null },
      invitationExpiresAt: '2026-05-18T21:30:00.000Z',
    });
    const token = invited.body.inviteUrl.split('/').pop();
    expect(invited.body.inviteUrl).toBe(`${server.url}/invite/${token}`);

    const preview = await new Browser(server.url).get(`/api/v1/invitations/${token}`);
    expect(preview.body).toMatchObject({ coachName: 'Ilze Ozola', clientName: 'Marta Kalniņa', status: 'open' });

    const client = new Browser(server.url);
    const accepted = await client.post(`/api/v1/invitations/${token}/accept`, {
      name: 'Marta Kalniņa',
      password: PASSWORD,
      locale: 'lv',
      timeZone: 'Europe/Riga',
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ role: 'client', locale: 'lv', engagementId: invited.body.id });
    expect(accepted.body.practice.id).toBe(coachMe.practice.id);

    const mine = await client.get('/api/v1/engagements');
    expect(mine.body.items).toHaveLength(1);
    // The engagement starts on the client's calendar date, not UTC's.
    expect(mine.body.items[0]).toMatchObject({ id: invited.body.id, status: 'active', startedOn: '2026-05-05', invitationExpiresAt: null });
    expect((await coach.get(`/api/v1/engagements/${invited.body.id}`)).body.client.name).toBe('Marta Kalniņa');
    // Each side reads the other's time zone, to plan sessions at an hour that suits both; it follows their profile.
    await coach.patch('/api/v1/me', { timeZone: 'America/New_York' });
    await client.patch('/api/v1/me', { timeZone: 'Asia/Tokyo' });
    expect((await client.get(`/api/v1/engagements/${invited.body.id}`)).body).toMatchObject({
      coach: { timeZone: 'America/New_York' },
      client: { timeZone: 'Asia/Tokyo' },
    });
    expect((await coach.get('/api/v1/engagements')).body.items[0]).toMatchObject({ coach: { timeZone: 'America/New_York' }, client: { timeZone: 'Asia/Tokyo' } });

    const again = await new Browser(server.url).post(`/api/v1/invitations/${token}/accept`, { name: 'Someone', password: PASSWORD });
    expect(again.status).toBe(410);
    expect(again.headers.get('content-type')).toMatch(/problem\+json/);
    expect(again.body.code).toBe('invitation_used');
  });

  it('refuses an expired or unknown invitation, and a fresh link replaces the old one', async () => {
    const { browser: coach } = await signUpCoach(server);
    const invited = await coach.post('/api/v1/engagements', { clientName: 'Late Client', clientEmail: uniqueEmail() });
    const oldToken = invited.body.inviteUrl.split('/').pop();
    clock.advanceMinutes(15 * 24 * 60);
    const expired = await new Browser(server.url).post(`/api/v1/invitations/${oldToken}/accept`, { name: 'Late', password: PASSWORD });
    expect(expired.status).toBe(410);
    expect(expired.body.code).toBe('invitation_expired');
    // Expired with time, and no newer link yet: not "replaced".
    expect((await new Browser(server.url).get(`/api/v1/invitations/${oldToken}`)).body).toMatchObject({ status: 'expired', replaced: false });

    const unknown = await new Browser(server.url).post('/api/v1/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/accept', { name: 'X', password: PASSWORD });
    expect(unknown.status).toBe(404);

    const renewed = await coach.post(`/api/v1/engagements/${invited.body.id}/invitations`);
    expect(renewed.status).toBe(201);
    const fresh = renewed.body.inviteUrl.split('/').pop();
    expect(fresh).not.toBe(oldToken);
    // Now there is a newer link: the old one's page sends the client to it.
    expect((await new Browser(server.url).get(`/api/v1/invitations/${oldToken}`)).body).toMatchObject({ status: 'expired', replaced: true });
    expect((await new Browser(server.url).get(`/api/v1/invitations/${fresh}`)).body).toMatchObject({ status: 'open', replaced: false });
    const accepted = await new Browser(server.url).post(`/api/v1/invitations/${fresh}/accept`, { name: 'Late Client', password: PASSWORD });
    expect(accepted.status).toBe(201);
    const renewAgain = await coach.post(`/api/v1/engagements/${invited.body.id}/invitations`);
    expect(renewAgain.status).toBe(409);
  });

  it('lets the client record, edit, archive and restore values and aspirations, which the coach reads', async () => {
    const { browser: coach } = await signUpCoach(server);
    const { client, engagementId } = await inviteClient(server, coach);
    const path = `/api/v1/engagements/${engagementId}/values`;

    const value = await client.post(path, { kind: 'value', title: 'Godīgums', description: 'Runāt atklāti' });
    expect(value.status).toBe(201);
    expect(value.body).toMatchObject({ kind: 'value', title: 'Godīgums', description: 'Runāt atklāti', archivedAt: null });
    const aspiration = await client.post(path, { kind: 'aspiration', title: 'Lead a team' });
    expect(aspiration.status).toBe(201);

    const edited = await client.patch(`${path}/${aspiration.body.id}`, { title: 'Lead a product team', description: 'Within two years' });
    expect(edited.body).toMatchObject({ title: 'Lead a product team', description: 'Within two years', kind: 'aspiration' });

    const coachView = await coach.get(path);
    expect(coachView.body.items.map((item: { title: string }) => item.title).sort()).toEqual(['Godīgums', 'Lead a product team']);

    const coachWrite = await coach.post(path, { kind: 'value', title: 'Imposed by the coach' });
    expect(coachWrite.status).toBe(403);
    expect((await coach.patch(`${path}/${value.body.id}`, { title: 'Changed by coach' })).status).toBe(403);

    const archived = await client.post(`${path}/${value.body.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).toBe(clock().toISOString());
    expect((await client.get(path)).body.items).toHaveLength(1);
    expect((await client.get(`${path}?includeArchived=true`)).body.items).toHaveLength(2);
    const restored = await client.patch(`${path}/${value.body.id}`, { archived: false });
    expect(restored.body.archivedAt).toBeNull();
    expect((await coach.get(path)).body.items).toHaveLength(2);
  });

  it('answers bad value input by field and changes nothing', async () => {
    const { browser: coach } = await signUpCoach(server);
    const { client, engagementId } = await inviteClient(server, coach);
    const path = `/api/v1/engagements/${engagementId}/values`;
    const bad = await client.post(path, { kind: 'dream', title: '   ' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['kind', 'title']);
    const empty = await client.patch(`${path}/00000000-0000-4000-8000-000000000000`, {});
    expect(empty.status).toBe(400);
    const missing = await client.patch(`${path}/00000000-0000-4000-8000-000000000000`, { title: 'x' });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('value_not_found');
    expect((await client.get(path)).body.items).toHaveLength(0);
  });

  it('refuses a client who tries to invite, and an invitation for an email that already has an account', async () => {
    const { browser: coach, email: coachEmail } = await signUpCoach(server);
    const { client } = await inviteClient(server, coach);
    const byClient = await client.post('/api/v1/engagements', { clientName: 'Friend', clientEmail: uniqueEmail() });
    expect(byClient.status).toBe(403);
    const invited = await coach.post('/api/v1/engagements', { clientName: 'Myself', clientEmail: coachEmail });
    const token = invited.body.inviteUrl.split('/').pop();
    const accept = await new Browser(server.url).post(`/api/v1/invitations/${token}/accept`, { name: 'Me', password: PASSWORD });
    expect(accept.status).toBe(409);
    expect(accept.body.code).toBe('email_taken');
    // Nothing was used up: the invitation is still open.
    expect((await new Browser(server.url).get(`/api/v1/invitations/${token}`)).body.status).toBe('open');
  });
});
