import { Option, type Command } from 'commander';
import { ENGAGEMENT_STATUSES, readEveryPage, type EngagementStatus } from '@tandem/core';
import { expectData } from '../api/client.ts';
import type { CliContext } from '../context.ts';
import { formatCalendarDate } from '../i18n/index.ts';
import { formatTable } from '../output/table.ts';
import { openSignedInApi } from '../session.ts';


type ListOptions = { server?: string; json?: boolean; search?: string; status?: EngagementStatus };

export function registerEngagements(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const engagements = program.command('engagements').description(t.engagements.description);
  engagements
    .command('list')
    .description(t.engagements.listDescription)
    .option('-s, --server <url>', t.common.optServer)
    .option('--search <text>', t.engagements.optSearch)
    .addOption(new Option('--status <status>', t.engagements.optStatus).choices(ENGAGEMENT_STATUSES))
    .option('--json', t.common.optJson)
    .action((options: ListOptions) => listEngagements(ctx, options));
}

async function listEngagements(ctx: CliContext, options: ListOptions): Promise<void> {
  const { t } = ctx;
  const { server, api } = await openSignedInApi(ctx, options.server);
  const filter = { ...(options.search === undefined ? {} : { q: options.search }), ...(options.status === undefined ? {} : { status: options.status }) };
  // A page at a time, as the web app reads a practice: an owner's list can run to thousands.
  const items = await readEveryPage((page) => expectData(ctx, server, api.GET('/api/v1/engagements', { params: { query: { ...filter, ...page } } })));
  if (options.json) {
    ctx.print(JSON.stringify(items, null, 2));
    return;
  }
  if (items.length === 0) {
    ctx.print(t.engagements.none);
    return;
  }
  const headers = [
    t.engagements.columnClient,
    t.engagements.columnEmail,
    t.engagements.columnStatus,
    t.engagements.columnStartedOn,
    t.engagements.columnCoach,
  ];
  const rows = items.map((item) => [
    item.client.name,
    item.client.email,
    t.statuses[item.status],
    item.startedOn ? formatCalendarDate(item.startedOn, ctx.locale) : t.common.none,
    item.coach.name,
  ]);
  for (const line of formatTable(headers, rows)) ctx.print(line);
  ctx.print();
  ctx.print(t.engagements.count(items.length));
}
