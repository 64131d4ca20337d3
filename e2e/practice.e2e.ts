import { readdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { emailWithLink } from './support/outbox.ts';

// The practice journey: an owner brings two coaches into her practice with invitation links (one
// through the practice page, which Tandem emails, withdrawing a mistaken one on the way) and, with 35 clients between
// the three of them, reads the practice page. She sees the coaches with their clients counted, pages through the clients 25 at a time,
// searches (Latvian letters typed in capitals, or without their diacritics), narrows the list to one coach and one status,
// reloads with the filter kept in the address, and reads the page in Latvian. Her home lists only
// the clients she coaches herself; a plain coach has no practice page. Last, a coach leaves: once
// her clients are handed over, the owner removes her, and her open page is signed out; invited
// back, she rejoins with her own password.

const journey = useJourney();
const { problems } = journey;

const PASSWORD = 'a-long-password';
const OWNER = { name: 'Olga Ozoliņa', email: 'olga@prakse.example' };
const ANDRIS = { name: 'Andris Kalniņš', email: 'andris@prakse.example' };
const BAIBA = { name: 'Baiba Liepiņa', email: 'baiba@prakse.example' };
/** Andris's clients: enough for a second page on their own. */
const ANDRIS_CLIENTS = Array.from({ length: 30 }, (_, index) => `Client ${String(index + 1).padStart(2, '0')}`);

type Signed = { user: { id: string }; practice: { id: string } };

async function signUp(page: Page, person: { name: string; email: string }): Promise<Signed> {
  await page.goto('/signin');
  const answer = await callApi<Signed>(page, 'POST', '/api/v1/auth/signup', {
    ...person,
    password: PASSWORD,
    practiceName: `${person.name} Coaching`,
    locale: 'en',
    timeZone: 'Europe/Riga',
  });
  expect(answer.status).toBe(201);
  return answer.body;
}

async function invite(page: Page, clientName: string): Promise<string> {
  const email = `${clientName.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '')}@clients.example`;
  const answer = await callApi<{ inviteUrl: string }>(page, 'POST', '/api/v1/engagements', { clientName, clientEmail: email });
  expect(answer.status).toBe(201);
  return answer.body.inviteUrl;
}

/** The client names listed once the list shows `range` ("Showing 26–30 of 30 clients") and is not loading. */
async function listedAt(page: Page, range: string): Promise<string[]> {
  await page.locator('[data-testid="client-results"][aria-busy="false"]').filter({ hasText: range }).waitFor();
  return page.getByTestId('practice-client-row').getByTestId('client-name').allInnerTexts();
}

function searchOf(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

describe('practice journey', () => {
  let owner: Page;
  let andris: Page;
  let andrisId = '';
  let baiba: Page;
  let zane: Page;
  let zanesGoalId = '';
  let zanesEngagementId = '';

  it('sets the scene: an owner, a coach she invited and 32 clients between them', async () => {
    owner = await journey.person();
    await signUp(owner, OWNER);
    for (const name of ['Anna Bērziņa', 'Mārtiņš Egle']) await invite(owner, name);

    const link = await callApi<{ inviteUrl: string }>(owner, 'POST', '/api/v1/practice/coach-invitations', ANDRIS);
    expect(link.status).toBe(201);
    andris = await journey.person();
    await andris.goto('/signin');
    const joined = await callApi<Signed & { role: string }>(andris, 'POST', `/api/v1/invitations/${link.body.inviteUrl.split('/').pop()}/accept`, {
      name: ANDRIS.name,
      password: PASSWORD,
      locale: 'en',
      timeZone: 'Europe/Riga',
    });
    expect(joined.status).toBe(201);
    expect(joined.body.role).toBe('coach');
    andrisId = joined.body.user.id;
    for (const name of ANDRIS_CLIENTS) await invite(andris, name);
  });

  it('the owner invites a coach from the practice page, withdraws a mistaken invitation, and the coach joins by the emailed link', async () => {
    await owner.goto('/practice');
    const form = owner.getByTestId('invite-coach-form');
    for (const person of [{ name: 'Wrong Person', email: 'wrong@prakse.example' }, BAIBA]) {
      await form.getByLabel("Coach's name").fill(person.name);
      await form.getByLabel("Coach's email").fill(person.email);
      // Ticked at first: Tandem emails the link. The owner keeps the mistaken one to herself.
      const sendEmail = form.getByLabel(`Email the invitation to ${person.email}`);
      expect(await sendEmail.isChecked()).toBe(true);
      if (person !== BAIBA) await sendEmail.uncheck();
      await form.getByRole('button', { name: 'Create invitation link' }).click();
      await owner.getByTestId('coach-invite-ready').getByText(`The link for ${person.name} is ready.`, { exact: true }).waitFor();
    }
    const ready = owner.getByTestId('coach-invite-ready');
    // "Being emailed" first, then, once the open invitations have been read again, that it went.
    await ready.locator('[data-testid="invitation-email"][data-status="sent"]').waitFor();
    expect(await ready.getByTestId('invitation-email').innerText()).toBe(`The invitation was emailed to ${BAIBA.email}. You can copy the link too.`);
    const baibaLink = await ready.getByTestId('invite-url').inputValue();
    const emailed = await emailWithLink(journey.server.outboxDir, BAIBA.email, /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/);
    expect(emailed.link).toBe(baibaLink);
    expect(emailed.text).toContain(`${OWNER.name} invites you to coach clients in ${OWNER.name} Coaching, on Tandem.`);
    const open = owner.getByTestId('open-coach-invitation');
    await open.nth(1).waitFor();
    expect(await open.allInnerTexts()).toEqual([expect.stringContaining(BAIBA.name), expect.stringContaining('Wrong Person')]);
    // The open invitations say which went by email, once they ask again (every few seconds while one is on its way).
    await open.filter({ hasText: BAIBA.name }).locator('[data-testid="invitation-email"][data-status="sent"]').waitFor();
    expect(await open.filter({ hasText: BAIBA.name }).getByTestId('invitation-email').innerText()).toMatch(/^Invitation emailed on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(await open.filter({ hasText: 'Wrong Person' }).getByTestId('invitation-email').count()).toBe(0);
    expect((await readdir(journey.server.outboxDir)).filter((name) => name.endsWith('-wrong@prakse.example.eml'))).toEqual([]);
    await owner.getByRole('button', { name: 'Withdraw the invitation for Wrong Person' }).click();
    // Asked first: the link stops working at once.
    const asked = owner.getByTestId('withdraw-coach-invitation-dialog');
    await asked.getByText('The link stops working at once, emailed or not. You can invite Wrong Person again later.').waitFor();
    await asked.getByTestId('confirm-withdraw-coach-invitation').click();
    await open.filter({ hasText: 'Wrong Person' }).waitFor({ state: 'detached' });
    await owner.getByText('The invitation for Wrong Person was withdrawn.').waitFor();
    expect(await open.count()).toBe(1);
    await screenshot(owner, 'practice-00-invite-coach-en');

    // Removed from the practice at the end of the journey, her open page is then answered 401.
    baiba = await journey.person({ expectedStatuses: [401] });
    await baiba.goto(new URL(baibaLink).pathname);
    await baiba.getByText(`${OWNER.name} invites you to coach clients in ${OWNER.name} Coaching, on Tandem.`).waitFor();
    // A new account is asked its language (a coach invited back, below, is not).
    expect(await baiba.locator('form').getByRole('radiogroup', { name: 'Language' }).count()).toBe(1);
    await baiba.getByLabel(/^Password/).fill(PASSWORD);
    await baiba.getByRole('button', { name: 'Accept and join' }).click();
    await baiba.getByTestId('client-list-empty').waitFor();
    expect(new URL(baiba.url()).pathname).toBe('/');
    for (const name of ['Jānis Bērziņš', 'Pēteris Ozols']) await invite(baiba, name);
    zane = await journey.person();
    await zane.goto('/signin');
    const token = (await invite(baiba, 'Zane Kalna')).split('/').pop();
    const accepted = await callApi<{ engagementId: string }>(zane, 'POST', `/api/v1/invitations/${token}/accept`, {
      name: 'Zane Kalna',
      password: 'zane-secret',
      locale: 'en',
      timeZone: 'Europe/Riga',
    });
    expect(accepted.status).toBe(201);
    // Words Baiba writes for Zane, before Zane is handed over to Andris.
    const drafted = await callApi<{ id: string }>(baiba, 'POST', `/api/v1/engagements/${accepted.body.engagementId}/goals`, { title: 'Lead the spring workshop', horizon: 'quarter' });
    expect(drafted.status).toBe(201);
    zanesGoalId = drafted.body.id;
    zanesEngagementId = accepted.body.engagementId;

    // Her link is used: the owner's list of open invitations is empty once she looks again.
    await owner.reload();
    await owner.getByTestId('coach-row').nth(2).waitFor();
    expect(await open.count()).toBe(0);
  });

  it("the owner's home lists only the clients she coaches, with a way to the whole practice", async () => {
    await owner.goto('/');
    await owner.getByRole('heading', { name: 'Clients' }).waitFor();
    await owner.getByTestId('client-row').nth(1).waitFor();
    expect(await owner.getByTestId('client-row').getByTestId('client-name').allInnerTexts()).toEqual(['Anna Bērziņa', 'Mārtiņš Egle']);
    // A badge's text is shown in capitals; what it says is its text.
    expect(await owner.getByTestId('client-count').textContent()).toBe('2 clients');

    await owner.getByTestId('whole-practice').click();
    await owner.getByRole('heading', { name: 'Practice', exact: true }).waitFor();
    expect(new URL(owner.url()).pathname).toBe('/practice');
  });

  it('lists the coaches, the owner first, with their clients counted by status', async () => {
    const rows = owner.getByTestId('coach-row');
    await rows.nth(2).waitFor();
    const counts = await rows.evaluateAll((elements) =>
      elements.map((row) => ['coach-name', 'coach-active', 'coach-invited', 'coach-paused', 'coach-ended'].map((id) => row.querySelector(`[data-testid="${id}"]`)?.textContent)),
    );
    expect(counts).toEqual([
      [OWNER.name, '0', '2', '0', '0'],
      [ANDRIS.name, '0', '30', '0', '0'],
      [BAIBA.name, '1', '2', '0', '0'],
    ]);
    expect(await rows.first().getByTestId('owner-badge').textContent()).toBe('Practice owner');
    expect(await owner.getByTestId('owner-badge').count()).toBe(1);
    expect(await owner.getByTestId('confidentiality-note').innerText()).toBe("You see who works with whom; each client's goals stay between them and their coach.");
    const nav = owner.getByRole('navigation', { name: 'Main navigation' }).first();
    expect(await nav.getByRole('link', { name: 'Practice' }).getAttribute('aria-current')).toBe('page');
  });

  it('pages through the clients 25 at a time', async () => {
    expect(await listedAt(owner, 'Showing 1–25 of 35 clients')).toHaveLength(25);
    await screenshot(owner, 'practice-01-page-1-en');

    await owner.getByRole('button', { name: 'Page 2' }).click();
    const second = await listedAt(owner, 'Showing 26–35 of 35 clients');
    expect(second).toHaveLength(10);
    expect(second).toContain('Zane Kalna');
    expect(searchOf(owner).get('page')).toBe('2');
  });

  it('searches by part of a name, Latvian letters typed in capitals or without their diacritics, from page 1', async () => {
    await owner.getByTestId('client-search').fill('BĒRZIŅ');
    expect(await listedAt(owner, 'Showing 1–2 of 2 clients')).toEqual(['Anna Bērziņa', 'Jānis Bērziņš']);
    expect(searchOf(owner).get('q')).toBe('BĒRZIŅ');
    // Her own client opens the engagement; another coach's client is a name, not a way in.
    const rows = owner.getByTestId('practice-client-row');
    expect(await rows.filter({ hasText: 'Anna Bērziņa' }).getByRole('link', { name: 'Anna Bērziņa' }).count()).toBe(1);
    expect(await rows.filter({ hasText: 'Jānis Bērziņš' }).getByRole('link').count()).toBe(0);
    expect(searchOf(owner).has('page')).toBe(false);
    // Typed without the diacritics, as on a phone or an English keyboard (decision 038).
    await owner.getByTestId('client-search').fill('berzin');
    expect(await listedAt(owner, 'Showing 1–2 of 2 clients')).toEqual(['Anna Bērziņa', 'Jānis Bērziņš']);

    await owner.getByTestId('client-search').fill('');
    expect(await listedAt(owner, 'Showing 1–25 of 35 clients')).toHaveLength(25);
  });

  it("narrows the list to one coach's clients, and keeps the filter in the address across a reload", async () => {
    await owner.getByTestId('coach-row').filter({ hasText: ANDRIS.name }).getByTestId('show-coach-clients').click();
    expect(await listedAt(owner, 'Showing 1–25 of 30 clients')).toEqual(ANDRIS_CLIENTS.slice(0, 25));
    await owner.getByRole('button', { name: 'Page 2' }).click();
    expect(await listedAt(owner, 'Showing 26–30 of 30 clients')).toEqual(ANDRIS_CLIENTS.slice(25));
    expect(Object.fromEntries(searchOf(owner))).toEqual({ coach: andrisId, page: '2' });

    await owner.reload();
    expect(await listedAt(owner, 'Showing 26–30 of 30 clients')).toEqual(ANDRIS_CLIENTS.slice(25));
    expect(await owner.getByTestId('coach-filter').inputValue()).toBe(ANDRIS.name);
    expect(await owner.getByTestId('coach-row').filter({ hasText: ANDRIS.name }).getAttribute('data-picked')).toBe('true');

    await owner.goBack();
    expect(await listedAt(owner, 'Showing 1–25 of 30 clients')).toEqual(ANDRIS_CLIENTS.slice(0, 25));

    await owner.getByTestId('coach-filter').click();
    await owner.getByRole('option', { name: BAIBA.name }).click();
    expect(await listedAt(owner, 'Showing 1–3 of 3 clients')).toEqual(['Jānis Bērziņš', 'Pēteris Ozols', 'Zane Kalna']);
    expect(await owner.getByTestId('client-coach').allInnerTexts()).toEqual([BAIBA.name, BAIBA.name, BAIBA.name]);
    await screenshot(owner, 'practice-02-one-coach-en');
  });

  it('narrows by status, and offers to clear the filters when nobody matches', async () => {
    await owner.getByTestId('status-filter').getByText('Active').click();
    expect(await listedAt(owner, 'Showing 1–1 of 1 client')).toEqual(['Zane Kalna']);
    expect(searchOf(owner).get('status')).toBe('active');

    await owner.getByTestId('status-filter').getByText('Ended').click();
    await owner.getByTestId('no-client-matches').getByText('No clients match').waitFor();
    await owner.getByTestId('clear-filters').click();
    expect(await listedAt(owner, 'Showing 1–25 of 35 clients')).toHaveLength(25);
    expect(searchOf(owner).toString()).toBe('');
  });

  it("another coach's engagement, opened from the audit log, shows who coaches whom and keeps their work to them", async () => {
    await owner.goto('/audit');
    const invited = owner.locator('[data-testid="audit-row"][data-action="client_invited"]').filter({ hasText: 'Zane Kalna' });
    expect(await invited.innerText()).toContain(BAIBA.name);
    await invited.getByRole('link', { name: 'Zane Kalna' }).click();
    const notice = owner.getByTestId('engagement-not-yours');
    await notice.waitFor();
    expect(new URL(owner.url()).pathname).toBe(`/engagements/${zanesEngagementId}`);
    expect(await owner.getByTestId('engagement-client-name').innerText()).toBe('Zane Kalna');
    expect(await owner.getByTestId('engagement-header').innerText()).toContain(BAIBA.name);
    expect(await notice.innerText()).toContain(`As the owner of ${OWNER.name} Coaching you see who coaches whom.`);
    // Nothing of the pair's work is asked for: no goal, session or journal section, and no refusal shown.
    expect(await owner.getByText('Lead the spring workshop').count()).toBe(0);
    expect(await owner.getByTestId('problem').count()).toBe(0);
    expect(problems.flat()).toEqual([]);
    await notice.getByRole('link', { name: 'Open the practice page' }).click();
    await listedAt(owner, 'Showing 1–25 of 35 clients');
  });

  it("hands a client over to another coach: the list and the coaches' counts follow", async () => {
    await owner.getByTestId('client-search').fill('zane');
    expect(await listedAt(owner, 'Showing 1–1 of 1 client')).toEqual(['Zane Kalna']);
    await owner.getByRole('button', { name: 'Hand Zane Kalna over to another coach' }).click();
    const dialog = owner.getByTestId('hand-over-dialog');
    await dialog.getByText(`${BAIBA.name} no longer sees this client`, { exact: false }).waitFor();
    await dialog.getByTestId('hand-over-coach').click();
    // The coach she is with is not offered.
    expect(await owner.getByRole('option').allInnerTexts()).toEqual([OWNER.name, ANDRIS.name]);
    await owner.getByRole('option', { name: ANDRIS.name }).click();
    await dialog.getByTestId('confirm-hand-over').click();
    await dialog.waitFor({ state: 'detached' });
    await owner.getByTestId('client-coach').filter({ hasText: ANDRIS.name }).waitFor();
    const counts = async (name: string) => owner.getByTestId('coach-row').filter({ hasText: name }).getByTestId('coach-active').textContent();
    await owner.waitForFunction(() => document.querySelectorAll('[data-testid="coach-row"]')[1]?.querySelector('[data-testid="coach-active"]')?.textContent === '1');
    expect([await counts(ANDRIS.name), await counts(BAIBA.name)]).toEqual(['1', '0']);
    await owner.getByTestId('client-search').fill('');
    expect(await listedAt(owner, 'Showing 1–25 of 35 clients')).toHaveLength(25);

    // Zane still reads the goal Baiba wrote, under Baiba's name (decision 033).
    await zane.goto(`/goals/${zanesGoalId}`);
    await zane.getByRole('heading', { name: 'Lead the spring workshop' }).waitFor();
    expect(await zane.getByTestId('revision-byline').first().innerText()).toContain(`${BAIBA.name} (coach)`);
  });

  it('reads in Latvian', async () => {
    await owner.getByTestId('language-switch').getByText('LV').click();
    await owner.getByRole('heading', { name: 'Prakse', exact: true }).waitFor();
    expect(await listedAt(owner, 'Rāda 1–25 no 35 klientiem')).toHaveLength(25);
    await owner.getByRole('heading', { name: 'Kouči' }).waitFor();
    await owner.getByRole('heading', { name: 'Uzaicināt kouču' }).waitFor();
    expect(await owner.getByTestId('confidentiality-note').innerText()).toBe('Jūs redzat, kas ar ko strādā; katra klienta mērķi paliek starp klientu un viņa kouču.');
    expect(await owner.getByTestId('coach-count').textContent()).toBe('3 kouči');
    expect(await owner.getByRole('columnheader', { name: 'Noslēgtas' }).count()).toBe(1);
    expect(await owner.getByTestId('owner-badge').textContent()).toBe('Prakses īpašnieks');
    expect(await owner.getByLabel('Meklēt').getAttribute('placeholder')).toBe('Vārds vai e-pasts');

    await owner.getByRole('button', { name: '2. lapa' }).click();
    expect(await listedAt(owner, 'Rāda 26–35 no 35 klientiem')).toHaveLength(10);
    await owner.getByTestId('client-search').fill('zane');
    expect(await listedAt(owner, 'Rāda 1–1 no 1 klienta')).toEqual(['Zane Kalna']);
    await screenshot(owner, 'practice-03-lv');
  });

  it('a plain coach sees only their own clients and has no practice page', async () => {
    await andris.goto('/');
    await andris.getByRole('heading', { name: 'Clients' }).waitFor();
    // His 30, and Zane, handed over to him.
    await andris.getByTestId('client-row').nth(30).waitFor();
    expect(await andris.getByTestId('client-row').count()).toBe(31);
    const nav = andris.getByRole('navigation', { name: 'Main navigation' }).first();
    await nav.getByRole('link', { name: 'Home' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Practice' }).count()).toBe(0);
    expect(await andris.getByTestId('whole-practice').count()).toBe(0);

    // An address typed or shared: he is told whose page it is and shown the way home, in his
    // language, and the API is not asked (it would refuse him).
    await andris.goto('/practice');
    await andris.getByTestId('owners-only').getByText(`Only the owner of ${OWNER.name} Coaching`).waitFor();
    expect(await andris.getByTestId('coach-list').count()).toBe(0);
    expect(await andris.getByTestId('problem').count()).toBe(0);
    await andris.goto('/audit');
    await andris.getByTestId('owners-only').waitFor();
    expect(await andris.getByTestId('audit-table').count()).toBe(0);
    await andris.getByTestId('owners-only').getByRole('link', { name: 'Go home' }).click();
    await andris.getByRole('heading', { name: 'Clients' }).waitFor();
    expect(problems.flat()).toEqual([]);
  });

  it("lists every one of a coach's clients at home, past the API's page of 100", async () => {
    const more = Array.from({ length: 75 }, (_, index) => `Later Client ${String(index + 1).padStart(2, '0')}`);
    for (const name of more) await invite(andris, name);
    await andris.goto('/');
    await andris.getByTestId('client-count').filter({ hasText: '106 clients' }).waitFor();
    expect(await andris.getByTestId('client-row').count()).toBe(106);
    expect(await andris.getByTestId('client-row').filter({ hasText: 'Later Client 75' }).count()).toBe(1);
    expect(problems.flat()).toEqual([]);
  });

  it('removes a coach who is leaving once every client of hers is handed over; her session ends at once', async () => {
    await owner.goto('/practice');
    // Back from Latvian.
    await owner.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await owner.getByRole('heading', { name: 'Practice', exact: true }).waitFor();
    const row = owner.getByTestId('coach-row').filter({ hasText: BAIBA.name });
    await row.getByTestId('remove-coach').click();
    const dialog = owner.getByTestId('remove-coach-dialog');
    // Jānis and Pēteris are still hers: the dialog says so and will not remove her.
    await dialog.getByTestId('remove-coach-holding').getByText(`${BAIBA.name} still holds 2 of the practice's engagements`).waitFor();
    expect(await dialog.getByTestId('confirm-remove-coach').isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await row.getAttribute('data-picked')).toBe('false');

    const coaches = await callApi<{ items: { id: string; name: string }[] }>(owner, 'GET', '/api/v1/practice/coaches');
    const baibaId = coaches.body.items.find((coach) => coach.name === BAIBA.name)?.id;
    const hers = await callApi<{ items: { id: string }[] }>(owner, 'GET', `/api/v1/engagements?coachId=${baibaId}`);
    expect(hers.body.items).toHaveLength(2);
    for (const engagement of hers.body.items) {
      expect((await callApi(owner, 'PATCH', `/api/v1/engagements/${engagement.id}`, { coachId: andrisId })).status).toBe(200);
    }

    await owner.reload();
    await row.getByTestId('remove-coach').click();
    await dialog.getByText(`${BAIBA.name} can no longer sign in to the practice`).waitFor();
    expect(await dialog.getByTestId('remove-coach-holding').count()).toBe(0);
    await screenshot(owner, 'practice-04-remove-coach');
    await dialog.getByTestId('confirm-remove-coach').click();
    await row.waitFor({ state: 'detached' });
    expect(await owner.getByTestId('coach-count').textContent()).toBe('2 coaches');

    await baiba.reload();
    await baiba.waitForURL(/\/signin/);
    expect(problems.flat()).toEqual([]);
  });

  it('invites the coach back: she rejoins with her own password, as the same account (decision 036)', async () => {
    const form = owner.getByTestId('invite-coach-form');
    await form.getByLabel("Coach's name").fill(BAIBA.name);
    await form.getByLabel("Coach's email").fill(BAIBA.email);
    await form.getByRole('button', { name: 'Create invitation link' }).click();
    const link = await owner.getByTestId('coach-invite-ready').getByTestId('invite-url').inputValue();

    await baiba.goto(new URL(link).pathname);
    await baiba.getByTestId('invitation-returning').getByText('Welcome back. Your account is still here: enter your password to rejoin the practice.').waitFor();
    // Her account keeps its name: only her password is asked for.
    expect(await baiba.getByLabel(/^Name/).count()).toBe(0);
    // Nor a language: her account keeps its own.
    expect(await baiba.locator('form').getByRole('radiogroup', { name: 'Language' }).count()).toBe(0);
    await baiba.getByLabel(/^Password/).fill('not-her-password');
    await baiba.getByRole('button', { name: 'Sign in and rejoin' }).click();
    await baiba.getByText('The password is not right.').waitFor();
    await screenshot(baiba, 'practice-05-coach-returns');
    await baiba.getByLabel(/^Password/).fill(PASSWORD);
    await baiba.getByRole('button', { name: 'Sign in and rejoin' }).click();
    await baiba.getByTestId('client-list-empty').waitFor();
    expect(new URL(baiba.url()).pathname).toBe('/');

    await owner.reload();
    await owner.getByTestId('coach-row').filter({ hasText: BAIBA.name }).waitFor();
    expect(await owner.getByTestId('coach-count').textContent()).toBe('3 coaches');
    expect(problems.flat()).toEqual([]);
  });
});
