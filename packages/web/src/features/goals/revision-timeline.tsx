import '../../i18n/goals-catalog';
import { Badge, Blockquote, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agreement, Goal, RevisionHistoryItem, Value } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { FieldChanges } from './field-changes';
import { FieldValue, isRevisionField } from './goal-field-value';
import { useRevisions } from './goal-queries';
import { revisionStatus, type RevisionStatus } from './revision-status';
import { VerdictIcon } from './smart-verdict';

const STATUS_COLORS: Record<RevisionStatus, string> = {
  inForce: 'teal',
  awaiting: 'yellow',
  draft: 'gray',
  declined: 'red',
  wasInForce: 'gray',
  replaced: 'gray',
  notAgreed: 'gray',
};

function AgreementLine({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const who = { name: agreement.user.name, side: t(`side.${agreement.side}`), date: format.instant(agreement.at) };
  const isAgreed = agreement.decision === 'agree';
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="revision-agreement" data-decision={agreement.decision} data-implied={agreement.implied}>
      <VerdictIcon verdict={isAgreed ? 'met' : 'missing'} size="sm" />
      <Stack gap={0}>
        <Text size="sm">
          {isAgreed ? (agreement.implied ? t('timeline.proposedBy', who) : t('timeline.agreedBy', who)) : t('timeline.declinedBy', who)}
        </Text>
        {agreement.comment && (
          <Text size="sm" c="dimmed" fs="italic" data-testid="agreement-comment">
            {t('common.quoted', { text: agreement.comment })}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

function Changes({ revision, values, goals }: { revision: RevisionHistoryItem; values: readonly Value[] | undefined; goals: readonly Goal[] | undefined }) {
  const { t } = useTranslation();
  const isFirst = revision.number === 1;
  const changes = revision.changes.filter((change) => isRevisionField(change.field));
  if (changes.length === 0) return <Text size="sm" c="dimmed">{t('timeline.noChanges')}</Text>;
  return (
    <FieldChanges
      changes={changes.flatMap(({ field, before, after }) =>
        isRevisionField(field)
          ? [
              {
                field,
                label: t(`goal.field.${field}`),
                before: isFirst ? undefined : <FieldValue field={field} value={before} values={values} goals={goals} />,
                after: <FieldValue field={field} value={after} values={values} goals={goals} />,
              },
            ]
          : [],
      )}
      parts={{
        label: t('timeline.changesLabel', { number: revision.number }),
        field: t('timeline.field'),
        ...(isFirst ? {} : { before: t('timeline.before') }),
        after: isFirst ? t('timeline.words') : t('timeline.after'),
        testIds: { row: 'revision-change', before: 'change-before', after: 'change-after' },
        beforeStyle: { textDecoration: 'line-through', textDecorationColor: 'var(--mantine-color-red-3)' },
        dense: true,
      }}
    />
  );
}

/**
 * The goal's history, oldest first: each revision with its author, time and reason, what it
 * changed field by field, and who agreed to it or declined it.
 */
export function RevisionTimeline({ goal, values, goals }: { goal: Goal; values: readonly Value[] | undefined; goals: readonly Goal[] | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const revisions = useRevisions(goal.id);

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="revision-timeline">
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg">
            {t('timeline.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('timeline.intro')}
          </Text>
        </div>
        {revisions.isPending && <PageLoader />}
        {revisions.isError && <ProblemAlert error={revisions.error} onRetry={() => void revisions.refetch()} />}
        {revisions.data && (
          <Timeline active={revisions.data.length - 1} bulletSize={26} lineWidth={2} color="teal">
            {revisions.data.map((revision, index, all) => {
              const status = revisionStatus(revision, goal, index === all.length - 1);
              return (
                <Timeline.Item
                  key={revision.id}
                  bullet={
                    <Text size="xs" fw={700}>
                      {revision.number}
                    </Text>
                  }
                  title={
                    <Group gap="xs">
                      <Text fw={700}>{t('timeline.revision', { number: revision.number })}</Text>
                      <Badge size="sm" color={STATUS_COLORS[status]} variant="light" data-testid="revision-status" data-status={status}>
                        {t(`timeline.status.${status}`)}
                      </Badge>
                    </Group>
                  }
                  data-testid="revision"
                  data-number={revision.number}
                >
                  <Stack gap="xs" mt={4}>
                    <Text size="sm" c="dimmed" data-testid="revision-byline">
                      {t('timeline.byline', {
                        name: revision.author.name,
                        side: t(`side.${revision.author.side}`),
                        date: format.instant(revision.createdAt),
                      })}
                    </Text>
                    {revision.reason && (
                      <Blockquote color="teal" p="xs" pl="md" iconSize={0} fz="sm" data-testid="revision-reason">
                        {revision.reason}
                      </Blockquote>
                    )}
                    <Changes revision={revision} values={values} goals={goals} />
                    {revision.agreements.length > 0 && (
                      <Stack gap={6} data-testid="revision-agreements">
                        {revision.agreements.map((agreement) => (
                          <AgreementLine key={agreement.id} agreement={agreement} />
                        ))}
                      </Stack>
                    )}
                  </Stack>
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
      </Stack>
    </Card>
  );
}
