import '../../i18n/goals-catalog';
import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SmartAssessment } from '../../api/types';
import { metCount } from './goal-order';
import { SMART_CRITERIA, VERDICT_COLORS } from './smart-verdict';

/** A compact SMART indicator: one dot per criterion and how many of the five are met. */
export function SmartScore({ smart }: { smart: SmartAssessment }) {
  const { t } = useTranslation();
  const met = metCount(smart);
  const label = t('smart.scoreAria', {
    met,
    details: SMART_CRITERIA.map((criterion) => `${t(`smart.criterion.${criterion}`)}: ${t(`smart.verdict.${smart[criterion].verdict}`)}`).join(', '),
  });
  return (
    <Group gap={6} wrap="nowrap" role="img" aria-label={label} title={label} data-testid="smart-score" data-met={met}>
      <Group gap={3} wrap="nowrap" aria-hidden="true">
        {SMART_CRITERIA.map((criterion) => (
          <Box
            key={criterion}
            w={8}
            h={8}
            style={{ borderRadius: '50%', background: `var(--mantine-color-${VERDICT_COLORS[smart[criterion].verdict]}-6)` }}
          />
        ))}
      </Group>
      <Text size="xs" c="dimmed" fw={600} aria-hidden="true" style={{ whiteSpace: 'nowrap' }}>
        {t('smart.score', { met })}
      </Text>
    </Group>
  );
}
