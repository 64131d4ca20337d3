import { access } from 'node:fs/promises';
import type { BackupProblem, Config, Database } from '@tandem/server';
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { CliError, describeFileError } from '../errors.ts';
import type { Messages } from '../i18n/index.ts';
import { describeDatabase, loadConfig } from '../ops/config.ts';
import { createRowProgress, type RowProgress } from '../output/progress.ts';

type BackupOptions = { force?: boolean };
type RestoreOptions = { replace?: boolean };

export function registerBackup(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command('backup')
    .description(t.backup.description)
    .argument('<file>', t.backup.argFile)
    .option('-f, --force', t.backup.optForce)
    .action((file: string, options: BackupOptions) => runBackup(ctx, file, options));
  program
    .command('restore')
    .description(t.backup.restoreDescription)
    .argument('<file>', t.backup.argFile)
    .option('--replace', t.backup.optReplace)
    .action((file: string, options: RestoreOptions) => runRestore(ctx, file, options));
}

async function runBackup(ctx: CliContext, file: string, options: BackupOptions): Promise<void> {
  const { t } = ctx;
  if (!options.force && (await exists(file))) throw new CliError(t.backup.fileExists(file));
  const config = await loadConfig(ctx);
  ctx.print(`${t.common.labelDatabase}: ${describeDatabase(ctx, config)}`);
  const { writeBackup } = await import('@tandem/server');
  const progress = createRowProgress(ctx);
  const header = await withDatabase(ctx, config, progress, (db) => writeBackup(db, file, { now: new Date(), progress }));
  const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
  ctx.print(t.backup.written(file, rows, header.tables.length));
  ctx.print(t.backup.schemaAt(header.migrations.at(-1) ?? '-'));
}

async function runRestore(ctx: CliContext, file: string, options: RestoreOptions): Promise<void> {
  const { t } = ctx;
  if (!(await exists(file))) throw new CliError(t.common.fileUnreadable(file, t.common.fileErrors.ENOENT ?? ''));
  const config = await loadConfig(ctx);
  ctx.print(`${t.common.labelDatabase}: ${describeDatabase(ctx, config)}`);
  const { restoreBackup } = await import('@tandem/server');
  const progress = createRowProgress(ctx);
  const { header } = await withDatabase(ctx, config, progress, (db) => restoreBackup(db, file, { replace: options.replace ?? false, progress }));
  const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
  ctx.print(t.backup.restored(file, rows, header.tables.length));
  ctx.print(t.backup.schemaAt(header.migrations.at(-1) ?? '-'));
}

/** Opens the configured database for `work` and closes it however it ends; a refusal in the reader's words. */
async function withDatabase<T>(ctx: CliContext, config: Config, progress: RowProgress, work: (db: Database) => Promise<T>): Promise<T> {
  const { BackupError, openConfiguredDatabase } = await import('@tandem/server');
  let db: Database;
  try {
    db = await openConfiguredDatabase(config);
  } catch (error) {
    throw new CliError(ctx.t.common.dbOpenFailed(error instanceof Error ? error.message : String(error)));
  }
  try {
    return await work(db);
  } catch (error) {
    progress.stop();
    if (error instanceof BackupError) throw new CliError(describeProblem(ctx.t, error.problem));
    const path = (error as { path?: unknown; syscall?: unknown }).syscall ? (error as { path?: unknown }).path : undefined;
    if (typeof path === 'string') throw new CliError(ctx.t.common.fileUnwritable(path, describeFileError(ctx.t, error)));
    throw error;
  } finally {
    await db.close();
  }
}

function describeProblem(t: Messages, problem: BackupProblem): string {
  switch (problem.code) {
    case 'corrupt':
      return t.backup.problems.corrupt(problem.detail);
    case 'newer_schema':
      return t.backup.problems.newer_schema(problem.migration);
    case 'target_newer':
      return t.backup.problems.target_newer(problem.migration);
    case 'target_not_empty':
      return t.backup.problems.target_not_empty(problem.table);
    default:
      return t.backup.problems[problem.code]();
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
