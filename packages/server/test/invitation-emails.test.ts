import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailDispatch, RETRY_AFTER_MINUTES } from '../src/mail/dispatch.ts';
import {
  Browser,
  emailsTo,
  ENGINES,
  fixedClock,
  joinAsCoach,
  PASSWORD,
  readableText,
  signUpCoach,
  startTestServer,
  uniqueEmail,
  type TestServer,
} from './support.ts';

/** The invitation link in an email as the invited person reads it. */
function linkIn(eml: string | undefined): string {
  const link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/.exec(readableText(eml ?? ''))?.[0];
  if (!link) throw new Error(`no invitation link in ${eml}`);
  return link;
}

const tokenOf = (url: string) => url.split('/').pop() ?? '';

describe.each(ENGINES)('invitations sent by email on %s', (engine) => {
  const clock = fixedClock('2026-05-04T21:30:00Z'); // already 5 May in Riga
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
  });
  afterAll(() => server?.close());

  /** The engagement as the coach's list shows it. */
  async function listed(coach: Browser, engagementId: string) {
    const items: { id: string; invitationEmail: unknown }[] = (await coach.get('/api/v1/engagements')).body.items;
    return items.find((item) => item.id === engagementId);
  }

  it("emails a client their link in the coach's language when asked; the list says it went, and the emailed link accepts the invitation", async () => {
    const { browser: coach } = await signUpCoach(server, { name: 'Ilze Ozola', practiceName: 'Ozola Coaching' });
    expect((await coach.patch('/api/v1/me', { locale: 'lv' })).status).toBe(200);
    const clientEmail = uniqueEmail('marta');
    const invited = await coach.post('/api/v1/engagements', { clientName: 'Marta Kalniņa', clientEmail, sendEmail: true });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ status: 'invited', client: { name: 'Marta Kalniņa' }, invitationExpiresAt: '2026-05-18T21:30:00.000Z' });
    expect(invited.body.invitationEmail).toEqual({ status: 'queued', at: '2026-05-04T21:30:00.000Z', attempts: 0 });
    // Written with the invitation, sent after it: nothing has gone yet.
    expect(await emailsTo(server.outboxDir, clientEmail)).toEqual([]);
    expect((await listed(coach, invited.body.id))?.invitationEmail).toEqual({ status: 'queued', at: '2026-05-04T21:30:00.000Z', attempts: 0 });

    expect(await server.app.emails.runOnce()).toEqual({ sent: 1, retried: 0, gaveUp: 0 });
    const [eml, ...more] = await emailsTo(server.outboxDir, clientEmail);
    expect(more).toEqual([]);
    const text = readableText(eml ?? '');
    expect(text).toContain('Sveiki, Marta Kalniņa!');
    expect(text).toContain('Ilze Ozola no prakses „Ozola Coaching” aicina jūs sadarboties Tandem vidē.');
    // The last day of the link on the coach's calendar (Riga), in Latvian.
    expect(text).toContain('Saiti var izmantot vienu reizi; tās derīguma termiņš: 2026. gada 19. maijs plkst. 00:30 (Austrumeiropas laiks).');
    expect(linkIn(eml)).toBe(invited.body.inviteUrl);
    expect((await listed(coach, invited.body.id))?.invitationEmail).toEqual({ status: 'sent', at: '2026-05-04T21:30:00.000Z', attempts: 1 });

    const marta = new Browser(server.url);
    const accepted = await marta.post(`/api/v1/invitations/${tokenOf(linkIn(eml))}/accept`, { name: 'Marta Kalniņa', password: PASSWORD });
    expect(accepted.status).toBe(201);
    expect(accepted.body.engagementId).toBe(invited.body.id);
    // Joined: no invitation to speak of any more.
    expect((await listed(coach, invited.body.id))?.invitationEmail).toBeNull();
  });

  it('does not send an invitation whose link stopped working before it went: the new link goes, the old email is cancelled', async () => {
    const { browser: coach } = await signUpCoach(server);
    const clientEmail = uniqueEmail('replaced');
    const invited = await coach.post('/api/v1/engagements', { clientName: 'Replaced Link', clientEmail, sendEmail: true });
    const renewed = await coach.post(`/api/v1/engagements/${invited.body.id}/invitations`, { sendEmail: true });
    expect(renewed.status).toBe(201);
    expect(await server.app.emails.runOnce()).toEqual({ sent: 1, retried: 0, gaveUp: 0 });
    const emails = await emailsTo(server.outboxDir, clientEmail);
    expect(emails.map(linkIn)).toEqual([renewed.body.inviteUrl]);
    const [first] = await server.db.query<{ cancelled: boolean; body: string | null }>(
      `SELECT o.cancelled_at IS NOT NULL AS cancelled, o.body FROM outgoing_emails o JOIN invitations i ON i.id = o.about_id
        WHERE i.engagement_id = $1 ORDER BY i.created_at, o.sent_at NULLS FIRST LIMIT 1`,
      [invited.body.id],
    );
    expect(first).toEqual({ cancelled: true, body: null });
    expect((await listed(coach, invited.body.id))?.invitationEmail).toMatchObject({ status: 'sent' });
  });

  it("sends nothing when not asked, and the answers and lists say no email", async () => {
    const { browser: owner } = await signUpCoach(server);
    const emailsBefore = await server.db.query<{ count: number }>('SELECT count(*)::int AS count FROM outgoing_emails');
    const clientEmail = uniqueEmail('byhand');
    const invited = await owner.post('/api/v1/engagements', { clientName: 'By Hand', clientEmail });
    expect(invited.status).toBe(201);
    expect(invited.body.invitationEmail).toBeNull();
    const renewed = await owner.post(`/api/v1/engagements/${invited.body.id}/invitations`);
    expect(renewed.status).toBe(201);
    expect(renewed.body.invitationEmail).toBeNull();
    const renewedAsked = await owner.post(`/api/v1/engagements/${invited.body.id}/invitations`, { sendEmail: false });
    expect(renewedAsked.body.invitationEmail).toBeNull();
    const coachEmail = uniqueEmail('coach');
    const coach = await owner.post('/api/v1/practice/coach-invitations', { name: 'Coach By Hand', email: coachEmail });
    expect(coach.status).toBe(201);
    expect(coach.body.invitationEmail).toBeNull();

    expect(await server.db.query('SELECT count(*)::int AS count FROM outgoing_emails')).toEqual(emailsBefore);
    expect(await server.app.emails.runOnce()).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
    expect(await emailsTo(server.outboxDir, clientEmail)).toEqual([]);
    expect(await emailsTo(server.outboxDir, coachEmail)).toEqual([]);
    expect((await listed(owner, invited.body.id))?.invitationEmail).toBeNull();
    expect((await owner.get('/api/v1/practice/coach-invitations')).body.items).toEqual([expect.objectContaining({ id: coach.body.id, invitationEmail: null })]);
  });

  it("emails a new link for a coach's client, made by the coach or by the owner, who names the coach; earlier links stop working", async () => {
    const founder = await signUpCoach(server, { name: 'Olga Owner', practiceName: 'Riga Coaching' });
    const owner = founder.browser;
    const { browser: carla } = await joinAsCoach(server, founder.me.practice.id, 'Carla Coach');
    const clientEmail = uniqueEmail('janis');
    // A coach of the practice (not its owner) may send one of their own.
    const invited = await carla.post('/api/v1/engagements', { clientName: 'Jānis Kalns', clientEmail, sendEmail: true });
    expect(invited.body.invitationEmail).toMatchObject({ status: 'queued' });
    expect(await server.app.emails.runOnce()).toEqual({ sent: 1, retried: 0, gaveUp: 0 });
    const [first] = await emailsTo(server.outboxDir, clientEmail);
    expect(readableText(first ?? '')).toContain('Carla Coach of Riga Coaching invites you to work together in Tandem. Tandem is where');
    expect(readableText(first ?? '')).not.toContain('Your coach will be');

    // The owner makes a new link at the same instant: the list reads the new one, not the one it replaced.
    const renewed = await owner.post(`/api/v1/engagements/${invited.body.id}/invitations`, { sendEmail: true });
    expect(renewed.status).toBe(201);
    expect(renewed.body.invitationEmail).toEqual({ status: 'queued', at: '2026-05-04T21:30:00.000Z', attempts: 0 });
    expect((await listed(carla, invited.body.id))?.invitationEmail).toMatchObject({ status: 'queued' });
    expect(await server.app.emails.runOnce()).toEqual({ sent: 1, retried: 0, gaveUp: 0 });
    const [, second] = await emailsTo(server.outboxDir, clientEmail);
    const text = readableText(second ?? '');
    expect(text).toContain('Olga Owner of Riga Coaching invites you to work together in Tandem. Your coach will be Carla Coach.');
    expect(text).toContain('The link works once, until 19 May 2026 at 00:30 (Eastern European Time).');
    expect(linkIn(second)).toBe(renewed.body.inviteUrl);
    expect((await listed(carla, invited.body.id))?.invitationEmail).toMatchObject({ status: 'sent' });
    expect((await listed(owner, invited.body.id))?.invitationEmail).toMatchObject({ status: 'sent' });

    const janis = () => new Browser(server.url);
    expect((await janis().post(`/api/v1/invitations/${tokenOf(linkIn(first))}/accept`, { name: 'Jānis Kalns', password: PASSWORD })).status).toBe(410);
    expect((await janis().post(`/api/v1/invitations/${tokenOf(linkIn(second))}/accept`, { name: 'Jānis Kalns', password: PASSWORD })).status).toBe(201);
  });

  it('emails a coach their invitation into the practice; the open invitations show whether it went', async () => {
    const { browser: owner } = await signUpCoach(server, { name: 'Olga Owner', practiceName: 'Riga Coaching' });
    const email = uniqueEmail('ieva');
    const invited = await owner.post('/api/v1/practice/coach-invitations', { name: 'Ieva Coach', email, sendEmail: true });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ name: 'Ieva Coach', invitationEmail: { status: 'queued', at: '2026-05-04T21:30:00.000Z', attempts: 0 } });
    const open = async () => (await owner.get('/api/v1/practice/coach-invitations')).body.items;
    expect(await open()).toEqual([expect.objectContaining({ id: invited.body.id, invitationEmail: { status: 'queued', at: '2026-05-04T21:30:00.000Z', attempts: 0 } })]);

    expect(await server.app.emails.runOnce()).toEqual({ sent: 1, retried: 0, gaveUp: 0 });
    const [eml] = await emailsTo(server.outboxDir, email);
    expect(eml).toMatch(/^Subject: Olga Owner invites you to join Riga Coaching$/m);
    const text = readableText(eml ?? '');
    expect(text).toContain('Olga Owner invites you to coach clients in Riga Coaching, on Tandem.');
    expect(text).toContain('The link works once, until 19 May 2026 at 00:30 (Eastern European Time). If it no longer works, ask Olga Owner for a new one.');
    expect(await open()).toEqual([expect.objectContaining({ id: invited.body.id, invitationEmail: { status: 'sent', at: '2026-05-04T21:30:00.000Z', attempts: 1 } })]);

    const ieva = new Browser(server.url);
    const accepted = await ieva.post(`/api/v1/invitations/${tokenOf(linkIn(eml))}/accept`, { name: 'Ieva Coach', password: PASSWORD });
    expect(accepted.status).toBe(201);
    expect(accepted.body.role).toBe('coach');
    expect(await open()).toEqual([]);
  });

  it('says so in the list when the mail server stayed down and the email was given up', async () => {
    const { browser: owner } = await signUpCoach(server);
    const invited = await owner.post('/api/v1/practice/coach-invitations', { name: 'Unlucky Coach', email: uniqueEmail('unlucky'), sendEmail: true });
    const failing = { description: 'down', send: async () => Promise.reject(new Error('connect ECONNREFUSED')) };
    const log = { warn: () => {}, error: () => {} } as unknown as Parameters<typeof createEmailDispatch>[0]['log'];
    const dispatch = createEmailDispatch({ db: server.db, mailer: failing, clock, log });
    try {
      expect((await dispatch.runOnce()).retried).toBe(1);
      for (const wait of RETRY_AFTER_MINUTES) {
        clock.advanceMinutes(wait);
        await dispatch.runOnce();
      }
    } finally {
      await dispatch.stop();
    }
    const [listedInvitation] = (await owner.get('/api/v1/practice/coach-invitations')).body.items;
    expect(listedInvitation).toMatchObject({ id: invited.body.id, invitationEmail: { status: 'failed', attempts: RETRY_AFTER_MINUTES.length + 1 } });
  });

  it('refuses a sendEmail that is not a yes or no, naming it, and makes nothing', async () => {
    const { browser: owner } = await signUpCoach(server);
    const pending = await owner.post('/api/v1/engagements', { clientName: 'Pending', clientEmail: uniqueEmail() });
    const count = async () =>
      (
        await server.db.query<{ engagements: number; invitations: number; emails: number }>(
          `SELECT (SELECT count(*)::int FROM engagements) AS engagements, (SELECT count(*)::int FROM invitations) AS invitations,
                  (SELECT count(*)::int FROM outgoing_emails) AS emails`,
        )
      )[0];
    const before = await count();
    const refusals = [
      await owner.post('/api/v1/engagements', { clientName: 'Someone', clientEmail: uniqueEmail(), sendEmail: 'yes' }),
      await owner.post(`/api/v1/engagements/${pending.body.id}/invitations`, { sendEmail: 'yes' }),
      await owner.post('/api/v1/practice/coach-invitations', { name: 'Someone', email: uniqueEmail(), sendEmail: 'yes' }),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.body.errors.map((error: { path: string }) => error.path)).toEqual(['sendEmail']);
    }
    expect(await count()).toEqual(before);
    // The pending client's link was not replaced.
    expect((await new Browser(server.url).get(`/api/v1/invitations/${tokenOf(pending.body.inviteUrl)}`)).body.status).toBe('open');
  });
});
