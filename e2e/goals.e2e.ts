import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, signUpCoachAndInvite, rigaDate, typedInEnglish } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

// The goals journey: a client drafts a goal while the SMART check follows their typing, and
// proposes it; the coach proposes a change with a reason; the client agrees and the goal is
// active, with both revisions in its history; the goal page speaks Latvian once the client's
// profile does. Then the demo coach goes through the demo goals (a cascade per client, goals in
// every state): drops a vague draft, reads a pending change, declines a proposal, and meets a
// goal someone changed meanwhile without losing their text.

const journey = useJourney();
const { problems } = journey;
const person = journey.person;


function criterion(panel: Locator, name: string): Locator {
  return panel.locator(`[data-testid="smart-criterion"][data-criterion="${name}"]`);
}

/** Waits until the SMART panel has settled on the given verdicts. */
async function expectVerdicts(panel: Locator, verdicts: Record<string, 'met' | 'partly' | 'missing'>): Promise<void> {
  for (const [name, verdict] of Object.entries(verdicts)) {
    await panel.locator(`[data-testid="smart-criterion"][data-criterion="${name}"][data-verdict="${verdict}"]`).waitFor();
  }
  await panel.and(panel.page().locator('[aria-busy="false"]')).waitFor();
}

const VAGUE_TITLE = 'Improve leadership';
const SMART_TITLE = 'Run 6 one-to-one meetings with each team member and reach a feedback score of at least 4 of 5';
const CHANGED_TITLE = 'Run 5 one-to-one meetings with each team member and reach a feedback score of at least 4 of 5';
const CHANGE_REASON = 'Six meetings next to the product release leave no buffer';

describe('goals journey', () => {
  let coach: Page;
  let client: Page;
  let engagementId = '';
  let goalUrl = '';

  it('sets the scene: a coach, a client who joined, and an aspiration', async () => {
    coach = await person();
    await coach.goto('/signin');
    const invited = await signUpCoachAndInvite(coach, {
      coach: { name: 'Dace Kļaviņa', email: 'dace@klavina.example' },
      practiceName: 'Kļaviņa Coaching',
      client: { name: 'Laura Liepa', email: 'laura@liepa.example' },
    });
    engagementId = invited.engagementId;

    client = await person();
    await client.goto('/signin');
    const token = invited.inviteUrl.split('/').pop();
    const accepted = await callApi(client, 'POST', `/api/v1/invitations/${token}/accept`, {
      name: 'Laura Liepa',
      password: 'laura-secret-1',
      locale: 'en',
      timeZone: 'Europe/Riga',
    });
    expect(accepted.status).toBe(201);
    const aspiration = await callApi(client, 'POST', `/api/v1/engagements/${engagementId}/values`, {
      kind: 'aspiration',
      title: 'Lead a product team',
      description: 'Within two years.',
    });
    expect(aspiration.status).toBe(201);
  });

  it('the client drafts a goal and the SMART check follows the typing', async () => {
    await client.goto('/');
    await client.getByRole('link', { name: 'Open' }).click();
    await client.getByRole('heading', { name: 'Goals', exact: true }).waitFor();
    await client.getByTestId('goals-empty').waitFor();
    await client.getByTestId('new-goal').click();
    await client.getByRole('heading', { name: 'New goal' }).waitFor();

    const panel = client.getByTestId('live-smart-panel');
    await panel.getByTestId('smart-waiting').waitFor();
    const editor = client.getByTestId('goal-editor');
    await editor.getByLabel('Title').fill(VAGUE_TITLE);
    await expectVerdicts(panel, { specific: 'missing', measurable: 'missing', relevant: 'missing', timeBound: 'missing' });
    expect(await criterion(panel, 'specific').getByTestId('smart-question').count()).toBe(1);
    expect(await criterion(panel, 'specific').getByTestId('smart-reason').innerText()).toContain('Improve');
    await screenshot(client, 'goals-01-editor-vague-en');

    await editor.getByLabel('Title').fill(SMART_TITLE);
    await editor.getByTestId('goal-horizon-input').getByText('90 days').click();
    await editor.getByLabel('Start date').fill(typedInEnglish(rigaDate(0)));
    await editor.getByLabel('Start date').press('Escape');
    await editor.getByLabel('Due date').fill(typedInEnglish(rigaDate(80)));
    await editor.getByLabel('Due date').press('Escape');
    await editor.getByLabel('Why it matters').fill('To lead the product team with confidence');
    await editor.getByLabel('Values and aspirations').click();
    await client.getByRole('option', { name: 'Lead a product team' }).click();
    await editor.getByLabel('Values and aspirations').press('Escape');
    await expectVerdicts(panel, { specific: 'met', measurable: 'met', relevant: 'met', timeBound: 'met' });
    expect(await criterion(panel, 'specific').getByTestId('smart-question').count()).toBe(0);
    await screenshot(client, 'goals-02-editor-smart-en');

    // A due date before the start is said to be so, and the check of the dates before it goes:
    // it judged other dates.
    await editor.getByLabel('Start date').fill(typedInEnglish(rigaDate(90)));
    await editor.getByLabel('Start date').press('Escape');
    await panel.getByTestId('smart-problem').getByText('The due date is before the start date.').waitFor();
    expect(await panel.getByTestId('smart-met-count').count()).toBe(0);
    await editor.getByLabel('Start date').fill(typedInEnglish(rigaDate(0)));
    await editor.getByLabel('Start date').press('Escape');
    await expectVerdicts(panel, { specific: 'met', measurable: 'met', relevant: 'met', timeBound: 'met' });

    await editor.getByRole('button', { name: 'Save draft' }).click();
    await client.waitForURL(/\/goals\/[0-9a-f-]{36}$/);
    goalUrl = new URL(client.url()).pathname;
    await client.getByTestId('goal-title').getByText(SMART_TITLE).waitFor();
    expect(await client.getByTestId('goal-state').first().getAttribute('data-state')).toBe('draft');
    expect(await client.getByTestId('goal-values').innerText()).toContain('Lead a product team');
    expect(await client.getByTestId('goal-due-on-text').innerText()).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  it('the client proposes the goal; it waits for the coach', async () => {
    await client.getByRole('button', { name: 'Propose this goal' }).click();
    await client.locator('[data-testid="goal-state"][data-state="proposed"]').first().waitFor();
    const box = client.getByTestId('agreement-box');
    expect(await box.getAttribute('data-awaits')).toBe('other');
    await box.getByRole('heading', { name: 'Waiting for Dace Kļaviņa' }).waitFor();
    await screenshot(client, 'goals-03-proposed-client-en');
  });

  it('the coach sees it waiting for their agreement and proposes a change with a reason', async () => {
    await coach.goto('/');
    const waiting = coach.getByTestId('awaiting-agreement');
    const item = waiting.getByTestId('goal-item').filter({ hasText: SMART_TITLE });
    await item.waitFor();
    expect(await item.getByTestId('awaiting-client').innerText()).toBe('Laura Liepa');
    await screenshot(coach, 'goals-04-coach-home-waiting-en');

    await item.getByTestId('goal-link').click();
    await coach.waitForURL(`**${goalUrl}`);
    const box = coach.getByTestId('agreement-box');
    await box.getByRole('heading', { name: 'Waiting for your agreement' }).waitFor();
    expect(await coach.getByTestId('awaits-me').count()).toBeGreaterThan(0);
    await screenshot(coach, 'goals-05-coach-goal-awaiting-en');

    await box.getByRole('link', { name: 'Propose a change' }).click();
    await coach.getByRole('heading', { name: 'Propose a change' }).waitFor();
    const editor = coach.getByTestId('goal-editor');
    expect(await editor.getByLabel('Title').inputValue()).toBe(SMART_TITLE);
    // Without a reason the change is not sent.
    await editor.getByLabel('Title').fill(CHANGED_TITLE);
    await editor.getByRole('button', { name: 'Propose the change' }).click();
    await editor.getByText('Say why, in at least 3 characters.').waitFor();
    await editor.getByLabel('Reason for the change').fill(CHANGE_REASON);
    await expectVerdicts(coach.getByTestId('live-smart-panel'), { specific: 'met', measurable: 'met' });
    await screenshot(coach, 'goals-06-coach-proposes-change-en');
    await editor.getByRole('button', { name: 'Propose the change' }).click();

    await coach.waitForURL(`**${goalUrl}`);
    await coach.getByTestId('goal-title').getByText(CHANGED_TITLE).waitFor();
    expect(await coach.getByTestId('agreement-box').getAttribute('data-awaits')).toBe('other');
  });

  it('the client agrees: the goal is active and its history shows both revisions', async () => {
    await client.goto('/');
    const item = client.getByTestId('awaiting-agreement').getByTestId('goal-item').filter({ hasText: CHANGED_TITLE });
    await item.waitFor();
    await screenshot(client, 'goals-07-client-home-waiting-en');
    await item.getByTestId('goal-link').click();
    const box = client.getByTestId('agreement-box');
    await box.getByTestId('pending-reason').getByText(CHANGE_REASON).waitFor();
    await box.getByRole('button', { name: 'Agree' }).click();

    await client.locator('[data-testid="goal-state"][data-state="active"]').first().waitFor();
    await box.getByRole('heading', { name: 'Agreed by both' }).waitFor();
    const revisions = client.getByTestId('revision');
    await revisions.nth(1).getByTestId('revision-agreement').nth(1).waitFor();
    expect(await revisions.count()).toBe(2);

    const first = revisions.nth(0);
    expect(await first.getByTestId('revision-byline').innerText()).toContain('Laura Liepa (client)');
    const firstFields = await first.getByTestId('revision-change').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-field')));
    expect(firstFields).toEqual(['title', 'whyItMatters', 'horizon', 'startsOn', 'dueOn', 'valueIds']);
    expect(await first.locator('[data-field="valueIds"]').innerText()).toContain('Lead a product team');
    expect(await first.locator('[data-field="horizon"]').innerText()).toContain('90 days');

    const second = revisions.nth(1);
    expect(await second.getByTestId('revision-byline').innerText()).toContain('Dace Kļaviņa (coach)');
    expect(await second.getByTestId('revision-reason').innerText()).toBe(CHANGE_REASON);
    const change = second.getByTestId('revision-change');
    expect(await change.count()).toBe(1);
    expect(await change.getAttribute('data-field')).toBe('title');
    expect(await change.getByTestId('change-before').innerText()).toBe(SMART_TITLE);
    expect(await change.getByTestId('change-after').innerText()).toBe(CHANGED_TITLE);
    const agreements = second.getByTestId('revision-agreement');
    expect(await agreements.evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-decision')}:${row.getAttribute('data-implied')}`))).toEqual([
      'agree:true',
      'agree:false',
    ]);
    const statuses = await revisions.getByTestId('revision-status').evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-status')));
    expect(statuses).toEqual(['replaced', 'inForce']);
    await screenshot(client, 'goals-08-active-with-history-en');
  });

  it('the goal page speaks Latvian once the client switches, SMART reasons included', async () => {
    const englishReason = await client.getByTestId('smart-panel').getByTestId('smart-reason').first().innerText();
    await client.getByTestId('language-switch').getByText('LV').click();
    await client.getByRole('heading', { name: 'Vēsture' }).waitFor();
    await client.reload();
    await client.getByRole('heading', { name: 'Abas puses piekrīt' }).waitFor();
    expect(await client.locator('html').getAttribute('lang')).toBe('lv');
    expect(await client.getByTestId('goal-state').first().textContent()).toBe('Aktīvs');
    await client.getByRole('heading', { name: 'SMART pārbaude' }).waitFor();
    const latvianReason = await client.getByTestId('smart-panel').getByTestId('smart-reason').first().innerText();
    expect(latvianReason).not.toBe(englishReason);
    expect(latvianReason).toMatch(/[āčēģīķļņšūž]/);
    expect(await client.getByTestId('revision').nth(1).getByTestId('revision-byline').innerText()).toMatch(/^Rakstīja Dace Kļaviņa \(koučs\), /);
    expect(await client.getByTestId('revision').first().locator('[data-field="horizon"]').innerText()).toContain('90 dienas');
    expect(await client.getByTestId('goal-due-on-text').innerText()).toMatch(/\d{4}\. gada \d{1,2}\. [a-zāčēģīķļņšūž]+/);
    expect(await client.getByText('History', { exact: true }).count()).toBe(0);
    await screenshot(client, 'goals-09-active-with-history-lv');

    await client.getByRole('link', { name: /Atpakaļ uz jūsu koučingu/ }).click();
    await client.getByRole('heading', { name: 'Mērķi', exact: true }).waitFor();
    await client.getByTestId('cascade-tree').waitFor();
    await client.getByTestId('goals-view').getByText('Pēc stāvokļa').click();
    await client.getByTestId('goal-group-active').getByTestId('goal-item').filter({ hasText: CHANGED_TITLE }).waitFor();
    await screenshot(client, 'goals-10-engagement-goals-lv');

    // The editor, in Latvian: dates day first with dots, and the live check worded in Latvian.
    await client.getByTestId('goal-group-active').getByTestId('goal-link').click();
    await client.getByTestId('agreement-box').getByRole('link', { name: 'Labot' }).click();
    await client.getByRole('heading', { name: 'Ierosināt izmaiņas' }).waitFor();
    const editor = client.getByTestId('goal-editor');
    expect(await editor.getByLabel('Sākuma datums').inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    const panel = client.getByTestId('live-smart-panel');
    await expectVerdicts(panel, { specific: 'met', timeBound: 'met' });
    expect(await criterion(panel, 'timeBound').getByTestId('smart-reason').innerText()).toMatch(/[āčēģīķļņšūž]/);
    await editor.getByLabel('Nosaukums').fill('Uzlabot līderību');
    await expectVerdicts(panel, { specific: 'missing' });
    expect(await criterion(panel, 'specific').getByTestId('smart-question').innerText()).toMatch(/[āčēģīķļņšūž]/);
    await screenshot(client, 'goals-11-editor-lv');
    await editor.getByRole('link', { name: 'Atcelt' }).click();
    await client.getByRole('heading', { name: 'Abas puses piekrīt' }).waitFor();
  });
});

describe('the demo goals, as the demo coach', () => {
  let demo: Page;

  it("sees what waits for their agreement: Anna's proposal and James's change", async () => {
    demo = await person({ expectedStatuses: [409] });
    await demo.goto('/signin');
    await demo.getByLabel('Email').fill('coach@demo.tandem.lv');
    await demo.getByLabel(/^Password/).fill('tandem-demo');
    await demo.getByRole('button', { name: 'Sign in' }).click();
    const waiting = demo.getByTestId('awaiting-agreement');
    await waiting.getByTestId('goal-item').nth(1).waitFor();
    expect(await waiting.getByTestId('goal-item').count()).toBe(2);
    expect((await waiting.getByTestId('awaiting-client').allInnerTexts()).sort()).toEqual(['Anna Bērziņa', 'James Carter']);
    await screenshot(demo, 'goals-12-demo-coach-home-en');
  });

  it("reads Marta's goals: the active cascade from the vision down, then the draft", async () => {
    await demo.getByTestId('client-name').getByText('Marta Kalniņa').click();
    const section = demo.getByTestId('goals-section');
    await section.getByTestId('cascade-tree').waitFor();
    await section.getByTestId('goals-view').getByText('By state').click();
    await section.getByTestId('goal-item').nth(4).waitFor();
    const groups = await section.locator('[data-testid^="goal-group-"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid')));
    expect(groups).toEqual(['goal-group-active', 'goal-group-draft']);
    const horizons = await section.getByTestId('goal-group-active').getByTestId('goal-horizon').evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-horizon')));
    expect(horizons).toEqual(['vision', 'year', 'quarter', 'month']);
    await section.getByTestId('goal-group-draft').getByText('Uzlabot līderību').waitFor();
    await screenshot(demo, 'goals-13-demo-marta-engagement-en');

    // A new month goal can serve any open goal on a farther horizon, within its dates.
    await section.getByTestId('new-goal').click();
    const editor = demo.getByTestId('goal-editor');
    await editor.getByTestId('goal-horizon-input').getByText('30 days').click();
    await editor.getByLabel('Serves the goal').click();
    const options = demo.getByRole('option');
    await options.nth(3).waitFor();
    expect(await options.count()).toBe(4);
    await demo.getByRole('option', { name: /^Nolasīt 4 prezentācijas/ }).click();
    await editor.getByTestId('parent-dates').waitFor();
    await editor.getByRole('link', { name: 'Cancel' }).click();
    await section.waitFor();
  });

  it('opens the vague draft: the SMART panel calls out what is missing', async () => {
    await demo.getByRole('link', { name: 'Uzlabot līderību' }).click();
    await demo.getByTestId('goal-title').getByText('Uzlabot līderību').waitFor();
    const panel = demo.getByTestId('smart-panel');
    await panel.getByTestId('smart-missing').waitFor();
    expect(await criterion(panel, 'specific').getAttribute('data-verdict')).toBe('missing');
    expect(await panel.getByTestId('smart-missing').innerText()).toContain('Specific');
    await screenshot(demo, 'goals-14-demo-vague-draft-en');
  });

  it('drops the vague draft with a reason', async () => {
    await demo.getByTestId('drop-goal').click();
    const form = demo.getByTestId('close-goal-form');
    await form.getByLabel('Reason').fill('Replaced by the presentations goal');
    await form.getByRole('button', { name: 'Drop goal' }).click();
    await demo.locator('[data-testid="goal-state"][data-state="dropped"]').first().waitFor();
    expect(await demo.getByTestId('closing-reason').innerText()).toContain('Replaced by the presentations goal');
  });

  it("opens James's active goal with its pending change, set against the words in force", async () => {
    await demo.goto('/');
    await demo.getByTestId('awaiting-agreement').getByRole('link', { name: /^Hold 3 discovery calls/ }).click();
    const change = demo.getByTestId('pending-change');
    await change.waitFor();
    const row = change.locator('[data-testid="pending-field"][data-field="title"]');
    expect(await row.getByTestId('pending-after').innerText()).toBe('Hold 2 discovery calls a week with prospective clients');
    expect(await change.innerText()).toContain('December is quiet; two a week is honest');
    expect(await demo.getByTestId('agreement-box').getAttribute('data-awaits')).toBe('me');
    await screenshot(demo, 'goals-15-demo-pending-change-en');
  });

  it("declines Anna's proposal with a comment: it goes back to drafting", async () => {
    await demo.goto('/');
    await demo.getByTestId('awaiting-agreement').getByRole('link', { name: /^Nolasīt 1 referātu angļu valodā/ }).click();
    expect(await demo.getByTestId('goal-parent').innerText()).toBe('Iesniegt referāta pieteikumu 2 starptautiskām konferencēm');
    const box = demo.getByTestId('agreement-box');
    await box.getByRole('button', { name: 'Decline' }).click();
    const form = box.getByTestId('decline-form');
    await form.getByRole('button', { name: 'Decline' }).click();
    await form.getByText('Say why you decline, in at least 3 characters.').waitFor();
    await form.getByLabel('Why do you decline?').fill('Which two conferences? Name them, and the deadline is sure.');
    await form.getByRole('button', { name: 'Decline' }).click();

    await demo.locator('[data-testid="goal-state"][data-state="draft"]').first().waitFor();
    expect(await demo.getByTestId('last-decline').innerText()).toContain('Which two conferences?');
    const revision = demo.getByTestId('revision').first();
    await revision.locator('[data-testid="revision-status"][data-status="declined"]').waitFor();
    expect(await revision.locator('[data-decision="decline"]').getByTestId('agreement-comment').innerText()).toContain('Which two conferences?');
    await screenshot(demo, 'goals-16-demo-declined-en');
  });

  it("edits Marta's active goal while it changes elsewhere, and keeps the typed text", async () => {
    await demo.goto('/');
    await demo.getByTestId('client-name').getByText('Marta Kalniņa').click();
    await demo.getByRole('link', { name: /^Nolasīt 4 prezentācijas/ }).click();
    await demo.getByTestId('revision').nth(1).waitFor();
    expect(await demo.getByTestId('revision').count()).toBe(2);
    expect(await demo.getByTestId('revision').nth(1).getByTestId('revision-reason').innerText()).toContain('Piecas prezentācijas');
    const goalId = new URL(demo.url()).pathname.split('/').pop() ?? '';

    await demo.getByTestId('agreement-box').getByRole('link', { name: 'Edit' }).click();
    const editor = demo.getByTestId('goal-editor');
    await editor.getByLabel('Title').fill('Nolasīt 3 prezentācijas uzņēmuma sanāksmēs nākamo 3 mēnešu laikā');
    await editor.getByLabel('Reason for the change').fill('Three is what the release allows');

    // Meanwhile, in another tab, the goal's description changes.
    const current = await callApi<{ version: number }>(demo, 'GET', `/api/v1/goals/${goalId}`);
    const elsewhere = await callApi(demo, 'POST', `/api/v1/goals/${goalId}/revisions`, {
      changes: { description: 'Sanāksmes notiek otrdienās' },
      reason: 'Written down where the presentations happen',
      version: current.body.version,
    });
    expect(elsewhere.status).toBe(201);

    await editor.getByRole('button', { name: 'Propose the change' }).click();
    const stale = demo.getByTestId('stale-version');
    await stale.waitFor();
    expect(await editor.getByLabel('Title').inputValue()).toBe('Nolasīt 3 prezentācijas uzņēmuma sanāksmēs nākamo 3 mēnešu laikā');
    expect(await editor.getByLabel('Reason for the change').inputValue()).toBe('Three is what the release allows');
    await screenshot(demo, 'goals-17-demo-stale-version-en');

    await stale.getByRole('button', { name: 'Reload the goal' }).click();
    await demo.getByTestId('stale-reloaded').waitFor();
    expect(await editor.getByLabel('Title').inputValue()).toBe('Nolasīt 3 prezentācijas uzņēmuma sanāksmēs nākamo 3 mēnešu laikā');
    expect(await editor.getByLabel('Description').inputValue()).toBe('Sanāksmes notiek otrdienās');
    await editor.getByRole('button', { name: 'Propose the change' }).click();

    const change = demo.getByTestId('pending-change');
    await change.waitFor();
    const fields = await change.getByTestId('pending-field').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-field')));
    expect(fields).toEqual(['title', 'description']);
    expect(await demo.getByTestId('revision').count()).toBe(4);
    const statuses = await demo.getByTestId('revision-status').evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-status')));
    expect(statuses).toEqual(['replaced', 'inForce', 'replaced', 'awaiting']);
    await screenshot(demo, 'goals-18-demo-change-pending-en');
  });

  it('raised no errors in any browser', () => {
    expect(problems.flat()).toEqual([]);
  });
});
