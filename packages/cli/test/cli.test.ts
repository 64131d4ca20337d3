// The `tandem` command end to end: the real bin in a child process, against a real server
// started in this process (user commands), or on a data directory of its own (ops commands).
import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { readConfig, startServer, type RunningServer } from '@tandem/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tandem, temporaryDir } from './support.ts';

const COACH = { name: 'Ilze Ozola', email: 'coach@demo.tandem.lv', password: 'tandem-demo' };
const CLIENTS = ['Marta Kalniņa', 'James Carter', 'Anna Bērziņa'];
/** The clients of the practice's second coach: the owner lists them with hers. */
const SECOND_COACH_CLIENTS = ['Elīna Kalna', 'Tom Walker'];

/** A port nothing listens on: one the system just handed out and took back. */
async function findClosedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 9;
}

describe('user commands against a running server', () => {
  let server: RunningServer;
  let dataDir: string;
  let configDir: string;
  let env: NodeJS.ProcessEnv;
  const login = (extra: NodeJS.ProcessEnv = {}, password = COACH.password) =>
    tandem(['login', '--email', COACH.email, '--password-stdin'], { env: { ...env, ...extra }, input: `${password}\n` });

  beforeAll(async () => {
    dataDir = await temporaryDir('server');
    configDir = await temporaryDir('config');
    server = await startServer(readConfig({ PORT: '0', HOST: '127.0.0.1', TANDEM_DATA_DIR: dataDir, TANDEM_DEMO: 'on', LOG_LEVEL: 'silent' }));
    env = { TANDEM_CONFIG_DIR: configDir, TANDEM_URL: server.url };
  });

  afterAll(async () => {
    await server?.close();
  });

  it('tells to sign in first when nobody is', async () => {
    const run = await tandem(['whoami'], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`You are not signed in to ${server.url}. Run \`tandem login\` first.`);
  });

  it('refuses a wrong password with a clear message', async () => {
    const run = await login({}, 'not the password');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Error: Wrong email or password.');
  });

  it('signs the coach in and keeps the token readable by the owner only', async () => {
    const run = await login();
    expect(run.stderr).toBe(`The API token is kept in ${join(configDir, 'credentials.json')}.\n`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Signed in to ${server.url} as ${COACH.name} <${COACH.email}>.`);
    expect(run.stdout).toContain('Practice: Ozola Coaching');
    const file = join(configDir, 'credentials.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const saved: { current: string; servers: Record<string, { email: string }> } = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.current).toBe(server.url);
    expect(saved.servers[server.url]?.email).toBe(COACH.email);
  });

  it('shows who is signed in', async () => {
    const run = await tandem(['whoami'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Signed in to ${server.url}:`);
    expect(run.stdout).toMatch(/Name\s+Ilze Ozola/);
    expect(run.stdout).toMatch(/Email\s+coach@demo\.tandem\.lv/);
    expect(run.stdout).toMatch(/Practice\s+Ozola Coaching/);
    expect(run.stdout).toMatch(/Role\s+(owner|coach)/);
    expect(run.stdout).toMatch(/Language\s+English/);
    expect(run.stdout).toMatch(/Time zone\s+Europe\/Riga/);
  });

  it('speaks Latvian when TANDEM_LOCALE=lv', async () => {
    const run = await tandem(['whoami'], { env: { ...env, TANDEM_LOCALE: 'lv' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Pieteikšanās serverī ${server.url}:`);
    expect(run.stdout).toMatch(/Prakse\s+Ozola Coaching/);
    expect(run.stdout).toMatch(/Loma\s+(īpašnieks|koučs)/);
    expect(run.stdout).toMatch(/Valoda\s+angļu/);
    expect(run.stdout).toMatch(/Laika josla\s+Europe\/Riga/);
    const list = await tandem(['engagements', 'list'], { env: { ...env, LANG: 'lv_LV.UTF-8', TANDEM_LOCALE: '' } });
    expect(list.stdout).toMatch(/Klients\s+E-pasts\s+Statuss\s+Sākta\s+Koučs/);
    expect(list.stdout).toContain('aktīva');
    // Its days as Ilze's account reads them in Tandem: in English, day first.
    expect(list.stdout).toMatch(/aktīva\s+\d{1,2} [A-Z][a-z]{2} \d{4}\s+Ilze Ozola/);
    expect(list.stdout).toContain('5 sadarbības');
  });

  it("lists the demo practice's clients as a table and as JSON (the owner sees both coaches')", async () => {
    const run = await tandem(['engagements', 'list'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Client\s+Email\s+Status\s+Started on\s+Coach/);
    for (const client of CLIENTS) expect(run.stdout).toMatch(new RegExp(`${client}\\s+\\S+@demo\\.tandem\\.lv\\s+active\\s+.+\\s+Ilze Ozola`));
    expect(run.stdout).toMatch(/Elīna Kalna\s+elina@demo\.tandem\.lv\s+active\s+.+\s+Pēteris Liepa/);
    expect(run.stdout).toMatch(/Tom Walker\s+tom@demo\.tandem\.lv\s+invited\s+.+\s+Pēteris Liepa/);
    expect(run.stdout).toContain('5 engagements');
    // Days the way Ilze's English account reads them in Tandem, "12 Oct 2026", never the US "Oct 12, 2026".
    expect(run.stdout).toMatch(/Marta Kalniņa\s+\S+\s+active\s+\d{1,2} [A-Z][a-z]{2} \d{4}\s+Ilze Ozola/);
    expect(run.stdout).not.toMatch(/[A-Z][a-z]{2} \d{1,2}, \d{4}/);
    const json = await tandem(['engagements', 'list', '--json'], { env });
    expect(json.code).toBe(0);
    const items: { client: { name: string } }[] = JSON.parse(json.stdout);
    expect(items.map((item) => item.client.name).sort()).toEqual([...CLIENTS, ...SECOND_COACH_CLIENTS].sort());
  });

  it("writes days the way the signed-in account reads them, whatever the machine's language", async () => {
    // Pēteris reads Tandem in Latvian; this terminal speaks English.
    const peterisEnv = { ...env, TANDEM_CONFIG_DIR: await temporaryDir('config-peteris') };
    const signedIn = await tandem(['login', '--email', 'peteris@demo.tandem.lv', '--password-stdin'], { env: peterisEnv, input: `${COACH.password}\n` });
    expect(signedIn.code, signedIn.stderr).toBe(0);
    const run = await tandem(['engagements', 'list', '--search', 'elina'], { env: peterisEnv });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Client\s+Email\s+Status\s+Started on\s+Coach/);
    expect(run.stdout).toMatch(/Elīna Kalna\s+elina@demo\.tandem\.lv\s+active\s+\d{4}\. gada \d{1,2}\. \S+\s+Pēteris Liepa/);
  });

  it('narrows the list by part of a name, in any case, with or without diacritics, and by status', async () => {
    const found = await tandem(['engagements', 'list', '--search', 'BĒRZ'], { env });
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/Anna Bērziņa\s+anna@demo\.tandem\.lv/);
    expect(found.stdout).not.toContain('Marta');
    expect(found.stdout).toContain('1 engagement');
    // Typed without the diacritics (the email holds no "berzina" either).
    expect((await tandem(['engagements', 'list', '--search', 'berzina'], { env })).stdout).toMatch(/Anna Bērziņa\s+anna@demo\.tandem\.lv/);
    expect((await tandem(['engagements', 'list', '--status', 'ended'], { env })).stdout).toContain('No engagements yet.');
    const refused = await tandem(['engagements', 'list', '--status', 'finished'], { env });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/finished/);
  });

  it("hands a client over to another coach by their emails, and back; says what it did, or why it cannot", async () => {
    const moved = await tandem(['engagements', 'hand-over', 'TOM@demo.tandem.lv', '--to', 'coach@demo.tandem.lv'], { env });
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout.trim()).toBe('Tom Walker is now coached by Ilze Ozola (until now Pēteris Liepa).');
    expect((await tandem(['engagements', 'list', '--search', 'tom@'], { env })).stdout).toMatch(/Tom Walker\s+tom@demo\.tandem\.lv\s+invited\s+.+\s+Ilze Ozola/);
    const again = await tandem(['engagements', 'hand-over', 'tom@demo.tandem.lv', '--to', 'coach@demo.tandem.lv'], { env });
    expect(again.stdout.trim()).toBe('Tom Walker is already coached by Ilze Ozola; nothing changed.');

    const back = await tandem(['engagements', 'hand-over', 'tom@demo.tandem.lv', '--to', 'peteris@demo.tandem.lv'], { env: { ...env, TANDEM_LOCALE: 'lv' } });
    expect(back.code, back.stderr).toBe(0);
    expect(back.stdout.trim()).toBe('Klientu Tom Walker tagad koučo Pēteris Liepa (līdz šim Ilze Ozola).');
    expect((await tandem(['engagements', 'list', '--search', 'tom@'], { env })).stdout).toMatch(/Tom Walker\s+.+\s+Pēteris Liepa/);

    const noCoach = await tandem(['engagements', 'hand-over', 'tom@demo.tandem.lv', '--to', 'nobody@demo.tandem.lv'], { env });
    expect(noCoach.code).toBe(1);
    expect(noCoach.stderr).toContain('No coach with the email nobody@demo.tandem.lv in the practice. Its coaches: coach@demo.tandem.lv, peteris@demo.tandem.lv.');
    const noClient = await tandem(['engagements', 'hand-over', 'tom@', '--to', 'coach@demo.tandem.lv'], { env });
    expect(noClient.code).toBe(1);
    expect(noClient.stderr).toContain('No client with the email tom@ in your engagements.');
    expect((await tandem(['engagements', 'list', '--search', 'tom@'], { env })).stdout).toMatch(/Tom Walker\s+.+\s+Pēteris Liepa/);
  });

  it('invites a client: prints the single-use link, and has it emailed when asked; a bad email changes nothing', async () => {
    const byHand = await tandem(['engagements', 'invite', 'Rūta Liepa', 'ruta@example.test'], { env });
    expect(byHand.code, byHand.stderr).toBe(0);
    const [said, link, next] = byHand.stdout.trim().split('\n');
    // Until when, as Tandem's invitation email says it: the day in full, the time on Ilze's clock and its zone.
    expect(said).toMatch(/^Invited Rūta Liepa <ruta@example\.test>\. Their single-use link works until \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} \(Eastern European (Standard |Summer )?Time\):$/);
    expect(link).toMatch(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]{16,}$`));
    expect(next).toBe('Send it to them yourself, or run the command with --send-email next time.');

    const emailed = await tandem(['engagements', 'invite', 'Oskars Kalns', 'oskars@example.test', '--send-email'], { env: { ...env, TANDEM_LOCALE: 'lv' } });
    expect(emailed.code, emailed.stderr).toBe(0);
    const lines = emailed.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Uzaicināts: Oskars Kalns <oskars@example\.test>\. Vienreizējās saites derīguma termiņš: .+\. Saite:$/);
    expect(lines[2]).toBe('Tandem to sūta uz oskars@example.test.');
    // The server sends it after its answer: the email with the same link reaches the outbox.
    const outbox = join(dataDir, 'outbox');
    let sent: string[] = [];
    for (let tries = 0; tries < 100 && sent.length === 0; tries += 1) {
      sent = (await readdir(outbox).catch(() => [])).filter((name) => name.endsWith('-oskars@example.test.eml'));
      if (sent.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(sent).toHaveLength(1);
    // (Quoted-printable may break a long line: joined again before looking.)
    const eml = (await readFile(join(outbox, sent[0] ?? ''), 'utf8')).replace(/=\r?\n/g, '');
    expect(eml).toContain(lines[1]?.split('/').pop() ?? 'no link printed');

    const before = (await tandem(['engagements', 'list', '--json'], { env })).stdout;
    const bad = await tandem(['engagements', 'invite', 'Nobody', 'not-an-email'], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/clientEmail/);
    expect((await tandem(['engagements', 'list', '--json'], { env })).stdout).toBe(before);
  });

  it('says so in one line when the server cannot be reached', async () => {
    const closedUrl = `http://127.0.0.1:${await findClosedPort()}`;
    const run = await login({ TANDEM_URL: closedUrl });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`Cannot reach the Tandem server at ${closedUrl}: the connection was refused.`);
  });

  it('signs out: the token is revoked on the server and forgotten here', async () => {
    const file = join(configDir, 'credentials.json');
    await copyFile(file, `${file}.before-logout`);
    const run = await tandem(['logout'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Signed out of ${server.url}`);
    const after = await tandem(['whoami'], { env });
    expect(after.code).toBe(1);
    expect(after.stderr).toContain('Run `tandem login` first.');

    // The revoked token, put back by hand, is refused by the server: one clear line, exit 1.
    await copyFile(`${file}.before-logout`, file);
    const revoked = await tandem(['engagements', 'list'], { env });
    expect(revoked.code).toBe(1);
    expect(revoked.stderr.trim()).toBe(
      `Error: Your sign-in at ${server.url} is no longer valid (the token was revoked or has expired). Run \`tandem login\` again.`,
    );
  });
});

describe('help', () => {
  it('explains every command and exits 0', async () => {
    const commands = [[], ['serve'], ['migrate'], ['seed-demo'], ['login'], ['logout'], ['whoami'], ['engagements'], ['engagements', 'list'], ['engagements', 'hand-over'], ['backup'], ['restore']];
    const runs = await Promise.all(commands.map((command) => tandem([...command, '--help'])));
    runs.forEach((run, index) => {
      expect(run.code, `tandem ${commands[index]?.join(' ')} --help`).toBe(0);
      expect(run.stdout).toContain(`Usage: tandem ${commands[index]?.join(' ')}`.trimEnd());
    });
    // The demo as seeded: its owner and a second coach, and five clients between them (one still invited).
    expect(runs[commands.findIndex((command) => command[0] === 'seed-demo')]?.stdout).toContain('create the demo practice (two coaches and five clients) unless it exists');
    const latvian = await tandem(['login', '--help'], { env: { TANDEM_LOCALE: 'lv' } });
    expect(latvian.stdout).toContain('Lietojums: tandem login [opcijas]');
    expect(latvian.stdout).toContain('nolasīt paroli no standarta ievades');
  });

  it('fails on an unknown command with a suggestion', async () => {
    const run = await tandem(['whoamii']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Error: unknown command "whoamii"');
    expect(run.stderr).toContain('Did you mean whoami?');
  });
});

describe('ops commands on a data directory of their own', () => {
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    env = { TANDEM_DATA_DIR: join(await temporaryDir('ops'), 'data') };
  });

  it('migrate applies the migrations, then finds the database up to date', async () => {
    const first = await tandem(['migrate'], { env });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Database: embedded PGlite in ${env.TANDEM_DATA_DIR}`);
    expect(first.stdout).toMatch(/Applied \d+ migrations?:/);
    expect(first.stdout).toContain('✓ 0001_foundation');
    expect(first.stderr).toContain('→ Applying migrations');
    const second = await tandem(['migrate'], { env });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('The database is up to date');
  });

  it('seed-demo creates the demo practice once, then says it exists', async () => {
    const first = await tandem(['seed-demo'], { env });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Created the demo practice.');
    expect(first.stdout).toMatch(/coach\s+Ilze Ozola\s+coach@demo\.tandem\.lv\s+tandem-demo/);
    const second = await tandem(['seed-demo'], { env: { ...env, TANDEM_LOCALE: 'lv' } });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Demonstrācijas prakse jau ir; nekas netika mainīts.');
  });

  it('serve prints its banner with the demo sign-ins and stops cleanly on SIGTERM', async () => {
    const run = await tandem(['serve', '--port', '0'], {
      env: { ...env, TANDEM_DEMO: 'on', HOST: '127.0.0.1' },
      onStdout: (text, child) => {
        if (text.includes('Press Ctrl+C to stop.')) child.kill('SIGTERM');
      },
    });
    expect(run.code, `${run.signal ?? ''} ${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/Tandem is running at http:\/\/localhost:\d+/);
    expect(run.stdout).toMatch(/Database\s+embedded PGlite in /);
    expect(run.stdout).toMatch(/Migrations\s+(up to date|applied 0001_foundation)/);
    expect(run.stdout).toMatch(/Demo\s+demo practice (already present|created)/);
    for (const client of CLIENTS) expect(run.stdout).toMatch(new RegExp(`client\\s+${client}\\s+\\S+@demo\\.tandem\\.lv\\s+tandem-demo`));
    expect(run.stderr).toContain('Stopped.');
  });

  it('serve refuses a port that is not a number', async () => {
    const run = await tandem(['serve', '--port', 'eighty'], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"eighty" is not a port number');
  });

  it('serve refuses a connection pool that is not a whole number, naming the setting', async () => {
    const run = await tandem(['serve', '--port', '0'], { env: { ...env, TANDEM_DB_POOL: 'many' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TANDEM_DB_POOL must be a whole number from 1 to 1000, not "many"');
  });
});
