import { hostname } from 'node:os';
import type { Command } from 'commander';
import { createApi, expectData, expectSuccess } from '../api/client.ts';
import type { CliContext } from '../context.ts';
import { credentialsPath, readCredentials, saveLogin } from '../credentials.ts';
import { CliError } from '../errors.ts';
import { isProblem } from '../api/problems.ts';
import { Prompter, readAllStdin } from '../prompt.ts';
import { chooseServer } from '../server-url.ts';

type LoginOptions = { server?: string; email?: string; passwordStdin?: boolean; code?: string };

export function registerLogin(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command('login')
    .description(t.login.description)
    .option('-s, --server <url>', t.common.optServer)
    .option('-e, --email <email>', t.login.optEmail)
    .option('--password-stdin', t.login.optPasswordStdin)
    .option('-c, --code <code>', t.login.optCode)
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

async function askCode(ctx: CliContext, options: LoginOptions): Promise<string> {
  // With the password on standard input there is nobody to ask: the code comes with --code.
  if (options.passwordStdin) throw new CliError(ctx.t.api.secondFactorRequired);
  const prompter = new Prompter(ctx);
  try {
    const code = (await prompter.ask(ctx.t.login.promptCode)).trim();
    if (!code) throw new CliError(ctx.t.login.codeRequired);
    return code;
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

  const body = { email, password, label: `tandem CLI on ${hostname()}`.slice(0, 100) };
  const askToken = (code: string | undefined) =>
    createApi(ctx, server).POST('/api/v1/auth/tokens', { body: code === undefined ? body : { ...body, code } });
  let answer = await askToken(options.code?.trim());
  // An account with two-factor sign-in answers the password with a request for the code.
  if (!answer.response.ok && isProblem(answer.error) && answer.error.code === 'second_factor_required' && options.code === undefined) {
    answer = await askToken(await askCode(ctx, options));
  }
  const issued = await expectData(ctx, server, Promise.resolve(answer));
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
