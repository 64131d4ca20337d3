import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, ENGINES, fixedClock, PASSWORD, signUpCoach, startTestServer, type TestServer } from './support.ts';

describe.each(ENGINES)('two-factor sign-in on %s', (engine) => {
  const clock = fixedClock('2026-03-10T09:00:00Z');
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
  });
  afterAll(() => server?.close());

  /** The code an authenticator app shows now, by the test's clock. */
  const codeNow = (secret: string) => generate({ secret, epoch: Math.floor(clock().getTime() / 1000) });

  /** A coach who turned two-factor sign-in on; the clock moves past the step of the confirming code. */
  async function coachWithTwoFactor() {
    const coach = await signUpCoach(server);
    const setup = await coach.browser.post('/api/v1/me/two-factor/setup');
    expect(setup.status).toBe(200);
    const confirmed = await coach.browser.post('/api/v1/me/two-factor/confirm', { code: await codeNow(setup.body.secret) });
    expect(confirmed.status).toBe(200);
    clock.advanceMinutes(1);
    return { ...coach, secret: setup.body.secret as string, recoveryCodes: confirmed.body.recoveryCodes as string[] };
  }

  const signIn = (body: object) => new Browser(server.url).post('/api/v1/auth/login', body);

  it('sets up an authenticator: a secret, its otpauth address and a QR code, not in force until confirmed', async () => {
    const { browser, email } = await signUpCoach(server);
    const setup = await browser.post('/api/v1/me/two-factor/setup');
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauthUri).toBe(`otpauth://totp/Tandem:${encodeURIComponent(email)}?secret=${setup.body.secret}&issuer=Tandem`);
    expect(setup.body.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(setup.body.qrCode.split(',')[1], 'base64').toString()).toContain('<svg');
    expect((await browser.get('/api/v1/me/two-factor')).body).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    expect((await signIn({ email, password: PASSWORD })).status).toBe(200);
  });

  it('refuses a wrong confirming code naming the field, and stays off', async () => {
    const { browser } = await signUpCoach(server);
    const setup = await browser.post('/api/v1/me/two-factor/setup');
    const right = await codeNow(setup.body.secret);
    const wrong = right === '000000' ? '111111' : '000000';
    const refused = await browser.post('/api/v1/me/two-factor/confirm', { code: wrong });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'code', code: 'wrong_code' }] });
    expect((await browser.get('/api/v1/me/two-factor')).body.enabled).toBe(false);
  });

  it('turns on with a code, gives ten recovery codes once, and stores them hashed', async () => {
    const { browser, recoveryCodes, email } = await coachWithTwoFactor();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
    expect((await browser.get('/api/v1/me/two-factor')).body).toEqual({ enabled: true, recoveryCodesLeft: 10 });
    const stored = await server.db.query<{ code_hash: string }>(
      'SELECT code_hash FROM recovery_codes r JOIN users u ON u.id = r.user_id WHERE u.email = $1',
      [email],
    );
    expect(stored).toHaveLength(10);
    for (const row of stored) expect(row.code_hash).toMatch(/^\$argon2id\$/);
    // Another setup while it is on is refused: turning it off comes first.
    expect((await browser.post('/api/v1/me/two-factor/setup')).status).toBe(409);
  });

  it('asks for the second factor after a right password, then signs in with the code, once', async () => {
    const { email, secret } = await coachWithTwoFactor();
    const first = await signIn({ email, password: PASSWORD });
    expect(first.status).toBe(401);
    expect(first.body).toMatchObject({ code: 'second_factor_required', errors: [{ path: 'code' }] });
    expect(first.headers.get('set-cookie')).toBeNull();

    const code = await codeNow(secret);
    const browser = new Browser(server.url);
    const second = await browser.post('/api/v1/auth/login', { email, password: PASSWORD, code });
    expect(second.status).toBe(200);
    expect((await browser.get('/api/v1/me')).body.user.email).toBe(email);
    // The same code a second time, within its 30 seconds: refused.
    const replayed = await signIn({ email, password: PASSWORD, code });
    expect(replayed.status).toBe(401);
    expect(replayed.body.code).toBe('invalid_second_factor');
    // A wrong password with a right code is still a wrong password.
    clock.advanceMinutes(1);
    expect((await signIn({ email, password: 'not the password', code: await codeNow(secret) })).body.code).toBe('invalid_credentials');
  });

  it('gives API tokens (the CLI) only with the second factor too', async () => {
    const { email, secret } = await coachWithTwoFactor();
    const tokens = (body: object) => new Browser(server.url).post('/api/v1/auth/tokens', body);
    expect((await tokens({ email, password: PASSWORD })).body.code).toBe('second_factor_required');
    const issued = await tokens({ email, password: PASSWORD, code: await codeNow(secret) });
    expect(issued.status).toBe(201);
    expect(issued.body.token).toBeTruthy();
  });

  it('accepts each recovery code once', async () => {
    const { email, recoveryCodes, browser } = await coachWithTwoFactor();
    const [code] = recoveryCodes;
    expect((await signIn({ email, password: PASSWORD, code: code?.toUpperCase() })).status).toBe(200);
    const reused = await signIn({ email, password: PASSWORD, code });
    expect(reused.status).toBe(401);
    expect(reused.body).toMatchObject({ code: 'invalid_second_factor', errors: [{ path: 'code' }] });
    expect((await browser.get('/api/v1/me/two-factor')).body.recoveryCodesLeft).toBe(9);
  });

  it('counts wrong codes toward the sign-in limit', async () => {
    const { email, secret } = await coachWithTwoFactor();
    const right = await codeNow(secret);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await signIn({ email, password: PASSWORD, code: wrong })).body.code).toBe('invalid_second_factor');
    }
    const throttled = await signIn({ email, password: PASSWORD, code: right });
    expect(throttled.status).toBe(429);
    clock.advanceMinutes(16);
    expect((await signIn({ email, password: PASSWORD, code: await codeNow(secret) })).status).toBe(200);
  });

  it('turns off only with a current code or the password, retiring the recovery codes', async () => {
    const { browser, email, secret, recoveryCodes } = await coachWithTwoFactor();
    const missing = await browser.post('/api/v1/me/two-factor/disable', {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'code' })]);
    const wrongPassword = await browser.post('/api/v1/me/two-factor/disable', { password: 'not the password' });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body.errors).toEqual([expect.objectContaining({ path: 'password', code: 'wrong_password' })]);
    expect((await browser.get('/api/v1/me/two-factor')).body.enabled).toBe(true);

    expect((await browser.post('/api/v1/me/two-factor/disable', { code: await codeNow(secret) })).status).toBe(204);
    expect((await browser.get('/api/v1/me/two-factor')).body).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    expect((await browser.post('/api/v1/me/two-factor/disable', { password: PASSWORD })).status).toBe(409);
    expect((await signIn({ email, password: PASSWORD })).status).toBe(200);

    // Turned on again, the old recovery codes open nothing.
    const setup = await browser.post('/api/v1/me/two-factor/setup');
    await browser.post('/api/v1/me/two-factor/confirm', { code: await codeNow(setup.body.secret) });
    expect((await signIn({ email, password: PASSWORD, code: recoveryCodes[1] })).body.code).toBe('invalid_second_factor');
  });
});
