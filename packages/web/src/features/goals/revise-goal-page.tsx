import '../../i18n/goals-catalog';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isProblem } from '../../api/client';
import type { Goal } from '../../api/types';
import { PageLoader } from '../../ui/page-loader';
import { usePageTitle } from '../../ui/page-title';
import { FieldMessage, ProblemAlert } from '../../ui/problem';
import { GoalEditor, goalFieldProblems, useGoalEditorForm } from './goal-editor';
import { isClosed } from './goal-order';
import { useGoal, useReviseGoal } from './goal-queries';
import { changedWords, EMPTY_WORDS, rebaseWords, wordsOf, type GoalWords } from './goal-words';

/** The words a change starts from: the pending ones when a change is on the table, else those in force. */
function wordsToChange(goal: Goal): GoalWords {
  const revision = goal.pendingRevision ?? goal.activeRevision;
  return revision ? wordsOf(revision) : { ...EMPTY_WORDS, title: goal.title, horizon: goal.horizon };
}

/**
 * Someone changed the goal while this person was writing: say so, and offer to reload the goal
 * under their text. Their edits stay; the fields they left alone take the new words.
 */
function StaleNotice({ onReload, isReloading }: { onReload: () => void; isReloading: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" role="alert" title={t('goalEditor.stale.title')} data-testid="stale-version">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('goalEditor.stale.body')}</Text>
        <Button size="xs" color="orange" onClick={onReload} loading={isReloading} data-testid="stale-reload">
          {t('goalEditor.stale.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}

function ReviseGoalEditor({ goal, onReload }: { goal: Goal; onReload: () => Promise<Goal | undefined> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const revise = useReviseGoal(goal.id);
  // What the person started from: their change is what they edit of these words, at this version.
  const [startedFrom, setStartedFrom] = useState(() => ({ words: wordsToChange(goal), version: goal.version }));
  const [isReloading, setReloading] = useState(false);
  const [wasReloaded, setReloaded] = useState(false);
  const form = useGoalEditorForm({ ...startedFrom.words, parentId: goal.parentId, reason: '' }, { requiresReason: true });
  const goalPage = `/goals/${goal.id}`;

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (!fresh) return;
      const freshWords = wordsToChange(fresh);
      const typed = form.getValues();
      form.setValues({ ...rebaseWords(startedFrom.words, freshWords, typed), reason: typed.reason });
      setStartedFrom({ words: freshWords, version: fresh.version });
      revise.reset();
      setReloaded(true);
    } finally {
      setReloading(false);
    }
  };

  let alert = null;
  if (isProblem(revise.error, 'stale_version')) alert = <StaleNotice onReload={() => void reload()} isReloading={isReloading} />;
  else if (revise.isError) alert = <ProblemAlert error={revise.error} />;
  else if (wasReloaded) {
    alert = (
      <Alert color="teal" variant="light" data-testid="stale-reloaded">
        {t('goalEditor.stale.reloaded')}
      </Alert>
    );
  }

  return (
    <GoalEditor
      form={form}
      engagementId={goal.engagementId}
      isClient={goal.mySide === 'client'}
      mode="change"
      goalId={goal.id}
      alert={alert}
      submitLabel={goal.state === 'draft' ? t('goalEditor.saveDraftChange') : t('goalEditor.proposeChange')}
      isSaving={revise.isPending}
      cancelTo={goalPage}
      onSubmit={(values) => {
        const changes = {
          ...changedWords(startedFrom.words, values),
          ...(values.parentId !== goal.parentId ? { parentId: values.parentId } : {}),
        };
        if (Object.keys(changes).length === 0) {
          form.setFieldError('changes', <FieldMessage name="no_changes" />);
          return;
        }
        revise.mutate(
          { changes, reason: values.reason.trim(), version: startedFrom.version },
          {
            onSuccess: () => void navigate(goalPage, { replace: true }),
            onError: (error) => form.setErrors(goalFieldProblems(error)),
          },
        );
      }}
    />
  );
}

/** Changing a goal's words: a new revision with a reason, which the other side agrees to or not. */
export function ReviseGoalPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const goal = useGoal(id);
  usePageTitle(t('goalEditor.changePageTitle'));

  const back = (
    <Anchor component={Link} to={goal.data ? `/goals/${id}` : '/'} size="sm">
      ← {goal.data ? t('goalEditor.backToGoal') : t('engagement.back')}
    </Anchor>
  );
  if (goal.isPending) return <PageLoader />;
  if (goal.isError) {
    return (
      <Stack>
        {back}
        <ProblemAlert error={goal.error} onRetry={isProblem(goal.error, 'goal_not_found', 'not_found') ? undefined : () => void goal.refetch()} />
      </Stack>
    );
  }

  const { data } = goal;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        {back}
        <div>
          <Title order={1}>{data.state === 'draft' ? t('goalEditor.editDraftTitle') : t('goalEditor.changeTitle')}</Title>
          <Text c="dimmed">{data.state === 'draft' ? t('goalEditor.editDraftIntro') : t('goalEditor.changeIntro')}</Text>
        </div>
      </Stack>
      {isClosed(data) ? (
        <Alert color="gray" variant="light" data-testid="goal-closed">
          {t('goalEditor.closed')}
          <Group mt="sm">
            <Button component={Link} to={`/goals/${id}`} size="xs" variant="light">
              {t('goalEditor.backToGoal')}
            </Button>
          </Group>
        </Alert>
      ) : (
        <ReviseGoalEditor goal={data} onReload={async () => (await goal.refetch()).data} />
      )}
    </Stack>
  );
}
