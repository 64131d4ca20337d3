import { Command, CommanderError, Help } from 'commander';
import { registerBackup } from './commands/backup.ts';
import { registerEngagements } from './commands/engagements.ts';
import { registerExport } from './commands/export.ts';
import { registerImport } from './commands/import-check-ins.ts';
import { registerLogin } from './commands/login.ts';
import { registerLogout } from './commands/logout.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerSeedDemo } from './commands/seed-demo.ts';
import { registerServe } from './commands/serve.ts';
import { registerWhoami } from './commands/whoami.ts';
import type { CliContext } from './context.ts';
import { CliError, CliExit } from './errors.ts';
import type { Messages } from './i18n/index.ts';

const VERSION = '0.1.0';

/**
 * The `tandem` command and its subcommands. Commander's own words (help headings, usage
 * errors) are put in the reader's language too; its errors become CliErrors so that main.ts
 * prints every failure the same way.
 */
export function buildProgram(ctx: CliContext): Command {
  const { t } = ctx;
  const translateUsage = (usage: string) =>
    usage.replaceAll('[options]', t.program.usageOptions).replaceAll('[command]', t.program.usageCommand);
  const program = new Command('tandem')
    .description(t.program.description)
    .version(VERSION, '-V, --version', t.program.version)
    .helpOption('-h, --help', t.program.help)
    .helpCommand('help [command]', t.program.helpCommand)
    .configureHelp({
      styleTitle: (title) => t.program.titles[title] ?? title,
      commandUsage: (command) => translateUsage(new Help().commandUsage(command)),
      subcommandTerm: (command) => translateUsage(new Help().subcommandTerm(command)),
    })
    .configureOutput({ outputError: () => {} })
    .exitOverride((error) => {
      throw translateCommanderError(error, t);
    })
    .showSuggestionAfterError(true);

  registerServe(program, ctx);
  registerMigrate(program, ctx);
  registerSeedDemo(program, ctx);
  registerBackup(program, ctx);
  registerLogin(program, ctx);
  registerLogout(program, ctx);
  registerWhoami(program, ctx);
  registerEngagements(program, ctx);
  registerImport(program, ctx);
  registerExport(program, ctx);
  return program;
}

function quoted(message: string): string {
  return /'([^']*)'/.exec(message)?.[1] ?? '';
}

function suggestionIn(message: string, t: Messages): string[] {
  const candidate = /\(Did you mean (.+?)\?\)/.exec(message)?.[1];
  return candidate ? [t.program.didYouMean(candidate)] : [];
}

function translateCommanderError(error: CommanderError, t: Messages): Error {
  switch (error.code) {
    case 'commander.helpDisplayed':
    case 'commander.help':
    case 'commander.version':
      return new CliExit(error.exitCode);
    case 'commander.unknownCommand':
      return new CliError(t.program.unknownCommand(quoted(error.message)), suggestionIn(error.message, t));
    case 'commander.unknownOption':
      return new CliError(t.program.unknownOption(quoted(error.message)), suggestionIn(error.message, t));
    case 'commander.missingArgument':
      return new CliError(t.program.missingArgument(quoted(error.message)));
    case 'commander.missingMandatoryOptionValue':
      return new CliError(t.program.missingOption(quoted(error.message)));
    case 'commander.optionMissingArgument':
      return new CliError(t.program.optionMissingArgument(quoted(error.message)));
    case 'commander.excessArguments':
      return new CliError(t.program.excessArguments(quoted(error.message) || 'tandem'));
    default:
      return new CliError(error.message.replace(/^error: /, ''));
  }
}
