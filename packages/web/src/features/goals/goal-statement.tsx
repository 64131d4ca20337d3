import '../../i18n/goals-catalog';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Goal, Revision, Value } from '../../api/types';
import { useFormat } from '../../i18n/use-format';

function Part({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      <div data-testid={testId}>{children}</div>
    </Stack>
  );
}

/** The goal's words in force (or being drafted): what the coach and the client agree to. */
export function GoalStatement({
  words,
  values,
  parent,
}: {
  words: Revision;
  values: readonly Value[] | undefined;
  parent: Pick<Goal, 'id' | 'title'> | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const linked = words.valueIds.map((id) => values?.find((value) => value.id === id));
  const dimmed = (text: string) => (
    <Text size="sm" c="dimmed" fs="italic">
      {text}
    </Text>
  );

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="goal-statement">
      <Stack gap="md">
        <Part label={t('goal.field.description')}>
          {words.description ? (
            <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="goal-description">
              {words.description}
            </Text>
          ) : (
            dimmed(t('goal.noDescription'))
          )}
        </Part>
        <Part label={t('goal.field.whyItMatters')}>
          {words.whyItMatters ? (
            <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="goal-why">
              {words.whyItMatters}
            </Text>
          ) : (
            dimmed(t('goal.noWhy'))
          )}
        </Part>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Part label={t('goal.field.startsOn')}>
            <Text data-testid="goal-starts-on-text">{words.startsOn ? format.calendarDate(words.startsOn) : t('goal.noDate')}</Text>
          </Part>
          <Part label={t('goal.field.dueOn')}>
            <Text data-testid="goal-due-on-text">{words.dueOn ? format.calendarDate(words.dueOn) : t('goal.noDate')}</Text>
          </Part>
        </SimpleGrid>
        <Part label={t('goal.field.valueIds')}>
          {linked.length === 0 ? (
            dimmed(t('goal.noValues'))
          ) : (
            <Group gap="xs" data-testid="goal-values">
              {linked.map((value, index) => (
                <Badge
                  key={words.valueIds[index]}
                  variant="light"
                  color={value?.kind === 'aspiration' ? 'indigo' : 'teal'}
                  tt="none"
                  data-testid="goal-value"
                >
                  {value?.title ?? t('goal.unknownValue')}
                </Badge>
              ))}
            </Group>
          )}
        </Part>
        <Part label={t('goal.field.parentId')}>
          {parent ? (
            <Anchor component={Link} to={`/goals/${parent.id}`} data-testid="goal-parent">
              {parent.title}
            </Anchor>
          ) : (
            dimmed(t('goal.noParent'))
          )}
        </Part>
      </Stack>
    </Card>
  );
}
