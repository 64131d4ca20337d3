import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { expectData, type TandemApi } from '../api/client.ts';
import { explainProblem, isProblem } from '../api/problems.ts';
import { describeRefusal, planImport, type ImportRow, type RowProblem } from '../check-ins/import-plan.ts';
import type { CliContext } from '../context.ts';
import { CsvSyntaxError, guessDelimiter, parseCsv, type CsvRecord } from '../csv/parse.ts';
import { CliError, describeFileError } from '../errors.ts';
import { parseGoalId } from '../goal-id.ts';
import { createProgress } from '../output/progress.ts';
import { formatPairs } from '../output/table.ts';
import { openSignedInApi } from '../session.ts';

type ImportOptions = { goal: string; dryRun?: boolean; server?: string };
type Tally = { imported: number; replayed: number; problems: RowProblem[] };
/** Where the rows go. */
type Target = { server: string; api: TandemApi; goalId: string };

export function registerImport(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const imports = program.command('import').description(t.importCheckIns.groupDescription);
  imports
    .command('check-ins')
    .description(t.importCheckIns.description)
    .argument('<file>', t.importCheckIns.argFile)
    .requiredOption('-g, --goal <id>', t.common.optGoal)
    .option('--dry-run', t.importCheckIns.optDryRun)
    .option('-s, --server <url>', t.common.optServer)
    .addHelpText('after', t.importCheckIns.helpAfter)
    .action((file: string, options: ImportOptions) => importCheckIns(ctx, file, options));
}

async function importCheckIns(ctx: CliContext, file: string, options: ImportOptions): Promise<void> {
  const { t } = ctx;
  const goalId = parseGoalId(ctx, options.goal);
  const text = await readCsvFile(ctx, file);
  const [header, ...records] = parseRecords(ctx, file, text);
  if (!header) throw new CliError(t.importCheckIns.emptyFile(file));

  const { server, api } = await openSignedInApi(ctx, options.server);
  const path = { params: { path: { id: goalId } } };
  const goal = await expectData(ctx, server, api.GET('/api/v1/goals/{id}', path));
  const { items: metrics } = await expectData(ctx, server, api.GET('/api/v1/goals/{id}/metrics', path));
  const plan = planImport(t, header.fields, records, metrics);
  if (goal.state !== 'active') throw new CliError(t.importCheckIns.goalNotActive(goal.title, t.goalStates[goal.state]));

  if (options.dryRun) {
    ctx.print(t.importCheckIns.dryRunHeading(file, goal.title));
    for (const line of formatPairs([
      [t.importCheckIns.labelReady, String(plan.rows.length)],
      [t.importCheckIns.labelProblems, String(countLines(plan.problems))],
    ])) {
      ctx.print(line);
    }
    if (plan.problems.length > 0) throw rowsFailed(ctx, plan.problems, t.importCheckIns.dryRunHint);
    ctx.print(t.importCheckIns.dryRunOk);
    return;
  }

  const tally = await sendRows(ctx, { server, api, goalId: goal.id }, plan.rows);
  const problems = [...plan.problems, ...tally.problems];
  ctx.print(t.importCheckIns.summaryHeading(file, goal.title));
  for (const line of formatPairs([
    [t.importCheckIns.labelImported, String(tally.imported)],
    [t.importCheckIns.labelReplayed, String(tally.replayed)],
    [t.importCheckIns.labelFailed, String(countLines(problems))],
  ])) {
    ctx.print(line);
  }
  if (problems.length > 0) throw rowsFailed(ctx, problems, t.importCheckIns.fixHint);
}

/** The file's text, read as UTF-8. */
async function readCsvFile(ctx: CliContext, file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new CliError(ctx.t.common.fileUnreadable(file, describeFileError(ctx.t, error)));
  }
  try {
    // The decoder drops the byte-order mark that spreadsheet programs put before UTF-8 text.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(ctx.t.importCheckIns.notUtf8(file));
  }
}

function parseRecords(ctx: CliContext, file: string, text: string): CsvRecord[] {
  try {
    return parseCsv(text, guessDelimiter(text));
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    const { t } = ctx;
    const explain = error.problem === 'unclosed_quote' ? t.importCheckIns.unclosedQuote : t.importCheckIns.strayQuote;
    throw new CliError(explain(file, error.line));
  }
}

/**
 * The Idempotency-Key of a row: the goal and what the row says (date, values, confidence, note).
 * Running the file again, after an interruption, or after fixing its bad rows in place, has the
 * server replay the rows it already took; only new or changed rows are imported. The same row
 * written twice is one check-in.
 */
function importKey(target: Target, row: ImportRow): string {
  return `tandem-import:${target.goalId}:${createHash('sha256').update(JSON.stringify(row.body)).digest('hex')}`;
}

/** Sends the rows one by one; a refusal of the row is noted, anything else stops the import. */
async function sendRows(ctx: CliContext, target: Target, rows: ImportRow[]): Promise<Tally> {
  const { t } = ctx;
  const tally: Tally = { imported: 0, replayed: 0, problems: [] };
  if (rows.length === 0) return tally;
  const progress = createProgress(ctx, rows.length);
  try {
    for (const row of rows) {
      progress.step(t.importCheckIns.stepRow(row.line, row.body.effectiveOn));
      const answer = await target.api.POST('/api/v1/goals/{id}/check-ins', {
        params: { path: { id: target.goalId }, header: { 'idempotency-key': importKey(target, row) } },
        body: row.body,
      });
      if (answer.response.ok) {
        if (answer.response.headers.get('idempotent-replayed') === 'true') tally.replayed += 1;
        else tally.imported += 1;
        continue;
      }
      const problem = isProblem(answer.error) ? answer.error : undefined;
      // Field errors (a date in the future, a value off the scale) belong to this row alone.
      if (!problem || problem.errors.length === 0 || (problem.code !== 'validation_failed' && problem.code !== 'conflict')) {
        throw explainProblem(ctx, target.server, answer.response, answer.error);
      }
      tally.problems.push(...describeRefusal(t, row, problem.errors));
    }
  } catch (error) {
    progress.stop();
    if (!(error instanceof CliError)) throw error;
    const sent = tally.imported + tally.replayed + countLines(tally.problems);
    throw new CliError(error.message, [...error.details, t.importCheckIns.interrupted(sent, rows.length)]);
  }
  progress.finish();
  return tally;
}

/** How many rows have a problem: one row may have several. */
function countLines(problems: RowProblem[]): number {
  return new Set(problems.map((problem) => problem.line)).size;
}

function rowsFailed(ctx: CliContext, problems: RowProblem[], hint: string): CliError {
  const { t } = ctx;
  const lines = [...problems]
    .sort((a, b) => a.line - b.line)
    .map((problem) =>
      problem.field === undefined
        ? t.importCheckIns.problemInRow(problem.line, problem.message)
        : t.importCheckIns.problemInField(problem.line, problem.field, problem.message),
    );
  return new CliError(t.importCheckIns.rowsFailed(countLines(problems)), [...lines, hint]);
}
