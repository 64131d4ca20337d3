import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { describeDatabase, loadConfig } from '../ops/config.ts';
import { withMigratedDatabase } from '../ops/database.ts';
import { printDemoLogins } from '../output/demo-logins.ts';
import { createProgress } from '../output/progress.ts';

export function registerSeedDemo(program: Command, ctx: CliContext): void {
  program
    .command('seed-demo')
    .description(ctx.t.seedDemo.description)
    .action(() => runSeedDemo(ctx));
}

async function runSeedDemo(ctx: CliContext): Promise<void> {
  const { t } = ctx;
  const config = await loadConfig(ctx);
  const { demoLogins, seedDemoPractice } = await import('@tandem/server');
  // Invitation links in the demo point where the server will be reached.
  const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  ctx.print(`${t.common.labelDatabase}: ${describeDatabase(ctx, config)}`);
  const progress = createProgress(ctx, 3);
  const { applied, result: isCreated } = await withMigratedDatabase(ctx, config, progress, (db) => {
    progress.step(t.common.stepSeed);
    return seedDemoPractice({ db, clock: () => new Date() }, publicUrl);
  });
  if (applied.length > 0) ctx.print(t.migrate.applied(applied.length) + ' ' + applied.join(', '));
  ctx.print(isCreated ? t.seedDemo.created : t.seedDemo.exists);
  ctx.print();
  printDemoLogins(ctx, demoLogins());
}
