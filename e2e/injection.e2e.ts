import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, rigaDate } from './support/api.ts';
import { useJourney } from './support/journey.ts';

// Stored text is shown as text: a goal title, a check-in, an obstacle, an agenda item, a
// commitment, a journal entry and a stakeholder's question, each holding HTML and script
// through the API, are read on their pages in chromium. Each shows literally, no injected
// element exists, no script of theirs ran (window.__pwned stays undefined) and no dialog opened.

const journey = useJourney();
const { problems } = journey;

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const payload = (where: string) => `${where} ${IMG} ${SCRIPT} <b onmouseover="window.__pwned=1">bold</b>`;

const TEXTS = {
  goal: payload('Goal'),
  checkIn: payload('Check-in'),
  obstacle: payload('Obstacle'),
  agenda: payload('Agenda'),
  commitment: payload('Commitment'),
  journal: payload('Journal'),
  question: payload('Question'),
};

/** Nothing of the payload became a live element, and nothing of it ran. */
async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter((script) => script.textContent?.includes('__pwned')).length,
    handlers: document.querySelectorAll('[onerror], [onmouseover]').length,
  }));
  expect(found).toEqual({ pwned: undefined, images: 0, scripts: 0, handlers: 0 });
  expect(dialogs).toEqual([]);
}

async function expectLiteral(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor();
}

describe('stored text is rendered as text', () => {
  let coach: Page;
  let client: Page;
  const dialogs: string[] = [];
  let engagementId = '';
  let goalId = '';
  let sessionId = '';
  let feedbackPath = '';

  it('stores HTML and script in every kind of text through the API', async () => {
    coach = await journey.person();
    client = await journey.person();
    for (const page of [coach, client]) page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await coach.goto('/signin');
    const signup = await callApi(coach, 'POST', '/api/v1/auth/signup', {
      name: 'Ina Lapa', email: 'ina@injection.example', password: 'a-long-password', practiceName: 'Lapa Coaching', locale: 'en', timeZone: 'Europe/Riga',
    });
    expect(signup.status).toBe(201);
    const invited = await callApi<{ id: string; inviteUrl: string }>(coach, 'POST', '/api/v1/engagements', { clientName: 'Oskars Vītols', clientEmail: 'oskars@injection.example' });
    engagementId = invited.body.id;
    await client.goto('/signin');
    const token = invited.body.inviteUrl.split('/').pop();
    expect((await callApi(client, 'POST', `/api/v1/invitations/${token}/accept`, { name: 'Oskars Vītols', password: 'oskars-secret', locale: 'en', timeZone: 'Europe/Riga' })).status).toBe(201);

    const drafted = await callApi<{ id: string; pendingRevision: { id: string } }>(client, 'POST', `/api/v1/engagements/${engagementId}/goals`, {
      title: TEXTS.goal, horizon: 'quarter', startsOn: rigaDate(-10), dueOn: rigaDate(60),
    });
    expect(drafted.status).toBe(201);
    goalId = drafted.body.id;
    const agreement = { revisionId: drafted.body.pendingRevision.id, decision: 'agree' };
    await callApi(client, 'POST', `/api/v1/goals/${goalId}/agreements`, agreement);
    expect((await callApi<{ state: string }>(coach, 'POST', `/api/v1/goals/${goalId}/agreements`, agreement)).body.state).toBe('active');

    const created = await Promise.all([
      callApi(client, 'POST', `/api/v1/goals/${goalId}/check-ins`, { kind: 'observation', effectiveOn: rigaDate(-1), text: TEXTS.checkIn }),
      callApi(client, 'POST', `/api/v1/goals/${goalId}/obstacles`, { description: TEXTS.obstacle, category: 'competing_priorities' }),
      callApi<{ url: string }>(client, 'POST', `/api/v1/goals/${goalId}/feedback-requests`, { stakeholderName: 'Boss', question: TEXTS.question }),
    ]);
    expect(created.map((answer) => answer.status)).toEqual([201, 201, 201]);
    feedbackPath = new URL(created[2].body.url).pathname;

    const session = await callApi<{ id: string }>(coach, 'POST', `/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: `${rigaDate(3)}T09:00`, durationMinutes: 60 });
    sessionId = session.body.id;
    expect((await callApi(client, 'POST', `/api/v1/sessions/${sessionId}/agenda-items`, { text: TEXTS.agenda })).status).toBe(201);
    expect((await callApi(client, 'POST', `/api/v1/sessions/${sessionId}/commitments`, { text: TEXTS.commitment, goalId })).status).toBe(201);
    const entry = await callApi<{ id: string }>(client, 'POST', `/api/v1/engagements/${engagementId}/journal`, { body: TEXTS.journal });
    expect(entry.status).toBe(201);
    expect((await callApi(client, 'POST', `/api/v1/journal/${entry.body.id}/share`)).status).toBe(200);
  });

  it('shows the goal, its check-in and its obstacle literally on the goal page', async () => {
    for (const page of [client, coach]) {
      await page.goto(`/goals/${goalId}`);
      await expectLiteral(page, TEXTS.goal);
      await expectLiteral(page, TEXTS.checkIn);
      await expectLiteral(page, TEXTS.obstacle);
      await expectInert(page, dialogs);
    }
  });

  it('shows the agenda item and the commitment literally on the session page', async () => {
    for (const page of [client, coach]) {
      await page.goto(`/sessions/${sessionId}`);
      await expectLiteral(page, TEXTS.agenda);
      await expectLiteral(page, TEXTS.commitment);
      await expectInert(page, dialogs);
    }
  });

  it('shows the journal entry and the goal literally on the engagement page', async () => {
    for (const page of [client, coach]) {
      await page.goto(`/engagements/${engagementId}`);
      await expectLiteral(page, TEXTS.goal);
      await expectLiteral(page, TEXTS.journal);
      await expectInert(page, dialogs);
    }
  });

  it("shows the commitment literally among the client's action items on the home page", async () => {
    await client.goto('/');
    await expectLiteral(client, TEXTS.commitment);
    await expectInert(client, dialogs);
  });

  it("shows the question literally on the stakeholder's page", async () => {
    const stakeholder = await journey.person();
    stakeholder.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await stakeholder.goto(feedbackPath);
    await expectLiteral(stakeholder, TEXTS.question);
    await expectInert(stakeholder, dialogs);
  });

  it('raised no errors in any browser', () => {
    expect(problems.flat()).toEqual([]);
  });
});
