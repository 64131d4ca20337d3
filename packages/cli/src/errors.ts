import type { Messages } from './i18n/index.ts';

/**
 * A failure the person can act on, already in their language: printed as one line after
 * "Error:", with optional detail lines below (such as each field the server refused).
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Ends the command quietly with this exit code (help was shown, or the person pressed Ctrl+C). */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'CliExit';
  }
}

/** What to print for a failure and which exit code to end with. */
export function describeFailure(error: unknown, t: Messages, isDebug: boolean): { lines: string[]; exitCode: number } {
  if (error instanceof CliExit) return { lines: [], exitCode: error.exitCode };
  if (error instanceof CliError) {
    return { lines: [`${t.program.errorPrefix} ${error.message}`, ...error.details.map((line) => `  ${line}`)], exitCode: error.exitCode };
  }
  const message = error instanceof Error ? error.message : String(error);
  const lines = [`${t.program.errorPrefix} ${t.program.unexpected(message)}`];
  if (isDebug && error instanceof Error && error.stack) lines.push(error.stack);
  else lines.push(t.program.debugHint);
  return { lines, exitCode: 1 };
}

/** Why a file could not be read or written, in words ("no such file or folder") where there are some. */
export function describeFileError(t: Messages, error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  return t.common.fileErrors[code] ?? code;
}
