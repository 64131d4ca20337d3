import '../../i18n/goals-catalog';
import { Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SmartAssessment } from '../../api/types';
import { metCount } from './goal-order';
import { SMART_CRITERIA, VERDICT_COLORS, VerdictIcon } from './smart-verdict';

/**
 * The SMART check of a goal's words: each criterion with its verdict, the reason, and for what
 * is partly there or missing the question that guides the next step. The reasons and questions
 * come from the server in the reader's language. It advises; it never blocks saving.
 */
export function SmartPanel({
  smart,
  title,
  isChecking = false,
  note,
  testId = 'smart-panel',
}: {
  smart: SmartAssessment | undefined;
  title?: string;
  isChecking?: boolean;
  note?: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="lg" padding="lg" data-testid={testId} aria-busy={isChecking}>
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Title order={2} fz="lg">
              {title ?? t('smart.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('smart.intro')}
            </Text>
          </div>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            {isChecking && <Loader size="xs" aria-label={t('smart.checking')} />}
            {smart && (
              <Badge variant="light" color={metCount(smart) === 5 ? 'teal' : 'gray'} size="lg" tt="none" aria-live="polite" data-testid="smart-met-count">
                {t('smart.score', { met: metCount(smart) })}
              </Badge>
            )}
          </Group>
        </Group>
        {note}
        {smart && (
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {SMART_CRITERIA.map((criterion) => {
              const { verdict, reason, question } = smart[criterion];
              return (
                <Group
                  key={criterion}
                  component="li"
                  gap="sm"
                  wrap="nowrap"
                  align="flex-start"
                  data-testid="smart-criterion"
                  data-criterion={criterion}
                  data-verdict={verdict}
                >
                  <VerdictIcon verdict={verdict} />
                  <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                    <Group gap="xs">
                      <Text fw={700} size="sm">
                        {t(`smart.criterion.${criterion}`)}
                      </Text>
                      <Text size="xs" fw={600} c={`${VERDICT_COLORS[verdict]}.8`}>
                        {t(`smart.verdict.${verdict}`)}
                      </Text>
                    </Group>
                    <Text size="sm" data-testid="smart-reason">
                      {reason}
                    </Text>
                    {verdict !== 'met' && question && (
                      <Text size="sm" c="dimmed" fs="italic" data-testid="smart-question">
                        {question}
                      </Text>
                    )}
                  </Stack>
                </Group>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
