import { Presets, SingleBar } from 'cli-progress';
import type { CliContext } from '../context.ts';

/** The steps of a long task: a progress bar on a terminal, one status line per step otherwise. */
export type Progress = {
  /** Starts the next step; the ones before it count as done. */
  step(label: string): void;
  /** All steps done. */
  finish(): void;
  /** Takes the bar off the screen without completing it (the task failed). */
  stop(): void;
};

export function createProgress(ctx: CliContext, total: number): Progress {
  if (!process.stderr.isTTY) {
    return { step: (label) => ctx.note(`→ ${label}`), finish: () => {}, stop: () => {} };
  }
  const bar = new SingleBar(
    { format: '  {bar} {value}/{total}  {label}', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  let isStarted = false;
  return {
    step(label) {
      if (isStarted) bar.increment(1, { label });
      else bar.start(total, 0, { label });
      isStarted = true;
    },
    finish() {
      if (!isStarted) return;
      bar.update(total, { label: ctx.t.common.stepDone });
      bar.stop();
    },
    stop() {
      if (isStarted) bar.stop();
    },
  };
}
