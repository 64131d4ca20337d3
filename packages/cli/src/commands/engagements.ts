import { Option, type Command } from 'commander';
import { ENGAGEMENT_STATUSES, readEveryPage, type EngagementStatus } from '@tandem/core';
import { expectData } from '../api/client.ts';
import { CliError } from '../errors.ts';
import type { CliContext } from '../context.ts';
import { formatDay, formatLinkExpiry, readDateReader } from '../output/dates.ts';
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
  engagements
    .command('hand-over')
    .description(t.engagements.handOverDescription)
    .argument('<client-email>', t.engagements.argClientEmail)
    .requiredOption('--to <coach-email>', t.engagements.optTo)
    .option('-s, --server <url>', t.common.optServer)
    .action((clientEmail: string, options: HandOverOptions) => handOver(ctx, clientEmail, options));
  engagements
    .command('invite')
    .description(t.engagements.inviteDescription)
    .argument('<client-name>', t.engagements.argClientName)
    .argument('<client-email>', t.engagements.argClientEmail)
    .option('--send-email', t.engagements.optSendEmail)
    .option('-s, --server <url>', t.common.optServer)
    .action((clientName: string, clientEmail: string, options: InviteOptions) => invite(ctx, clientName, clientEmail, options));
}

type InviteOptions = { sendEmail?: boolean; server?: string };

/**
 * A coach takes on a client from the command line, as from the home page: the engagement and its
 * single-use link, printed to pass on, and emailed to the client when asked. The server checks
 * the name and the email and says which is wrong.
 */
async function invite(ctx: CliContext, clientName: string, clientEmail: string, options: InviteOptions): Promise<void> {
  const { t } = ctx;
  const { server, api } = await openSignedInApi(ctx, options.server);
  const invited = await expectData(
    ctx,
    server,
    api.POST('/api/v1/engagements', { body: { clientName, clientEmail, ...(options.sendEmail ? { sendEmail: true } : {}) } }),
  );
  const reader = await readDateReader(ctx, server, api);
  const until = invited.invitationExpiresAt ? formatLinkExpiry(invited.invitationExpiresAt, reader) : t.common.none;
  ctx.print(t.engagements.invited(invited.client.name, invited.client.email, until));
  ctx.print(invited.inviteUrl);
  ctx.print(invited.invitationEmail ? t.engagements.emailing(invited.client.email) : t.engagements.sendItYourself);
}

type HandOverOptions = { to: string; server?: string };

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The owner hands the client with this email over to the coach with that email: the engagement is
 * found among the client's open ones (an ended one stays where it ended), the coach among the
 * practice's coaches, both by the email people know them by rather than by an id.
 */
async function handOver(ctx: CliContext, clientEmail: string, options: HandOverOptions): Promise<void> {
  const { t } = ctx;
  const { server, api } = await openSignedInApi(ctx, options.server);
  const found = await readEveryPage((page) => expectData(ctx, server, api.GET('/api/v1/engagements', { params: { query: { q: clientEmail.trim(), ...page } } })));
  const open = found.filter((item) => sameEmail(item.client.email, clientEmail) && item.status !== 'ended');
  const [engagement] = open;
  if (!engagement) throw new CliError(t.engagements.noClient(clientEmail));
  if (open.length > 1) throw new CliError(t.engagements.manyClients(clientEmail, open.length));
  const { items: coaches } = await expectData(ctx, server, api.GET('/api/v1/practice/coaches'));
  const coach = coaches.find((candidate) => sameEmail(candidate.email, options.to));
  if (!coach) throw new CliError(t.engagements.noCoach(options.to, coaches.map((candidate) => candidate.email).join(', ')));
  if (coach.id === engagement.coach.id) {
    ctx.print(t.engagements.alreadyWith(engagement.client.name, coach.name));
    return;
  }
  await expectData(ctx, server, api.PATCH('/api/v1/engagements/{id}', { params: { path: { id: engagement.id } }, body: { coachId: coach.id } }));
  ctx.print(t.engagements.handedOver(engagement.client.name, engagement.coach.name, coach.name));
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
  // Days are written as the signed-in account reads them in Tandem, whatever this machine's language.
  const reader = await readDateReader(ctx, server, api);
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
    item.startedOn ? formatDay(item.startedOn, reader) : t.common.none,
    item.coach.name,
  ]);
  for (const line of formatTable(headers, rows)) ctx.print(line);
  ctx.print();
  ctx.print(t.engagements.count(items.length));
}
