// Support for the tests that need Tandem as real operating-system processes (scale-out, crash
// safety): free ports, `tandem serve` started and killed, fresh PostgreSQL databases, and a
// private PostgreSQL cluster that a test may crash without touching anyone else's.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const CLI = fileURLToPath(new URL('../../cli/bin/tandem.mjs', import.meta.url));

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export type ServerProcess = {
  url: string;
  port: number;
  child: ChildProcess;
  /** What the process printed, for a failing test's message. */
  output(): string;
  /** Ends the process with SIGKILL: no shutdown hooks, no flushing, like a crash. */
  kill(): Promise<void>;
  /** Ends the process politely (SIGTERM) and waits for it. */
  stop(): Promise<void>;
};

/** `tandem serve` in a process of its own, on a free port; resolves once /healthz answers. */
export async function spawnServer(env: Record<string, string>, options: { port?: number } = {}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  let printed = '';
  const child = spawn(process.execPath, [CLI, 'serve', '--port', String(port)], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      TANDEM_DEMO: 'off',
      LOG_LEVEL: 'warn',
      TANDEM_WEB_DIST: join(tmpdir(), 'tandem-no-web-app'),
      TANDEM_LOCALE: 'en',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const waitForExit = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`tandem serve exited with ${child.exitCode}:\n${printed}`);
    const healthy = await fetch(`${url}/healthz`).then((response) => response.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      await waitForExit('SIGKILL');
      throw new Error(`tandem serve did not answer on ${url} in time:\n${printed}`);
    }
    await sleep(150);
  }
  return {
    url,
    port,
    child,
    output: () => printed,
    kill: () => waitForExit('SIGKILL'),
    stop: () => waitForExit('SIGTERM'),
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A new, empty database on the PostgreSQL server of `adminUrl`; drop() removes it. */
export async function createFreshDatabase(adminUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleaner = new pg.Client({ connectionString: adminUrl });
      await cleaner.connect();
      await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleaner.end();
    },
  };
}

const PG_BIN = '/usr/lib/postgresql/15/bin';

/** initdb refuses to run as root: as root, the cluster belongs to the postgres user. */
function asClusterOwner(command: string, args: string[]): { command: string; args: string[] } {
  return process.getuid?.() === 0 ? { command: 'runuser', args: ['-u', 'postgres', '--', command, ...args] } : { command, args };
}

function runChecked(command: string, args: string[]): void {
  const run = asClusterOwner(command, args);
  const result = spawnSync(run.command, run.args, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

export const canRunPrivateCluster = existsSync(`${PG_BIN}/initdb`) && (process.getuid?.() !== 0 || existsSync('/usr/sbin/runuser'));

export type PrivateCluster = {
  url: string;
  /** Stops PostgreSQL the way a crash does (immediate: no checkpoint, connections cut). */
  crash(): void;
  start(): void;
  destroy(): void;
};

/** A PostgreSQL 15 cluster of the test's own, in a temporary folder, on a free port. */
export async function startPrivateCluster(): Promise<PrivateCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-pg-'));
  if (process.getuid?.() === 0) {
    const owner = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(owner.stdout.trim()), Number(group.stdout.trim()));
  }
  const port = await freePort();
  const data = join(dir, 'data');
  runChecked(`${PG_BIN}/initdb`, ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const start = () =>
    runChecked(`${PG_BIN}/pg_ctl`, ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    crash: () => runChecked(`${PG_BIN}/pg_ctl`, ['-D', data, '-m', 'immediate', 'stop']),
    start,
    destroy() {
      const run = asClusterOwner(`${PG_BIN}/pg_ctl`, ['-D', data, '-m', 'immediate', 'stop']);
      spawnSync(run.command, run.args);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
