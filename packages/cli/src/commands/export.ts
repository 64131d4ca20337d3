import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { expectData } from '../api/client.ts';
import { checkInTable, inDateOrder } from '../check-ins/export-table.ts';
import type { CliContext } from '../context.ts';
import { formatCsv } from '../csv/format.ts';
import { CliError, describeFileError } from '../errors.ts';
import { parseGoalId } from '../goal-id.ts';
import { openSignedInApi } from '../session.ts';

type ExportFormat = 'csv' | 'json';
type ExportOptions = { goal: string; format?: string; output?: string; server?: string };

const FORMATS: readonly ExportFormat[] = ['csv', 'json'];

export function registerExport(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command('export')
    .description(t.exportGoal.description)
    .requiredOption('-g, --goal <id>', t.common.optGoal)
    .option('-f, --format <format>', t.exportGoal.optFormat)
    .option('-o, --output <file>', t.exportGoal.optOutput)
    .option('-s, --server <url>', t.common.optServer)
    .addHelpText('after', t.exportGoal.helpAfter)
    .action((options: ExportOptions) => exportGoal(ctx, options));
}

/** --format when given, else the output file's extension, else JSON. */
function chooseFormat(ctx: CliContext, options: ExportOptions): ExportFormat {
  const requested = options.format ?? (options.output ? extname(options.output).slice(1) : '');
  const format = FORMATS.find((candidate) => candidate === requested.trim().toLowerCase());
  if (format) return format;
  if (options.format !== undefined) throw new CliError(ctx.t.exportGoal.unknownFormat(options.format));
  return 'json';
}

async function exportGoal(ctx: CliContext, options: ExportOptions): Promise<void> {
  const { t } = ctx;
  const goalId = parseGoalId(ctx, options.goal);
  const format = chooseFormat(ctx, options);
  const { server, api } = await openSignedInApi(ctx, options.server);
  const path = { params: { path: { id: goalId } } };
  // The goal first: an unknown id is then one clear error rather than five.
  const goal = await expectData(ctx, server, api.GET('/api/v1/goals/{id}', path));
  const [metrics, checkIns, revisions, progress] = await Promise.all([
    expectData(ctx, server, api.GET('/api/v1/goals/{id}/metrics', path)),
    expectData(ctx, server, api.GET('/api/v1/goals/{id}/check-ins', path)),
    expectData(ctx, server, api.GET('/api/v1/goals/{id}/revisions', path)),
    expectData(ctx, server, api.GET('/api/v1/goals/{id}/progress', path)),
  ]);

  const table = checkInTable(checkIns.items, metrics.items);
  const document = { goal, metrics: metrics.items, checkIns: inDateOrder(checkIns.items), revisions: revisions.items, progress };
  const content = format === 'csv' ? formatCsv(table) : `${JSON.stringify(document, null, 2)}\n`;
  if (options.output === undefined) {
    ctx.write(content);
    return;
  }
  try {
    await writeFile(options.output, content);
  } catch (error) {
    throw new CliError(t.common.fileUnwritable(options.output, describeFileError(t, error)));
  }
  const count = format === 'csv' ? table.length - 1 : document.checkIns.length;
  ctx.print(t.exportGoal.written(goal.title, count, options.output, format.toUpperCase()));
}
