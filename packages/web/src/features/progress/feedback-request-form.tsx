import '../../i18n/progress-catalog';
import { Alert, Button, Checkbox, CopyButton, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { latestEmail, type EmailStatus } from '../../api/email-status';
import type { RequestedFeedback, Side } from '../../api/types';
import { currentLanguage, isLanguage, LANGUAGES, type Language } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { FieldMessage, fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { useFeedbackRequests, useRequestFeedback } from './progress-queries';
import { LabelledSegmentedControl } from '../../ui/labelled-segmented-control';

/** The line above the link: ready to send, or what became of the email that takes it. */
function linkHeadline(t: TFunction, requested: RequestedFeedback, email: EmailStatus | null | undefined, date: (instant: string) => string): string {
  if (!email) return t('feedbackRequest.ready', { name: requested.stakeholderName });
  const address = requested.stakeholderEmail;
  if (email.status === 'queued') return t('feedbackRequest.emailing', { email: address });
  if (email.status === 'sent') return t('feedbackRequest.emailed', { email: address });
  return t(`feedbackRequest.emailStatus.${email.status}`, { email: address, date: date(email.at) });
}

/**
 * The stakeholder's single-use link, shown once, ready to copy and send, or on its way by email
 * and then emailed: its email's word follows the goal's list of questions, read again meanwhile.
 */
export function FeedbackLink({ goalId, requested }: { goalId: string; requested: RequestedFeedback }) {
  const { t } = useTranslation();
  const format = useFormat();
  const listed = useFeedbackRequests(goalId).data?.find((asked) => asked.id === requested.id);
  const email = latestEmail(requested.email, listed?.email);
  return (
    <Alert color={email?.status === 'failed' ? 'red' : 'teal'} variant="light" radius="md" data-testid="feedback-link" data-email-status={email?.status}>
      <Stack gap="sm">
        <Text size="sm" fw={500}>
          {linkHeadline(t, requested, email, format.instantDate)}
        </Text>
        <TextInput label={t('feedbackRequest.linkLabel')} value={requested.url} readOnly onFocus={(event) => event.currentTarget.select()} data-testid="feedback-url" />
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {t('feedbackRequest.validUntil', format.linkExpiry(requested.expiresAt))}
          </Text>
          <CopyButton value={requested.url} timeout={2000}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'filled' : 'light'} onClick={copy} style={{ flexShrink: 0 }} data-testid="copy-feedback-url">
                {copied ? t('feedbackRequest.copied') : t('feedbackRequest.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * Asking someone who sees the client at work (a manager, a colleague) one question about the
 * goal. They answer through a link without an account; the answer joins the check-ins. Their page
 * opens in the language chosen here (the asker's own at first), the one the question is written in.
 * Given their email, Tandem sends them the link unless the asker would rather send it themselves.
 */
export function FeedbackRequestForm({ goalId, mySide, onCancel }: { goalId: string; mySide: Side; onCancel: () => void }) {
  const { t } = useTranslation();
  const request = useRequestFeedback(goalId);
  const form = useForm<{ stakeholderName: string; stakeholderEmail: string; sendEmail: boolean; question: string; locale: Language }>({
    initialValues: { stakeholderName: '', stakeholderEmail: '', sendEmail: true, question: '', locale: currentLanguage() },
    validate: {
      stakeholderName: (value) => (value.trim() ? null : <FieldMessage name="too_small" />),
      stakeholderEmail: (value) => (value.trim() ? rules.email(value) : null),
      question: (value) => (value.trim().length >= 5 ? null : <FieldMessage name="question" />),
    },
  });

  if (request.isSuccess) {
    return (
      <Stack gap="sm">
        <FeedbackLink goalId={goalId} requested={request.data} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-testid="feedback-done">
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form
      noValidate
      data-testid="feedback-request-form"
      onSubmit={form.onSubmit((values) =>
        request.mutate(
          {
            stakeholderName: values.stakeholderName.trim(),
            question: values.question.trim(),
            locale: values.locale,
            ...(values.stakeholderEmail.trim() ? { stakeholderEmail: values.stakeholderEmail.trim(), sendEmail: values.sendEmail } : {}),
          },
          { onError: (error) => form.setErrors(fieldProblems(error)) },
        ),
      )}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {mySide === 'client' ? t('feedbackRequest.introMine') : t('feedbackRequest.intro')}
        </Text>
        {request.isError && <ProblemAlert error={request.error} />}
        <TextInput label={t('feedbackRequest.name')} required maxLength={200} data-autofocus {...form.getInputProps('stakeholderName')} />
        <TextInput label={t('feedbackRequest.email')} description={t('feedbackRequest.emailHint')} type="email" maxLength={254} {...form.getInputProps('stakeholderEmail')} />
        {form.values.stakeholderEmail.trim() && (
          <Checkbox
            label={t('feedbackRequest.sendEmail')}
            description={t('feedbackRequest.sendEmailHint')}
            data-testid="feedback-send-email"
            {...form.getInputProps('sendEmail', { type: 'checkbox' })}
          />
        )}
        <Textarea
          label={t('feedbackRequest.question')}
          description={t('feedbackRequest.questionHint')}
          placeholder={t('feedbackRequest.questionPlaceholder')}
          required
          autosize
          minRows={2}
          maxRows={6}
          maxLength={1000}
          {...form.getInputProps('question')}
        />
        <LabelledSegmentedControl
          label={t('feedbackRequest.locale')}
          hint={t('feedbackRequest.localeHint')}
          data-testid="feedback-locale"
          value={form.values.locale}
          onChange={(value) => {
            if (isLanguage(value)) form.setFieldValue('locale', value);
          }}
          data={LANGUAGES.map((language) => ({ value: language, label: t(`language.name.${language}`) }))}
        />
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('progress.cancel')}
          </Button>
          <Button type="submit" loading={request.isPending} data-testid="feedback-submit">
            {t('feedbackRequest.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
