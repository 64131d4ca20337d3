// `tandem import check-ins` and `tandem export` end to end: a coach, a client and an active goal
// with metrics set up through the HTTP API, then the real bin, signed in as the client.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readConfig, startServer, type RunningServer } from '@tandem/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession, tandem, temporaryDir } from './support.ts';

const PASSWORD = 'correct horse battery';

type Exported = {
  goal: { id: string; title: string };
  metrics: { id: string; name: string }[];
  checkIns: { effectiveOn: string; values: { metricId: string; value: number }[]; text: string }[];
  revisions: { number: number }[];
  progress: { status: string; metrics: { name: string }[] };
};

/** A day counted from today in UTC; a few days' margin keeps the client's time zone out of it. */
function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const DAY = { d55: daysFromToday(-55), d50: daysFromToday(-50), d30: daysFromToday(-30), d10: daysFromToday(-10), future: daysFromToday(10) };

// Lines 2, 5, 8 (a note over two lines) and 10 are good; 3, 4 and 11 fail here, 6 and 7 on the server.
const MIXED_CSV = [
  'date,runs,Sleep hours,energy,confidence,note',
  `${DAY.d50},2,6.5,3,6,First week`,
  '2026-02-30,3,,,,',
  `${DAY.d50},three,7,,,`,
  `${DAY.d30},4,"7.25",4,8,"Rain, but I ran"`,
  `${DAY.future},5,,,,`,
  `${DAY.d30},,7.5,7,,`,
  `${DAY.d10},6,,,,"two`,
  'lines"',
  `${DAY.d55},1,6,,,`,
  `${DAY.d50},,,,,only words`,
].join('\r\n');

describe('import and export of check-ins', () => {
  let server: RunningServer;
  let env: NodeJS.ProcessEnv;
  let dir: string;
  let goalId: string;
  let client: HttpSession;
  let mixedFile: string;
  const countCheckIns = async () => (await client.get<{ items: unknown[] }>(`/api/v1/goals/${goalId}/check-ins`)).items.length;

  beforeAll(async () => {
    dir = await temporaryDir('import');
    server = await startServer(readConfig({ PORT: '0', HOST: '127.0.0.1', TANDEM_DATA_DIR: join(dir, 'data'), TANDEM_DEMO: 'off', LOG_LEVEL: 'silent' }));
    const coach = new HttpSession(server.url);
    await coach.post('/api/v1/auth/signup', { name: 'Ilze Ozola', email: 'ilze@example.test', password: PASSWORD, practiceName: 'Ozola Coaching' });
    const invited = await coach.post<{ id: string; inviteUrl: string }>('/api/v1/engagements', { clientName: 'Marta Kalniņa', clientEmail: 'marta@example.test' });
    client = new HttpSession(server.url);
    await client.post(`/api/v1/invitations/${invited.inviteUrl.split('/').pop() ?? ''}/accept`, { name: 'Marta Kalniņa', password: PASSWORD });
    const draft = await client.post<{ id: string; pendingRevision: { id: string } }>(`/api/v1/engagements/${invited.id}/goals`, {
      title: 'Run three times a week',
      horizon: 'quarter',
      startsOn: daysFromToday(-60),
      dueOn: daysFromToday(30),
    });
    goalId = draft.id;
    for (const person of [client, coach]) await person.post(`/api/v1/goals/${goalId}/agreements`, { revisionId: draft.pendingRevision.id, decision: 'agree' });
    const baselineOn = daysFromToday(-60);
    await client.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Runs', kind: 'number', baseline: 0, baselineOn, target: 36 });
    await client.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Sleep hours', kind: 'number', baseline: 6, baselineOn, target: 8 });
    await client.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Energy', kind: 'scale', min: 1, max: 5, baseline: 2, baselineOn, target: 4 });

    env = { TANDEM_CONFIG_DIR: join(dir, 'config'), TANDEM_URL: server.url };
    const login = await tandem(['login', '--email', 'marta@example.test', '--password-stdin'], { env, input: `${PASSWORD}\n` });
    expect(login.code, login.stderr).toBe(0);
    mixedFile = join(dir, 'check-ins.csv');
    await writeFile(mixedFile, MIXED_CSV);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('refuses a file with an unknown column before importing anything', async () => {
    const file = join(dir, 'unknown-column.csv');
    await writeFile(file, `date,Runs,Steps\n${DAY.d50},2,9000\n`);
    const run = await tandem(['import', 'check-ins', file, '--goal', goalId], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Error: the header of the file is not understood; nothing was imported:');
    expect(run.stderr).toContain('unknown column "Steps": not a metric of this goal');
    expect(run.stderr).toContain('Columns this goal accepts: "date", "confidence", "note", "Runs", "Sleep hours", "Energy".');
    expect(await countCheckIns()).toBe(0);
  });

  it('checks a file with --dry-run without importing it', async () => {
    const run = await tandem(['import', 'check-ins', mixedFile, '--goal', goalId, '--dry-run'], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Rows ready\s+6/);
    expect(run.stdout).toMatch(/Rows with problems\s+3/);
    expect(run.stderr).toContain('line 3, date: "2026-02-30" is not a date; write it as YYYY-MM-DD');
    expect(await countCheckIns()).toBe(0);
  });

  it('imports the good rows and reports each bad one by line and field', async () => {
    const run = await tandem(['import', 'check-ins', mixedFile, '--goal', goalId], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Check-ins from ${mixedFile} into the goal "Run three times a week":`);
    expect(run.stdout).toMatch(/Imported\s+4\n/);
    expect(run.stdout).toMatch(/Already imported \(replayed\)\s+0\n/);
    expect(run.stdout).toMatch(/Failed\s+5\n/);
    const report = run.stderr.slice(run.stderr.indexOf('Error:'));
    expect(report.split('\n').slice(0, 6)).toEqual([
      'Error: 5 rows were not imported:',
      '  line 3, date: "2026-02-30" is not a date; write it as YYYY-MM-DD',
      '  line 4, runs: "three" is not a number',
      '  line 6, date: the date is in the future; a check-in speaks for a day that has come',
      '  line 7, energy: must lie between 1 and 5',
      '  line 11: no metric value in this row',
    ]);
    // Not a terminal: one plain line per row sent instead of a bar.
    expect(run.stderr).toContain(`→ line 2, ${DAY.d50}`);
    expect(run.stderr).toContain(`→ line 8, ${DAY.d10}`);
    expect(await countCheckIns()).toBe(4);
  });

  it('imports nothing twice when the same file is run again', async () => {
    const run = await tandem(['import', 'check-ins', mixedFile, '--goal', goalId], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Imported\s+0\n/);
    expect(run.stdout).toMatch(/Already imported \(replayed\)\s+4\n/);
    expect(run.stdout).toMatch(/Failed\s+5\n/);
    expect(await countCheckIns()).toBe(4);
  });

  it('speaks Latvian when TANDEM_LOCALE=lv', async () => {
    const run = await tandem(['import', 'check-ins', mixedFile, '--goal', goalId], { env: { ...env, TANDEM_LOCALE: 'lv' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Progresa ieraksti no ${mixedFile} mērķī "Run three times a week":`);
    expect(run.stdout).toMatch(/Jau bija importēti \(atkārtoti\)\s+4\n/);
    expect(run.stderr).toContain('Kļūda: 5 rindas netika importētas:');
    expect(run.stderr).toContain('3. rinda, date: "2026-02-30" nav datums; rakstiet to kā GGGG-MM-DD');
    expect(run.stderr).toContain('6. rinda, date: datums ir nākotnē');
    expect(run.stderr).toContain('7. rinda, energy: jābūt no 1 līdz 5');
    const missing = await tandem(['export', '--format', 'xml', '--goal', goalId], { env: { ...env, TANDEM_LOCALE: 'lv' } });
    expect(missing.stderr.trim()).toBe('Kļūda: "xml" nav formāts: izvēlieties csv vai json.');
    const help = await tandem(['import', 'check-ins', '--help'], { env: { TANDEM_LOCALE: 'lv' } });
    expect(help.stdout).toContain('Lietojums: tandem import check-ins [opcijas] <file>');
    expect(help.stdout).toContain('pārbaudīt failu pret mērķi, neko neimportējot');
  });

  it('exports the history as CSV, one row per check-in in date order, properly quoted', async () => {
    const file = join(dir, 'history.csv');
    const run = await tandem(['export', '--goal', goalId, '--output', file], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Wrote the history of "Run three times a week" to ${file} (CSV, 4 check-ins).`);
    expect(await readFile(file, 'utf8')).toBe(
      [
        'date,kind,author,confidence,Runs,Sleep hours,Energy,text',
        `${DAY.d55},metric,Marta Kalniņa,,1,6,,`,
        `${DAY.d50},metric,Marta Kalniņa,6,2,6.5,3,First week`,
        `${DAY.d30},metric,Marta Kalniņa,8,4,7.25,4,"Rain, but I ran"`,
        `${DAY.d10},metric,Marta Kalniņa,,6,,,"two\nlines"`,
        '',
      ].join('\r\n'),
    );
    const toStdout = await tandem(['export', '--goal', goalId, '--format', 'csv'], { env });
    expect(toStdout.stdout).toBe(await readFile(file, 'utf8'));
  });

  it('exports the history as JSON: goal, metrics, check-ins by date, revisions and progress', async () => {
    const run = await tandem(['export', '--goal', goalId], { env });
    expect(run.code, run.stderr).toBe(0);
    const exported = JSON.parse(run.stdout) as Exported;
    expect(exported.goal).toMatchObject({ id: goalId, title: 'Run three times a week' });
    expect(exported.metrics.map((metric) => metric.name)).toEqual(['Runs', 'Sleep hours', 'Energy']);
    expect(exported.checkIns.map((checkIn) => checkIn.effectiveOn)).toEqual([DAY.d55, DAY.d50, DAY.d30, DAY.d10]);
    const nameOf = new Map(exported.metrics.map((metric) => [metric.id, metric.name]));
    expect(exported.checkIns.map((checkIn) => Object.fromEntries(checkIn.values.map((entry) => [nameOf.get(entry.metricId), entry.value])))).toEqual([
      { Runs: 1, 'Sleep hours': 6 },
      { Runs: 2, 'Sleep hours': 6.5, Energy: 3 },
      { Runs: 4, 'Sleep hours': 7.25, Energy: 4 },
      { Runs: 6 },
    ]);
    expect(exported.checkIns[3]?.text).toBe('two\nlines');
    expect(exported.revisions.map((revision) => revision.number)).toEqual([1]);
    expect(exported.progress.metrics.map((metric) => metric.name)).toEqual(['Runs', 'Sleep hours', 'Energy']);

    const file = join(dir, 'history.json');
    const written = await tandem(['export', '--goal', goalId, '-o', file], { env });
    expect(written.stdout).toContain('(JSON, 4 check-ins)');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(exported);
  });

  it('explains a wrong or missing goal, and what each command does', async () => {
    const missing = await tandem(['import', 'check-ins', mixedFile], { env });
    expect(missing.stderr.trim()).toBe('Error: the option "-g, --goal <id>" is required.');
    const notAnId = await tandem(['export', '--goal', 'run-more'], { env });
    expect(notAnId.stderr).toContain('"run-more" is not a goal id');
    const unknown = await tandem(['export', '--goal', '00000000-0000-4000-8000-000000000000'], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('Error: No such goal, or it is not in one of your engagements.');
    const noFile = await tandem(['import', 'check-ins', join(dir, 'nowhere.csv'), '--goal', goalId], { env });
    expect(noFile.stderr).toContain('nowhere.csv: no such file or folder.');
    for (const command of [['import', 'check-ins'], ['export']]) {
      const help = await tandem([...command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: tandem ${command.join(' ')} [options]`);
    }
  });

  it('imports only the rows fixed in place when the same file is run again', async () => {
    const fixedFile = join(dir, 'check-ins-fixed.csv');
    await writeFile(fixedFile, MIXED_CSV.replace(`${DAY.d50},three,7,,,`, `${DAY.d50},3,7,,,`));
    const before = await countCheckIns();
    const run = await tandem(['import', 'check-ins', fixedFile, '--goal', goalId], { env });
    expect(run.stdout).toMatch(/Imported\s+1\n/);
    expect(run.stdout).toMatch(/Already imported \(replayed\)\s+4\n/);
    expect(run.stdout).toMatch(/Failed\s+4\n/);
    expect(await countCheckIns()).toBe(before + 1);
  });
});
