// `tandem login` for an account with two-factor sign-in: the code comes with --code, and without
// it the command says what is missing, in the reader's language.
import { generate } from 'otplib';
import { readConfig, startServer, type RunningServer } from '@tandem/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession, tandem, temporaryDir } from './support.ts';

const CLIENT = { email: 'marta@demo.tandem.lv', password: 'tandem-demo' };

describe('tandem login with two-factor sign-in', () => {
  let server: RunningServer;
  let env: NodeJS.ProcessEnv;
  let secret = '';
  const login = (args: string[] = [], extra: NodeJS.ProcessEnv = {}) =>
    tandem(['login', '--email', CLIENT.email, '--password-stdin', ...args], { env: { ...env, ...extra }, input: `${CLIENT.password}\n` });
  const codeAt = (secondsAhead: number) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + secondsAhead });

  beforeAll(async () => {
    const dataDir = await temporaryDir('server');
    server = await startServer(readConfig({ PORT: '0', HOST: '127.0.0.1', TANDEM_DATA_DIR: dataDir, TANDEM_DEMO: 'on', LOG_LEVEL: 'silent' }));
    env = { TANDEM_CONFIG_DIR: await temporaryDir('config'), TANDEM_URL: server.url };
    const browser = new HttpSession(server.url);
    await browser.post('/api/v1/auth/login', CLIENT);
    secret = (await browser.post<{ secret: string }>('/api/v1/me/two-factor/setup', {})).secret;
    await browser.post('/api/v1/me/two-factor/confirm', { code: await codeAt(0) });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('says the code is needed, in English and Latvian', async () => {
    const english = await login();
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('This account has two-factor sign-in: give the code from your authenticator app with --code.');
    const latvian = await login([], { TANDEM_LOCALE: 'lv' });
    expect(latvian.stderr).toContain('Šim kontam ir divpakāpju pieteikšanās');
  });

  it('refuses a wrong code', async () => {
    const run = await login(['--code', 'abcde-fghij']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The code is not right, or it was used already.');
  });

  it('signs in with the code of the authenticator', async () => {
    // The next 30-second step: the code that turned two-factor sign-in on is not accepted again.
    const run = await login(['--code', await codeAt(30)]);
    expect(run.stderr).not.toContain('Error');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Signed in to ${server.url} as Marta Kalniņa <${CLIENT.email}>.`);
  });
});
