// A practice with something in every table: an owner who coaches one client, a second coach with
// a client of their own, goals with metrics and check-ins, a review, an obstacle, a feedback
// request, sessions with shared notes and commitments, private notes and journal entries (shared
// and not). Every private text is marked with the practice's label, so a test can search raw text.
import { activateGoal, Browser, inviteClient, joinAsCoach as joinPracticeAsCoach, PASSWORD, signUpCoach, type TestServer } from './support.ts';

export type PracticeFixture = Awaited<ReturnType<typeof buildPractice>>;

/** A coach joins the practice (support.ts), and the practice they signed up with is gone: nothing is left outside the two. */
async function joinAsCoach(server: TestServer, practiceId: string, name: string) {
  const joined = await joinPracticeAsCoach(server, practiceId, name);
  await server.db.query('UPDATE audit_events SET practice_id = $1 WHERE practice_id = $2', [practiceId, joined.leftPracticeId]);
  await server.db.query('DELETE FROM practices WHERE id = $1', [joined.leftPracticeId]);
  return { browser: joined.browser, userId: joined.person.userId };
}

/** A step of building the fixture that must work. */
async function ok<T extends { status: number; body: any }>(pending: Promise<T>): Promise<T> {
  const response = await pending;
  if (response.status >= 400) throw new Error(`fixture step failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response;
}

/** One engagement's worth of everything, written by its two sides through the API. */
async function fillEngagement(sides: { coach: Browser; client: Browser }, engagementId: string, marks: Record<string, string>) {
  const { coach, client } = sides;
  const value = await ok(client.post(`/api/v1/engagements/${engagementId}/values`, { kind: 'value', title: marks.value }));
  const goalId = await activateGoal(sides, engagementId, {
    title: marks.goal,
    horizon: 'quarter',
    startsOn: '2026-03-01',
    dueOn: '2026-05-29',
    whyItMatters: 'It matters',
    valueIds: [value.body.id],
  });
  const metric = await ok(client.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Talks given', unit: 'talks', kind: 'number', baseline: 0, baselineOn: '2026-03-01', target: 4 }));
  await ok(client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-03-10', confidence: 7, values: [{ metricId: metric.body.id, value: 2 }] }));
  await ok(client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'observation', effectiveOn: '2026-03-11', text: marks.checkIn }));
  await ok(client.post(`/api/v1/goals/${goalId}/feedback-requests`, { stakeholderName: 'Boss', question: 'How do I present?' }));
  await ok(client.post(`/api/v1/goals/${goalId}/obstacles`, { description: marks.obstacle, category: 'competing_priorities' }));
  await ok(coach.post(`/api/v1/goals/${goalId}/reviews`, { outcome: 'keep', notes: marks.review }));
  const session = await ok(coach.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-03-12T09:00', durationMinutes: 60 }));
  await ok(client.post(`/api/v1/sessions/${session.body.id}/agenda-items`, { text: 'Talk about talks' }));
  await ok(coach.patch(`/api/v1/sessions/${session.body.id}`, { sharedNotes: marks.sharedNotes, version: session.body.version }));
  const commitment = await ok(client.post(`/api/v1/sessions/${session.body.id}/commitments`, { text: marks.commitment, goalId }));
  await ok(client.patch(`/api/v1/commitments/${commitment.body.id}`, { status: 'done', outcome: 'Done early' }));
  await ok(coach.post(`/api/v1/engagements/${engagementId}/coach-notes`, { body: marks.coachNote, sessionId: session.body.id }));
  await ok(client.request('POST', `/api/v1/engagements/${engagementId}/journal`, { body: marks.unsharedEntry }, { 'idempotency-key': `entry-${engagementId}` }));
  const shared = await ok(client.post(`/api/v1/engagements/${engagementId}/journal`, { body: marks.sharedEntry }));
  await ok(client.post(`/api/v1/journal/${shared.body.id}/share`));
  const sharedItem = (await coach.get('/api/v1/inbox')).body.items.find((item: { key: string }) => item.key.startsWith('journal_shared:'));
  await ok(coach.post('/api/v1/inbox/acknowledgements', { key: sharedItem.key }));
  await ok(client.post('/api/v1/me/calendar-feed'));
  return { goalId, sessionId: session.body.id as string };
}

/** The words of one engagement, marked with the practice's label and the engagement's. */
export function marksOf(label: string, who: string) {
  const mark = (what: string) => `${label}-${who}-${what}`;
  return {
    value: mark('VALUE'),
    goal: `Give 4 talks ${mark('GOAL')}`,
    checkIn: mark('CHECKIN'),
    obstacle: mark('OBSTACLE'),
    review: mark('REVIEW'),
    sharedNotes: mark('SHARED-NOTES'),
    commitment: mark('COMMITMENT'),
    coachNote: mark('PRIVATE-COACH-NOTE'),
    unsharedEntry: mark('UNSHARED-JOURNAL'),
    sharedEntry: mark('SHARED-JOURNAL'),
  };
}

export async function buildPractice(server: TestServer, label: string) {
  const founder = await signUpCoach(server, { name: `${label} Owner`, practiceName: `${label} Coaching` });
  const practiceId = founder.me.practice.id as string;
  const owner = { browser: founder.browser, userId: founder.me.user.id as string, email: founder.email };
  await new Browser(server.url).post('/api/v1/auth/tokens', { email: founder.email, password: PASSWORD, label: 'CLI' });
  const ownClient = await inviteClient(server, owner.browser, `${label} Client One`);
  const coach = await joinAsCoach(server, practiceId, `${label} Coach`);
  const coachClient = await inviteClient(server, coach.browser, `${label} Client Two`);
  const ownerMarks = marksOf(label, 'OWNERS');
  const coachMarks = marksOf(label, 'COACHS');
  const ownerEngagement = await fillEngagement({ coach: owner.browser, client: ownClient.client }, ownClient.engagementId, ownerMarks);
  const coachEngagement = await fillEngagement({ coach: coach.browser, client: coachClient.client }, coachClient.engagementId, coachMarks);
  return {
    label,
    practiceId,
    practiceName: `${label} Coaching`,
    owner,
    coach,
    ownClient: { browser: ownClient.client, userId: ownClient.me.user.id as string, engagementId: ownClient.engagementId, ...ownerEngagement },
    coachClient: { browser: coachClient.client, userId: coachClient.me.user.id as string, engagementId: coachClient.engagementId, ...coachEngagement },
    ownerMarks,
    coachMarks,
  };
}
