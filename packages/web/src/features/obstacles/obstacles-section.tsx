import '../../i18n/goals-catalog';
import { Badge, Button, Card, EmptyState, Group, Modal, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../api/client';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { useChangeObstacle, useLogObstacle, useObstacles, useResolveObstacle, type Obstacle, type ObstacleCategory } from './obstacle-queries';

/** Every category the API knows, in the order the seeds list them (the type keeps it complete). */
const CATEGORY_ORDER = {
  unanticipated_event: 1,
  competing_priorities: 2,
  lost_motivation: 3,
  insufficient_progress: 4,
  missing_skills_resources_support: 5,
  changed_circumstances: 6,
} satisfies Record<ObstacleCategory, number>;
const CATEGORIES = Object.keys(CATEGORY_ORDER) as ObstacleCategory[];

function LogObstacleForm({ goalId, onDone }: { goalId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const log = useLogObstacle(goalId);
  const form = useForm<{ description: string; category: ObstacleCategory | ''; rootCause: string; contingencyPlan: string }>({
    initialValues: { description: '', category: '', rootCause: '', contingencyPlan: '' },
    validate: { description: rules.required, category: rules.required },
  });
  const problems = fieldProblems(log.error);
  return (
    <form
      noValidate
      data-testid="obstacle-form"
      onSubmit={form.onSubmit((values) => {
        if (values.category === '') return;
        log.mutate(
          { ...values, category: values.category },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('obstacles.logged'), closeButtonProps: { 'aria-label': t('common.close') } });
              onDone();
            },
          },
        );
      })}
    >
      <Stack>
        {log.isError && <ProblemAlert error={log.error} />}
        <Textarea label={t('obstacles.description')} description={t('obstacles.descriptionHint')} required autosize minRows={2} {...form.getInputProps('description')} error={form.errors.description ?? problems.description} />
        <Select
          label={t('obstacles.category')}
          required
          data={CATEGORIES.map((category) => ({ value: category, label: t(`obstacles.categories.${category}`) }))}
          {...form.getInputProps('category')}
          error={form.errors.category ?? problems.category}
          data-testid="obstacle-category"
        />
        <Textarea label={t('obstacles.rootCause')} description={t('obstacles.rootCauseHint')} autosize minRows={2} {...form.getInputProps('rootCause')} />
        <Textarea label={t('obstacles.contingencyPlan')} description={t('obstacles.contingencyPlanHint')} autosize minRows={2} {...form.getInputProps('contingencyPlan')} />
        <Group justify="flex-end">
          <Button type="submit" loading={log.isPending}>
            {t('obstacles.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The reframing: pick one of the category's questions (or keep one's own) and answer it; a plan if it happens. */
function ReframeForm({ goalId, obstacle, onDone }: { goalId: string; obstacle: Obstacle; onDone: () => void }) {
  const { t } = useTranslation();
  const change = useChangeObstacle(goalId);
  const [question, setQuestion] = useState(obstacle.reframingQuestion || obstacle.reframingQuestions[0] || '');
  const [answer, setAnswer] = useState(obstacle.reframingAnswer);
  const [plan, setPlan] = useState(obstacle.contingencyPlan);
  const isStale = isProblem(change.error, 'stale_version');
  return (
    <Stack data-testid="reframe-form">
      {change.isError && <ProblemAlert error={change.error} />}
      {isStale && <Text size="sm">{t('obstacles.stale')}</Text>}
      <Radio.Group label={t('obstacles.reframingQuestions')} value={question} onChange={setQuestion}>
        <Stack gap="xs" mt={6}>
          {obstacle.reframingQuestions.map((text) => (
            <Radio key={text} value={text} label={text} data-testid="reframing-question" />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea label={t('obstacles.reframingAnswer')} autosize minRows={2} value={answer} onChange={(event) => setAnswer(event.currentTarget.value)} data-testid="reframing-answer" />
      <Textarea label={t('obstacles.contingencyPlan')} description={t('obstacles.contingencyPlanHint')} autosize minRows={2} value={plan} onChange={(event) => setPlan(event.currentTarget.value)} data-testid="contingency-plan" />
      <Group justify="flex-end">
        <Button
          loading={change.isPending}
          onClick={() =>
            change.mutate(
              { id: obstacle.id, changes: { reframingQuestion: question, reframingAnswer: answer, contingencyPlan: plan, version: obstacle.version } },
              {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: t('obstacles.reframeSaved'), closeButtonProps: { 'aria-label': t('common.close') } });
                  onDone();
                },
              },
            )
          }
        >
          {t('obstacles.saveReframing')}
        </Button>
      </Group>
    </Stack>
  );
}

function ResolveForm({ goalId, obstacle, onDone }: { goalId: string; obstacle: Obstacle; onDone: () => void }) {
  const { t } = useTranslation();
  const resolve = useResolveObstacle(goalId);
  const [resolution, setResolution] = useState('');
  return (
    <Stack>
      {resolve.isError && <ProblemAlert error={resolve.error} />}
      <Textarea label={t('obstacles.resolution')} required autosize minRows={2} value={resolution} onChange={(event) => setResolution(event.currentTarget.value)} data-testid="obstacle-resolution" />
      <Group justify="flex-end">
        <Button loading={resolve.isPending} disabled={resolution.trim() === ''} onClick={() => resolve.mutate({ id: obstacle.id, resolution, version: obstacle.version }, { onSuccess: onDone })}>
          {t('obstacles.resolve')}
        </Button>
      </Group>
    </Stack>
  );
}

function ObstacleCard({ goalId, obstacle }: { goalId: string; obstacle: Obstacle }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [dialog, setDialog] = useState<'reframe' | 'resolve' | null>(null);
  const isOpen = obstacle.status === 'open';
  return (
    <Card withBorder radius="md" padding="md" data-testid="obstacle" data-status={obstacle.status} data-category={obstacle.category}>
      <Stack gap={6}>
        <Group gap={6}>
          <Badge variant="light" color="grape" size="sm">
            {t(`obstacles.categories.${obstacle.category}`)}
          </Badge>
          <Badge variant={isOpen ? 'filled' : 'light'} color={isOpen ? (obstacle.hasContingencyPlan ? 'orange' : 'red') : 'teal'} size="sm" data-testid="obstacle-status">
            {isOpen ? (obstacle.hasContingencyPlan ? t('obstacles.status.open') : t('obstacles.status.noPlan')) : t('obstacles.status.resolved')}
          </Badge>
        </Group>
        <Text fw={600} data-testid="obstacle-description">
          {obstacle.description}
        </Text>
        {obstacle.rootCause && (
          <Text size="sm">
            <b>{t('obstacles.rootCause')}:</b> {obstacle.rootCause}
          </Text>
        )}
        {obstacle.reframingQuestion && (
          <Text size="sm" data-testid="obstacle-reframing">
            <b>{obstacle.reframingQuestion}</b> {obstacle.reframingAnswer}
          </Text>
        )}
        {obstacle.contingencyPlan && (
          <Text size="sm" data-testid="obstacle-plan">
            <b>{t('obstacles.contingencyPlan')}:</b> {obstacle.contingencyPlan}
          </Text>
        )}
        {obstacle.resolution && (
          <Text size="sm" c="teal.8">
            <b>{t('obstacles.resolution')}:</b> {obstacle.resolution}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('obstacles.loggedBy', { name: obstacle.loggedBy.name, date: format.instantDate(obstacle.createdAt) })}
        </Text>
        {isOpen && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setDialog('reframe')} data-testid="reframe-obstacle">
              {t('obstacles.reframe')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setDialog('resolve')} data-testid="resolve-obstacle">
              {t('obstacles.resolve')}
            </Button>
          </Group>
        )}
      </Stack>
      <Modal opened={dialog !== null} onClose={() => setDialog(null)} title={dialog === 'resolve' ? t('obstacles.resolveTitle') : t('obstacles.reframeTitle')} size="lg">
        {dialog === 'reframe' && <ReframeForm goalId={goalId} obstacle={obstacle} onDone={() => setDialog(null)} />}
        {dialog === 'resolve' && <ResolveForm goalId={goalId} obstacle={obstacle} onDone={() => setDialog(null)} />}
      </Modal>
    </Card>
  );
}

/** What gets in the way of a goal: logged with a category and root cause, reframed, planned for, resolved. */
export function ObstaclesSection({ goalId }: { goalId: string }) {
  const { t } = useTranslation();
  const obstacles = useObstacles(goalId);
  const [isLogging, setLogging] = useState(false);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="obstacles">
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Title order={2} fz="lg">
              {t('obstacles.title')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('obstacles.intro')}
            </Text>
          </div>
          <Button size="xs" onClick={() => setLogging(true)} data-testid="log-obstacle">
            {t('obstacles.log')}
          </Button>
        </Group>
        {obstacles.isPending && <PageLoader />}
        {obstacles.isError && <ProblemAlert error={obstacles.error} onRetry={() => void obstacles.refetch()} />}
        {obstacles.data?.length === 0 && <EmptyState py="sm" title={t('obstacles.emptyTitle')} description={t('obstacles.emptyBody')} />}
        {obstacles.data?.map((obstacle) => <ObstacleCard key={obstacle.id} goalId={goalId} obstacle={obstacle} />)}
      </Stack>
      <Modal opened={isLogging} onClose={() => setLogging(false)} title={t('obstacles.logTitle')} size="lg">
        <LogObstacleForm goalId={goalId} onDone={() => setLogging(false)} />
      </Modal>
    </Card>
  );
}
