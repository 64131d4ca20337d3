import type { CliContext } from './context.ts';
import { CliError } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A goal is named by its id (a UUID, as the web app shows in the goal's address). */
export function parseGoalId(ctx: CliContext, value: string): string {
  const id = value.trim();
  if (!UUID.test(id)) throw new CliError(ctx.t.common.invalidGoalId(value));
  return id.toLowerCase();
}
