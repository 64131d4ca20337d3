import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, emailsTo, ENGINES, fixedClock, PASSWORD, readableText, signUpCoach, startTestServer, uniqueEmail, waitForEmail, type TestServer } from './support.ts';

const NEW_PASSWORD = 'a brand new passphrase';


function resetTokenIn(eml: string): string {
  const match = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(readableText(eml));
  if (!match?.[1]) throw new Error(`no reset link in:\n${eml}`);
  return match[1];
}

describe.each(ENGINES)('password reset on %s', (engine) => {
  const clock = fixedClock('2026-03-10T09:00:00Z');
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
  });
  afterAll(() => server?.close());

  const requestReset = (email: string) => new Browser(server.url).post('/api/v1/auth/password-reset', { email });
  const confirm = (token: string, password = NEW_PASSWORD) => new Browser(server.url).post('/api/v1/auth/password-reset/confirm', { token, password });
  const preview = (token: string) => new Browser(server.url).get(`/api/v1/auth/password-reset/${token}`);

  it('answers 202 whether or not the email has an account, and writes an email only for an account', async () => {
    const { email } = await signUpCoach(server, { name: 'Rita Reset' });
    const nobody = uniqueEmail('nobody');
    const forAccount = await requestReset(email.toUpperCase());
    const forNobody = await requestReset(nobody);
    expect(forAccount.status).toBe(202);
    expect(forNobody.status).toBe(202);
    expect(forAccount.body).toEqual(forNobody.body);

    const eml = await waitForEmail(server.outboxDir, email);
    expect(eml).toMatch(new RegExp(`^To: ${email.replace(/[.+]/g, '\\$&')}$`, 'm'));
    expect(eml).toMatch(/^Subject: Tandem: set a new password$/m);
    expect(readableText(eml)).toContain('Hello Rita Reset');
    expect(readableText(eml)).toContain(`${server.url}/reset-password?token=`);
    expect(await emailsTo(server.outboxDir, nobody)).toEqual([]);
  });

  it('writes the email in the person\'s language', async () => {
    const browser = new Browser(server.url);
    const email = uniqueEmail('latvian');
    await browser.post('/api/v1/auth/signup', { name: 'Līga', email, password: PASSWORD, practiceName: 'Prakse', locale: 'lv' });
    await requestReset(email);
    const text = readableText(await waitForEmail(server.outboxDir, email));
    expect(text).toContain('Sveiki, Līga!');
    expect(text).toContain('Saite derīga 60 minūtes');
  });

  it('sets a new password with the link once, and signs the account out everywhere', async () => {
    const { browser, email } = await signUpCoach(server);
    const token = (await new Browser(server.url).post('/api/v1/auth/tokens', { email, password: PASSWORD })).body.token as string;
    await requestReset(email);
    const resetToken = resetTokenIn(await waitForEmail(server.outboxDir, email));
    const [stored] = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM password_resets WHERE token_hash = $1', [resetToken]);
    expect(stored?.n).toBe(0);

    expect((await confirm(resetToken)).status).toBe(204);
    expect((await browser.get('/api/v1/me')).status).toBe(401);
    expect((await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    expect((await new Browser(server.url).post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(401);
    expect((await new Browser(server.url).post('/api/v1/auth/login', { email, password: NEW_PASSWORD })).status).toBe(200);

    const reused = await confirm(resetToken, 'yet another passphrase');
    expect(reused.status).toBe(410);
    expect(reused.body).toMatchObject({ code: 'reset_link_used', errors: [{ path: 'token' }] });
    expect((await new Browser(server.url).post('/api/v1/auth/login', { email, password: NEW_PASSWORD })).status).toBe(200);
  });

  it('refuses a link after its hour, and one nobody was given, changing nothing', async () => {
    const { email } = await signUpCoach(server);
    await requestReset(email);
    const resetToken = resetTokenIn(await waitForEmail(server.outboxDir, email));
    clock.advanceMinutes(61);
    const expired = await confirm(resetToken);
    expect(expired.status).toBe(410);
    expect(expired.body.code).toBe('reset_link_expired');
    const unknown = await confirm('x'.repeat(43));
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'reset_link_not_found', errors: [{ path: 'token' }] });
    expect((await new Browser(server.url).post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(200);
  });

  it('tells what a link is before it is used, without using it: open, then used, in the language of its email', async () => {
    const browser = new Browser(server.url);
    const email = uniqueEmail('latvian');
    await browser.post('/api/v1/auth/signup', { name: 'Līga', email, password: PASSWORD, practiceName: 'Prakse', locale: 'lv' });
    await requestReset(email);
    const resetToken = resetTokenIn(await waitForEmail(server.outboxDir, email));

    for (let look = 0; look < 2; look += 1) {
      const open = await preview(resetToken);
      expect(open.status).toBe(200);
      expect(open.body).toEqual({ status: 'open', locale: 'lv' });
    }
    expect((await confirm(resetToken)).status).toBe(204);
    expect((await preview(resetToken)).body).toEqual({ status: 'used', locale: 'lv' });
    // Still "used" after its hour: that says more to the person holding it than "expired".
    clock.advanceMinutes(61);
    expect((await preview(resetToken)).body).toEqual({ status: 'used', locale: 'lv' });
  });

  it('tells that an unused link has expired, and refuses one nobody was given', async () => {
    const { email } = await signUpCoach(server);
    await requestReset(email);
    const resetToken = resetTokenIn(await waitForEmail(server.outboxDir, email));
    clock.advanceMinutes(61);
    expect((await preview(resetToken)).body).toEqual({ status: 'expired', locale: 'en' });

    const unknown = await preview('x'.repeat(43));
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'reset_link_not_found', errors: [{ path: 'token' }] });
    const truncated = await preview('abc');
    expect(truncated.status).toBe(400);
    expect(truncated.body.errors).toEqual([expect.objectContaining({ path: 'token' })]);
  });

  it('names the bad field and changes nothing', async () => {
    const badEmail = await new Browser(server.url).post('/api/v1/auth/password-reset', { email: 'not an email' });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.errors).toEqual([expect.objectContaining({ path: 'email' })]);
    const shortPassword = await confirm('y'.repeat(43), 'short');
    expect(shortPassword.status).toBe(400);
    expect(shortPassword.body.errors).toEqual([expect.objectContaining({ path: 'password' })]);
  });

  it('throttles reset requests per email in the database, account or not', async () => {
    const { email } = await signUpCoach(server);
    const nobody = uniqueEmail('nobody');
    for (const address of [email, nobody]) {
      for (let request = 0; request < 3; request += 1) expect((await requestReset(address)).status).toBe(202);
      const fourth = await requestReset(address);
      expect(fourth.status).toBe(429);
      expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    await waitForEmail(server.outboxDir, email, 3);
    expect(await emailsTo(server.outboxDir, email)).toHaveLength(3);
    clock.advanceMinutes(61);
    expect((await requestReset(email)).status).toBe(202);
  });
});
