import { VALUE_KINDS } from '@tandem/core';
import { z } from 'zod';
import { Timestamp, Uuid } from '../../http/schemas.ts';
import type { Value as ValueRow } from './service.ts';

const Title = z.string().trim().min(1, 'Required').max(200);
const Description = z.string().max(2000);

export const NewValueBody = z.object({
  kind: z.enum(VALUE_KINDS).describe('value: what the client holds dear; aspiration: what they reach for'),
  title: Title,
  description: Description.optional(),
});

export const ValueChangesBody = z
  .object({
    kind: z.enum(VALUE_KINDS).optional(),
    title: Title.optional(),
    description: Description.optional(),
    archived: z.boolean().optional().describe('true archives the value, false restores it'),
  })
  .refine((body) => Object.keys(body).length > 0, 'Send at least one of kind, title, description, archived');

export const ValueParams = z.object({ id: Uuid, valueId: Uuid });
export const ValueListQuery = z.object({
  includeArchived: z.enum(['true', 'false']).optional().describe('Also list archived values'),
});

export const Value = z.object({
  id: Uuid,
  engagementId: Uuid,
  kind: z.enum(VALUE_KINDS),
  title: z.string(),
  description: z.string(),
  createdBy: z.object({ id: Uuid, name: z.string() }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Timestamp.nullable(),
});
export type Value = z.infer<typeof Value>;
export const ValueList = z.object({ items: z.array(Value) });

export function presentValue(row: ValueRow): Value {
  return {
    id: row.id,
    engagementId: row.engagementId,
    kind: row.kind,
    title: row.title,
    description: row.description,
    createdBy: { id: row.createdById, name: row.createdByName },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}
