import { createInterface, type Interface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import type { CliContext } from './context.ts';
import { CliExit } from './errors.ts';

/** Echo on standard error that can be switched off while a password is typed. */
class MutableOutput extends Writable {
  isMuted = false;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (!this.isMuted) process.stderr.write(chunk);
    done();
  }
}

/**
 * Questions on the terminal, or lines read from a pipe. One reader for the whole conversation:
 * lines piped in one after another are buffered until they are asked for.
 */
export class Prompter {
  private readonly output = new MutableOutput();
  private readonly reader: Interface;
  private readonly isTerminal = Boolean(process.stdin.isTTY);
  private readonly lines: AsyncIterator<string>;
  private readonly cancel = new AbortController();

  constructor(private readonly ctx: CliContext) {
    this.reader = createInterface({ input: process.stdin, output: this.output, terminal: this.isTerminal });
    // Ctrl+C, or Ctrl+D at a question on the terminal, gives up.
    this.reader.on('SIGINT', () => this.cancel.abort());
    this.reader.once('close', () => this.cancel.abort());
    this.lines = this.reader[Symbol.asyncIterator]();
  }

  ask(question: string): Promise<string> {
    return this.question(question, false);
  }

  /** Asks without showing what is typed (on a terminal). */
  askHidden(question: string): Promise<string> {
    return this.question(question, true);
  }

  close(): void {
    this.reader.close();
  }

  private async question(question: string, isHidden: boolean): Promise<string> {
    // Spaces around an email are a slip; around a password they may be part of it.
    const tidy = (text: string) => (isHidden ? text : text.trim());
    if (!this.isTerminal) {
      process.stderr.write(question);
      const next = await this.lines.next();
      process.stderr.write('\n');
      return next.done ? '' : tidy(next.value);
    }
    const answer = this.reader.question(question, { signal: this.cancel.signal });
    // The question is on the screen now; what follows is the person typing.
    this.output.isMuted = isHidden;
    try {
      return tidy(await answer);
    } catch (error) {
      this.ctx.note();
      this.ctx.note(this.ctx.t.program.cancelled);
      throw error instanceof Error && error.name === 'AbortError' ? new CliExit(130) : error;
    } finally {
      if (this.output.isMuted) process.stderr.write('\n');
      this.output.isMuted = false;
    }
  }
}

/** All of standard input, without the line break at its end (for --password-stdin). */
export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}
