import '../../i18n/goals-catalog';
import '../../i18n/progress-catalog';
import { Alert, Button, Group, MultiSelect, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { nextLookAfterKeep } from '@tandem/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, Value } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { fieldProblems, ProblemAlert } from '../../ui/problem';
import { parentCandidates, titleWithHorizon } from '../goals/goal-words';
import { DayInput } from '../progress/day-input';
import { useHoldReview, type GoalReviews, type ReviewOutcome } from './review-queries';

const OUTCOMES = { keep: 1, modify: 2, realign: 3, drop: 4 } satisfies Record<ReviewOutcome, number>;

/**
 * A 90-day review: the seeds' four questions, what was learnt, and one outcome. Modify proposes
 * new dates or words, realign new values or another bigger goal to serve: both as a revision the
 * other side agrees to; drop closes the goal with the reason; keep changes nothing.
 */
export function ReviewForm({
  goal,
  questions,
  values,
  goals,
  onDone,
}: {
  goal: Goal;
  questions: GoalReviews['questions'];
  values: readonly Value[] | undefined;
  goals: readonly Goal[] | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const hold = useHoldReview(goal.id);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState('');
  const [outcome, setOutcome] = useState<ReviewOutcome>('keep');
  const [reason, setReason] = useState('');
  const words = goal.activeRevision ?? goal.pendingRevision;
  // A goal kept that ends before the next review is looked back on at its end, not in 90 days.
  const keepLook = nextLookAfterKeep(format.today(), words?.dueOn ?? null);
  const [dueOn, setDueOn] = useState<string | null>(words?.dueOn ?? null);
  const [title, setTitle] = useState(words?.title ?? '');
  const [valueIds, setValueIds] = useState<string[]>(words?.valueIds ?? []);
  const [parentId, setParentId] = useState<string | null>(goal.parentId);
  const parents = parentCandidates(goals ?? [], goal);
  const problems = fieldProblems(hold.error);
  // A goal kept changes nothing, so what the review found is all it records: refused here before sending.
  const [saidNothing, setSaidNothing] = useState(false);
  // Every other outcome changes the goal and says why, as the server asks (3 characters or more): refused here too.
  const [saidNoReason, setSaidNoReason] = useState(false);

  const submit = () => {
    const changes =
      outcome === 'modify'
        ? // Only what the review changes: the entry later lists these as the change proposed.
          { ...(title.trim() !== words?.title ? { title: title.trim() } : {}), ...(dueOn && dueOn !== words?.dueOn ? { dueOn } : {}) }
        : outcome === 'realign'
          ? { ...(valueIds.length > 0 ? { valueIds } : {}), ...(parentId !== goal.parentId ? { parentId } : {}) }
          : {};
    const filled = Object.fromEntries(Object.entries(answers).filter(([, text]) => text.trim() !== ''));
    const nothing = outcome === 'keep' && notes.trim() === '' && Object.keys(filled).length === 0;
    const noReason = outcome !== 'keep' && reason.trim().length < 3;
    setSaidNothing(nothing);
    setSaidNoReason(noReason);
    if (nothing || noReason) {
      // An earlier refusal from the server would stand beside these messages and contradict them.
      hold.reset();
      return;
    }
    hold.mutate(
      { outcome, notes, reason: reason.trim(), changes, answers: filled, version: goal.version },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t(`reviews.saved.${outcome}`), closeButtonProps: { 'aria-label': t('common.close') } });
          onDone();
        },
      },
    );
  };

  return (
    <Stack data-testid="review-form">
      {questions.map((question) => (
        <Textarea
          key={question.key}
          label={question.text}
          autosize
          minRows={2}
          value={answers[question.key] ?? ''}
          onChange={(event) => setAnswers({ ...answers, [question.key]: event.currentTarget.value })}
          error={problems[`answers.${question.key}`]}
          data-testid={`review-answer-${question.key}`}
        />
      ))}
      <Textarea
        label={t('reviews.notes')}
        description={t('reviews.notesHint')}
        autosize
        minRows={2}
        value={notes}
        onChange={(event) => setNotes(event.currentTarget.value)}
        error={saidNothing ? t('errors.field.nothing_learnt') : problems.notes}
        data-testid="review-notes"
      />
      <Radio.Group label={t('reviews.outcome')} value={outcome} onChange={(value) => setOutcome(value as ReviewOutcome)} data-testid="review-outcome">
        <Stack gap="xs" mt={6}>
          {(Object.keys(OUTCOMES) as ReviewOutcome[]).map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`reviews.outcomes.${value}`)}
              description={
                value === 'keep' && keepLook.at === 'goal_end'
                  ? t('reviews.outcomeHints.keepUntilEnd', { date: format.calendarDate(keepLook.on) })
                  : t(`reviews.outcomeHints.${value}`)
              }
            />
          ))}
        </Stack>
      </Radio.Group>
      {(outcome === 'modify' || outcome === 'realign') && goal.activeRevision && goal.pendingRevision && (
        // A change already waiting for agreement gives way to the review's: say so before it does.
        <Alert color="yellow" variant="light" data-testid="review-replaces-pending">
          <Text size="sm">
            {t('reviews.replacesPending', { name: goal.pendingRevision.author.name, date: format.instantDate(goal.pendingRevision.createdAt) })}
          </Text>
        </Alert>
      )}
      {outcome === 'modify' && (
        <Stack gap="xs">
          <Textarea
            label={t('reviews.newTitle')}
            autosize
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={problems['changes.title']}
            data-testid="review-title"
          />
          <DayInput
            label={t('reviews.newDueOn')}
            value={dueOn}
            onChange={setDueOn}
            clearable
            error={problems['changes.dueOn'] ?? problems['changes.startsOn']}
            data-testid="review-due-on"
          />
          {problems.changes && (
            <Text size="sm" c="red" data-testid="review-changes-problem">
              {problems.changes}
            </Text>
          )}
        </Stack>
      )}
      {outcome === 'realign' && (
        <Stack gap="xs">
          <MultiSelect
            label={t('reviews.newValues')}
            data={(values ?? []).map((value) => ({ value: value.id, label: value.title }))}
            value={valueIds}
            onChange={setValueIds}
            error={problems['changes.valueIds']}
            data-testid="review-values"
          />
          <Select
            label={t('reviews.newParent')}
            placeholder={t('goalEditor.noParent')}
            data={parents.map((candidate) => ({ value: candidate.id, label: titleWithHorizon(candidate, (horizon) => t(`horizon.${horizon}`)) }))}
            value={parentId}
            onChange={setParentId}
            clearable
            error={problems['changes.parentId']}
            data-testid="review-parent"
          />
        </Stack>
      )}
      {outcome !== 'keep' && (
        <Textarea
          label={t('reviews.reason')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={saidNoReason ? t('errors.field.reason_required') : problems.reason}
          data-testid="review-reason"
        />
      )}
      {(outcome === 'modify' || outcome === 'realign') && (
        <Text size="xs" c="dimmed">
          {t('reviews.agreementNote')}
        </Text>
      )}
      {/* Beside the button, where the eye is after pressing it (on a phone the form's top is scrolled away);
          the fields it names say what is wrong with each. */}
      {hold.isError && <ProblemAlert error={hold.error} />}
      <Group justify="flex-end">
        <Button loading={hold.isPending} onClick={submit} data-testid="save-review">
          {t('reviews.save')}
        </Button>
      </Group>
    </Stack>
  );
}
