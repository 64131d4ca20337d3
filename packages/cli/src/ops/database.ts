import type { Config, Database } from '@tandem/server';
import type { CliContext } from '../context.ts';
import { CliError } from '../errors.ts';
import type { Progress } from '../output/progress.ts';

/**
 * Opens the configured database, brings its schema up to date and runs `work` on it, closing
 * the database however it ends. Returns the migrations applied and what `work` returned.
 */
export async function withMigratedDatabase<T>(
  ctx: CliContext,
  config: Config,
  progress: Progress,
  work: (db: Database) => Promise<T>,
): Promise<{ applied: string[]; result: T }> {
  const { migrate, openConfiguredDatabase } = await import('@tandem/server');
  progress.step(ctx.t.common.stepOpen);
  let db: Database;
  try {
    db = await openConfiguredDatabase(config);
  } catch (error) {
    progress.stop();
    throw new CliError(ctx.t.common.dbOpenFailed(error instanceof Error ? error.message : String(error)));
  }
  try {
    progress.step(ctx.t.common.stepMigrate);
    const applied = await migrate(db).catch((error: unknown) => {
      throw new CliError(ctx.t.common.migrationsFailed(error instanceof Error ? error.message : String(error)));
    });
    const result = await work(db);
    progress.finish();
    return { applied, result };
  } catch (error) {
    progress.stop();
    throw error;
  } finally {
    await db.close();
  }
}
