import type { demoLogins } from '@tandem/server';
import type { CliContext } from '../context.ts';
import { formatTable } from './table.ts';

export type DemoLogin = ReturnType<typeof demoLogins>[number];

/** The demo accounts as a table a person can copy a sign-in from. */
export function printDemoLogins(ctx: CliContext, logins: DemoLogin[], indent = ''): void {
  const { t } = ctx;
  ctx.print(indent + t.common.demoLoginsTitle);
  const rows = logins.map((login) => [t.roles[login.role], login.name, login.email, login.password]);
  const headers = [t.common.columnRole, t.common.columnName, t.common.columnEmail, t.common.columnPassword];
  for (const line of formatTable(headers, rows, `${indent}  `)) ctx.print(line);
}
