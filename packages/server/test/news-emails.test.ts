import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateGoal, emailsTo, ENGINES, fixedClock, inviteClient, practiceOfFour, readableText, signUpCoach, startTestServer, waitForEmail, type Browser, type TestServer } from './support.ts';

/** The address a signed-in person's account has. */
async function emailOf(browser: Browser): Promise<string> {
  return (await browser.get('/api/v1/me')).body.user.email as string;
}

describe.each(ENGINES)('news told by email on %s', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, { clock: fixedClock('2026-05-04T09:00:00Z') });
  });
  afterAll(() => server?.close());

  it('tells the other side when one side alone drops a goal or marks it achieved, from its page or at a review', async () => {
    const { browser: coach, email: coachEmail } = await signUpCoach(server, { name: 'Ilze Ozola' });
    const { client, email: clientEmail, engagementId } = await inviteClient(server, coach, 'Marta Kalniņa');
    await client.patch('/api/v1/me', { locale: 'lv' });
    const close = async (by: Browser, goalId: string, state: 'achieved' | 'dropped') => {
      const goal = (await by.get(`/api/v1/goals/${goalId}`)).body;
      const closed = await by.post(`/api/v1/goals/${goalId}/state`, { state, reason: 'Priorities changed this spring', version: goal.version });
      expect(closed.status).toBe(200);
    };
    const words = { horizon: 'quarter', startsOn: '2026-05-01', dueOn: '2026-07-31' };

    const dropped = await activateGoal({ coach, client }, engagementId, { ...words, title: 'Deliver 5 talks' });
    await close(client, dropped, 'dropped');
    expect(await server.app.emails.runOnce()).toMatchObject({ sent: 1 });
    const toCoach = readableText(await waitForEmail(server.outboxDir, coachEmail));
    expect(toCoach).toContain('Marta Kalniņa dropped the goal “Deliver 5 talks”.');
    expect(toCoach).toContain(`/goals/${dropped}`);
    // Why is for Tandem, behind the link, not for the mailbox.
    expect(toCoach).not.toContain('Priorities changed');

    const achieved = await activateGoal({ coach, client }, engagementId, { ...words, title: 'Run 3 retrospectives' });
    await close(coach, achieved, 'achieved');
    const reviewed = await activateGoal({ coach, client }, engagementId, { ...words, title: 'Mentor 2 colleagues' });
    const atReview = await coach.post(`/api/v1/goals/${reviewed}/reviews`, { outcome: 'drop', reason: 'The team was reorganised' });
    expect(atReview.status).toBe(201);
    expect(await server.app.emails.runOnce()).toMatchObject({ sent: 2 });
    // The client reads Tandem in Latvian: so are her emails.
    expect(await emailsTo(server.outboxDir, clientEmail)).toHaveLength(2);
    const toClient = (await emailsTo(server.outboxDir, clientEmail)).map(readableText).join('\n');
    expect(toClient).toContain('Ilze Ozola atzīmēja mērķi „Run 3 retrospectives” kā sasniegtu.');
    expect(toClient).toContain('Ilze Ozola atteicās no mērķa „Mentor 2 colleagues”.');
    // The one who closes a goal is not told of it.
    expect(await emailsTo(server.outboxDir, coachEmail)).toHaveLength(1);
  });

  it('tells the client who coaches them now, and the coach who takes them over whom from', async () => {
    const { owner, otherCoach, client, engagementId, people } = await practiceOfFour(server);
    const [clientEmail, newCoachEmail] = [await emailOf(client), await emailOf(otherCoach)];
    const handed = await owner.patch(`/api/v1/engagements/${engagementId}`, { coachId: people.otherCoach.userId });
    expect(handed.status).toBe(200);
    expect(await server.app.emails.runOnce()).toMatchObject({ sent: 2 });
    const toClient = readableText(await waitForEmail(server.outboxDir, clientEmail));
    expect(toClient).toMatch(/^Subject: Your coach is now Dan Other$/m); // plain ASCII, so not encoded
    expect(toClient).toContain('Your coaching in Tandem goes on with Dan Other. Olga Owner made the change.');
    expect(toClient).toContain('Your former coach’s private notes go to nobody');
    const toCoach = readableText(await waitForEmail(server.outboxDir, newCoachEmail));
    expect(toCoach).toContain('Olga Owner handed Kārlis Client over to you.');
    expect(toCoach).toContain(`/engagements/${engagementId}`);

    // Handed to the owner herself, only the client is told.
    expect((await owner.patch(`/api/v1/engagements/${engagementId}`, { coachId: people.owner.userId })).status).toBe(200);
    expect(await server.app.emails.runOnce()).toMatchObject({ sent: 1 });
    expect(await emailsTo(server.outboxDir, clientEmail)).toHaveLength(2);
    expect(readableText(await waitForEmail(server.outboxDir, clientEmail, 2))).toContain('Your coaching in Tandem goes on with Olga Owner.');
  });

});
