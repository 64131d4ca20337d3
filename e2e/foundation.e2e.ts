import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { emailWithLink } from './support/outbox.ts';

// The foundation journey: a coach signs up and invites a client, whom Tandem emails the link (and
// a new one the coach makes); the client joins by the emailed link and writes down values and
// aspirations, the coach reads them; the UI switches to Latvian; the demo practice is there to
// sign in to.

const journey = useJourney();
const { problems } = journey;
const person = journey.person;
/** An invitation link in an email's text. */
const INVITE_LINK = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/;

async function textOf(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).first().innerText()).trim();
}

describe('foundation journey', () => {
  let coach: Page;
  let client: Page;
  let inviteUrl = '';

  it('a coach signs up and invites a client', async () => {
    coach = await person();
    await coach.goto('/signup');
    await coach.getByRole('heading', { name: 'Start your practice' }).waitFor();
    await coach.getByLabel('Your name').fill('Līga Priede');
    await coach.getByLabel('Email').fill('liga@priede.example');
    await coach.getByLabel(/^Password/).fill('a-long-password');
    await coach.getByLabel('Practice name').fill('Priede Coaching');
    await coach.getByRole('button', { name: 'Create account' }).click();

    await coach.getByRole('heading', { name: 'Clients' }).waitFor();
    await coach.getByTestId('client-list-empty').waitFor();

    const form = coach.getByTestId('invite-form');
    await form.getByLabel("Client's name").fill('Laura Liepa');
    await form.getByLabel("Client's email").fill('laura@liepa.example');
    // Tandem emails the invitation unless the coach says otherwise; the link is there to copy either way.
    expect(await form.getByLabel('Email the invitation to laura@liepa.example').isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Create invitation' }).click();

    const link = coach.getByTestId('invite-url');
    await link.waitFor();
    inviteUrl = await link.inputValue();
    expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{16,}$/);
    await coach.getByText('The invitation for Laura Liepa is ready.', { exact: true }).waitFor();
    // "Being emailed" first, then, once the list beside it has asked again, that it went.
    const inviteLink = coach.getByTestId('invite-link');
    await inviteLink.locator('[data-testid="invitation-email"][data-status="sent"]').waitFor();
    expect(await inviteLink.getByTestId('invitation-email').innerText()).toBe('The invitation was emailed to laura@liepa.example. You can copy the link too.');

    const emailed = await emailWithLink(journey.server.outboxDir, 'laura@liepa.example', INVITE_LINK);
    expect(emailed.link).toBe(inviteUrl);
    expect(emailed.text).toContain('Hello Laura Liepa,');
    expect(emailed.text).toContain('Līga Priede of Priede Coaching invites you to work together in Tandem.');

    const row = coach.getByTestId('client-row').filter({ hasText: 'Laura Liepa' });
    await row.waitFor();
    expect(await row.getByTestId('status-badge').getAttribute('data-status')).toBe('invited');
    expect(await row.innerText()).toContain('laura@liepa.example');
    // The list asks again while the email is on its way, and then says when it went.
    await row.locator('[data-testid="invitation-email"][data-status="sent"]').waitFor();
    expect(await row.getByTestId('invitation-email').innerText()).toMatch(/^Invitation emailed on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await screenshot(coach, '01-coach-home-after-invite-en');

    // A new link, emailed too: the one sent first stops working.
    await row.getByTestId('new-invite-link').click();
    const dialog = coach.getByRole('dialog', { name: 'New invitation link' });
    await dialog.getByText('Earlier links for Laura Liepa stop working once the new one is made.').waitFor();
    expect(await dialog.getByLabel('Email the invitation to laura@liepa.example').isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Make a new link' }).click();
    await dialog.getByTestId('invite-url').waitFor();
    const renewedUrl = await dialog.getByTestId('invite-url').inputValue();
    expect(renewedUrl).not.toBe(inviteUrl);
    await expect.poll(async () => (await emailWithLink(journey.server.outboxDir, 'laura@liepa.example', INVITE_LINK)).link, { timeout: 10_000 }).toBe(renewedUrl);
    // The dialog says the new link went, not the email of the link before it (which had gone too).
    await dialog.locator('[data-testid="invitation-email"][data-status="sent"]').waitFor();
    expect(await dialog.getByTestId('invitation-email').innerText()).toBe('The invitation was emailed to laura@liepa.example. You can copy the link too.');
    await screenshot(coach, '01b-new-invite-link-en');
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await dialog.waitFor({ state: 'detached' });
    // The form's card no longer offers the first link, which stopped working.
    await form.getByTestId('invite-link').waitFor({ state: 'detached' });
    const replaced = await callApi<{ status: string; replaced: boolean }>(coach, 'GET', `/api/v1/invitations/${inviteUrl.split('/').pop()}`);
    expect(replaced.body).toMatchObject({ status: 'expired', replaced: true });
    // Laura, opening the first email's link, is sent to the latest email.
    const laura = await person();
    await laura.goto(new URL(inviteUrl).pathname);
    const unusable = laura.getByTestId('invitation-unusable');
    await unusable.waitFor();
    expect(await unusable.getAttribute('data-reason')).toBe('replaced');
    await laura.getByText('Your coach made a newer link for you: open the link in the latest invitation email, or ask your coach for a new one.').waitFor();
    inviteUrl = renewedUrl;
  });

  it('the client accepts by the emailed link in a second browser and records a value and an aspiration', async () => {
    client = await person();
    await client.goto(new URL(inviteUrl).pathname);
    await client.getByRole('heading', { name: 'You are invited' }).waitFor();
    expect(await client.getByText('Līga Priede of Priede Coaching invites you').count()).toBe(1);
    expect(await client.getByLabel('Your name').inputValue()).toBe('Laura Liepa');
    await screenshot(client, '02-invitation-en');

    await client.getByLabel(/^Password/).fill('laura-secret-1');
    await client.getByRole('button', { name: 'Accept and join' }).click();
    await client.waitForURL(/\/engagements\/[0-9a-f-]{36}$/);
    await client.getByRole('heading', { name: 'Values and aspirations' }).waitFor();
    expect(await textOf(client, 'engagement-client-name')).toBe('Laura Liepa');
    // The page speaks to the client about their own coaching, not about "the client".
    await client.getByText('Your coaching', { exact: true }).waitFor();
    await client.getByText('What you are working towards, in words you and your coach have agreed to.').waitFor();
    await client.getByText('What matters to you and what you reach for. Goals will lean on these.').waitFor();

    const form = client.getByTestId('value-form');
    await form.getByLabel('Title').fill('Honesty');
    await form.getByLabel('In your own words').fill('Saying what I think, kindly.');
    await form.getByRole('button', { name: 'Add' }).click();
    await client.getByTestId('value-group-value').getByTestId('value-item').filter({ hasText: 'Honesty' }).waitFor();

    await form.getByTestId('value-kind').getByText('Aspiration').click();
    await form.getByLabel('Title').fill('Lead a product team');
    await form.getByLabel('In your own words').fill('Within two years.');
    await form.getByRole('button', { name: 'Add' }).click();
    await client
      .getByTestId('value-group-aspiration')
      .getByTestId('value-item')
      .filter({ hasText: 'Lead a product team' })
      .waitFor();

    // Archive and restore: nothing the client writes is lost. Each step waits for the server's
    // answer, so that a refused request says so instead of timing out on the page.
    const answerTo = (method: string, path: RegExp) =>
      client.waitForResponse((response) => response.request().method() === method && path.test(new URL(response.url()).pathname));
    const archived = answerTo('POST', /\/values\/[0-9a-f-]{36}\/archive$/);
    await client.getByRole('button', { name: 'Archive “Honesty”' }).click();
    expect((await archived).status()).toBe(200);
    await client.getByTestId('value-group-value').getByTestId('value-group-empty').waitFor();
    await client.getByTestId('toggle-archived').click();
    await client.locator('[data-testid="toggle-archived"][aria-expanded="true"]').waitFor();
    await client.getByTestId('archived-values').getByTestId('archived-value-item').filter({ hasText: 'Honesty' }).waitFor();
    const restored = answerTo('PATCH', /\/values\/[0-9a-f-]{36}$/);
    await client.getByRole('button', { name: 'Restore “Honesty”' }).click();
    expect((await restored).status()).toBe(200);
    await client.getByTestId('value-group-value').getByTestId('value-item').filter({ hasText: 'Honesty' }).waitFor();
    await screenshot(client, '03-client-values-en');
  });

  it('the coach sees them read-only', async () => {
    await coach.reload();
    const row = coach.getByTestId('client-row').filter({ hasText: 'Laura Liepa' });
    await row.locator('[data-status="active"]').first().waitFor();
    await row.getByTestId('client-name').click();
    await coach.getByRole('heading', { name: 'Values and aspirations' }).waitFor();
    await coach.getByTestId('coach-read-only-note').waitFor();
    await coach.getByText('What matters to the client and what they reach for. Goals will lean on these.').waitFor();
    await coach.getByTestId('value-item').filter({ hasText: 'Lead a product team' }).waitFor();
    expect(await coach.getByTestId('value-item').count()).toBe(2);
    expect(await coach.getByTestId('value-form').count()).toBe(0);
    expect(await coach.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    expect(await coach.getByRole('button', { name: /^Archive/ }).count()).toBe(0);
    await screenshot(coach, '04-coach-engagement-en');
  });

  it('switching to Latvian translates the UI and is kept in the profile', async () => {
    await coach.getByTestId('language-switch').getByText('LV').click();
    await coach.getByRole('heading', { name: 'Vērtības un centieni' }).waitFor();
    await coach.getByRole('heading', { name: 'Centieni', exact: true }).waitFor();
    expect(await coach.getByText('Values and aspirations').count()).toBe(0);
    expect(await coach.getByRole('link', { name: 'Sākums', exact: true }).count()).toBeGreaterThan(0);
    expect(await coach.locator('html').getAttribute('lang')).toBe('lv');
    expect(await textOf(coach, 'engagement-started-on')).toMatch(/\d{4}\. gada \d{1,2}\. [a-zāčēģīķļņšūž]+/);

    await coach.reload();
    await coach.getByRole('heading', { name: 'Vērtības un centieni' }).waitFor();
    expect(await coach.getByTestId('coach-read-only-note').innerText()).toContain('tikai klients');
    await screenshot(coach, '05-coach-engagement-lv');

    await coach.getByRole('link', { name: 'Atpakaļ uz sākumu' }).click();
    await coach.getByRole('heading', { name: 'Klienti' }).waitFor();
    expect(await coach.getByTestId('invite-form').getByRole('button', { name: 'Izveidot uzaicinājumu' }).count()).toBe(1);
    expect(await coach.getByText('Create invitation').count()).toBe(0);
    await screenshot(coach, '06-coach-home-lv');

    await coach.getByRole('link', { name: 'Profils', exact: true }).click();
    await coach.getByRole('heading', { name: 'Jūsu profils' }).waitFor();
    expect(await coach.getByTestId('profile-time-zone').inputValue()).toBe('Europe/Riga');
    await screenshot(coach, '07-profile-lv');
    await coach.getByLabel(/^Jūsu vārds/).fill('Līga Priede-Ozola');
    await coach.getByRole('button', { name: 'Saglabāt izmaiņas' }).click();
    await coach.getByTestId('user-name').getByText('Līga Priede-Ozola').waitFor();

    // A private calendar address: shown once, works in a calendar app, and can be turned off.
    const feed = coach.getByTestId('calendar-feed');
    await feed.getByRole('button', { name: 'Izveidot kalendāra adresi' }).click();
    const address = await feed.getByTestId('calendar-feed-url').inputValue();
    expect(address).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const calendar = await fetch(address);
    expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await calendar.text()).toMatch(/^BEGIN:VCALENDAR/);
    await screenshot(coach, '07b-profile-calendar-lv');
    await feed.getByRole('button', { name: 'Izslēgt' }).click();
    await feed.getByRole('button', { name: 'Izveidot kalendāra adresi' }).waitFor();
    expect((await fetch(address)).status).toBe(404);
  });

  it('the demo coach signs in and sees the three demo clients', async () => {
    const demo = await person();
    await demo.goto('/');
    await demo.waitForURL(/\/signin$/);
    await demo.getByLabel('Email').fill('coach@demo.tandem.lv');
    await demo.getByLabel(/^Password/).fill('not-the-password');
    await demo.getByRole('button', { name: 'Sign in' }).click();
    await demo.getByText('The email or password is not right.').waitFor();
    await screenshot(demo, '08-signin-error-en');

    await demo.getByLabel(/^Password/).fill('tandem-demo');
    await demo.getByRole('button', { name: 'Sign in' }).click();
    await demo.getByRole('heading', { name: 'Clients' }).waitFor();
    const rows = demo.getByTestId('client-row');
    await rows.nth(2).waitFor();
    expect(await rows.count()).toBe(3);
    const names = (await demo.getByTestId('client-name').allInnerTexts()).sort();
    expect(names).toEqual(['Anna Bērziņa', 'James Carter', 'Marta Kalniņa']);
    await screenshot(demo, '09-demo-coach-home-en');

    await demo.getByTestId('user-menu').click();
    await demo.getByTestId('sign-out').click();
    await demo.waitForURL(/\/signin$/);
  });

  it('a page loaded before a deploy loads the new build when a part of the old one is gone, instead of going blank', async () => {
    const early = await person({ expectedStatuses: [404] });
    // The engagement page's script of the build this page came with is gone (a deploy happened
    // while the page was open) until the page loads again, which fetches the new build. The
    // page's loads are counted by the requests for its document, which go out before any script
    // of the new page can ask for the engagement page's (the load event may come after it).
    let loads = 0;
    early.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === early.mainFrame()) loads += 1;
    });
    let loadsBefore = Number.POSITIVE_INFINITY;
    await early.route(/\/assets\/engagement-page-[\w-]+\.js$/, (route) =>
      loads <= loadsBefore ? route.fulfill({ status: 404, contentType: 'application/problem+json', body: '{}' }) : route.continue(),
    );
    await early.goto('/signin');
    await early.getByLabel('Email').fill('coach@demo.tandem.lv');
    await early.getByLabel(/^Password/).fill('tandem-demo');
    await early.getByRole('button', { name: 'Sign in' }).click();
    await early.getByTestId('client-row').first().waitFor();
    loadsBefore = loads;
    await early.getByTestId('client-row').filter({ hasText: 'James Carter' }).getByRole('link').first().click();
    await early.getByTestId('sessions-section').waitFor();
    expect(early.url()).toMatch(/\/engagements\/[0-9a-f-]{36}$/);
    expect(loads).toBe(loadsBefore + 1);
  });

  it('before sign-in speaks the browser\'s language and explains throttling', async () => {
    const visitor = await person({ locale: 'lv-LV' });
    await visitor.goto('/signin');
    await visitor.getByRole('heading', { name: 'Laipni lūdzam atpakaļ' }).waitFor();
    expect(await visitor.locator('html').getAttribute('lang')).toBe('lv');
    await visitor.getByLabel(/^E-pasts/).fill('nobody@example.lv');
    for (let attempt = 1; attempt <= 6; attempt++) {
      await visitor.getByLabel(/^Parole/).fill(`wrong-password-${attempt}`);
      await visitor.getByRole('button', { name: 'Pieteikties', exact: true }).click();
      await visitor.getByTestId('problem').waitFor();
    }
    await visitor.getByText(/Pārāk daudz neveiksmīgu pieteikšanās mēģinājumu ar šo e-pastu. Mēģiniet vēlreiz pēc \d+ minūt/).waitFor();
    // Headed by what it is, not "Lūdzu, pārbaudiet": nothing in the form is wrong.
    await visitor.getByTestId('problem').getByText('Pārāk daudz mēģinājumu', { exact: true }).waitFor();
    await screenshot(visitor, '10-signin-throttled-lv');
  });

  it('raised no errors in any browser', () => {
    expect(problems.flat()).toEqual([]);
  });
});
