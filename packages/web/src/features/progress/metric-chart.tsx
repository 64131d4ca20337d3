import '../../i18n/progress-catalog';
import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { MetricProgress } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { isoDateOf, metricChartData, type ChartPoint } from './chart-data';

const HEIGHT = 220;

/** Five days spread over the axis, ends included: enough to read, few enough to fit. */
function dayTicks([first, last]: [number, number]): number[] {
  const steps = Math.min(4, last - first);
  return [...new Set(Array.from({ length: steps + 1 }, (_, index) => Math.round(first + ((last - first) * index) / steps)))];
}

function PointTooltip({ active, payload, unit }: Partial<TooltipContentProps<number, string>> & { unit: string }) {
  const format = useFormat();
  if (!active || !payload || payload.length === 0) return null;
  const first = payload[0]?.payload as ChartPoint | undefined;
  if (!first) return null;
  return (
    <Paper withBorder shadow="sm" p="xs" radius="sm">
      <Text size="xs" fw={700}>
        {format.calendarDate(first.on)}
      </Text>
      {payload.map((entry) => (
        <Text key={String(entry.name)} size="xs" c={entry.color}>
          {entry.name}
          {unit ? ` (${unit})` : ''}: {typeof entry.value === 'number' ? format.number(Math.round(entry.value * 100) / 100) : ''}
        </Text>
      ))}
    </Paper>
  );
}

/**
 * A metric's values over time against its plan line, from (start, baseline) to (due, target),
 * with the target and today marked. Recharts is large: this module is loaded on its own, when
 * the first chart shows.
 */
export default function MetricChart({ metric, today, bounds }: { metric: MetricProgress; today: string; bounds?: { min: number | null; max: number | null } }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = metricChartData(metric, today, bounds);
  const shortDay = (day: number) => format.shortDate(isoDateOf(day));
  const summary = t('metric.chartSummary', {
    name: metric.name,
    recorded: format.number(metric.actual.length),
    current: metric.current === null ? '—' : format.number(metric.current),
    target: format.number(metric.target),
  });

  return (
    <div role="img" aria-label={summary} data-testid="metric-chart" style={{ width: '100%', height: HEIGHT }}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <LineChart margin={{ top: 16, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--mantine-color-gray-2)" vertical={false} />
          <XAxis
            type="number"
            dataKey="day"
            domain={data.days}
            ticks={dayTicks(data.days)}
            tickFormatter={shortDay}
            tick={{ fontSize: 11, fill: 'var(--mantine-color-gray-6)' }}
            stroke="var(--mantine-color-gray-4)"
          />
          <YAxis
            type="number"
            domain={data.values}
            ticks={data.valueTicks}
            interval={0}
            tickFormatter={(value: number) => format.axisNumber(value)}
            tick={{ fontSize: 11, fill: 'var(--mantine-color-gray-6)' }}
            stroke="var(--mantine-color-gray-4)"
            width={44}
          />
          <Tooltip content={<PointTooltip unit={metric.unit} />} />
          <ReferenceLine
            y={metric.target}
            stroke="var(--mantine-color-indigo-4)"
            strokeDasharray="2 4"
            label={{ value: t('metric.legend.target'), position: 'insideTopLeft', fontSize: 11, fill: 'var(--mantine-color-indigo-7)' }}
          />
          <ReferenceLine
            x={data.today}
            stroke="var(--mantine-color-gray-5)"
            label={{
              value: t('metric.legend.today'),
              position: data.todayLabelSide === 'right' ? 'insideTopLeft' : 'insideTopRight',
              fontSize: 11,
              fill: 'var(--mantine-color-gray-7)',
            }}
          />
          {data.plan.length > 0 && (
            <Line
              data={data.plan}
              dataKey="value"
              name={t('metric.legend.plan')}
              stroke="var(--mantine-color-gray-5)"
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={false}
              activeDot={false}
              isAnimationActive={false}
              className="plan-line"
            />
          )}
          <Line
            data={data.actual}
            dataKey="value"
            name={t('metric.legend.actual')}
            stroke="var(--mantine-color-teal-6)"
            strokeWidth={2.5}
            dot={{ r: 3, fill: 'var(--mantine-color-teal-6)' }}
            isAnimationActive={false}
            className="actual-line"
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
