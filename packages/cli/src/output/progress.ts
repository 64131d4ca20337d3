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

/** A count of rows moved, table by table: a bar of rows on a terminal, one line per table otherwise. */
export type RowProgress = {
  start(totalRows: number): void;
  table(name: string, rows: number): void;
  rows(count: number): void;
  finish(): void;
  stop(): void;
};

export function createRowProgress(ctx: CliContext): RowProgress {
  const describe = (name: string, rows: number) => ctx.t.backup.stepTable(name, rows);
  if (!process.stderr.isTTY) {
    return { start: () => {}, table: (name, rows) => ctx.note(`→ ${describe(name, rows)}`), rows: () => {}, finish: () => {}, stop: () => {} };
  }
  const bar = new SingleBar(
    { format: `  {bar} {value}/{total} ${ctx.t.backup.labelRows}  {label}`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  let isStarted = false;
  return {
    start(totalRows) {
      bar.start(totalRows, 0, { label: '' });
      isStarted = true;
    },
    table: (name, rows) => bar.update({ label: describe(name, rows) }),
    rows: (count) => bar.increment(count),
    finish() {
      if (!isStarted) return;
      bar.update(bar.getTotal(), { label: ctx.t.common.stepDone });
      bar.stop();
      isStarted = false;
    },
    stop() {
      if (isStarted) bar.stop();
      isStarted = false;
    },
  };
}
