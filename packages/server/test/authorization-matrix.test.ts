import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, ENGINES, inviteClient, PASSWORD, signUpCoach, startTestServer, uniqueEmail, type TestServer } from './support.ts';

const ACTORS = ['anonymous', 'coach', 'client', 'otherPracticeCoach', 'otherEngagementClient'] as const;
type ActorName = (typeof ACTORS)[number];
type Expected = Record<ActorName, number>;

/** Every route, each asked by everyone; the status each must get. */
type Case = {
  method: string;
  path: string;
  body?: () => unknown | Promise<unknown>;
  expected: Expected;
  fresh?: boolean;
  /** A new thing of the same kind for each actor, where the first one allowed removes it: its path. */
  pathPerActor?: () => Promise<string>;
};
const members = (status: number): Expected => ({ anonymous: 401, coach: status, client: status, otherPracticeCoach: 404, otherEngagementClient: 404 });

const everyone = (status: number): Expected => ({
  anonymous: status,
  coach: status,
  client: status,
  otherPracticeCoach: status,
  otherEngagementClient: status,
});
const signedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });
/** A calendar address nobody was given. */
const UNKNOWN_CALENDAR = `${'a'.repeat(43)}.ics`;
/** A password-reset link no one was sent. */
const UNKNOWN_RESET = 'r'.repeat(43);
/** The path a withdrawal is documented under; each actor withdraws an invitation of its own (pathPerActor). */
const UNKNOWN_INVITATION = '00000000-0000-4000-8000-000000000000';

describe.each(ENGINES)('authorisation matrix on %s', (engine) => {
  let server: TestServer;
  const browsers = {} as Record<ActorName, Browser>;
  const emails = {} as Record<ActorName, string>;
  let engagementId: string;
  let coachUserId: string;
  let valueId: string;
  let openToken: string;
  let usedToken: string;
  let goalId: string;
  let draftGoalId: string;
  let activeGoalId: string;
  let openFeedbackToken: string;
  let usedFeedbackToken: string;
  let sessionId: string;
  let commitmentId: string;
  let journalEntryId: string;
  let agendaItemId: string;
  let coachNoteId: string;
  let obstacleId: string;
  let resolvedObstacleId: string;

  beforeAll(async () => {
    server = await startTestServer(engine);
    const coach = await signUpCoach(server);
    coachUserId = coach.me.user.id;
    const other = await signUpCoach(server, { practiceName: 'Elsewhere' });
    const main = await inviteClient(server, coach.browser, 'Main Client');
    const neighbour = await inviteClient(server, coach.browser, 'Neighbour Client');
    Object.assign(browsers, {
      anonymous: new Browser(server.url),
      coach: coach.browser,
      client: main.client,
      otherPracticeCoach: other.browser,
      otherEngagementClient: neighbour.client,
    });
    Object.assign(emails, { coach: coach.email, client: main.email, otherPracticeCoach: other.email, otherEngagementClient: neighbour.email });
    engagementId = main.engagementId;
    usedToken = main.token;
    const value = await main.client.post(`/api/v1/engagements/${engagementId}/values`, { kind: 'value', title: 'Courage' });
    valueId = value.body.id;
    goalId = (await main.client.post(`/api/v1/engagements/${engagementId}/goals`, { title: 'Deliver 5 talks', horizon: 'quarter' })).body.id;
    draftGoalId = (await coach.browser.post(`/api/v1/engagements/${engagementId}/goals`, { title: 'Write 2 posts', horizon: 'month' })).body.id;
    const agreed = (await main.client.post(`/api/v1/engagements/${engagementId}/goals`, { title: 'Run 3 times a week', horizon: 'quarter' })).body;
    await main.client.post(`/api/v1/goals/${agreed.id}/agreements`, { revisionId: agreed.pendingRevision.id, decision: 'agree' });
    await coach.browser.post(`/api/v1/goals/${agreed.id}/agreements`, { revisionId: agreed.pendingRevision.id, decision: 'agree' });
    activeGoalId = agreed.id;
    const askFeedback = async () =>
      String((await main.client.post(`/api/v1/goals/${agreed.id}/feedback-requests`, { stakeholderName: 'Boss', question: 'How is it going?' })).body.url).split('/').pop() ?? '';
    openFeedbackToken = await askFeedback();
    usedFeedbackToken = await askFeedback();
    await new Browser(server.url).post(`/api/v1/feedback/${usedFeedbackToken}`, { rating: 5 });
    const pending = await coach.browser.post('/api/v1/engagements', { clientName: 'Pending', clientEmail: uniqueEmail() });
    openToken = pending.body.inviteUrl.split('/').pop();
    sessionId = (await coach.browser.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-03-02T09:00', durationMinutes: 60 })).body.id;
    commitmentId = (await main.client.post(`/api/v1/sessions/${sessionId}/commitments`, { text: 'Call a mentor' })).body.id;
    // Shared: the coach sees it (and may not unshare it); the others do not know it exists.
    journalEntryId = (await main.client.post(`/api/v1/engagements/${engagementId}/journal`, { body: 'A good week' })).body.id;
    await main.client.post(`/api/v1/journal/${journalEntryId}/share`);
    agendaItemId = (await main.client.post(`/api/v1/sessions/${sessionId}/agenda-items`, { text: 'Talk about the talk' })).body.id;
    coachNoteId = (await coach.browser.post(`/api/v1/engagements/${engagementId}/coach-notes`, { body: 'Private thought', sessionId })).body.id;
    const logObstacle = async () =>
      (await main.client.post(`/api/v1/goals/${agreed.id}/obstacles`, { description: 'Too busy to practise', category: 'competing_priorities' })).body.id as string;
    obstacleId = await logObstacle();
    resolvedObstacleId = await logObstacle();
    await main.client.post(`/api/v1/obstacles/${resolvedObstacleId}/resolve`, { resolution: 'Blocked two evenings a week' });
  });
  afterAll(() => server?.close());

  const cases = (): Case[] => [
    { method: 'POST', path: '/api/v1/auth/signup', body: () => ({ name: 'New Coach', email: uniqueEmail(), password: PASSWORD, practiceName: 'New' }), expected: everyone(201), fresh: true },
    { method: 'POST', path: '/api/v1/auth/login', body: () => ({ email: emails.coach, password: PASSWORD }), expected: everyone(200), fresh: true },
    { method: 'POST', path: '/api/v1/auth/tokens', body: () => ({ email: emails.coach, password: PASSWORD }), expected: everyone(201) },
    { method: 'POST', path: '/api/v1/auth/logout', expected: signedIn(204), fresh: true },
    { method: 'GET', path: '/api/v1/me', expected: signedIn(200) },
    { method: 'PATCH', path: '/api/v1/me', body: () => ({ timeZone: 'Europe/Riga' }), expected: signedIn(200) },
    { method: 'GET', path: '/api/v1/engagements', expected: signedIn(200) },
    {
      method: 'POST',
      path: '/api/v1/engagements',
      body: () => ({ clientName: 'Someone', clientEmail: uniqueEmail() }),
      expected: { anonymous: 401, coach: 201, client: 403, otherPracticeCoach: 201, otherEngagementClient: 403 },
    },
    {
      method: 'GET',
      path: `/api/v1/engagements/${engagementId}`,
      expected: { anonymous: 401, coach: 200, client: 200, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    {
      method: 'PATCH',
      path: `/api/v1/engagements/${engagementId}`,
      // To the coach it is with: the owner's hand-over changes nothing; others are refused or told nothing.
      body: () => ({ coachId: coachUserId }),
      expected: { anonymous: 401, coach: 200, client: 403, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    {
      method: 'POST',
      path: `/api/v1/engagements/${engagementId}/invitations`,
      // The coach may renew the link, but this client has already joined.
      expected: { anonymous: 401, coach: 409, client: 403, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    { method: 'GET', path: `/api/v1/invitations/${openToken}`, expected: everyone(200) },
    { method: 'POST', path: `/api/v1/invitations/${usedToken}/accept`, body: () => ({ name: 'Intruder', password: PASSWORD }), expected: everyone(410) },
    {
      method: 'GET',
      path: `/api/v1/engagements/${engagementId}/values`,
      expected: { anonymous: 401, coach: 200, client: 200, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    {
      method: 'POST',
      path: `/api/v1/engagements/${engagementId}/values`,
      body: () => ({ kind: 'aspiration', title: 'Grow' }),
      expected: { anonymous: 401, coach: 403, client: 201, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    {
      method: 'PATCH',
      path: `/api/v1/engagements/${engagementId}/values/${valueId}`,
      body: () => ({ description: 'Saying what I think' }),
      expected: { anonymous: 401, coach: 403, client: 200, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    {
      method: 'POST',
      path: `/api/v1/engagements/${engagementId}/values/${valueId}/archive`,
      expected: { anonymous: 401, coach: 403, client: 200, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    { method: 'GET', path: `/api/v1/engagements/${engagementId}/goals`, expected: members(200) },
    { method: 'POST', path: `/api/v1/engagements/${engagementId}/goals`, body: () => ({ title: 'Read 6 books', horizon: 'year' }), expected: members(201) },
    { method: 'GET', path: '/api/v1/goals/awaiting-agreement', expected: signedIn(200) },
    { method: 'GET', path: `/api/v1/goals/${goalId}`, expected: members(200) },
    { method: 'GET', path: `/api/v1/goals/${goalId}/revisions`, expected: members(200) },
    {
      method: 'POST',
      path: `/api/v1/goals/${goalId}/revisions`,
      body: async () => ({ changes: { description: `Edited at ${Date.now()}` }, reason: 'Adding detail', version: await goalVersion(goalId) }),
      expected: members(201),
    },
    {
      method: 'POST',
      path: `/api/v1/goals/${draftGoalId}/agreements`,
      // Nobody has proposed the draft yet: members are allowed to ask, and refused for the state.
      body: async () => ({ revisionId: await pendingRevision(draftGoalId), decision: 'decline', comment: 'Not like this' }),
      expected: members(409),
    },
    {
      method: 'POST',
      path: `/api/v1/goals/${draftGoalId}/state`,
      body: async () => ({ state: 'achieved', reason: 'All done', version: await goalVersion(draftGoalId) }),
      expected: members(409),
    },
    { method: 'GET', path: `/api/v1/goals/${activeGoalId}/metrics`, expected: members(200) },
    { method: 'GET', path: `/api/v1/goals/${activeGoalId}/progress`, expected: members(200) },
    { method: 'GET', path: `/api/v1/engagements/${engagementId}/cascade`, expected: members(200) },
    { method: 'GET', path: '/api/v1/inbox', expected: signedIn(200) },
    // Someone else's item, or one already seen: nothing happens, and nothing is revealed.
    { method: 'POST', path: '/api/v1/inbox/acknowledgements', body: () => ({ key: 'stakeholder_feedback:00000000-0000-4000-8000-000000000000' }), expected: signedIn(204) },
    { method: 'GET', path: '/api/v1/me/calendar-feed', expected: signedIn(200) },
    { method: 'POST', path: '/api/v1/me/calendar-feed', expected: signedIn(201) },
    { method: 'DELETE', path: '/api/v1/me/calendar-feed', expected: signedIn(204) },
    // Public: the token is the key; one nobody was given opens nothing, whoever asks.
    { method: 'GET', path: `/api/v1/calendar/${UNKNOWN_CALENDAR}`, expected: everyone(404) },
    {
      method: 'POST',
      path: `/api/v1/goals/${activeGoalId}/metrics`,
      body: () => ({ name: 'Talks', kind: 'number', baseline: 0, baselineOn: '2026-01-01', target: 5 }),
      expected: members(201),
    },
    { method: 'GET', path: `/api/v1/goals/${activeGoalId}/reviews`, expected: members(200) },
    { method: 'POST', path: `/api/v1/goals/${activeGoalId}/reviews`, body: () => ({ outcome: 'keep', notes: 'On course' }), expected: members(201) },
    { method: 'GET', path: `/api/v1/engagements/${engagementId}/reviews`, expected: members(200) },
    { method: 'GET', path: `/api/v1/goals/${activeGoalId}/obstacles`, expected: members(200) },
    {
      method: 'POST',
      path: `/api/v1/goals/${activeGoalId}/obstacles`,
      body: () => ({ description: 'A reorganisation', category: 'changed_circumstances', contingencyPlan: 'If it happens, then we re-plan' }),
      expected: members(201),
    },
    { method: 'PATCH', path: `/api/v1/obstacles/${obstacleId}`, body: () => ({ rootCause: `Found at ${Date.now()}` }), expected: members(200) },
    // Resolved already: members are allowed to ask, and refused for the state.
    { method: 'POST', path: `/api/v1/obstacles/${resolvedObstacleId}/resolve`, body: () => ({ resolution: 'Again' }), expected: members(409) },
    { method: 'GET', path: `/api/v1/goals/${activeGoalId}/check-ins`, expected: members(200) },
    {
      method: 'POST',
      path: `/api/v1/goals/${activeGoalId}/check-ins`,
      body: () => ({ kind: 'observation', effectiveOn: '2026-01-02', text: 'Went well' }),
      expected: members(201),
    },
    { method: 'GET', path: `/api/v1/goals/${activeGoalId}/feedback-requests`, expected: members(200) },
    {
      method: 'POST',
      path: `/api/v1/goals/${activeGoalId}/feedback-requests`,
      body: () => ({ stakeholderName: 'Colleague', question: 'What did you notice?' }),
      expected: members(201),
    },
    {
      method: 'POST',
      path: `/api/v1/feedback-requests/${UNKNOWN_INVITATION}/withdraw`,
      // Each actor is asked to withdraw an open request of its own, which the first one allowed takes back.
      pathPerActor: async () => `/api/v1/feedback-requests/${await openFeedbackRequest()}/withdraw`,
      expected: members(200),
    },
    { method: 'GET', path: `/api/v1/feedback/${openFeedbackToken}`, expected: everyone(200) },
    { method: 'POST', path: `/api/v1/feedback/${usedFeedbackToken}`, body: () => ({ rating: 3 }), expected: everyone(410) },
    { method: 'POST', path: '/api/v1/smart/assess', body: () => ({ title: 'Improve leadership', locale: 'en' }), expected: signedIn(200) },
    { method: 'GET', path: `/api/v1/engagements/${engagementId}/sessions`, expected: members(200) },
    {
      method: 'POST',
      path: `/api/v1/engagements/${engagementId}/sessions`,
      body: () => ({ scheduledAt: '2026-03-09T09:00', durationMinutes: 60 }),
      expected: members(201),
    },
    { method: 'GET', path: `/api/v1/sessions/${sessionId}`, expected: members(200) },
    { method: 'PATCH', path: `/api/v1/sessions/${sessionId}`, body: () => ({ sharedNotes: `Notes at ${Date.now()}` }), expected: members(200) },
    { method: 'POST', path: `/api/v1/sessions/${sessionId}/agenda-items`, body: () => ({ text: 'Next steps' }), expected: members(201) },
    {
      method: 'PUT',
      path: `/api/v1/sessions/${sessionId}/agenda-items/order`,
      body: async () => ({ itemIds: (await agendaOf(sessionId)).reverse() }),
      expected: members(200),
    },
    { method: 'POST', path: `/api/v1/sessions/${sessionId}/commitments`, body: () => ({ text: 'Read one chapter' }), expected: members(201) },
    { method: 'PATCH', path: `/api/v1/commitments/${commitmentId}`, body: () => ({ status: 'open' }), expected: members(200) },
    { method: 'GET', path: `/api/v1/engagements/${engagementId}/commitments`, expected: members(200) },
    { method: 'GET', path: '/api/v1/me/commitments', expected: signedIn(200) },
    {
      method: 'GET',
      path: `/api/v1/engagements/${engagementId}/coach-notes`,
      expected: { anonymous: 401, coach: 200, client: 403, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    {
      method: 'POST',
      path: `/api/v1/engagements/${engagementId}/coach-notes`,
      body: () => ({ body: 'Private thought', sessionId }),
      expected: { anonymous: 401, coach: 201, client: 403, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    { method: 'GET', path: `/api/v1/engagements/${engagementId}/journal`, expected: members(200) },
    {
      method: 'POST',
      path: `/api/v1/engagements/${engagementId}/journal`,
      body: () => ({ body: 'Today' }),
      expected: { anonymous: 401, coach: 403, client: 201, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    {
      method: 'POST',
      path: `/api/v1/journal/${journalEntryId}/share`,
      expected: { anonymous: 401, coach: 403, client: 200, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    {
      method: 'DELETE',
      path: `/api/v1/journal/${journalEntryId}/share`,
      expected: { anonymous: 401, coach: 403, client: 200, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    {
      method: 'PATCH',
      path: `/api/v1/journal/${journalEntryId}`,
      pathPerActor: async () => `/api/v1/journal/${await sharedJournalEntry()}`,
      body: () => ({ body: `A good week, edited at ${Date.now()}` }),
      // The coach reads the shared entry but never changes it; for the others it does not exist.
      expected: { anonymous: 401, coach: 403, client: 200, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    {
      method: 'DELETE',
      path: `/api/v1/journal/${journalEntryId}`,
      pathPerActor: async () => `/api/v1/journal/${await sharedJournalEntry()}`,
      expected: { anonymous: 401, coach: 403, client: 204, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    { method: 'PATCH', path: `/api/v1/agenda-items/${agendaItemId}`, body: () => ({ text: `Reworded at ${Date.now()}` }), expected: members(200) },
    {
      method: 'DELETE',
      path: `/api/v1/agenda-items/${agendaItemId}`,
      pathPerActor: async () => `/api/v1/agenda-items/${(await browsers.client.post(`/api/v1/sessions/${sessionId}/agenda-items`, { text: 'To remove' })).body.id}`,
      expected: members(204),
    },
    // A private note is its author's alone: for anyone else it does not exist (404, never 403).
    {
      method: 'PATCH',
      path: `/api/v1/coach-notes/${coachNoteId}`,
      body: () => ({ body: `Private thought, edited at ${Date.now()}` }),
      expected: { anonymous: 401, coach: 200, client: 404, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    {
      method: 'DELETE',
      path: `/api/v1/coach-notes/${coachNoteId}`,
      pathPerActor: async () => `/api/v1/coach-notes/${(await browsers.coach.post(`/api/v1/engagements/${engagementId}/coach-notes`, { body: 'To remove' })).body.id}`,
      expected: { anonymous: 401, coach: 204, client: 404, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    // Public: the same answer for an account and for none; a unique address keeps the throttle out of it.
    { method: 'POST', path: '/api/v1/auth/password-reset', body: () => ({ email: uniqueEmail('reset') }), expected: everyone(202) },
    { method: 'POST', path: '/api/v1/auth/password-reset/confirm', body: () => ({ token: 'z'.repeat(43), password: PASSWORD }), expected: everyone(404) },
    { method: 'GET', path: `/api/v1/auth/password-reset/${UNKNOWN_RESET}`, expected: everyone(404) },
    // A new password, then the old one back (the same one again is refused): each keeps the session it came with.
    { method: 'POST', path: '/api/v1/me/password', body: () => ({ currentPassword: PASSWORD, newPassword: `${PASSWORD}-2` }), expected: signedIn(204) },
    { method: 'POST', path: '/api/v1/me/password', body: () => ({ currentPassword: `${PASSWORD}-2`, newPassword: PASSWORD }), expected: signedIn(204) },
    { method: 'GET', path: '/api/v1/me/two-factor', expected: signedIn(200) },
    { method: 'POST', path: '/api/v1/me/two-factor/setup', expected: signedIn(200) },
    // Not a code the authenticator could show: refused, naming the field.
    { method: 'POST', path: '/api/v1/me/two-factor/confirm', body: () => ({ code: 'abcdef' }), expected: signedIn(400) },
    { method: 'POST', path: '/api/v1/me/two-factor/disable', body: () => ({ password: PASSWORD }), expected: signedIn(409) },
    // Each owner reads their own practice's log; nobody else reads one.
    {
      method: 'GET',
      path: '/api/v1/audit-events',
      expected: { anonymous: 401, coach: 200, client: 403, otherPracticeCoach: 200, otherEngagementClient: 403 },
    },
    {
      method: 'GET',
      path: '/api/v1/audit-events/actors',
      expected: { anonymous: 401, coach: 200, client: 403, otherPracticeCoach: 200, otherEngagementClient: 403 },
    },
    { method: 'GET', path: '/api/v1/me/export', expected: signedIn(200) },
    { method: 'GET', path: '/api/v1/me/report', expected: signedIn(200) },
    {
      method: 'GET',
      path: `/api/v1/engagements/${engagementId}/export`,
      expected: { anonymous: 401, coach: 200, client: 403, otherPracticeCoach: 404, otherEngagementClient: 404 },
    },
    // The coach signed up, so owns the main practice; the other practice's coach owns theirs.
    { method: 'GET', path: '/api/v1/practice/coaches', expected: { anonymous: 401, coach: 200, client: 403, otherPracticeCoach: 200, otherEngagementClient: 403 } },
    { method: 'GET', path: '/api/v1/practice/coach-invitations', expected: { anonymous: 401, coach: 200, client: 403, otherPracticeCoach: 200, otherEngagementClient: 403 } },
    {
      method: 'POST',
      path: '/api/v1/practice/coach-invitations',
      body: () => ({ name: 'New Coach', email: uniqueEmail('coach') }),
      expected: { anonymous: 401, coach: 201, client: 403, otherPracticeCoach: 201, otherEngagementClient: 403 },
    },
    {
      method: 'DELETE',
      path: `/api/v1/practice/coach-invitations/${UNKNOWN_INVITATION}`,
      pathPerActor: async () => `/api/v1/practice/coach-invitations/${(await browsers.coach.post('/api/v1/practice/coach-invitations', { name: 'To withdraw', email: uniqueEmail('coach') })).body.id}`,
      // The main practice's invitation: its owner withdraws it; the other practice's owner does not find it.
      expected: { anonymous: 401, coach: 204, client: 403, otherPracticeCoach: 404, otherEngagementClient: 403 },
    },
    {
      method: 'DELETE',
      path: `/api/v1/practice/coaches/${UNKNOWN_INVITATION}`,
      // Each actor is asked to remove a coach of the main practice who just joined and holds no engagement.
      pathPerActor: async () => `/api/v1/practice/coaches/${await joinedCoach()}`,
      expected: { anonymous: 401, coach: 204, client: 403, otherPracticeCoach: 404, otherEngagementClient: 403 },
    },
    { method: 'GET', path: '/api/v1/practice/export', expected: { anonymous: 401, coach: 200, client: 403, otherPracticeCoach: 200, otherEngagementClient: 403 } },
    {
      method: 'DELETE',
      path: '/api/v1/practice',
      // A wrong name: the owners get 422 and keep their practices for the rest of the matrix.
      body: () => ({ confirm: 'Not the practice name' }),
      expected: { anonymous: 401, coach: 422, client: 403, otherPracticeCoach: 422, otherEngagementClient: 403 },
    },
    // Last: it ends every session of the person, the main browser's too.
    { method: 'POST', path: '/api/v1/auth/logout-everywhere', expected: signedIn(200), fresh: true },
  ];

  /** A coach the main practice's owner invites and who joins: their user id. */
  async function joinedCoach(): Promise<string> {
    const invited = await browsers.coach.post('/api/v1/practice/coach-invitations', { name: 'Leaving Coach', email: uniqueEmail('coach') });
    const token = String(invited.body.inviteUrl).split('/').pop();
    const accepted = await new Browser(server.url).post(`/api/v1/invitations/${token}/accept`, { name: 'Leaving Coach', password: PASSWORD });
    return accepted.body.user.id;
  }
  /** A question just asked of a stakeholder on the active goal: its id. */
  async function openFeedbackRequest(): Promise<string> {
    return (await browsers.client.post(`/api/v1/goals/${activeGoalId}/feedback-requests`, { stakeholderName: 'Colleague', question: 'What did you notice?' })).body.id;
  }
  async function goalVersion(id: string): Promise<number> {
    return (await browsers.coach.get(`/api/v1/goals/${id}`)).body.version;
  }
  async function agendaOf(id: string): Promise<string[]> {
    return (await browsers.coach.get(`/api/v1/sessions/${id}`)).body.agenda.map((item: { id: string }) => item.id);
  }
  async function sharedJournalEntry(): Promise<string> {
    const id = (await browsers.client.post(`/api/v1/engagements/${engagementId}/journal`, { body: 'To remove' })).body.id as string;
    await browsers.client.post(`/api/v1/journal/${id}/share`);
    return id;
  }
  async function pendingRevision(id: string): Promise<string> {
    return (await browsers.coach.get(`/api/v1/goals/${id}`)).body.pendingRevision.id;
  }

  it('gives every actor the expected status on every route', async () => {
    const failures: string[] = [];
    for (const testCase of cases()) {
      for (const actor of ACTORS) {
        let browser = browsers[actor];
        if (testCase.fresh) {
          // A browser of its own, so that signing out or up here leaves the actor's main session alone.
          browser = new Browser(server.url);
          if (actor !== 'anonymous') await browser.post('/api/v1/auth/login', { email: emails[actor], password: PASSWORD });
        }
        const path = testCase.pathPerActor ? await testCase.pathPerActor() : testCase.path;
        const response = await browser.request(testCase.method, path, await testCase.body?.());
        if (response.status !== testCase.expected[actor]) {
          failures.push(`${testCase.method} ${path} as ${actor}: ${response.status}, expected ${testCase.expected[actor]}`);
        }
        if (response.status >= 400) {
          expect(response.headers.get('content-type'), `${testCase.method} ${testCase.path}`).toMatch(/application\/problem\+json/);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('covers every route of the API document', async () => {
    const document = (await new Browser(server.url).get('/api/openapi.json')).body as { paths: Record<string, object> };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const tested = cases().map((testCase) =>
      `${testCase.method} ${testCase.path
        .replace(engagementId, '{id}')
        .replace(sessionId, '{id}')
        .replace(commitmentId, '{id}')
        .replace(journalEntryId, '{id}')
        .replace(agendaItemId, '{id}')
        .replace(coachNoteId, '{id}')
        .replace(resolvedObstacleId, '{id}')
        .replace(obstacleId, '{id}')
        .replace(draftGoalId, '{id}')
        .replace(activeGoalId, '{id}')
        .replace(goalId, '{id}')
        .replace(valueId, '{valueId}')
        .replace(openToken, '{token}')
        .replace(usedToken, '{token}')
        .replace(openFeedbackToken, '{token}')
        .replace(usedFeedbackToken, '{token}')
        .replace(UNKNOWN_CALENDAR, '{token}')
        .replace(UNKNOWN_RESET, '{token}')
        .replace(UNKNOWN_INVITATION, '{id}')}`,
    );
    expect(documented.filter((route) => !tested.includes(route))).toEqual([]);
  });
});
