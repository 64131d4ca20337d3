import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { describeDatabase, loadConfig } from '../ops/config.ts';
import { withMigratedDatabase } from '../ops/database.ts';
import { createProgress } from '../output/progress.ts';

export function registerMigrate(program: Command, ctx: CliContext): void {
  program
    .command('migrate')
    .description(ctx.t.migrate.description)
    .action(() => runMigrate(ctx));
}

async function runMigrate(ctx: CliContext): Promise<void> {
  const { t } = ctx;
  const config = await loadConfig(ctx);
  ctx.print(`${t.common.labelDatabase}: ${describeDatabase(ctx, config)}`);
  const { applied } = await withMigratedDatabase(ctx, config, createProgress(ctx, 2), async () => undefined);
  if (applied.length === 0) {
    ctx.print(t.migrate.upToDate);
    return;
  }
  ctx.print(t.migrate.applied(applied.length));
  for (const id of applied) ctx.print(`  ✓ ${id}`);
}
