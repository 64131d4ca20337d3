import { createApi, type TandemApi } from './api/client.ts';
import type { CliContext } from './context.ts';
import { readCredentials } from './credentials.ts';
import { CliError } from './errors.ts';
import { chooseServer } from './server-url.ts';

/** The API of the chosen server, signed with the token kept for it; none kept is a clear error. */
export async function openSignedInApi(ctx: CliContext, serverOption: string | undefined): Promise<{ server: string; api: TandemApi }> {
  const credentials = await readCredentials(ctx);
  const server = chooseServer(ctx, serverOption, credentials);
  const stored = credentials.servers[server];
  if (!stored) throw new CliError(ctx.t.common.notSignedIn(server));
  return { server, api: createApi(ctx, server, stored.token) };
}
