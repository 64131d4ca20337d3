// What the CLI's end-to-end tests share: the real bin run as a child process with a clean
// environment, temporary folders removed after the file's tests, and (for setting up data) a
// small HTTP client that keeps a session cookie as a browser does.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/tandem.mjs', import.meta.url));

export type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };
export type RunOptions = { env?: NodeJS.ProcessEnv; input?: string; onStdout?: (text: string, child: ReturnType<typeof spawn>) => void };

/** The host's language and Tandem settings must not leak into the command under test. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(TANDEM_|LANG$|LANGUAGE$|LC_|DATABASE_URL$|PORT$|HOST$)/.test(key)) env[key] = value;
  }
  return { ...env, TANDEM_LOCALE: 'en' };
}

/** Runs the real bin asynchronously: the server answering it lives in this same process. */
export function tandem(args: string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...cleanEnv(), ...options.env } });
    let stdout = '';
    let stderr = '';
    const killer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      options.onStdout?.(stdout, child);
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

const temporaryDirs: string[] = [];
export async function temporaryDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `tandem-cli-${prefix}-`));
  temporaryDirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(temporaryDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** One person on the API, signed in by the session cookie the server sets. */
export class HttpSession {
  private cookie: string | undefined;
  constructor(private readonly baseUrl: string) {}

  /** The parsed body of a successful answer; any other answer fails the test with its body. */
  async post<T>(path: string, body: unknown): Promise<T> {
    const response = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify(body),
    });
    const session = response.headers.get('set-cookie')?.split(';')[0];
    if (session?.startsWith('tandem_session=')) this.cookie = session;
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }

  async get<T>(path: string): Promise<T> {
    const response = await fetch(this.baseUrl + path, { headers: this.cookie ? { cookie: this.cookie } : {} });
    const text = await response.text();
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }
}
