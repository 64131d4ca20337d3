import '../../i18n/goals-catalog';
import { Alert, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Goal, Revision, Value } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { useMetrics } from '../progress/progress-queries';
import { FieldChanges } from './field-changes';
import { FieldValue, REVISION_FIELDS, type RevisionField } from './goal-field-value';
import { changedWords, wordsOf } from './goal-words';
import { SmartScore } from './smart-score';

/**
 * A change proposed to an active goal, next to the words in force: only the fields that would
 * change, so that agreeing is agreeing to something seen.
 */
export function PendingChange({
  goalId,
  active,
  pending,
  values,
  goals,
}: {
  goalId: string;
  active: Revision;
  pending: Revision;
  values: readonly Value[] | undefined;
  goals: readonly Goal[] | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const changed = changedWords(wordsOf(active), wordsOf(pending));
  const fields = REVISION_FIELDS.filter((field): field is RevisionField => field in changed || (field === 'parentId' && active.parentId !== pending.parentId));
  // The metrics keep their targets whatever the words become: new words that say what is aimed at
  // (the title, the description, the due date) may ask for other targets.
  const metrics = useMetrics(goalId);
  const asksOtherTargets = fields.some((field) => field === 'title' || field === 'description' || field === 'dueOn');
  const targets = (metrics.data ?? []).map((metric) => `${metric.name}: ${format.number(metric.target)}${metric.unit ? ` ${metric.unit}` : ''}`);

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="pending-change" style={{ borderColor: 'var(--mantine-color-yellow-4)' }}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} fz="lg">
              {t('pendingChange.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('pendingChange.byline', {
                name: pending.author.name,
                side: t(`side.${pending.author.side}`),
                date: format.instant(pending.createdAt),
              })}
            </Text>
          </div>
          <SmartScore smart={pending.smart} />
        </Group>
        {pending.reason && <Text size="sm">{t('agreement.reason', { reason: pending.reason })}</Text>}
        <FieldChanges
          changes={fields.map((field) => ({
            field,
            label: t(`goal.field.${field}`),
            before: <FieldValue field={field} value={active[field]} values={values} goals={goals} />,
            after: <FieldValue field={field} value={pending[field]} values={values} goals={goals} />,
          }))}
          parts={{
            label: t('pendingChange.tableLabel'),
            field: t('pendingChange.field'),
            before: t('pendingChange.inForce'),
            after: t('pendingChange.proposed'),
            testIds: { row: 'pending-field', after: 'pending-after' },
            afterBackground: 'yellow.0',
          }}
        />
        {asksOtherTargets && targets.length > 0 && (
          <Alert color="gray" variant="light" p="xs" data-testid="pending-change-targets">
            <Text size="sm">{t('pendingChange.targets', { targets: targets.join('; ') })}</Text>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
