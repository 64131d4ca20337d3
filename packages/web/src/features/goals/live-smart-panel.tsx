import '../../i18n/goals-catalog';
import { Alert, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SmartAssessment, SmartDraft } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { fieldMessages, problemMessage } from '../../i18n/problem-text';
import { useSmartAssessment } from './goal-queries';
import { draftToAssess, type GoalWords } from './goal-words';
import { SmartPanel } from './smart-panel';

/** How long typing must pause before the words are checked again. */
const SETTLE_MS = 400;

/**
 * The SMART check of the words being typed: asked of the server once typing pauses, in the
 * engagement's context (its values, the parent goal, and for a goal's new words its metrics and
 * their pace so far) and in the reader's language.
 */
export function LiveSmartPanel({
  words,
  engagementId,
  parentId,
  goalId,
}: {
  words: GoalWords;
  engagementId: string;
  parentId: string | null;
  /** The goal whose words change: its metrics and their pace so far are weighed too. */
  goalId?: string | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const hasTitle = words.title.trim() !== '';
  const isDueBeforeStart = words.startsOn !== null && words.dueOn !== null && words.dueOn < words.startsOn;
  // Debounce a string: the same words typed again make the same request, answered from the cache.
  const asked = hasTitle && !isDueBeforeStart ? JSON.stringify(draftToAssess(words, { engagementId, parentId, goalId, locale: language })) : '';
  const [settled] = useDebouncedValue(asked, SETTLE_MS);
  const draft = useMemo(() => (settled ? (JSON.parse(settled) as SmartDraft) : null), [settled]);
  const assessment = useSmartAssessment(draft);

  // While a new answer is on its way, or when the server could not check the words, the last
  // answer stays. Dates the other way round are not checked at all: the last answer judged other
  // dates, and would say so beside the note.
  const lastAnswer = useRef<SmartAssessment | undefined>(undefined);
  if (assessment.data && !assessment.isPlaceholderData) lastAnswer.current = assessment.data;
  const smart = hasTitle && !isDueBeforeStart ? (assessment.data ?? lastAnswer.current) : undefined;

  let note = null;
  if (!hasTitle) {
    note = (
      <Text size="sm" c="dimmed" data-testid="smart-waiting">
        {t('smart.startTyping')}
      </Text>
    );
  } else if (isDueBeforeStart) {
    note = (
      <Alert color="yellow" variant="light" data-testid="smart-problem">
        {t('errors.field.due_before_start')}
      </Alert>
    );
  } else if (assessment.isError) {
    const fields = Object.values(fieldMessages(t, assessment.error));
    note = (
      <Alert color="yellow" variant="light" data-testid="smart-problem">
        {fields.length > 0 ? fields.join(' ') : problemMessage(t, assessment.error)}
      </Alert>
    );
  }

  return (
    <SmartPanel
      smart={smart}
      isChecking={hasTitle && (asked !== settled || assessment.isFetching)}
      note={note}
      testId="live-smart-panel"
    />
  );
}
