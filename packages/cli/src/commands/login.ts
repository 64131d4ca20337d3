import { hostname } from 'node:os';
import type { Command } from 'commander';
import { createApi, expectData, expectSuccess } from '../api/client.ts';
import type { CliContext } from '../context.ts';
import { credentialsPath, readCredentials, saveLogin } from '../credentials.ts';
import { CliError } from '../errors.ts';
import { Prompter, readAllStdin } from '../prompt.ts';
import { chooseServer } from '../server-url.ts';

type LoginOptions = { server?: string; email?: string; passwordStdin?: boolean };

export function registerLogin(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command('login')
    .description(t.login.description)
    .option('-s, --server <url>', t.common.optServer)
    .option('-e, --email <email>', t.login.optEmail)
    .option('--password-stdin', t.login.optPasswordStdin)
    .action((options: LoginOptions) => login(ctx, options));
}

async function askCredentials(ctx: CliContext, options: LoginOptions): Promise<{ email: string; password: string }> {
  const { t } = ctx;
  if (options.passwordStdin) {
    if (!options.email) throw new CliError(t.login.passwordStdinNeedsEmail);
    return { email: options.email.trim(), password: await readAllStdin() };
  }
  const prompter = new Prompter(ctx);
  try {
    const email = options.email?.trim() || (await prompter.ask(t.login.promptEmail));
    if (!email) throw new CliError(t.login.emailRequired);
    return { email, password: await prompter.askHidden(t.login.promptPassword) };
  } finally {
    prompter.close();
  }
}

async function login(ctx: CliContext, options: LoginOptions): Promise<void> {
  const { t } = ctx;
  const credentials = await readCredentials(ctx);
  const server = chooseServer(ctx, options.server, credentials);
  const { email, password } = await askCredentials(ctx, options);
  if (!email) throw new CliError(t.login.emailRequired);
  if (!password) throw new CliError(t.login.passwordRequired);

  const issued = await expectData(
    ctx,
    server,
    createApi(ctx, server).POST('/api/v1/auth/tokens', {
      body: { email, password, label: `tandem CLI on ${hostname()}`.slice(0, 100) },
    }),
  );
  const me = await expectData(ctx, server, createApi(ctx, server, issued.token).GET('/api/v1/me')).catch(async (error: unknown) => {
    await revokeQuietly(ctx, server, issued.token);
    throw error;
  });
  const previous = credentials.servers[server];
  await saveLogin(ctx, server, { token: issued.token, tokenId: issued.id, email: me.user.email, savedAt: issued.createdAt });
  if (previous) await revokeQuietly(ctx, server, previous.token);

  ctx.print(t.login.signedIn(me.user.name, me.user.email, server));
  ctx.print(t.login.practiceRole(me.practice.name, t.roles[me.role]));
  ctx.note(t.login.tokenSaved(credentialsPath(ctx.env)));
}

/** The token this one replaces is revoked, so that old tokens do not pile up; failing that is no matter. */
async function revokeQuietly(ctx: CliContext, server: string, token: string): Promise<void> {
  await expectSuccess(ctx, server, createApi(ctx, server, token).POST('/api/v1/auth/logout')).catch(() => undefined);
}
