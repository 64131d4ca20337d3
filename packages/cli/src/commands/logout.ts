import type { Command } from 'commander';
import { createApi, expectSuccess } from '../api/client.ts';
import type { CliContext } from '../context.ts';
import { forgetLogin, readCredentials } from '../credentials.ts';
import { CliError } from '../errors.ts';
import { chooseServer } from '../server-url.ts';

type LogoutOptions = { server?: string };

export function registerLogout(program: Command, ctx: CliContext): void {
  program
    .command('logout')
    .description(ctx.t.logout.description)
    .option('-s, --server <url>', ctx.t.common.optServer)
    .action((options: LogoutOptions) => logout(ctx, options));
}

async function logout(ctx: CliContext, options: LogoutOptions): Promise<void> {
  const { t } = ctx;
  const credentials = await readCredentials(ctx);
  const server = chooseServer(ctx, options.server, credentials);
  const stored = credentials.servers[server];
  if (!stored) throw new CliError(t.common.notSignedIn(server));

  const response = await createApi(ctx, server, stored.token).POST('/api/v1/auth/logout');
  // A token the server no longer knows is as good as revoked: forget it all the same.
  const wasValid = response.response.status !== 401;
  if (wasValid) await expectSuccess(ctx, server, Promise.resolve(response));
  await forgetLogin(ctx, server);
  ctx.print(wasValid ? t.logout.signedOut(server) : t.logout.alreadyInvalid(server));
}
