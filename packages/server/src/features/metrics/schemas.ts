import { z } from 'zod';
import { CalendarDate, Timestamp, Uuid } from '../../http/schemas.ts';
import type { Metric as MetricRow } from './service.ts';

export const NewMetricBody = z.object({
  name: z.string().trim().min(1, 'Required').max(200),
  unit: z.string().trim().max(40).optional().describe('e.g. "presentations", "%", "km"'),
  kind: z.enum(['number', 'scale']).describe('scale: a scorecard item rated between min and max, e.g. 1-5'),
  min: z.number().finite().optional().describe('Lowest point of a scale'),
  max: z.number().finite().optional().describe('Highest point of a scale'),
  baseline: z.number().finite().describe('Where the client starts'),
  baselineOn: CalendarDate.describe('When the baseline was measured'),
  target: z.number().finite().describe('Where the client wants to be; must differ from the baseline'),
  weight: z.number().positive().max(100).optional().describe('Weight in the goal\'s progress (default 1)'),
});

export const Metric = z.object({
  id: Uuid,
  goalId: Uuid,
  name: z.string(),
  unit: z.string(),
  kind: z.enum(['number', 'scale']),
  min: z.number().nullable(),
  max: z.number().nullable(),
  baseline: z.number(),
  baselineOn: CalendarDate,
  target: z.number(),
  weight: z.number(),
  direction: z.enum(['increase', 'decrease']),
  createdAt: Timestamp,
});
export const MetricList = z.object({ items: z.array(Metric) });

export function presentMetric(row: MetricRow): z.infer<typeof Metric> {
  return { ...row, direction: row.target > row.baseline ? 'increase' : 'decrease', createdAt: row.createdAt.toISOString() };
}
