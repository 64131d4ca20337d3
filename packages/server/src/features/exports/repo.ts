import type { Sql } from '../../db/database.ts';

/**
 * Every exportable row of the practice the transaction is set to, by table (migration 0012:
 * the database checks that the caller owns the practice and leaves out what the owner may not read).
 */
export async function exportPracticeRows(sql: Sql): Promise<Record<string, Record<string, unknown>[]>> {
  const [row] = await sql.query<{ rows: Record<string, Record<string, unknown>[]> }>('SELECT tandem_export_practice() AS rows');
  return row?.rows ?? {};
}

/** Deletes every row of the practice the transaction is set to, in one statement; how many went from each table. */
export async function erasePractice(sql: Sql, now: Date): Promise<Record<string, number>> {
  const [row] = await sql.query<{ counts: Record<string, number> }>('SELECT tandem_erase_practice($1) AS counts', [now]);
  return Object.fromEntries(Object.entries(row?.counts ?? {}).map(([table, count]) => [table, Number(count)]));
}

export async function findPracticeName(sql: Sql, practiceId: string): Promise<string | undefined> {
  const [row] = await sql.query<{ name: string }>('SELECT name FROM practices WHERE id = $1', [practiceId]);
  return row?.name;
}
