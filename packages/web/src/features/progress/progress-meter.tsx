import '../../i18n/progress-catalog';
import { Box, Group, Progress, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RiskStatus } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { RISK_COLORS } from './risk-badge';

/**
 * Progress against the plan: the bar is how much is done, the dark mark is where the plan line
 * says the goal should be today. Both are also said in words, for whoever cannot see colours.
 */
export function ProgressMeter({
  progress,
  expected,
  status,
  size = 'md',
  muted = false,
  hasMeasure = true,
}: {
  progress: number;
  expected: number | null;
  status: RiskStatus;
  size?: 'sm' | 'md' | 'lg';
  muted?: boolean;
  /** Whether anything measures the goal yet (a metric with a value, a counted goal under it): without, no figures are given. */
  hasMeasure?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const done = Math.min(1, Math.max(0, progress));
  // "0% done, 13% expected" of a goal nothing measures would read as a goal behind its plan.
  const expectedMark = hasMeasure ? expected : null;
  const words = !hasMeasure
    ? t('progress.meter.nothingMeasured')
    : expectedMark === null
      ? t('progress.meter.done', { done: format.percent(done) })
      : t('progress.meter.doneOfExpected', { done: format.percent(done), expected: format.percent(Math.min(1, Math.max(0, expectedMark))) });
  const height = size === 'lg' ? 12 : size === 'md' ? 8 : 6;
  return (
    <Group gap="xs" wrap="wrap" data-testid="progress-meter" data-progress={done.toFixed(3)} data-expected={expectedMark === null ? '' : expectedMark.toFixed(3)} data-has-measure={hasMeasure}>
      <Box pos="relative" style={{ flex: '1 1 120px', minWidth: 80 }}>
        <Progress.Root size={height} radius="xl" bg="gray.2">
          <Progress.Section
            value={done * 100}
            color={muted ? 'gray.5' : `${RISK_COLORS[status] === 'gray' ? 'teal' : RISK_COLORS[status]}.6`}
            aria-label={words}
          />
        </Progress.Root>
        {expectedMark !== null && (
          <Tooltip label={t('progress.meter.expectedMark', { expected: format.percent(Math.min(1, Math.max(0, expectedMark))) })} withArrow>
            <Box
              pos="absolute"
              top={-3}
              left={`calc(${Math.min(1, Math.max(0, expectedMark)) * 100}% - 1px)`}
              w={3}
              h={height + 6}
              bg="dark.5"
              style={{ borderRadius: 2 }}
              data-testid="expected-mark"
            />
          </Tooltip>
        )}
      </Box>
      <Text size={size === 'lg' ? 'sm' : 'xs'} c="dimmed" data-testid="progress-words">
        {words}
      </Text>
    </Group>
  );
}
