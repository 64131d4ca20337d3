import '../../i18n/feedback-catalog';
import { Blockquote, Box, Button, Container, Group, Input, Paper, Rating, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isProblem } from '../../api/client';
import type { FeedbackQuestion } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { Brand } from '../../ui/brand';
import { PageLoader } from '../../ui/page-loader';
import { usePageTitle } from '../../ui/page-title';
import { FieldMessage, fieldProblems, ProblemAlert } from '../../ui/problem';
import { LanguageSwitch } from '../session/language-switch';
import { useAnswerFeedback, useFeedbackQuestion } from './feedback-queries';
import { LimitedTextarea } from '../../ui/limited-textarea';
import { useLanguageOfRequest } from './request-language';

/** A page for someone without an account: the product's name and a language switch, nothing to sign in to. */
function StakeholderFrame({ children, onLanguageChosen }: { children: ReactNode; onLanguageChosen: () => void }) {
  return (
    <Box
      mih="100vh"
      style={{
        background:
          'radial-gradient(circle at 15% 20%, var(--mantine-color-teal-0), transparent 45%), radial-gradient(circle at 85% 80%, var(--mantine-color-indigo-0), transparent 45%), var(--mantine-color-gray-0)',
      }}
    >
      <Container size="lg" py="md">
        <Group justify="space-between">
          <Brand />
          <LanguageSwitch onChange={onLanguageChosen} />
        </Group>
      </Container>
      <Container size={560} pt={40} pb={64}>
        {children}
      </Container>
    </Box>
  );
}

/** The end of the road for this link: answered, expired, withdrawn, or never valid. */
function Closing({ title, body, tone, testId }: { title: string; body: string; tone: 'teal' | 'gray'; testId: string }) {
  return (
    <Paper withBorder shadow="sm" radius="lg" p="xl" style={{ borderTop: `4px solid var(--mantine-color-${tone}-6)` }} data-testid={testId}>
      <Stack gap="xs">
        <Title order={1} fz={26}>
          {title}
        </Title>
        <Text c="dimmed">{body}</Text>
      </Stack>
    </Paper>
  );
}

type Outcome = 'answered' | 'used' | 'expired' | 'withdrawn';

function AnswerForm({ token, question, onOutcome }: { token: string; question: FeedbackQuestion; onOutcome: (outcome: Outcome) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const answer = useAnswerFeedback(token);
  const [rating, setRating] = useState(0);
  const [text, setText] = useState('');
  const [isEmpty, setEmpty] = useState(false);
  const name = question.clientFirstName;
  const serverErrors = fieldProblems(answer.error);
  const ratingLabels = [1, 2, 3, 4, 5].map((value) => t(`stakeholder.ratingLabel.${value as 1 | 2 | 3 | 4 | 5}`));

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={1} fz={30} data-testid="stakeholder-title">
          {t('stakeholder.title', { name })}
        </Title>
        <Text c="dimmed">{t('stakeholder.intro', { name })}</Text>
      </Stack>
      <Paper withBorder shadow="sm" radius="lg" p="xl">
        <form
          noValidate
          data-testid="stakeholder-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (rating === 0 && !text.trim()) {
              setEmpty(true);
              return;
            }
            answer.mutate(
              { ...(rating > 0 ? { rating } : {}), ...(text.trim() ? { text: text.trim() } : {}) },
              {
                onSuccess: () => onOutcome('answered'),
                // Answered from another tab, or expired or withdrawn while the page was open.
                onError: (error) => {
                  if (isProblem(error, 'link_used')) onOutcome('used');
                  else if (isProblem(error, 'link_expired')) onOutcome('expired');
                  else if (isProblem(error, 'link_withdrawn')) onOutcome('withdrawn');
                },
              },
            );
          }}
        >
          <Stack gap="lg">
            <Stack gap={4}>
              <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                {t('stakeholder.questionLabel', { name })}
              </Text>
              <Blockquote color="teal" p="md" iconSize={0} fz="lg" fw={500} data-testid="stakeholder-question">
                {question.question}
              </Blockquote>
            </Stack>
            {answer.isError && !isProblem(answer.error, 'validation_failed', 'link_used', 'link_expired', 'link_withdrawn') && <ProblemAlert error={answer.error} />}
            <Stack gap={6}>
              <Input.Label>{t('stakeholder.rating')}</Input.Label>
              <Group gap="md" align="center">
                <Rating
                  value={rating}
                  onChange={(value) => {
                    setRating(value);
                    setEmpty(false);
                  }}
                  size="xl"
                  // Mantine's symbols are valued 0 (none) to 5.
                  getSymbolLabel={(value) => (value === 0 ? t('stakeholder.noRating') : (ratingLabels[value - 1] ?? String(value)))}
                  data-testid="stakeholder-rating"
                />
                {rating > 0 && (
                  <Group gap="xs">
                    <Text size="sm" fw={600} data-testid="stakeholder-rating-words">
                      {ratingLabels[rating - 1]}
                    </Text>
                    <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setRating(0)}>
                      {t('stakeholder.clearRating')}
                    </Button>
                  </Group>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {t('stakeholder.ratingHint')}
              </Text>
            </Stack>
            <LimitedTextarea
              label={t('stakeholder.text')}
              description={t('stakeholder.textHint', { name })}
              autosize
              minRows={4}
              maxRows={12}
              maxLength={4000}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                setEmpty(false);
              }}
              error={isEmpty ? <FieldMessage name="answer_required" /> : serverErrors.text}
              data-testid="stakeholder-text"
            />
            <Button type="submit" size="md" loading={answer.isPending} data-testid="stakeholder-submit">
              {t('stakeholder.submit')}
            </Button>
            <Text size="xs" c="dimmed" ta="center">
              {t('stakeholder.privacy', { name, date: format.instant(question.expiresAt) })}
            </Text>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

/** The closing card a link opens on, when it can no longer be answered. */
const OUTCOME_OF_STATUS: Record<FeedbackQuestion['status'], Outcome | null> = { open: null, answered: 'used', expired: 'expired', withdrawn: 'withdrawn' };

/**
 * The page a stakeholder opens from their single-use link: the question and the client's first
 * name, nothing more. They answer once, without an account, and are thanked. The page speaks
 * the language the request was made for (the one the question is written in), whatever their
 * browser's, unless they switch it themselves: their switch wins for the rest of the visit.
 */
export function StakeholderPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const question = useFeedbackQuestion(token);
  const chooseLanguage = useLanguageOfRequest(question.data?.locale);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  usePageTitle(t('stakeholder.pageTitle'));

  let content: ReactNode;
  if (question.isPending) content = <PageLoader />;
  else if (question.isError) {
    content = isProblem(question.error, 'not_found') ? (
      <Closing title={t('stakeholder.invalid.title')} body={t('stakeholder.invalid.body')} tone="gray" testId="stakeholder-invalid" />
    ) : (
      <ProblemAlert error={question.error} onRetry={() => void question.refetch()} />
    );
  } else {
    const name = question.data.clientFirstName;
    const status = outcome ?? OUTCOME_OF_STATUS[question.data.status];
    if (status === 'answered') {
      content = <Closing title={t('stakeholder.thanks.title')} body={t('stakeholder.thanks.body', { name })} tone="teal" testId="stakeholder-thanks" />;
    } else if (status === 'used') {
      content = <Closing title={t('stakeholder.used.title')} body={t('stakeholder.used.body')} tone="teal" testId="stakeholder-used" />;
    } else if (status === 'expired') {
      content = <Closing title={t('stakeholder.expired.title')} body={t('stakeholder.expired.body', { name })} tone="gray" testId="stakeholder-expired" />;
    } else if (status === 'withdrawn') {
      content = <Closing title={t('stakeholder.withdrawn.title')} body={t('stakeholder.withdrawn.body')} tone="gray" testId="stakeholder-withdrawn" />;
    } else {
      content = <AnswerForm token={token} question={question.data} onOutcome={setOutcome} />;
    }
  }
  return <StakeholderFrame onLanguageChosen={chooseLanguage}>{content}</StakeholderFrame>;
}
