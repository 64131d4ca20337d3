import type { RunningServer } from '@tandem/server';
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { CliError } from '../errors.ts';
import { describeDatabase, loadConfig } from '../ops/config.ts';
import { printDemoLogins } from '../output/demo-logins.ts';
import { formatPairs } from '../output/table.ts';

type ServeOptions = { port?: string };

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description(ctx.t.serve.description)
    .option('-p, --port <port>', ctx.t.serve.optPort)
    .action((options: ServeOptions) => serve(ctx, options));
}

export function parsePort(ctx: CliContext, value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) throw new CliError(ctx.t.common.invalidPort(value));
  return port;
}

async function serve(ctx: CliContext, options: ServeOptions): Promise<void> {
  const { t } = ctx;
  const overrides = options.port === undefined ? {} : { PORT: String(parsePort(ctx, options.port)) };
  ctx.note(t.serve.starting);
  const config = await loadConfig(ctx, overrides);
  const { startServer } = await import('@tandem/server');
  let server: RunningServer;
  try {
    server = await startServer(config);
  } catch (error) {
    throw explainStartFailure(ctx, error, config.port);
  }
  stopOnSignals(ctx, server);
  printBanner(ctx, server, describeDatabase(ctx, config));
}

function printBanner(ctx: CliContext, server: RunningServer, database: string): void {
  const { t } = ctx;
  const migrations = server.migrationsApplied.length > 0 ? t.serve.migrationsApplied(server.migrationsApplied) : t.serve.migrationsUpToDate;
  const demo = !server.demo ? t.serve.demoOff : server.demo.created ? t.serve.demoCreated : t.serve.demoExisting;
  ctx.print();
  ctx.print(`  ${t.serve.running(server.url)}`);
  ctx.print();
  for (const line of formatPairs([
    [t.common.labelDatabase, database],
    [t.serve.labelMigrations, migrations],
    [t.serve.labelDemo, demo],
    [t.serve.labelApiDocs, `${server.url}/api/docs`],
    [t.serve.labelMail, server.mail],
  ])) {
    ctx.print(line);
  }
  if (server.demo) {
    ctx.print();
    printDemoLogins(ctx, server.demo.logins, '  ');
  }
  ctx.print();
  ctx.print(`  ${t.serve.pressCtrlC}`);
}

/** Closes the server (its connections, then the database) on Ctrl+C or a service manager's stop. */
function stopOnSignals(ctx: CliContext, server: RunningServer): void {
  let isStopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (isStopping) {
      // A second Ctrl+C while closing: the person wants out now.
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    isStopping = true;
    ctx.note(ctx.t.serve.stopping);
    server.close().then(
      () => {
        ctx.note(ctx.t.serve.stopped);
        process.exit(0);
      },
      (error: unknown) => {
        ctx.note(`${ctx.t.program.errorPrefix} ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function explainStartFailure(ctx: CliContext, error: unknown, port: number): CliError {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'EADDRINUSE') return new CliError(ctx.t.serve.portInUse(port));
  if (code === 'EACCES') return new CliError(ctx.t.serve.portDenied(port));
  return new CliError(ctx.t.serve.startFailed(error instanceof Error ? error.message : String(error)));
}
