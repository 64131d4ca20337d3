import type { ValueKind } from '@tandem/core';
import type { Sql } from '../../db/database.ts';

export type ValueRow = {
  id: string;
  engagementId: string;
  kind: ValueKind;
  title: string;
  description: string;
  createdById: string;
  createdByName: string;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
};

const SELECT_VALUE = `
  SELECT v.id, v.engagement_id AS "engagementId", v.kind, v.title, v.description,
         v.created_by AS "createdById", u.name AS "createdByName", v.created_at AS "createdAt",
         v.updated_at AS "updatedAt", v.archived_at AS "archivedAt"
    FROM client_values v JOIN users u ON u.id = v.created_by`;

export function listValues(sql: Sql, engagementId: string, includeArchived: boolean): Promise<ValueRow[]> {
  return sql.query<ValueRow>(
    `${SELECT_VALUE} WHERE v.engagement_id = $1 AND ($2 OR v.archived_at IS NULL)
      ORDER BY v.archived_at IS NOT NULL, v.kind, v.created_at, v.id`,
    [engagementId, includeArchived],
  );
}

export async function findValue(sql: Sql, engagementId: string, valueId: string): Promise<ValueRow | undefined> {
  const [row] = await sql.query<ValueRow>(`${SELECT_VALUE} WHERE v.engagement_id = $1 AND v.id = $2`, [engagementId, valueId]);
  return row;
}

export async function insertValue(
  sql: Sql,
  value: { practiceId: string; engagementId: string; kind: ValueKind; title: string; description: string; createdBy: string; at: Date },
): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `INSERT INTO client_values (practice_id, engagement_id, kind, title, description, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
    [value.practiceId, value.engagementId, value.kind, value.title, value.description, value.createdBy, value.at],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row.id;
}

export async function updateValue(
  sql: Sql,
  valueId: string,
  changes: { kind?: ValueKind | undefined; title?: string | undefined; description?: string | undefined; archived?: boolean | undefined },
  at: Date,
): Promise<void> {
  await sql.query(
    `UPDATE client_values
        SET kind = coalesce($2, kind), title = coalesce($3, title), description = coalesce($4, description),
            archived_at = CASE WHEN $5::boolean IS NULL THEN archived_at
                               WHEN $5 THEN coalesce(archived_at, $6) ELSE NULL END,
            updated_at = $6
      WHERE id = $1`,
    [valueId, changes.kind ?? null, changes.title ?? null, changes.description ?? null, changes.archived ?? null, at],
  );
}
