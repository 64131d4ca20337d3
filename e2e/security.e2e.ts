import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { emailWithLink } from './support/outbox.ts';

// The security journey: a coach turns on two-factor sign-in on the profile page (the code
// computed here from the key the page shows), signs out and in again with a code; a client who
// forgot their password gets a link in the outbox, sets a new one and signs in with it; the owner
// reads the audit log and narrows it to a kind of event and a person. Every page runs under the
// content security policy without console errors.

const journey = useJourney();
const { problems } = journey;

const COACH = { name: 'Dace Drošā', email: 'dace@drosa.example', password: 'a-long-password' };
const CLIENT = { name: 'Laura Liepiņa', email: 'laura@drosa.example', password: 'lauras-long-password' };
const NEW_PASSWORD = 'another-long-password';

/** The code an authenticator shows `secondsAhead` from now. */
function codeAt(secret: string, secondsAhead = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + secondsAhead });
}

/** The reset link in the newest email to `to` in the outbox, waiting for it to arrive. */
async function resetLinkFor(outboxDir: string, to: string): Promise<string> {
  return (await emailWithLink(outboxDir, to, /https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/)).link;
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/signin');
  const form = page.getByTestId('signin-form');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel(/^Password/).fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Waits until the audit log shows exactly these rows, newest first, each "action by actor id",
 * and no other filter's rows still stand in for them; fails showing the rows it has otherwise.
 */
async function expectAuditRows(page: Page, expected: string[]): Promise<void> {
  const shown = () =>
    page.evaluate(() => ({
      busy: document.querySelector('[data-testid="audit-results"]')?.getAttribute('aria-busy') ?? null,
      rows: [...document.querySelectorAll('[data-testid="audit-row"]')].map((row) => `${row.getAttribute('data-action')} by ${row.getAttribute('data-actor')}`),
    }));
  await page
    .waitForFunction(
      (wanted) =>
        document.querySelector('[data-testid="audit-results"]')?.getAttribute('aria-busy') === 'false' &&
        JSON.stringify([...document.querySelectorAll('[data-testid="audit-row"]')].map((row) => `${row.getAttribute('data-action')} by ${row.getAttribute('data-actor')}`)) ===
          JSON.stringify(wanted),
      expected,
    )
    .catch(() => undefined);
  expect(await shown()).toEqual({ busy: 'false', rows: expected });
}

describe('security journey', () => {
  let coach: Page;
  let secret = '';
  let recoveryCodes: string[] = [];

  it('serves the app under a content security policy that forbids framing', async () => {
    coach = await journey.person();
    const response = await coach.goto('/signin');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await coach.getByRole('heading', { name: 'Welcome back' }).waitFor();
    const signUp = await callApi(coach, 'POST', '/api/v1/auth/signup', { ...COACH, practiceName: 'Drošā Coaching', locale: 'en', timeZone: 'Europe/Riga' });
    expect(signUp.status).toBe(201);
  });

  it('turns on two-factor sign-in on the profile page and shows the recovery codes once', async () => {
    await coach.goto('/profile');
    const card = coach.getByTestId('two-factor');
    await card.getByTestId('two-factor-status').waitFor();
    expect(await card.getByTestId('two-factor-status').getAttribute('data-enabled')).toBe('false');
    await card.getByTestId('two-factor-set-up').click();
    await card.getByTestId('two-factor-qr').waitFor();
    expect(await card.getByTestId('two-factor-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    secret = await card.getByTestId('two-factor-secret').inputValue();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    // Letters are not a code: said plainly, and nothing is sent.
    await card.getByLabel('Code from the app').fill('abc');
    await card.getByRole('button', { name: 'Turn on' }).click();
    await card.getByText('Type the 6-digit code your authenticator app shows.').waitFor();
    const code = await codeAt(secret);
    // As the app shows it, with a space in the middle.
    await card.getByLabel('Code from the app').fill(`${code.slice(0, 3)} ${code.slice(3)}`);
    await card.getByRole('button', { name: 'Turn on' }).click();
    await card.getByTestId('recovery-codes').waitFor();
    recoveryCodes = await card.getByTestId('recovery-code').allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await screenshot(coach, 'security-01-recovery-codes');
    await card.getByRole('button', { name: 'I have saved them' }).click();
    expect(await card.getByTestId('recovery-codes').count()).toBe(0);
    expect(await card.getByTestId('two-factor-status').innerText()).toBe('On. 10 recovery codes are left.');
  });

  it('signs out, then signs in with the password and a code from the authenticator', async () => {
    await coach.getByTestId('user-menu').click();
    await coach.getByTestId('sign-out').click();
    await coach.getByRole('heading', { name: 'Welcome back' }).waitFor();

    await signIn(coach, COACH.email, COACH.password);
    await coach.getByTestId('second-factor-needed').waitFor();
    // The code of the next 30-second step: the one used to turn it on is not accepted twice.
    await coach.getByTestId('signin-code').fill(await codeAt(secret, 30));
    await coach.getByRole('button', { name: 'Verify and sign in' }).click();
    await coach.getByRole('heading', { name: 'Clients' }).waitFor();
    expect(await coach.getByTestId('user-name').innerText()).toBe(COACH.name);
  });

  it('a client who forgot the password sets a new one through the emailed link', async () => {
    const client = await journey.person();
    const email = 'james@demo.tandem.lv';
    await client.goto('/signin');
    await client.getByRole('link', { name: 'Forgot your password?' }).click();
    await client.getByRole('heading', { name: 'Set a new password' }).waitFor();
    await client.getByTestId('forgot-password-form').getByLabel('Email').fill(email);
    await client.getByRole('button', { name: 'Email me a link' }).click();
    await client.getByTestId('reset-requested').waitFor();

    const link = await resetLinkFor(journey.server.outboxDir, email);
    const { pathname, search } = new URL(link);
    await client.goto(pathname + search);
    await client.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await client.getByLabel(/^New password/).fill(NEW_PASSWORD);
    await client.getByRole('button', { name: 'Set the new password' }).click();
    await client.getByTestId('password-reset-done').waitFor();
    await screenshot(client, 'security-02-password-reset');

    await signIn(client, email, NEW_PASSWORD);
    await client.getByTestId('user-menu').waitFor();
    expect(await client.getByTestId('user-name').innerText()).toBe('James Carter');
  });

  it('the owner reads the audit log from the navigation', async () => {
    await coach.getByRole('navigation', { name: 'Main navigation' }).first().getByRole('link', { name: 'Audit log' }).click();
    await coach.getByRole('heading', { name: 'Audit log' }).waitFor();
    const rows = coach.getByTestId('audit-row');
    await rows.first().waitFor();
    const actions = await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-action')));
    expect(actions.slice(0, 2)).toEqual(['signed_in', 'two_factor_enabled']);
    expect(await rows.first().textContent()).toContain('Signed in');
    await screenshot(coach, 'security-03-audit-log');
  });

  it('the owner narrows the audit log to a kind of event and a person, keeps it across a reload, and clears it', async () => {
    // A client of the practice signs in once with a wrong password, then with the right one.
    const invited = await callApi<{ inviteUrl: string }>(coach, 'POST', '/api/v1/engagements', { clientName: CLIENT.name, clientEmail: CLIENT.email });
    expect(invited.status).toBe(201);
    const client = await journey.person();
    await client.goto('/signin');
    const token = invited.body.inviteUrl.split('/').pop() ?? '';
    const accepted = await callApi<{ user: { id: string } }>(client, 'POST', `/api/v1/invitations/${token}/accept`, { name: CLIENT.name, password: CLIENT.password });
    expect(accepted.status).toBe(201);
    const clientId = accepted.body.user.id;
    expect((await callApi(client, 'POST', '/api/v1/auth/login', { email: CLIENT.email, password: 'not-the-password' })).status).toBe(401);
    expect((await callApi(client, 'POST', '/api/v1/auth/login', { email: CLIENT.email, password: CLIENT.password })).status).toBe(200);

    await coach.goto('/audit');
    await coach.getByTestId('audit-row').first().waitFor();
    expect(await coach.getByTestId('audit-clear-filters').count()).toBe(0);
    await coach.getByTestId('audit-category-filter').click();
    await coach.getByRole('option', { name: 'Sign-ins' }).click();
    await coach.waitForURL((url) => url.searchParams.get('category') === 'sign_ins');
    await coach.getByTestId('audit-person-filter').click();
    await coach.getByRole('option', { name: CLIENT.name }).click();
    await expectAuditRows(coach, [`signed_in by ${clientId}`, `sign_in_failed by ${clientId}`]);
    expect(Object.fromEntries(new URL(coach.url()).searchParams)).toEqual({ category: 'sign_ins', person: clientId });
    expect(await coach.getByTestId('audit-row').first().textContent()).toContain('Signed in');
    await screenshot(coach, 'security-04-audit-log-filtered');

    // A shared or reloaded address shows the same events, with the filters it holds picked.
    await coach.reload();
    await expectAuditRows(coach, [`signed_in by ${clientId}`, `sign_in_failed by ${clientId}`]);
    expect(await coach.getByTestId('audit-category-filter').inputValue()).toBe('Sign-ins');
    await expect.poll(() => coach.getByTestId('audit-person-filter').inputValue()).toBe(CLIENT.name);

    // Nothing of this kind by her: said so, unlike an empty log.
    await coach.getByTestId('audit-category-filter').click();
    await coach.getByRole('option', { name: 'Goal agreements' }).click();
    await coach.getByTestId('audit-no-matches').getByText('Nothing matches these filters').waitFor();
    expect(await coach.getByTestId('audit-row').count()).toBe(0);

    await coach.getByTestId('audit-clear-filters').click();
    await coach.locator('[data-testid="audit-row"][data-action="two_factor_enabled"]').waitFor();
    expect(new URL(coach.url()).search).toBe('');
    expect(await coach.getByTestId('audit-clear-filters').count()).toBe(0);
    expect(await coach.getByTestId('audit-category-filter').inputValue()).toBe('All kinds');
    expect(await coach.locator('[data-testid="audit-row"][data-action="client_invited"]').count()).toBe(1);
  });

  it('signs out everywhere from the profile page', async () => {
    const laptop = await journey.person();
    await laptop.goto('/signin');
    // On the laptop, with a recovery code (the authenticator's code of this moment is used already).
    const other = await callApi(laptop, 'POST', '/api/v1/auth/login', { email: COACH.email, password: COACH.password, code: recoveryCodes[0] });
    expect(other.status).toBe(200);

    await coach.goto('/profile');
    await coach.getByTestId('sign-out-everywhere').getByRole('button', { name: 'Sign out everywhere' }).click();
    await coach.getByRole('heading', { name: 'Welcome back' }).waitFor();
    expect((await callApi(laptop, 'GET', '/api/v1/me')).status).toBe(401);
    expect((await callApi(coach, 'GET', '/api/v1/me')).status).toBe(401);
    expect(problems.flat()).toEqual([]);
  });
});
