import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, ENGINES, fixedClock, PASSWORD, signUpCoach, startTestServer, type TestServer } from './support.ts';

const NEW_PASSWORD = 'a brand new passphrase';

describe.each(ENGINES)('security headers on %s', (engine) => {
  let server: TestServer;
  let proxied: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine);
    proxied = await startTestServer(engine, { trustProxy: true });
  });
  afterAll(async () => {
    await server?.close();
    await proxied?.close();
  });

  it('sends a content security policy that forbids framing and inline scripts, on answers and on problems alike', async () => {
    for (const path of ['/healthz', '/api/v1/me', '/api/docs/']) {
      const response = await fetch(server.url + path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toMatch(/script-src 'self'(;|$)/);
      expect(csp, path).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('referrer-policy'), path).toBe('same-origin');
    }
  });

  it('keeps the API reference page working under the policy', async () => {
    const page = await fetch(`${server.url}/api/docs/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    // Every script of the page is a file of its own: nothing inline for the policy to block.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('sends HSTS only on an HTTPS request, as told by a trusted proxy', async () => {
    expect((await fetch(`${server.url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
    // An untrusted X-Forwarded-Proto is not believed.
    expect((await fetch(`${server.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toBeNull();
    expect((await fetch(`${proxied.url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
    const overHttps = await fetch(`${proxied.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(overHttps.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
  });
});

describe.each(ENGINES)('sessions and passwords on %s', (engine) => {
  const clock = fixedClock('2026-03-10T09:00:00Z');
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
  });
  afterAll(() => server?.close());

  const statusOfMe = async (cookie: string | undefined) => {
    const browser = new Browser(server.url);
    browser.cookie = cookie;
    return (await browser.get('/api/v1/me')).status;
  };

  it('issues a fresh session at every sign-in and ends the one the browser came with', async () => {
    const { email } = await signUpCoach(server);
    const browser = new Browser(server.url);
    await browser.post('/api/v1/auth/login', { email, password: PASSWORD });
    const planted = browser.cookie;
    expect(planted).toBeDefined();
    const again = await browser.post('/api/v1/auth/login', { email, password: PASSWORD });
    expect(again.status).toBe(200);
    expect(browser.cookie).toBeDefined();
    expect(browser.cookie).not.toBe(planted);
    expect(await statusOfMe(planted)).toBe(401);
    expect(await statusOfMe(browser.cookie)).toBe(200);
  });

  it('ends a session planted by someone else when the victim signs in with it (fixation)', async () => {
    const attacker = await signUpCoach(server, { name: 'Mallory' });
    const victim = await signUpCoach(server, { name: 'Victoria' });
    const planted = attacker.browser.cookie;
    const browser = new Browser(server.url);
    browser.cookie = planted;
    expect((await browser.post('/api/v1/auth/login', { email: victim.email, password: PASSWORD })).body.user.name).toBe('Victoria');
    expect(browser.cookie).not.toBe(planted);
    // The attacker's copy of the token opens nothing now: neither their account nor the victim's.
    expect(await statusOfMe(planted)).toBe(401);
  });

  it('signs out everywhere: every session and API token ends, this one included', async () => {
    const { browser, email } = await signUpCoach(server);
    const laptop = new Browser(server.url);
    await laptop.post('/api/v1/auth/login', { email, password: PASSWORD });
    const token = (await new Browser(server.url).post('/api/v1/auth/tokens', { email, password: PASSWORD })).body.token as string;
    const cli = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(cli.status).toBe(200);

    const ended = await browser.post('/api/v1/auth/logout-everywhere');
    expect(ended.status).toBe(200);
    expect(ended.body).toEqual({ sessionsEnded: 2, tokensRevoked: 1 });
    expect(browser.cookie).toBeUndefined();
    expect(await statusOfMe(laptop.cookie)).toBe(401);
    expect((await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    expect((await browser.post('/api/v1/auth/logout-everywhere')).status).toBe(401);
  });

  it('changes the password with the current one, ending the other sessions but not this one', async () => {
    const { browser, email } = await signUpCoach(server);
    const phone = new Browser(server.url);
    await phone.post('/api/v1/auth/login', { email, password: PASSWORD });

    const changed = await browser.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(changed.status).toBe(204);
    expect((await browser.get('/api/v1/me')).status).toBe(200);
    expect((await phone.get('/api/v1/me')).status).toBe(401);
    expect((await new Browser(server.url).post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(401);
    expect((await new Browser(server.url).post('/api/v1/auth/login', { email, password: NEW_PASSWORD })).status).toBe(200);
  });

  it('refuses a wrong current password naming currentPassword, changes nothing, and counts it toward the limit', async () => {
    const { browser, email } = await signUpCoach(server);
    const [before] = await server.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [email]);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const wrong = await browser.post('/api/v1/me/password', { currentPassword: 'not my password', newPassword: NEW_PASSWORD });
      expect(wrong.status).toBe(400);
      expect(wrong.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'currentPassword', code: 'wrong_password' }] });
    }
    const [after] = await server.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [email]);
    expect(after).toEqual(before);
    // Five wrong guesses: even the right password is refused for a while, here and at sign-in.
    expect((await browser.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(429);
    expect((await new Browser(server.url).post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(429);
    clock.advanceMinutes(16);
    expect((await browser.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(204);
  });

  it('refuses the current password as the new one, naming newPassword, and keeps the other devices signed in', async () => {
    const { browser, email } = await signUpCoach(server);
    const phone = new Browser(server.url);
    await phone.post('/api/v1/auth/login', { email, password: PASSWORD });
    const token = (await new Browser(server.url).post('/api/v1/auth/tokens', { email, password: PASSWORD })).body.token as string;
    const [before] = await server.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [email]);

    const same = await browser.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: PASSWORD });
    expect(same.status).toBe(400);
    expect(same.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'newPassword', code: 'same_password' }] });
    const [after] = await server.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [email]);
    expect(after).toEqual(before);
    expect((await phone.get('/api/v1/me')).status).toBe(200);
    expect((await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    const events = await server.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'password_changed' AND actor_id = (SELECT id FROM users WHERE email = $1)",
      [email],
    );
    expect(events[0]?.n).toBe(0);
  });

  it('refuses a short new password naming newPassword', async () => {
    const { browser } = await signUpCoach(server);
    const short = await browser.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([expect.objectContaining({ path: 'newPassword' })]);
  });
});
