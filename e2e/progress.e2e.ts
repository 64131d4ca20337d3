import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, rigaDate, typedInEnglish } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { emailWithLink } from './support/outbox.ts';

// The progress journey: on an active goal that started two months ago, a client adds a metric,
// records two values (one back-dated) and an observation, and sees the chart against the plan
// line and the goal at risk with its reason; corrects a value; asks a stakeholder, who answers
// through the link in a browser without a session, and the answer joins the check-ins; then the
// page in Latvian; then asks a colleague in Latvian, whose English browser opens the page in
// Latvian until they switch it; withdraws a question sent with a typo in the name, whose link
// then says it was withdrawn. The demo coach sees clients ordered by risk and a client's
// cascade tree.

const journey = useJourney();
const { problems } = journey;
const person = journey.person;


/** Waits until no dialog is open or closing, so that a screenshot shows the page itself. */
async function noDialog(page: Page): Promise<void> {
  await page.locator('.mantine-Modal-overlay').first().waitFor({ state: 'detached' });
}

const GOAL_TITLE = 'Present the team results at 6 department meetings by the end of the quarter';
const METRIC = 'Presentations held';
const OBSERVATION = 'Opened the department meeting with the numbers, without notes';
const QUESTION = 'What change have you noticed in how Laura presents at department meetings?';
const ANSWER = 'She now opens every meeting with a clear summary and takes questions calmly.';
const LATVIAN_QUESTION = 'Kādas pārmaiņas esat pamanījusi Lauras prezentācijās departamenta sanāksmēs?';
/** A stakeholder's name with a typo, whose question is withdrawn. */
const TYPO_NAME = 'Mārtiņš Bērzinš';

describe('progress journey', () => {
  let client: Page;
  let goalUrl = '';
  let feedbackPath = '';

  it('sets the scene: a coach, a client, and an active goal that started two months ago', async () => {
    const coach = await person();
    await coach.goto('/signin');
    expect(
      (
        await callApi(coach, 'POST', '/api/v1/auth/signup', {
          name: 'Dace Kļaviņa',
          email: 'dace@progress.example',
          password: 'a-long-password',
          practiceName: 'Kļaviņa Coaching',
          locale: 'en',
          timeZone: 'Europe/Riga',
        })
      ).status,
    ).toBe(201);
    const invited = await callApi<{ id: string; inviteUrl: string }>(coach, 'POST', '/api/v1/engagements', {
      clientName: 'Laura Liepa',
      clientEmail: 'laura@progress.example',
    });
    expect(invited.status).toBe(201);

    // The client meets a refusal on purpose: a metric whose target equals its baseline (400).
    client = await person({ expectedStatuses: [400] });
    await client.goto('/signin');
    const token = invited.body.inviteUrl.split('/').pop();
    expect(
      (
        await callApi(client, 'POST', `/api/v1/invitations/${token}/accept`, {
          name: 'Laura Liepa',
          password: 'laura-secret-1',
          locale: 'en',
          timeZone: 'Europe/Riga',
        })
      ).status,
    ).toBe(201);
    const drafted = await callApi<{ id: string; pendingRevision: { id: string } }>(client, 'POST', `/api/v1/engagements/${invited.body.id}/goals`, {
      title: GOAL_TITLE,
      horizon: 'quarter',
      whyItMatters: 'To lead the team with confidence',
      startsOn: rigaDate(-60),
      dueOn: rigaDate(30),
    });
    expect(drafted.status).toBe(201);
    const goalId = drafted.body.id;
    const proposed = await callApi(client, 'POST', `/api/v1/goals/${goalId}/agreements`, { revisionId: drafted.body.pendingRevision.id, decision: 'agree' });
    expect(proposed.status).toBe(201);
    const agreed = await callApi<{ state: string }>(coach, 'POST', `/api/v1/goals/${goalId}/agreements`, { revisionId: drafted.body.pendingRevision.id, decision: 'agree' });
    expect(agreed.status).toBe(201);
    expect(agreed.body.state).toBe('active');
    goalUrl = `/goals/${goalId}`;
    await coach.close();
  });

  it('the client adds a metric: its baseline starts at the goal\'s start', async () => {
    await client.goto(goalUrl);
    const section = client.getByTestId('progress-section');
    await section.getByTestId('metrics-empty').waitFor();
    expect(await section.getByTestId('last-check-in').innerText()).toBe('No check-in yet.');

    await section.getByTestId('add-metric').click();
    const form = client.getByTestId('metric-form');
    await form.getByLabel('Name').fill(METRIC);
    await form.getByLabel('Unit').fill('times');
    // A goal under way is measured from today unless told otherwise (decision 041); this one from its start.
    expect(await form.getByLabel('Baseline date').inputValue()).toBe(typedInEnglish(rigaDate(0)));
    await form.getByLabel('Baseline date').fill(typedInEnglish(rigaDate(-60)));
    await form.getByLabel('Baseline date').press('Tab');
    expect(await form.getByLabel('Baseline date').inputValue()).toBe(typedInEnglish(rigaDate(-60)));
    // The same baseline and target are refused, by field, in words.
    await form.getByRole('textbox', { name: 'Baseline', exact: true }).fill('0');
    await form.getByRole('textbox', { name: 'Target', exact: true }).fill('0');
    await form.getByRole('button', { name: 'Add metric' }).click();
    await form.getByText('The target must differ from the baseline.').waitFor();
    await form.getByRole('textbox', { name: 'Target', exact: true }).fill('6');
    await form.getByRole('button', { name: 'Add metric' }).click();
    await form.waitFor({ state: 'detached' });

    const card = section.getByTestId('metric-card');
    await card.waitFor();
    // The unit heads the card; each figure stands alone ("1 times" would not agree).
    expect(await card.getByTestId('metric-name').innerText()).toBe(`${METRIC} (times)`);
    expect(await card.getByTestId('metric-target').innerText()).toBe('6');
    expect(await card.getByTestId('metric-current').innerText()).toBe('No value yet');
  });

  it('records two values, one back-dated, and an observation; the chart draws them against the plan line', async () => {
    const section = client.getByTestId('progress-section');

    // A value for a month ago: the date is typed day first, as written in Britain.
    await section.getByTestId('record-check-in').click();
    let form = client.getByTestId('check-in-form');
    expect(await form.getByLabel('Date').inputValue()).toBe(typedInEnglish(rigaDate(0)));
    await form.getByLabel('Date').fill(typedInEnglish(rigaDate(-30)));
    await form.getByLabel('Date').press('Tab');
    // A value below zero for a count from 0 to 6 is asked about before it is saved.
    await form.getByLabel(`${METRIC} (times)`).fill('-1');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await form.getByText('Below zero, though this metric runs from 0 to 6. Check the figure, or save again to record it as it is.').waitFor();
    await form.getByLabel(`${METRIC} (times)`).fill('1');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await form.waitFor({ state: 'detached' });
    await client.getByText('Check-in saved.').first().waitFor();
    await section.getByTestId('check-in').first().waitFor();

    // Today's value, with how confident the client feels.
    await section.getByTestId('record-check-in').click();
    form = client.getByTestId('check-in-form');
    await form.getByLabel(`${METRIC} (times)`).fill('2');
    // Near the most a note takes, the field counts what is left (the browser stops the typing there).
    await form.getByLabel('Note').fill('x'.repeat(3_999));
    expect(await form.getByTestId('characters-left').innerText()).toBe('1 character left');
    await form.getByLabel('Note').fill('Second presentation done');
    expect(await form.getByTestId('characters-left').count()).toBe(0);
    await form.getByLabel(/Say how confident you feel/).check();
    const slider = form.getByRole('slider');
    await slider.focus();
    for (let step = 0; step < 2; step += 1) await slider.press('ArrowRight');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await form.waitFor({ state: 'detached' });
    await section.getByTestId('metric-current-value').filter({ hasText: /^2$/ }).waitFor();

    // The date picker takes no day after today; an observation needs its words.
    await section.getByTestId('record-check-in').click();
    form = client.getByTestId('check-in-form');
    await form.getByLabel('Kind of check-in').click();
    await client.getByRole('option', { name: 'Observation' }).click();
    // A day typed that is not taken leaves the date as it was, and says why rather than nothing.
    await form.getByLabel('Date').fill(typedInEnglish(rigaDate(2)));
    await form.getByLabel('Date').press('Tab');
    expect(await form.getByLabel('Date').inputValue()).toBe(typedInEnglish(rigaDate(0)));
    await form.getByText(`${typedInEnglish(rigaDate(2))} is too late: the latest day here is `).waitFor();
    await form.getByLabel('Date').fill('31/02/2026');
    await form.getByLabel('Date').press('Tab');
    await form.getByText('“31/02/2026” is not a day of the calendar. The date is left as it was.').waitFor();
    expect(await form.getByLabel('Date').inputValue()).toBe(typedInEnglish(rigaDate(0)));
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await form.getByText('Say what happened, in a few words.').waitFor();
    await form.getByLabel('Date').fill(typedInEnglish(rigaDate(-1)));
    await form.getByLabel('Date').press('Tab');
    await form.getByLabel('What did you notice?').fill(OBSERVATION);
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await form.waitFor({ state: 'detached' });

    const timeline = section.getByTestId('check-in-timeline');
    await timeline.locator('[data-testid="check-in"][data-kind="observation"]').waitFor();
    const kinds = await timeline.getByTestId('check-in').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
    expect(kinds).toEqual(['metric', 'observation', 'metric']);
    const observation = timeline.locator('[data-testid="check-in"][data-kind="observation"]');
    expect(await observation.getByTestId('check-in-text').innerText()).toBe(OBSERVATION);
    expect(await observation.getByTestId('check-in-byline').innerText()).toContain('By Laura Liepa (client)');
    expect(await timeline.getByTestId('check-in').first().getByTestId('check-in-confidence').innerText()).toBe('Confidence 7/10');

    // The chart: the recorded values (from the baseline) and the plan line, both drawn.
    const chart = section.getByTestId('metric-chart');
    await chart.locator('svg path.recharts-curve').nth(1).waitFor();
    const lines = await chart.locator('svg path.recharts-curve').evaluateAll((paths) => paths.map((path) => path.getAttribute('d') ?? ''));
    expect(lines.length).toBe(2);
    for (const line of lines) expect(line).toMatch(/^M[\d.]+,[\d.]+L/);
    // One dot per recorded value, the baseline included; the plan line has none.
    expect(await chart.locator('circle.recharts-line-dot').count()).toBe(3);
    expect(await section.getByTestId('metric-progress').innerText()).toBe('33%');

    // The SMART check of the words in force is made again with today's progress: Achievable
    // weighs the pace kept so far, where the check saved with the metric had no values to go by.
    await client.reload();
    const smart = client.getByTestId('smart-panel');
    await smart.getByTestId('smart-checked-today').waitFor();
    expect(await smart.locator('[data-criterion="achievable"]').getByTestId('smart-reason').innerText()).toMatch(/pace so far/);
  });

  it('the goal is at risk, and says why: behind the plan line', async () => {
    await noDialog(client);
    const summary = client.getByTestId('progress-summary');
    await summary.locator('[data-testid="risk-badge"][data-risk="at_risk"]').waitFor();
    expect(await summary.getByTestId('risk-badge').innerText()).toBe('AT RISK');
    const reason = summary.locator('[data-testid="risk-reason"][data-code="behind_plan"]');
    expect(await reason.getAttribute('data-severity')).toBe('risk');
    expect(await reason.innerText()).toMatch(/^33% done, \d+% expected by today: \d+ points behind the plan line\.$/);
    expect(await summary.getByTestId('progress-words').innerText()).toMatch(/^33% done · \d+% expected by today$/);
    await screenshot(client, 'progress-01-goal-at-risk-en');
  });

  it('corrects today\'s value: the correction stands in its place, the old value struck through', async () => {
    const timeline = client.getByTestId('check-in-timeline');
    const latest = timeline.getByTestId('check-in').first();
    // Each check-in's button says which it corrects, starting with the words shown.
    expect(await latest.getByTestId('correct-check-in').getAttribute('aria-label')).toMatch(/^Make a correction: .+ of \d{1,2} \w+ \d{4}$/);
    await latest.getByTestId('correct-check-in').click();
    const form = client.getByTestId('check-in-form');
    await form.getByTestId('correcting-note').waitFor();
    expect(await form.getByLabel(`${METRIC} (times)`).inputValue()).toBe('2');
    await form.getByLabel(`${METRIC} (times)`).fill('3');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await form.waitFor({ state: 'detached' });

    const corrected = timeline.locator('[data-testid="check-in"]', { has: client.getByTestId('check-in-correction') });
    await corrected.waitFor();
    expect(await corrected.getByTestId('check-in-value-line').first().innerText()).toBe(`${METRIC} (times): 3`);
    const old = corrected.getByTestId('superseded-check-in');
    expect(await old.innerText()).toContain(`${METRIC} (times): 2`);
    expect(await old.locator('[style*="line-through"]').count()).toBe(1);
    expect(await timeline.getByTestId('check-in').count()).toBe(3);
    await client.locator('[data-testid="metric-progress"]', { hasText: '50%' }).waitFor();
  });

  it('asks a stakeholder: the single-use link is shown once, with a copy button', async () => {
    const requests = client.getByTestId('feedback-requests');
    await requests.getByTestId('ask-stakeholder').click();
    const form = client.getByTestId('feedback-request-form');
    await form.getByLabel('Their name').fill('Jānis Ozols');
    await form.getByLabel('Their email').fill('janis@ozols.example');
    await form.getByLabel('Your question').fill(QUESTION);
    // Their page opens in the asker's language unless another is chosen.
    expect(await form.getByTestId('feedback-locale').getByRole('radio', { name: 'English', exact: true }).isChecked()).toBe(true);
    // Given an email, Tandem sends the link unless asked not to.
    expect(await form.getByLabel('Email them the link').isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Create the link' }).click();
    const link = client.getByTestId('feedback-link');
    await link.waitFor();
    // "Emailing" first; then, once the goal's questions have been read again behind the dialog, that it went.
    await client.locator('[data-testid="feedback-link"][data-email-status="sent"]').waitFor();
    await link.getByText('Tandem emailed the link to janis@ozols.example. You can copy it too:').waitFor();
    await link.getByTestId('copy-feedback-url').waitFor();
    const url = await link.getByTestId('feedback-url').inputValue();
    expect(url).toMatch(/\/feedback\/[A-Za-z0-9_-]{16,}$/);
    await screenshot(client, 'progress-02-stakeholder-link-en');
    await client.getByTestId('feedback-done').click();
    await noDialog(client);
    const request = requests.getByTestId('feedback-request');
    await request.waitFor();
    expect(await request.getByTestId('feedback-status').getAttribute('data-status')).toBe('open');

    // The email Jānis gets carries the same link, the question and the client's first name.
    const email = await emailWithLink(journey.server.outboxDir, 'janis@ozols.example', /https?:\/\/\S+\/feedback\/[A-Za-z0-9_-]+/);
    expect(email.link).toBe(url);
    expect(email.text).toContain('Hello Jānis Ozols,');
    expect(email.text).toContain(`“${QUESTION}”`);
    feedbackPath = new URL(email.link).pathname;
    // Sent: the list says so once it is looked at again.
    await client.reload();
    await requests.getByTestId('feedback-email').and(client.locator('[data-status="sent"]')).waitFor();
    expect(await requests.getByTestId('feedback-email').innerText()).toMatch(/^Emailed to janis@ozols\.example on \d+ \w+ 20\d\d\.$/);
  });

  it('the stakeholder answers through the link, without an account, and is thanked', async () => {
    const stakeholder = await person();
    await stakeholder.goto(feedbackPath);
    await stakeholder.getByTestId('stakeholder-title').getByText('Laura would value your feedback').waitFor();
    expect(await stakeholder.getByTestId('stakeholder-question').innerText()).toBe(QUESTION);
    // Only the question and the client's first name: not her surname, not the goal.
    const text = await stakeholder.locator('body').innerText();
    expect(text).not.toContain('Liepa');
    expect(text).not.toContain(GOAL_TITLE);
    expect(await stakeholder.getByTestId('user-menu').count()).toBe(0);

    // In Latvian, too: switched at once, and still Latvian when the link is opened again.
    await stakeholder.getByTestId('language-switch').getByText('LV', { exact: true }).click();
    await stakeholder.getByTestId('stakeholder-title').getByText('Laura lūdz jūsu atsauksmi').waitFor();
    await stakeholder.reload();
    await stakeholder.getByTestId('stakeholder-title').getByText('Laura lūdz jūsu atsauksmi').waitFor();
    expect(await stakeholder.locator('html').getAttribute('lang')).toBe('lv');
    await screenshot(stakeholder, 'progress-03-stakeholder-page-lv');
    await stakeholder.getByTestId('language-switch').getByText('EN', { exact: true }).click();

    // Nothing given: asked for a rating or a few words.
    await stakeholder.getByRole('button', { name: 'Send my answer' }).click();
    await stakeholder.getByText('Give a rating or a few words.').waitFor();
    // The stars are radio buttons drawn by their labels: choosing one is clicking its label.
    const fourStars = await stakeholder.getByTestId('stakeholder-rating').getByRole('radio', { name: '4 – mostly' }).getAttribute('id');
    await stakeholder.locator(`label[for="${fourStars}"]`).click();
    await stakeholder.getByTestId('stakeholder-rating-words').getByText('4 – mostly').waitFor();
    await stakeholder.getByLabel('Your answer').fill(ANSWER);
    await screenshot(stakeholder, 'progress-04-stakeholder-page-en');
    await stakeholder.getByRole('button', { name: 'Send my answer' }).click();
    await stakeholder.getByTestId('stakeholder-thanks').getByText('Thank you!').waitFor();
    await screenshot(stakeholder, 'progress-05-stakeholder-thanks-en');

    // The link works once.
    await stakeholder.reload();
    await stakeholder.getByTestId('stakeholder-used').waitFor();
    await stakeholder.close();
  });

  it('the answer appears on the goal as stakeholder feedback, with its rating', async () => {
    await client.reload();
    const timeline = client.getByTestId('check-in-timeline');
    const feedback = timeline.locator('[data-testid="check-in"][data-kind="stakeholder_feedback"]');
    await feedback.waitFor();
    expect(await feedback.getByTestId('check-in-text').innerText()).toBe(ANSWER);
    // What was asked stands above the answer.
    expect(await feedback.getByTestId('check-in-feedback-question').innerText()).toBe(`Asked: “${QUESTION}”`);
    expect(await feedback.getByTestId('check-in-rating').getAttribute('data-rating')).toBe('4');
    expect(await feedback.getByTestId('check-in-byline').innerText()).toContain('Jānis Ozols, through the feedback link');
    expect(await feedback.getByTestId('correct-check-in').count()).toBe(0);
    const request = client.getByTestId('feedback-requests').getByTestId('feedback-request');
    expect(await request.getByTestId('feedback-status').getAttribute('data-status')).toBe('answered');
    await screenshot(client, 'progress-06-goal-with-feedback-en');
  });

  it("the answer waits in the client's inbox until marked seen; the goal link leads back to it", async () => {
    const goalUrl = client.url();
    await client.goto('/');
    const answer = client.getByTestId('inbox').locator('[data-testid="inbox-item"][data-kind="stakeholder_feedback"]');
    await answer.waitFor();
    expect(await answer.getByTestId('inbox-headline').innerText()).toBe('Jānis Ozols answered the question asked of them');
    expect(await answer.innerText()).toContain('Rated 4 out of 5');
    await screenshot(client, 'progress-06b-client-inbox-en');
    await answer.getByTestId('inbox-goal').click();
    await client.waitForURL(goalUrl);
    await client.goBack();
    await answer.getByRole('button', { name: 'Mark seen: the answer from Jānis Ozols' }).click();
    await answer.waitFor({ state: 'detached' });
    await client.goto(goalUrl);
  });

  it('in Latvian: the labels, the status and its reason (half done now, so it needs attention)', async () => {
    const englishReason = await client.locator('[data-testid="risk-reason"][data-code="behind_plan"]').innerText();
    await client.getByTestId('language-switch').getByText('LV', { exact: true }).click();
    await client.getByRole('heading', { name: 'Virzība' }).waitFor();
    // The reason is worded by the server in the profile's language: asked again after the switch.
    const reason = client.locator('[data-testid="risk-reason"][data-code="behind_plan"]');
    await reason.getByText(/^Paveiktais: 50%/).waitFor();
    const latvianReason = await reason.innerText();
    expect(latvianReason).not.toBe(englishReason);
    expect(latvianReason).toMatch(/atpalicība no plāna ir \d+ procentpunkt/);
    expect(await client.getByTestId('progress-summary').getByTestId('risk-badge').innerText()).toBe('JĀPIEVĒRŠ UZMANĪBA');
    await client.getByRole('button', { name: 'Ierakstīt progresu' }).waitFor();
    await client.getByRole('heading', { name: 'Progresa ieraksti' }).waitFor();
    expect(await client.locator('[data-testid="check-in"][data-kind="observation"]').getByTestId('check-in-kind').innerText()).toBe('Novērojums');
    expect(await client.getByTestId('metric-card').getByText('Plāna līnija').count()).toBe(1);
    expect(await client.getByTestId('feedback-requests').getByTestId('feedback-status').innerText()).toBe('Atbildēts');
    expect(await client.getByText('Record a check-in').count()).toBe(0);
    await screenshot(client, 'progress-07-goal-lv');

    await client.getByTestId('record-check-in').click();
    const form = client.getByTestId('check-in-form');
    expect(await form.getByLabel('Datums').inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    await form.getByTestId('check-in-with-confidence').check();
    // The scale's ends are named inside the form, not cut off at its edges.
    const formBox = await form.boundingBox();
    for (const end of ['nemaz', 'pilnīgi']) {
      const box = await form.getByText(end, { exact: true }).boundingBox();
      expect(box && formBox && box.x >= formBox.x && box.x + box.width <= formBox.x + formBox.width, end).toBe(true);
    }
    await screenshot(client, 'progress-08-check-in-form-lv');
    await form.getByRole('button', { name: 'Atcelt' }).click();
    await noDialog(client);
  });

  it('a long history: the timeline shows the latest, and pages back to the first on demand', async () => {
    const goalId = goalUrl.split('/').pop() ?? '';
    // Thirty self-reports, one a day, before everything recorded so far: 35 check-ins in all
    // (the corrected value among them), 34 entries on the timeline.
    for (let day = 40; day > 10; day -= 1) {
      const written = await callApi(client, 'POST', `/api/v1/goals/${goalId}/check-ins`, { kind: 'self_report', effectiveOn: rigaDate(-day), text: `Practised the opening, day ${day}` });
      expect(written.status).toBe(201);
    }
    await client.reload();
    const timeline = client.getByTestId('check-in-timeline');
    const entries = timeline.getByTestId('check-in');
    await entries.first().waitFor();
    expect(await entries.count()).toBe(8);
    const earlier = timeline.getByTestId('check-ins-show-earlier');
    expect(await earlier.innerText()).toBe('Rādīt agrākos ierakstus');
    // The first page held 20 of the 35: the next 20 entries need the page before it.
    await earlier.click();
    await entries.nth(27).waitFor();
    expect(await entries.count()).toBe(28);
    await earlier.click();
    await entries.nth(33).waitFor();
    expect(await entries.count()).toBe(34);
    await earlier.waitFor({ state: 'detached' });
    expect(await entries.last().innerText()).toContain('Practised the opening, day 40');
    await timeline.getByTestId('check-ins-show-fewer').click();
    expect(await entries.count()).toBe(8);
  });

  it("asks a colleague in Latvian: their English browser opens the page in Latvian, and their switch to English wins", async () => {
    // Laura reads Tandem in English again, and asks a Latvian-speaking colleague in Latvian.
    await client.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    const requests = client.getByTestId('feedback-requests');
    await requests.getByRole('button', { name: 'Ask a stakeholder' }).click();
    const form = client.getByTestId('feedback-request-form');
    await form.getByLabel('Their name').fill('Ilze Kalna');
    await form.getByLabel('Your question').fill(LATVIAN_QUESTION);
    const languages = form.getByTestId('feedback-locale');
    expect(await languages.getByRole('radio', { name: 'English', exact: true }).isChecked()).toBe(true);
    await languages.getByText('Latvian (latviešu)', { exact: true }).click();
    expect(await languages.getByRole('radio', { name: 'Latvian (latviešu)', exact: true }).isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Create the link' }).click();
    const latvianPath = new URL(await client.getByTestId('feedback-link').getByTestId('feedback-url').inputValue()).pathname;
    await client.getByTestId('feedback-done').click();
    await noDialog(client);
    // The list says which language each page opens in.
    const asked = requests.locator('[data-testid="feedback-request"]', { hasText: 'Ilze Kalna' });
    expect(await asked.getByTestId('feedback-page-language').getAttribute('data-locale')).toBe('lv');
    await asked.getByTestId('feedback-page-language').getByText('LV', { exact: true }).waitFor();
    const earlier = requests.locator('[data-testid="feedback-request"]', { hasText: 'Jānis Ozols' });
    expect(await earlier.getByTestId('feedback-page-language').getAttribute('data-locale')).toBe('en');

    const stakeholder = await person({ locale: 'en-US' });
    await stakeholder.goto(latvianPath);
    await stakeholder.getByTestId('stakeholder-title').getByText('Laura lūdz jūsu atsauksmi').waitFor();
    expect(await stakeholder.getByTestId('stakeholder-question').innerText()).toBe(LATVIAN_QUESTION);
    await stakeholder.getByRole('button', { name: 'Nosūtīt atbildi' }).waitFor();
    expect(await stakeholder.locator('html').getAttribute('lang')).toBe('lv');
    // Followed, not remembered: the device keeps its own choice (none yet) for Tandem's other pages.
    expect(await stakeholder.evaluate(() => window.localStorage.getItem('tandem.language'))).toBeNull();
    await screenshot(stakeholder, 'progress-08b-stakeholder-page-lv-in-english-browser');

    // The visitor's switch wins: English at once, and still English when the page is reloaded.
    await stakeholder.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await stakeholder.getByTestId('stakeholder-title').getByText('Laura would value your feedback').waitFor();
    await stakeholder.getByRole('button', { name: 'Send my answer' }).waitFor();
    expect(await stakeholder.locator('html').getAttribute('lang')).toBe('en');
    await stakeholder.reload();
    await stakeholder.getByTestId('stakeholder-title').getByText('Laura would value your feedback').waitFor();
    expect(await stakeholder.getByTestId('stakeholder-question').innerText()).toBe(LATVIAN_QUESTION);
    await stakeholder.close();
  });

  it('withdraws a question sent with a typo in the name, after confirming: the list says so, and its link shows it was withdrawn', async () => {
    const requests = client.getByTestId('feedback-requests');
    await requests.getByRole('button', { name: 'Ask a stakeholder' }).click();
    const form = client.getByTestId('feedback-request-form');
    await form.getByLabel('Their name').fill(TYPO_NAME);
    await form.getByLabel('Your question').fill(QUESTION);
    await form.getByRole('button', { name: 'Create the link' }).click();
    const typoPath = new URL(await client.getByTestId('feedback-link').getByTestId('feedback-url').inputValue()).pathname;
    await client.getByTestId('feedback-done').click();
    await noDialog(client);

    const mistaken = requests.locator('[data-testid="feedback-request"]', { hasText: TYPO_NAME });
    await mistaken.waitFor();
    expect(await mistaken.getAttribute('data-status')).toBe('open');
    // The latest asked comes first, as the latest check-in does.
    expect(await requests.getByTestId('feedback-request').first().innerText()).toContain(TYPO_NAME);
    // Kept on second thought: nothing changes.
    await mistaken.getByRole('button', { name: `Withdraw the question to ${TYPO_NAME}` }).click();
    const confirmation = mistaken.getByTestId('withdraw-feedback-request-confirmation');
    await confirmation.getByText(`Withdraw the question to ${TYPO_NAME}? The link stops working at once`).waitFor();
    await confirmation.getByRole('button', { name: 'Keep it' }).click();
    await confirmation.waitFor({ state: 'detached' });
    expect(await mistaken.getAttribute('data-status')).toBe('open');

    await mistaken.getByTestId('withdraw-feedback-request').click();
    await screenshot(client, 'progress-08c-withdraw-confirmation-en');
    await confirmation.getByTestId('withdraw-feedback-request-confirmation-confirm').click();
    await client.locator('[data-testid="feedback-request"][data-status="withdrawn"]', { hasText: TYPO_NAME }).waitFor();
    expect(await mistaken.getByTestId('feedback-status').innerText()).toBe('Withdrawn');
    await mistaken.getByText(/^Withdrawn on .+; the link no longer works\.$/).waitFor();
    expect(await mistaken.getByTestId('withdraw-feedback-request').count()).toBe(0);
    // The others are as they were: the answered one stays answered, the Latvian one still open.
    expect(await requests.locator('[data-testid="feedback-request"]', { hasText: 'Jānis Ozols' }).getAttribute('data-status')).toBe('answered');
    expect(await requests.locator('[data-testid="feedback-request"]', { hasText: 'Ilze Kalna' }).getAttribute('data-status')).toBe('open');

    const stakeholder = await person();
    await stakeholder.goto(typoPath);
    await stakeholder.getByTestId('stakeholder-withdrawn').getByText('This question was withdrawn').waitFor();
    expect(await stakeholder.getByTestId('stakeholder-form').count()).toBe(0);
    await screenshot(stakeholder, 'progress-08d-stakeholder-withdrawn-en');
    await stakeholder.close();
  });

  it('a value off a scale is refused with the scale\'s ends, as typed: never changed to fit and saved', async () => {
    const goalId = goalUrl.split('/').pop() ?? '';
    const metric = await callApi(client, 'POST', `/api/v1/goals/${goalId}/metrics`, { name: 'Confidence on stage', kind: 'scale', min: 1, max: 5, baseline: 2, baselineOn: rigaDate(0), target: 4 });
    expect(metric.status).toBe(201);
    const before = await callApi<{ items: unknown[] }>(client, 'GET', `/api/v1/goals/${goalId}/check-ins`);
    await client.reload();
    await client.getByTestId('progress-section').getByTestId('record-check-in').click();
    const form = client.getByTestId('check-in-form');
    const value = form.getByLabel('Confidence on stage');
    await value.fill('6');
    await value.press('Tab');
    expect(await value.inputValue()).toBe('6');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await form.getByText('The value must lie between 1 and 5, the ends of its scale.').first().waitFor();
    expect((await callApi<{ items: unknown[] }>(client, 'GET', `/api/v1/goals/${goalId}/check-ins`)).body.items).toHaveLength(before.body.items.length);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await noDialog(client);
  });

  it('raised no errors in any browser', () => {
    expect(problems.flat()).toEqual([]);
  });
});

describe('the demo practice, as the demo coach', () => {
  let demo: Page;

  it('sees the clients ordered by risk, each with a risk badge and the goals at risk', async () => {
    demo = await person();
    await demo.goto('/signin');
    await demo.getByLabel('Email').fill('coach@demo.tandem.lv');
    await demo.getByLabel(/^Password/).fill('tandem-demo');
    await demo.getByRole('button', { name: 'Sign in' }).click();
    const rows = demo.getByTestId('client-row');
    await rows.nth(2).getByTestId('client-risk').waitFor();
    const risks = await rows.evaluateAll((items) =>
      items.map((row) => {
        const risk = row.querySelector('[data-testid="client-risk"]');
        return {
          name: row.querySelector('[data-testid="client-name"]')?.textContent ?? '',
          risk: risk?.getAttribute('data-risk') ?? '',
          atRisk: Number(risk?.getAttribute('data-at-risk') ?? 0),
        };
      }),
    );
    const rank = ['at_risk', 'needs_attention', 'on_track', 'not_judged'];
    for (const [index, row] of risks.entries()) {
      const next = risks[index + 1];
      if (!next) break;
      expect(rank.indexOf(row.risk), `${row.name} before ${next.name}`).toBeLessThanOrEqual(rank.indexOf(next.risk));
      if (row.risk === next.risk) expect(row.atRisk).toBeGreaterThanOrEqual(next.atRisk);
    }
    // The demo has clients at risk and on track: the worst first, the best last.
    expect(risks[0]?.risk).toBe('at_risk');
    expect(risks.at(-1)?.risk).toBe('on_track');
    expect(risks.map((row) => row.name)).toEqual(['Anna Bērziņa', 'Marta Kalniņa', 'James Carter']);
    expect(await rows.first().getByTestId('client-at-risk-count').innerText()).toMatch(/^\d+ goals? at risk$/);
    // The inbox beside it: the goals at risk first, each naming its client and saying why.
    const inbox = demo.getByTestId('inbox');
    const first = inbox.getByTestId('inbox-item').first();
    await first.waitFor();
    expect(await first.getAttribute('data-kind')).toBe('goal_at_risk');
    expect(await first.getByTestId('inbox-headline').innerText()).toBe('Goal at risk');
    expect(await first.innerText()).toMatch(/\d+% done, \d+% expected by today/);
    const clients = await inbox.getByTestId('inbox-client').allInnerTexts();
    expect(clients.map((name) => name.toLowerCase())).toEqual(expect.arrayContaining(['anna bērziņa', 'marta kalniņa']));
    // The count beside the title shows in full beside its two-line intro: "10", never cut to "1…".
    const count = inbox.getByTestId('inbox-count');
    expect(Number(await count.innerText())).toBeGreaterThanOrEqual(10);
    expect(await count.evaluate((badge) => [...badge.querySelectorAll('*'), badge].every((part) => part.scrollWidth <= part.clientWidth))).toBe(true);
    await screenshot(demo, 'progress-09-demo-coach-home-en');
  });

  it("reads Marta's cascade: vision to month, each with progress and a risk badge; branches open and close", async () => {
    await demo.getByTestId('client-name').getByText('Marta Kalniņa').click();
    const tree = demo.getByTestId('cascade-tree');
    await tree.waitFor();
    const nodes = await tree.getByTestId('cascade-node').evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('data-depth')}:${item.getAttribute('data-horizon')}:${item.getAttribute('data-state')}`),
    );
    expect(nodes).toEqual(['0:vision:active', '1:year:active', '2:quarter:active', '3:month:active', '0:year:draft']);
    const vision = tree.locator('[data-testid="cascade-node"][data-horizon="vision"]');
    const month = tree.locator('[data-testid="cascade-node"][data-horizon="month"]');
    const quarter = tree.locator('[data-testid="cascade-node"][data-horizon="quarter"]');
    expect(await month.getAttribute('data-risk')).toBe('at_risk');
    expect(await month.getByTestId('risk-badge').innerText()).toBe('AT RISK');
    expect(await month.locator('[data-testid="risk-reason"][data-code="behind_plan"]').innerText()).toContain('behind the plan line');
    expect(await quarter.getAttribute('data-risk')).toBe('needs_attention');
    expect(await quarter.getByTestId('risk-badge').first().innerText()).toBe('NEEDS ATTENTION');
    expect(await month.getByTestId('expected-mark').count()).toBe(1);
    // The draft is not judged: shown muted, with its state instead of a risk.
    const draft = tree.locator('[data-testid="cascade-node"][data-state="draft"]');
    expect(await draft.getAttribute('data-risk')).toBe('not_judged');
    expect(await draft.getByTestId('goal-state').innerText()).toBe('DRAFT');
    await screenshot(demo, 'progress-10-demo-cascade-en');

    await vision.getByTestId('cascade-toggle').first().click();
    await month.waitFor({ state: 'detached' });
    expect(await tree.getByTestId('cascade-node').count()).toBe(2);
    expect(await vision.getByTestId('cascade-hidden-count').innerText()).toBe('3 goals in this branch · 1 at risk');
    await screenshot(demo, 'progress-11-demo-cascade-closed-en');
    await tree.getByTestId('cascade-expand-all').click();
    await month.waitFor();
    expect(await tree.getByTestId('cascade-node').count()).toBe(5);
  });

  it("opens Marta's month goal from the tree: months of check-ins charted against the plan", async () => {
    await demo.getByTestId('cascade-tree').locator('[data-testid="cascade-node"][data-horizon="month"]').getByTestId('cascade-goal-link').click();
    const section = demo.getByTestId('progress-section');
    await section.getByTestId('metric-chart').locator('svg path.recharts-curve').nth(1).waitFor();
    await section.locator('[data-testid="risk-badge"][data-risk="at_risk"]').first().waitFor();
    expect(await section.getByTestId('risk-reason').count()).toBeGreaterThan(0);
    await demo.mouse.move(0, 0);
    await screenshot(demo, 'progress-12-demo-month-goal-en');
  });

  it("opens James's goal whose new words wait for the coach: the metric keeps its target, and the page says so", async () => {
    const [james] = (await callApi<{ items: { id: string; client: { name: string } }[] }>(demo, 'GET', '/api/v1/engagements?q=james')).body.items;
    const goals = (await callApi<{ items: { id: string; title: string }[] }>(demo, 'GET', `/api/v1/engagements/${james?.id}/goals`)).body.items;
    const calls = goals.find((goal) => goal.title.startsWith('Hold 3 discovery calls'));
    expect(calls).toBeDefined();
    await demo.goto(`/goals/${calls?.id}`);
    await demo.getByTestId('pending-change').getByTestId('pending-after').getByText('Hold 2 discovery calls a week with prospective clients').waitFor();
    expect(await demo.getByTestId('pending-change-targets').innerText()).toBe(
      'The metrics keep their targets (Discovery calls: 36 calls): once the new words are agreed, check that they still fit.',
    );
  });

  it('in Latvian: the coach home and the cascade', async () => {
    await demo.getByTestId('language-switch').getByText('LV', { exact: true }).click();
    await demo.getByRole('heading', { name: 'Virzība' }).waitFor();
    await demo.goto('/');
    const rows = demo.getByTestId('client-row');
    await rows.first().getByTestId('client-risk').waitFor();
    expect(await rows.first().getByTestId('risk-badge').innerText()).toBe('APDRAUDĒTS');
    expect(await rows.last().getByTestId('risk-badge').innerText()).toBe('VISS KĀRTĪBĀ');
    await demo.getByTestId('inbox').getByRole('heading', { name: 'Iesūtne' }).waitFor();
    const first = demo.getByTestId('inbox').getByTestId('inbox-item').first();
    expect(await first.getByTestId('inbox-headline').innerText()).toBe('Mērķis ir apdraudēts');
    await screenshot(demo, 'progress-13-demo-coach-home-lv');
    await demo.getByTestId('client-name').getByText('Marta Kalniņa').click();
    const month = demo.locator('[data-testid="cascade-node"][data-horizon="month"]');
    await month.locator('[data-testid="risk-reason"][data-code="behind_plan"]').getByText(/atpalicība no plāna/).waitFor();
    await demo.getByRole('button', { name: 'Aizvērt visus zarus' }).waitFor();
    await screenshot(demo, 'progress-14-demo-cascade-lv');
  });

  it('raised no errors in any browser', () => {
    expect(problems.flat()).toEqual([]);
  });
});
