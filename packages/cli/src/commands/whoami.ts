import type { Command } from 'commander';
import { expectData } from '../api/client.ts';
import type { CliContext } from '../context.ts';
import { formatPairs } from '../output/table.ts';
import { openSignedInApi } from '../session.ts';

type WhoamiOptions = { server?: string; json?: boolean };

export function registerWhoami(program: Command, ctx: CliContext): void {
  program
    .command('whoami')
    .description(ctx.t.whoami.description)
    .option('-s, --server <url>', ctx.t.common.optServer)
    .option('--json', ctx.t.common.optJson)
    .action((options: WhoamiOptions) => whoami(ctx, options));
}

async function whoami(ctx: CliContext, options: WhoamiOptions): Promise<void> {
  const { t } = ctx;
  const { server, api } = await openSignedInApi(ctx, options.server);
  const me = await expectData(ctx, server, api.GET('/api/v1/me'));
  if (options.json) {
    ctx.print(JSON.stringify({ server, ...me }, null, 2));
    return;
  }
  ctx.print(t.whoami.heading(server));
  for (const line of formatPairs([
    [t.whoami.labelName, me.user.name],
    [t.whoami.labelEmail, me.user.email],
    [t.whoami.labelPractice, me.practice.name],
    [t.whoami.labelRole, t.roles[me.role]],
    [t.whoami.labelLanguage, t.languages[me.locale]],
    [t.whoami.labelTimeZone, me.timeZone],
  ])) {
    ctx.print(line);
  }
}
