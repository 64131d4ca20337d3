import '../../i18n/goals-catalog';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isProblem } from '../../api/client';
import { PageLoader } from '../../ui/page-loader';
import { usePageTitle } from '../../ui/page-title';
import { ProblemAlert } from '../../ui/problem';
import { useEngagement } from '../engagements/engagement-queries';
import { useSignedInMe } from '../session/use-me';
import { GoalEditor, goalFieldProblems, useGoalEditorForm } from './goal-editor';
import { useDraftGoal } from './goal-queries';
import { EMPTY_WORDS, tidyWords } from './goal-words';

/** Drafting a new goal in an engagement; either side may. It stays a draft until someone proposes it. */
export function NewGoalPage() {
  const { t } = useTranslation();
  const { id: engagementId = '' } = useParams();
  const navigate = useNavigate();
  const engagement = useEngagement(engagementId);
  const me = useSignedInMe();
  const draft = useDraftGoal(engagementId);
  const form = useGoalEditorForm({ ...EMPTY_WORDS, parentId: null, reason: '' }, { requiresReason: false });
  usePageTitle(t('goalEditor.newPageTitle'));

  const back = `/engagements/${engagementId}`;
  if (engagement.isPending) return <PageLoader />;
  if (engagement.isError) {
    return (
      <Stack>
        <Anchor component={Link} to="/" size="sm">
          ← {t('engagement.back')}
        </Anchor>
        <ProblemAlert
          error={engagement.error}
          onRetry={isProblem(engagement.error, 'engagement_not_found', 'not_found') ? undefined : () => void engagement.refetch()}
        />
      </Stack>
    );
  }
  const isClient = engagement.data.client.id === me.user.id;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor component={Link} to={back} size="sm">
          ← {isClient ? t('goal.backToMine') : t('goal.backTo', { name: engagement.data.client.name })}
        </Anchor>
        <div>
          <Title order={1}>{t('goalEditor.newTitle')}</Title>
          <Text c="dimmed">{t('goalEditor.newIntro', { name: engagement.data.client.name })}</Text>
        </div>
      </Stack>
      <GoalEditor
        form={form}
        engagementId={engagementId}
        isClient={isClient}
        mode="draft"
        alert={draft.isError ? <ProblemAlert error={draft.error} /> : undefined}
        submitLabel={t('goalEditor.saveDraft')}
        isSaving={draft.isPending}
        cancelTo={back}
        onSubmit={(values) => {
          const { title, description, whyItMatters, horizon, startsOn, dueOn, valueIds } = tidyWords(values);
          draft.mutate(
            { title, description, whyItMatters, horizon, startsOn, dueOn, valueIds, parentId: values.parentId },
            {
              onSuccess: (goal) => void navigate(`/goals/${goal.id}`, { replace: true }),
              onError: (error) => form.setErrors(goalFieldProblems(error)),
            },
          );
        }}
      />
    </Stack>
  );
}
