import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, rigaDate } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

// The review journey: on an active goal, the client logs an obstacle without a plan (a risk
// reason on the goal), reframes it with one of the category's questions and a contingency plan
// (the reason goes); the coach holds a 90-day review that modifies the due date, which waits for
// the client's agreement; the review summary of the engagement lists it; then in Latvian.

const journey = useJourney();
const { problems } = journey;
const person = journey.person;

const GOAL_TITLE = 'Lead 6 team retrospectives by the end of the quarter';

async function noDialog(page: Page): Promise<void> {
  await page.locator('.mantine-Modal-overlay').first().waitFor({ state: 'detached' });
}

describe('reviews and obstacles journey', () => {
  let coach: Page;
  let client: Page;
  let goalUrl = '';
  let engagementId = '';

  it('sets the scene: a coach, a client, and an active goal', async () => {
    // The coach's review is refused once on purpose (a due date before the start: 400).
    coach = await person({ expectedStatuses: [400] });
    await coach.goto('/signin');
    const signup = await callApi(coach, 'POST', '/api/v1/auth/signup', {
      name: 'Ilze Kalna', email: 'ilze@reviews.example', password: 'a-long-password', practiceName: 'Kalna Coaching', locale: 'en', timeZone: 'Europe/Riga',
    });
    expect(signup.status).toBe(201);
    const invited = await callApi<{ id: string; inviteUrl: string }>(coach, 'POST', '/api/v1/engagements', { clientName: 'Pēteris Ozols', clientEmail: 'peteris@reviews.example' });
    engagementId = invited.body.id;
    client = await person();
    await client.goto('/signin');
    const token = invited.body.inviteUrl.split('/').pop();
    expect((await callApi(client, 'POST', `/api/v1/invitations/${token}/accept`, { name: 'Pēteris Ozols', password: 'peteris-secret', locale: 'en', timeZone: 'Europe/Riga' })).status).toBe(201);
    const drafted = await callApi<{ id: string; pendingRevision: { id: string } }>(client, 'POST', `/api/v1/engagements/${engagementId}/goals`, {
      title: GOAL_TITLE, horizon: 'quarter', whyItMatters: 'To lead the team', startsOn: rigaDate(-20), dueOn: rigaDate(70),
    });
    const agreement = { revisionId: drafted.body.pendingRevision.id, decision: 'agree' };
    await callApi(client, 'POST', `/api/v1/goals/${drafted.body.id}/agreements`, agreement);
    expect((await callApi<{ state: string }>(coach, 'POST', `/api/v1/goals/${drafted.body.id}/agreements`, agreement)).body.state).toBe('active');
    goalUrl = `/goals/${drafted.body.id}`;
  });

  it('the client logs an obstacle without a plan: it is a risk reason on the goal', async () => {
    await client.goto(goalUrl);
    const obstacles = client.getByTestId('obstacles');
    await obstacles.getByTestId('log-obstacle').click();
    const form = client.getByTestId('obstacle-form');
    await form.getByLabel(/^What gets in the way/).fill('Too busy to prepare the retrospectives');
    await form.getByTestId('obstacle-category').click();
    await client.getByRole('option', { name: 'Competing priorities' }).click();
    await form.getByLabel(/^Root cause/).fill('Two releases in the same month');
    await form.getByRole('button', { name: 'Log it' }).click();
    await noDialog(client);
    const obstacle = obstacles.getByTestId('obstacle');
    expect(await obstacle.getByTestId('obstacle-status').innerText()).toMatch(/no plan/i);
    await client.locator('[data-testid="risk-reason"][data-code="obstacle_without_plan"]').waitFor();
  });

  it('reframes it with one of the offered questions and a contingency plan: the reason goes', async () => {
    const obstacle = client.getByTestId('obstacles').getByTestId('obstacle');
    await obstacle.getByTestId('reframe-obstacle').click();
    const form = client.getByTestId('reframe-form');
    await form.getByTestId('reframing-question').first().waitFor();
    const questions = await form.getByTestId('reframing-question').count();
    expect(questions).toBeGreaterThanOrEqual(3);
    await form.getByLabel('Could this goal be combined with something you already have to do?').check();
    await form.getByTestId('reframing-answer').fill('A shared retro with the other team saves one preparation');
    await form.getByTestId('contingency-plan').fill('If a release slips, the retrospective moves to the following Monday');
    await form.getByRole('button', { name: 'Save' }).click();
    await noDialog(client);
    expect(await obstacle.getByTestId('obstacle-plan').innerText()).toContain('following Monday');
    await client.locator('[data-testid="risk-reason"][data-code="obstacle_without_plan"]').waitFor({ state: 'detached' });
    await screenshot(client, 'reviews-01-obstacle-reframed-en');
  });

  it('the coach holds a review that modifies the due date: the goal waits for the client to agree', async () => {
    await coach.goto(goalUrl);
    const reviews = coach.getByTestId('reviews');
    // Due in 70 days, the goal ends before its first 90-day review would fall due: it is looked back on at its end.
    expect(await reviews.getByTestId('next-review').innerText()).toMatch(/^This goal ends on \d{1,2} \w+ \d{4}, before a 90-day review would fall due: review it when it ends\.$/);
    await reviews.getByTestId('hold-review').click();
    const form = coach.getByTestId('review-form');
    // Keeping it offers the same: a look back at its end, not a review in 90 days.
    await form.getByText(/^The goal stays as it is\. It ends on \d{1,2} \w+ \d{4}, before a 90-day review would fall due: review it when it ends\.$/).waitFor();
    expect(await form.getByText('The goal stays as it is; the next review is in 90 days.').count()).toBe(0);
    // Kept with not a word of what was found, it is no review: the form says so and sends nothing.
    await form.getByTestId('save-review').click();
    await form.getByText('Write what the review found: answer a question or add a note.').waitFor();
    expect(await reviews.getByTestId('review').count()).toBe(0);
    await form.getByTestId('review-answer-short_term_progress').fill('Two retrospectives held, both well attended');
    await form.getByLabel('Modify').check();
    // A due date the server refuses is named at the date field, and the refusal sits by the button pressed.
    await form.getByTestId('review-due-on').fill(rigaDate(-30));
    await form.getByTestId('review-reason').click();
    await form.getByTestId('review-reason').fill('Releases take two more weeks than planned');
    await form.getByTestId('save-review').click();
    await form.locator('.mantine-InputWrapper-root', { has: coach.getByTestId('review-due-on') }).getByText('The due date is before the start date.').waitFor();
    await screenshot(coach, 'reviews-02a-review-due-date-refused-en');
    await form.getByTestId('review-due-on').fill(rigaDate(100));
    await form.getByTestId('review-reason').click();
    await form.getByTestId('save-review').click();
    await noDialog(coach);
    const entry = reviews.getByTestId('review');
    expect(await entry.getAttribute('data-outcome')).toBe('modify');
    // The entry says what the review proposed, and that the change waits for the client.
    const change = entry.getByTestId('review-change');
    expect(await change.getAttribute('data-proposal')).toBe('waiting');
    expect(await change.getByTestId('review-proposal').innerText()).toBe('WAITING FOR AGREEMENT');
    expect(await change.locator('[data-field="dueOn"]').innerText()).toMatch(/^Due date: \d{1,2} \w+ \d{4}$/);
    // What the review found is read back with its question.
    const answered = entry.getByTestId('review-answer');
    expect(await answered.getAttribute('data-question')).toBe('short_term_progress');
    expect(await answered.getByTestId('review-answer-text').innerText()).toBe('Two retrospectives held, both well attended');
    expect(await answered.locator('dt').innerText()).toMatch(/\?$/);
    await screenshot(coach, 'reviews-02-review-held-en');
    // Modified again while that change waits for the client: the form says the new change takes its place.
    await reviews.getByTestId('hold-review').click();
    await form.getByLabel('Modify').check();
    expect(await form.getByTestId('review-replaces-pending').innerText()).toMatch(/^A change proposed by .+ on \d{1,2} \w+ \d{4} is still waiting for agreement\. This review's change takes its place\.$/);
    await form.getByLabel('Keep').check();
    expect(await form.getByTestId('review-replaces-pending').count()).toBe(0);
    await coach.keyboard.press('Escape');
    await noDialog(coach);
    await client.goto(goalUrl);
    await client.getByTestId('pending-change').waitFor();
  });

  it('the review summary lists the review, ready to print; and reads in Latvian', async () => {
    await coach.getByTestId('review-summary-link').click();
    const summary = coach.getByTestId('review-summary');
    await summary.getByTestId('review').first().waitFor();
    expect(await summary.getByTestId('review').first().innerText()).toContain(GOAL_TITLE);
    expect(await summary.getByTestId('review').first().getByTestId('review-answer-text').innerText()).toBe('Two retrospectives held, both well attended');
    await summary.getByTestId('print-summary').waitFor();
    await screenshot(coach, 'reviews-03-summary-en');
    await coach.getByTestId('language-switch').getByText('LV', { exact: true }).click();
    await coach.getByRole('heading', { name: 'Pārskatu kopsavilkums' }).waitFor();
    expect(await summary.getByTestId('review-outcome-badge').first().innerText()).toBe('MAINĪTS');
    await screenshot(coach, 'reviews-04-summary-lv');
    // Opened by its address (a bookmark, a reload), it reads the same: no text key shows.
    await coach.reload();
    await summary.getByTestId('review').first().waitFor();
    await summary.getByTestId('risk-badge').first().waitFor();
    expect(await summary.innerText()).not.toMatch(/\b(risk|reviews|goal|smart|horizon)\.[a-z_]+/i);
    expect(engagementId).not.toBe('');
  });

  it('the coach realigns a yearly goal under another vision; it moves only when the client agrees', async () => {
    const activate = async (words: object) => {
      const drafted = await callApi<{ id: string; pendingRevision: { id: string } }>(client, 'POST', `/api/v1/engagements/${engagementId}/goals`, words);
      const agreement = { revisionId: drafted.body.pendingRevision.id, decision: 'agree' };
      await callApi(client, 'POST', `/api/v1/goals/${drafted.body.id}/agreements`, agreement);
      await callApi(coach, 'POST', `/api/v1/goals/${drafted.body.id}/agreements`, agreement);
      return drafted.body.id;
    };
    const span = { startsOn: rigaDate(-20), dueOn: rigaDate(700) };
    const leader = await activate({ title: 'Become the leader my team needs', horizon: 'vision', ...span });
    await activate({ title: 'Build a calm, reliable release practice', horizon: 'vision', ...span });
    const yearly = await activate({ title: 'Run a retrospective after every release', horizon: 'year', parentId: leader, startsOn: rigaDate(-20), dueOn: rigaDate(300) });
    await coach.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await coach.goto(`/goals/${yearly}`);
    await coach.getByTestId('reviews').getByTestId('hold-review').click();
    const form = coach.getByTestId('review-form');
    await form.getByRole('radio', { name: 'Realign' }).check();
    await form.getByTestId('review-parent').click();
    // The goal cannot be put under itself: only the two visions are offered.
    const options = coach.getByRole('option');
    expect((await options.allInnerTexts()).sort()).toEqual(['Become the leader my team needs (Vision)', 'Build a calm, reliable release practice (Vision)']);
    await coach.getByRole('option', { name: 'Build a calm, reliable release practice (Vision)' }).click();
    await form.getByTestId('review-reason').click();
    await form.getByTestId('review-reason').fill('The retrospectives serve the release practice more than leadership');
    await form.getByTestId('save-review').click();
    await noDialog(coach);

    await client.goto(`/goals/${yearly}`);
    const change = client.getByTestId('pending-change');
    const moved = change.locator('[data-testid="pending-field"][data-field="parentId"]');
    await moved.getByText('Become the leader my team needs (Vision)').waitFor();
    expect(await moved.getByTestId('pending-after').innerText()).toBe('Build a calm, reliable release practice (Vision)');
    await screenshot(client, 'reviews-05-realign-parent-pending-en');
    await client.getByTestId('agree').click();
    await change.waitFor({ state: 'detached' });
    expect(await client.getByTestId('goal-parent').innerText()).toBe('Build a calm, reliable release practice');
  });

  it('raised no errors in any browser', () => {
    expect(problems.flat()).toEqual([]);
  });
});
