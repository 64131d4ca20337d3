import type { CliLocale, Messages } from './i18n/index.ts';

/** What every command is given: the words in the reader's language and where to write. */
export type CliContext = {
  t: Messages;
  locale: CliLocale;
  env: NodeJS.ProcessEnv;
  /** A line of the command's result, on standard output. */
  print(line?: string): void;
  /** Text on standard output exactly as given, such as an exported file. */
  write(text: string): void;
  /** A line about the work in progress, on standard error, so that piped output stays clean. */
  note(line?: string): void;
};

export function createContext(t: Messages, locale: CliLocale, env: NodeJS.ProcessEnv): CliContext {
  return {
    t,
    locale,
    env,
    print: (line = '') => void process.stdout.write(`${line}\n`),
    write: (text) => void process.stdout.write(text),
    note: (line = '') => void process.stderr.write(`${line}\n`),
  };
}
