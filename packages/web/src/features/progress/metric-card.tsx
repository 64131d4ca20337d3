import '../../i18n/progress-catalog';
import { Badge, Box, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metric, MetricProgress } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { metricLabel } from './metric-label';

// Recharts is a large library: its chunk loads when the first chart is drawn, not before.
const MetricChart = lazy(() => import('./metric-chart'));

function Stat({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      <Box fw={600} fz={{ base: 'md', sm: 'lg' }} lh={1.3} style={{ overflowWrap: 'break-word' }} data-testid={testId}>
        {children}
      </Box>
    </Stack>
  );
}

function LegendSwatch({ color, dashed, label }: { color: string; dashed?: boolean; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <svg width={22} height={8} aria-hidden="true">
        <line x1={1} y1={4} x2={21} y2={4} stroke={color} strokeWidth={dashed ? 2 : 2.5} strokeDasharray={dashed ? '5 3' : undefined} strokeLinecap="round" />
      </svg>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}

/**
 * One metric: where it stands now against its target and baseline, how far along the way that
 * is (and past the target, when it is), and its values over time against the plan line.
 */
export function MetricCard({ metric, definition, today }: { metric: MetricProgress; definition: Metric | undefined; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const scale = definition && definition.min !== null && definition.max !== null ? { min: definition.min, max: definition.max } : null;

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="metric-card" data-metric-id={metric.metricId} data-kind={metric.kind}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Title order={3} fz="md" data-testid="metric-name">
              {metricLabel(metric)}
            </Title>
            <Text size="xs" c="dimmed">
              {scale
                ? t('metric.scaleOf', { min: format.number(scale.min), max: format.number(scale.max) })
                : t(`metric.direction.${metric.direction}`)}
              {' · '}
              {t('metric.baselineOn', { value: format.number(metric.baseline), date: format.calendarDate(metric.baselineOn) })}
            </Text>
          </div>
          {metric.overshoot > 0 && metric.current !== null && (
            // By how much, in the metric's own terms ("0.5 past the target" on a scale of 1 to 5),
            // not as a share of the way from the baseline, which reads as a share of the target.
            <Badge color="indigo" variant="light" tt="none" style={{ flexShrink: 0 }} data-testid="metric-overshoot">
              {t('metric.overshoot', { amount: format.number(Math.abs(metric.current - metric.target)) })}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="sm">
          <Stat label={t('metric.current')} testId="metric-current">
            {metric.current === null ? (
              <Text c="dimmed" fz="sm" fw={500}>
                {t('metric.noValue')}
              </Text>
            ) : (
              <>
                <span data-testid="metric-current-value">{format.number(metric.current)}</span>
                {metric.currentOn && (
                  <Text size="xs" c="dimmed" fw={400}>
                    {format.calendarDate(metric.currentOn)}
                  </Text>
                )}
              </>
            )}
          </Stat>
          <Stat label={t('metric.target')} testId="metric-target">
            {format.number(metric.target)}
          </Stat>
          <Stat label={t('metric.progress')} testId="metric-progress">
            {format.percent(metric.progress)}
          </Stat>
        </SimpleGrid>
        <Suspense fallback={<Skeleton height={220} radius="md" data-testid="metric-chart-loading" />}>
          <MetricChart metric={metric} today={today} {...(scale ? { bounds: scale } : {})} />
        </Suspense>
        <Group gap="md">
          <LegendSwatch color="var(--mantine-color-teal-6)" label={t('metric.legend.actual')} />
          {metric.plan.length > 0 ? (
            <LegendSwatch color="var(--mantine-color-gray-5)" dashed label={t('metric.legend.plan')} />
          ) : (
            <Text size="xs" c="dimmed">
              {t('metric.noPlan')}
            </Text>
          )}
          <LegendSwatch color="var(--mantine-color-indigo-4)" dashed label={t('metric.legend.target')} />
        </Group>
      </Stack>
    </Card>
  );
}
