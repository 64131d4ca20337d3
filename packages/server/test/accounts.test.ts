import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, ENGINES, fixedClock, PASSWORD, signUpCoach, startTestServer, uniqueEmail, type TestServer } from './support.ts';

describe.each(ENGINES)('accounts on %s', (engine) => {
  const clock = fixedClock('2026-03-10T09:00:00Z');
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
  });
  afterAll(() => server?.close());

  it('signs a coach up into a practice of their own, with a safe session cookie', async () => {
    const browser = new Browser(server.url);
    const email = uniqueEmail('Owner').toUpperCase();
    const response = await browser.post('/api/v1/auth/signup', {
      name: 'Ilze Ozola',
      email,
      password: PASSWORD,
      practiceName: 'Ozola Coaching',
      locale: 'lv',
      timeZone: 'Europe/Riga',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      user: { name: 'Ilze Ozola', email: email.toLowerCase(), locale: 'lv', timeZone: 'Europe/Riga' },
      practice: { name: 'Ozola Coaching' },
      role: 'owner',
      locale: 'lv',
      timeZone: 'Europe/Riga',
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^tandem_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await browser.get('/api/v1/me')).body.user.email).toBe(email.toLowerCase());
  });

  it('stores passwords as argon2id hashes and session tokens only as hashes', async () => {
    const { browser, email } = await signUpCoach(server);
    const [user] = await server.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [email]);
    expect(user?.password_hash).toMatch(/^\$argon2id\$/);
    const token = browser.cookie?.split('=')[1] ?? '';
    const rows = await server.db.query('SELECT 1 FROM auth_sessions WHERE token_hash = $1', [token]);
    expect(rows).toHaveLength(0);
  });

  it('refuses a second account with the same email, naming the field, and changes nothing', async () => {
    const { email } = await signUpCoach(server);
    const before = await server.db.query('SELECT count(*)::int AS n FROM practices');
    const again = await new Browser(server.url).post('/api/v1/auth/signup', {
      name: 'Someone Else',
      email,
      password: PASSWORD,
      practiceName: 'Another',
    });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(again.body).toMatchObject({ code: 'email_taken', status: 409, errors: [{ path: 'email' }] });
    expect(await server.db.query('SELECT count(*)::int AS n FROM practices')).toEqual(before);
  });

  it('answers bad sign-up input with problem+json naming every bad field', async () => {
    const response = await new Browser(server.url).post('/api/v1/auth/signup', {
      name: '',
      email: 'not-an-email',
      password: 'short',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body.type).toMatch(/validation_failed$/);
    const paths = response.body.errors.map((error: { path: string }) => error.path).sort();
    expect(paths).toEqual(['email', 'name', 'password', 'practiceName']);
  });

  it('signs in and out; after sign-out the cookie no longer works', async () => {
    const { email } = await signUpCoach(server);
    const browser = new Browser(server.url);
    expect((await browser.post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(200);
    const cookie = browser.cookie;
    expect((await browser.get('/api/v1/me')).status).toBe(200);
    expect((await browser.post('/api/v1/auth/logout')).status).toBe(204);
    const stale = new Browser(server.url);
    stale.cookie = cookie;
    const me = await stale.get('/api/v1/me');
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('unauthenticated');
  });

  it('refuses a wrong password without saying whether the email exists', async () => {
    const { email } = await signUpCoach(server);
    const wrong = await new Browser(server.url).post('/api/v1/auth/login', { email, password: 'wrong password!' });
    const unknown = await new Browser(server.url).post('/api/v1/auth/login', { email: uniqueEmail(), password: 'wrong password!' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('throttles repeated failed sign-ins for an email with 429, counted in the database, until the window passes', async () => {
    const { email } = await signUpCoach(server);
    const browser = new Browser(server.url);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      clock.advanceMinutes(1);
      expect((await browser.post('/api/v1/auth/login', { email, password: `wrong-${attempt}-password` })).status).toBe(401);
    }
    clock.advanceMinutes(1);
    const throttled = await browser.post('/api/v1/auth/login', { email, password: PASSWORD });
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('too_many_attempts');
    // The first counted failure was 5 minutes ago; the 15-minute window frees the email in 10.
    expect(Number(throttled.headers.get('retry-after'))).toBe(10 * 60);
    const counted = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM login_attempts WHERE email = $1 AND NOT succeeded',
      [email],
    );
    expect(counted[0]?.n).toBe(5);
    clock.advanceMinutes(10);
    expect((await browser.post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(200);
  });

  it('sets locale and IANA time zone, and refuses an unknown language or zone by field', async () => {
    const { browser } = await signUpCoach(server);
    const changed = await browser.patch('/api/v1/me', { locale: 'lv', timeZone: 'America/New_York' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ locale: 'lv', timeZone: 'America/New_York' });
    const bad = await browser.patch('/api/v1/me', { locale: 'de', timeZone: 'Mars/Olympus' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['locale', 'timeZone']);
    expect((await browser.get('/api/v1/me')).body).toMatchObject({ locale: 'lv', timeZone: 'America/New_York' });
  });

  it('refuses unsafe requests from another site, and allows the same origin', async () => {
    const { browser } = await signUpCoach(server);
    const foreign = await browser.request('PATCH', '/api/v1/me', { locale: 'lv' }, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('foreign_origin');
    expect((await browser.get('/api/v1/me')).body.locale).toBe('en');
    const same = await browser.request('PATCH', '/api/v1/me', { locale: 'lv' }, { origin: server.url });
    expect(same.status).toBe(200);
  });

  it('issues API tokens for the CLI that work as bearer credentials until revoked', async () => {
    const { email } = await signUpCoach(server);
    const anonymous = new Browser(server.url);
    const issued = await anonymous.post('/api/v1/auth/tokens', { email, password: PASSWORD, label: 'laptop' });
    expect(issued.status).toBe(201);
    const bearer = { authorization: `Bearer ${issued.body.token}` };
    expect((await anonymous.request('GET', '/api/v1/me', undefined, bearer)).body.user.email).toBe(email);
    expect((await anonymous.request('POST', '/api/v1/auth/logout', undefined, bearer)).status).toBe(204);
    expect((await anonymous.request('GET', '/api/v1/me', undefined, bearer)).status).toBe(401);
  });

  it('answers /healthz and unknown API routes as problem+json', async () => {
    const health = await new Browser(server.url).get('/healthz');
    expect(health.body).toEqual({ status: 'ok', database: engine });
    const missing = await new Browser(server.url).get('/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
