import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CliContext } from './context.ts';
import { CliError } from './errors.ts';

/** One sign-in kept for one server: the API token the server issued and whose it is. */
export type StoredLogin = { token: string; tokenId: string; email: string; savedAt: string };

/** credentials.json: the sign-ins by server address, and the server signed in to last. */
export type Credentials = { current: string | undefined; servers: Record<string, StoredLogin> };

/** $TANDEM_CONFIG_DIR, else $XDG_CONFIG_HOME/tandem, else ~/.config/tandem. */
export function configDir(env: NodeJS.ProcessEnv): string {
  if (env.TANDEM_CONFIG_DIR) return env.TANDEM_CONFIG_DIR;
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'tandem');
}

export function credentialsPath(env: NodeJS.ProcessEnv): string {
  return join(configDir(env), 'credentials.json');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStoredLogin(value: unknown): value is StoredLogin {
  return (
    isRecord(value) &&
    typeof value.token === 'string' &&
    typeof value.tokenId === 'string' &&
    typeof value.email === 'string' &&
    typeof value.savedAt === 'string'
  );
}

export async function readCredentials(ctx: CliContext): Promise<Credentials> {
  const path = credentialsPath(ctx.env);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { current: undefined, servers: {} };
    throw new CliError(ctx.t.common.credentialsUnreadable(path));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CliError(ctx.t.common.credentialsUnreadable(path));
  }
  if (!isRecord(parsed) || !isRecord(parsed.servers)) throw new CliError(ctx.t.common.credentialsUnreadable(path));
  const servers: Record<string, StoredLogin> = {};
  for (const [server, login] of Object.entries(parsed.servers)) if (isStoredLogin(login)) servers[server] = login;
  const current = typeof parsed.current === 'string' && parsed.current in servers ? parsed.current : undefined;
  return { current, servers };
}

/**
 * Writes the file readable by its owner only (0600, in a 0700 folder), through a temporary file
 * and a rename, so that a crash never leaves half a file or a moment when others could read it.
 */
async function writeCredentials(ctx: CliContext, credentials: Credentials): Promise<void> {
  const path = credentialsPath(ctx.env);
  await mkdir(configDir(ctx.env), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

export async function saveLogin(ctx: CliContext, server: string, login: StoredLogin): Promise<void> {
  const credentials = await readCredentials(ctx);
  await writeCredentials(ctx, { current: server, servers: { ...credentials.servers, [server]: login } });
}

export async function forgetLogin(ctx: CliContext, server: string): Promise<void> {
  const credentials = await readCredentials(ctx);
  const { [server]: _forgotten, ...servers } = credentials.servers;
  const current = credentials.current === server ? undefined : credentials.current;
  await writeCredentials(ctx, { current, servers });
}
