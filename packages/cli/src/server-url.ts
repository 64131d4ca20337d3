import type { CliContext } from './context.ts';
import type { Credentials } from './credentials.ts';
import { CliError } from './errors.ts';

export const DEFAULT_SERVER = 'http://localhost:3000';

/** "localhost:3000/" and "http://localhost:3000" name the same server: one key in credentials.json. */
export function normalizeServerUrl(ctx: CliContext, value: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()) ? value.trim() : `http://${value.trim()}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new CliError(ctx.t.common.invalidServerUrl(value));
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.search || url.hash) {
    throw new CliError(ctx.t.common.invalidServerUrl(value));
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** The server a command talks to: --server, else $TANDEM_URL, else the last signed in to, else localhost. */
export function chooseServer(ctx: CliContext, option: string | undefined, credentials: Credentials): string {
  const chosen = option ?? (ctx.env.TANDEM_URL || undefined) ?? credentials.current ?? DEFAULT_SERVER;
  return normalizeServerUrl(ctx, chosen);
}
