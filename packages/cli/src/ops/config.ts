import type { Config } from '@tandem/server';
import type { CliContext } from '../context.ts';
import { CliError } from '../errors.ts';

/**
 * The server's configuration from the environment, with a bad value reported as a CliError.
 * The server's code is loaded only here, by the commands that run it: the others start faster.
 */
export async function loadConfig(ctx: CliContext, overrides: NodeJS.ProcessEnv = {}): Promise<Config> {
  const { readConfig } = await import('@tandem/server');
  try {
    return readConfig({ ...ctx.env, ...overrides });
  } catch (error) {
    throw new CliError(ctx.t.common.configInvalid(error instanceof Error ? error.message : String(error)));
  }
}

/** Which database this configuration opens, with the password of a PostgreSQL URL hidden. */
export function describeDatabase(ctx: CliContext, config: Pick<Config, 'databaseUrl' | 'dataDir'>): string {
  if (!config.databaseUrl) return ctx.t.common.dbEmbedded(config.dataDir);
  return ctx.t.common.dbPostgres(hidePassword(config.databaseUrl));
}

export function hidePassword(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '****';
    if (url.searchParams.has('password')) url.searchParams.set('password', '****');
    return url.toString();
  } catch {
    // A keyword/value connection string: host=... password=...
    return databaseUrl.replace(/(password\s*=\s*)('[^']*'|\S+)/gi, '$1****');
  }
}
