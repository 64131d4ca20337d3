import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, rigaDate } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

// The data journey: the client downloads all their data from the profile page (their goal and
// their journal in it, the coach's private note not) and opens the printable report; the coach
// exports the engagement from its page; the owner, on the profile page, deletes the practice once
// its name is typed out, and is signed out.

const journey = useJourney();
const { problems } = journey;
const person = journey.person;

const GOAL_TITLE = 'Run 3 workshops for new managers this quarter';
const COACH_NOTE = 'PRIVATE: she doubts herself more than she says';
const JOURNAL = 'My own journal: the first workshop went better than I feared';
const PRACTICE = 'Liepa Coaching';

/** Clicks what starts a download and gives back the saved file's name and text. */
async function downloadFrom(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

describe('export and deletion journey', () => {
  let coach: Page;
  let client: Page;
  let engagementId = '';

  it('sets the scene: a coach with a private note, a client with a goal and a journal entry', async () => {
    coach = await person();
    await coach.goto('/signin');
    const signup = await callApi(coach, 'POST', '/api/v1/auth/signup', {
      name: 'Daina Liepa', email: 'daina@export.example', password: 'a-long-password', practiceName: PRACTICE, locale: 'en', timeZone: 'Europe/Riga',
    });
    expect(signup.status).toBe(201);
    const invited = await callApi<{ id: string; inviteUrl: string }>(coach, 'POST', '/api/v1/engagements', { clientName: 'Rihards Zariņš', clientEmail: 'rihards@export.example' });
    engagementId = invited.body.id;
    client = await person();
    await client.goto('/signin');
    const token = invited.body.inviteUrl.split('/').pop();
    expect((await callApi(client, 'POST', `/api/v1/invitations/${token}/accept`, { name: 'Rihards Zariņš', password: 'rihards-secret', locale: 'en', timeZone: 'Europe/Riga' })).status).toBe(201);
    const drafted = await callApi<{ id: string; pendingRevision: { id: string } }>(client, 'POST', `/api/v1/engagements/${engagementId}/goals`, {
      title: GOAL_TITLE, horizon: 'quarter', whyItMatters: 'To grow the team', startsOn: rigaDate(-10), dueOn: rigaDate(80),
    });
    const agreement = { revisionId: drafted.body.pendingRevision.id, decision: 'agree' };
    await callApi(client, 'POST', `/api/v1/goals/${drafted.body.id}/agreements`, agreement);
    expect((await callApi<{ state: string }>(coach, 'POST', `/api/v1/goals/${drafted.body.id}/agreements`, agreement)).body.state).toBe('active');
    expect((await callApi(coach, 'POST', `/api/v1/engagements/${engagementId}/coach-notes`, { body: COACH_NOTE })).status).toBe(201);
    expect((await callApi(client, 'POST', `/api/v1/engagements/${engagementId}/journal`, { body: JOURNAL })).status).toBe(201);
  });

  it('the client downloads their data from the profile page: their goal and journal, not the coach note', async () => {
    await client.goto('/profile');
    await expect(client.getByTestId('practice-data').count()).resolves.toBe(0);
    const file = await downloadFrom(client, 'download-my-data');
    expect(file.name).toBe(`tandem-my-data-${rigaDate()}.json`);
    expect(file.text).toContain(GOAL_TITLE);
    expect(file.text).toContain(JOURNAL);
    expect(file.text).not.toContain(COACH_NOTE);
    expect(JSON.parse(file.text)).toMatchObject({ format: 'tandem-export', kind: 'me' });
    await screenshot(client, 'export-profile-client');
  });

  it('the client opens the printable report of their goals and progress', async () => {
    const [report] = await Promise.all([client.context().waitForEvent('page'), client.getByTestId('open-my-report').click()]);
    await report.waitForLoadState();
    await expect(report.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Goals and progress');
    await expect(report.getByText(GOAL_TITLE).count()).resolves.toBeGreaterThan(0);
    await expect(report.getByText(/Progress: 0%/).count()).resolves.toBeGreaterThan(0);
    await screenshot(report, 'export-report-client');
    await report.close();
  });

  it('in Latvian, the profile offers the same in Latvian', async () => {
    expect((await callApi(client, 'PATCH', '/api/v1/me', { locale: 'lv' })).status).toBe(200);
    await client.goto('/profile');
    await client.getByRole('link', { name: 'Lejupielādēt manus datus (JSON)' }).waitFor();
    await client.getByRole('link', { name: 'Pārskats (HTML, lasīšanai vai drukāšanai)' }).waitFor();
  });

  it('the coach exports the engagement from its page; the client has no such button', async () => {
    await coach.goto(`/engagements/${engagementId}`);
    const file = await downloadFrom(coach, 'export-engagement');
    expect(file.name).toMatch(/^tandem-engagement-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.text).toContain(COACH_NOTE);
    expect(file.text).not.toContain(JOURNAL);
    await client.goto(`/engagements/${engagementId}`);
    await client.getByTestId('engagement-header').waitFor();
    await expect(client.getByTestId('export-engagement').count()).resolves.toBe(0);
  });

  it('the owner deletes the practice only once its name is typed out, and is signed out', async () => {
    await coach.goto('/profile');
    const section = coach.getByTestId('practice-data');
    const practiceFile = await downloadFrom(coach, 'download-practice');
    expect(practiceFile.name).toBe(`tandem-practice-${rigaDate()}.json`);
    expect(practiceFile.text).toContain(GOAL_TITLE);
    const remove = section.getByTestId('delete-practice');
    await section.getByTestId('delete-practice-confirm').fill('Liepa');
    await expect(remove.isDisabled()).resolves.toBe(true);
    await section.getByTestId('delete-practice-confirm').fill(PRACTICE);
    await screenshot(coach, 'export-delete-practice');
    await remove.click();
    await coach.waitForURL(/\/signin/);
    expect((await callApi(coach, 'POST', '/api/v1/auth/login', { email: 'daina@export.example', password: 'a-long-password' })).status).toBe(401);
    expect((await callApi(client, 'GET', '/api/v1/me')).status).toBe(401);
  });

  it('met no console errors on the way', () => {
    expect(problems.flat()).toEqual([]);
  });
});
