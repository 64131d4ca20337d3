import '../../i18n/progress-catalog';
import { Badge, Button, Card, EmptyState, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../api/client';
import type { FeedbackRequest, FeedbackStatus } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { LongText } from '../../ui/long-text';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { RemovalConfirmation } from '../sessions/word-edits';
import { useFeedbackRequests, useWithdrawFeedbackRequest } from './progress-queries';

const STATUS_COLORS: Record<FeedbackStatus, string> = { open: 'blue', answered: 'teal', expired: 'gray', withdrawn: 'gray' };

export function FeedbackStatusBadge({ status }: { status: FeedbackStatus }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={STATUS_COLORS[status]} tt="none" style={{ minWidth: 'max-content' }} data-testid="feedback-status" data-status={status}>
      {t(`feedbackRequest.status.${status}`)}
    </Badge>
  );
}

/** The language the stakeholder's page opens in, as its two-letter code (named in full for screen readers). */
function PageLanguageBadge({ locale }: { locale: FeedbackRequest['locale'] }) {
  const { t } = useTranslation();
  const name = t(`feedbackRequest.pageLanguage.${locale}`);
  return (
    <Badge size="sm" variant="default" tt="none" title={name} data-testid="feedback-page-language" data-locale={locale}>
      <span aria-hidden="true">{t(`language.short.${locale}`)}</span>
      <VisuallyHidden>{name}</VisuallyHidden>
    </Badge>
  );
}

/** When the request was asked, answered, withdrawn or let expire, in one line. */
function RequestHistory({ request }: { request: FeedbackRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  let text: string;
  if (request.answeredAt) text = t('feedbackRequest.answeredOn', { date: format.instantDate(request.answeredAt) });
  else if (request.withdrawnAt) text = t('feedbackRequest.withdrawnOn', { date: format.instantDate(request.withdrawnAt) });
  else if (request.status === 'expired') text = t('feedbackRequest.expiredOn', { date: format.instantDate(request.expiresAt) });
  else text = t('feedbackRequest.askedBy', { name: request.requestedBy.name, date: format.instantDate(request.createdAt), until: format.instantDate(request.expiresAt) });
  return (
    <Text size="xs" c="dimmed">
      {text}
    </Text>
  );
}

/** What became of the email that took the link to the stakeholder, when Tandem sent it. */
function EmailLine({ request }: { request: FeedbackRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!request.email) return null;
  const { status, at } = request.email;
  return (
    <Text size="xs" c={status === 'failed' ? 'red.8' : 'dimmed'} data-testid="feedback-email" data-status={status}>
      {t(`feedbackRequest.emailStatus.${status}`, { email: request.stakeholderEmail, date: format.instantDate(at) })}
    </Text>
  );
}

/** The latest asked first, as the check-ins beside them are. */
function latestFirst(requests: readonly FeedbackRequest[]): FeedbackRequest[] {
  return [...requests].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * The questions asked of stakeholders about this goal, the latest first, whether each has been answered, and in
 * which language its page opens. A question still waiting can be withdrawn (a typo in the name,
 * the wrong person), once confirmed: its link stops working and it stays listed as withdrawn.
 */
export function FeedbackRequests({ goalId, onAsk }: { goalId: string; onAsk?: () => void }) {
  const { t } = useTranslation();
  const requests = useFeedbackRequests(goalId);
  const withdraw = useWithdrawFeedbackRequest(goalId);
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const confirm = (id: string | null) => {
    withdraw.reset();
    setConfirmingId(id);
  };

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="feedback-requests">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={2} fz="lg">
              {t('feedbackRequest.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('feedbackRequest.listIntro')}
            </Text>
          </div>
          {onAsk && (
            <Button size="xs" variant="light" onClick={onAsk} style={{ flexShrink: 0 }} data-testid="ask-stakeholder">
              {t('feedbackRequest.ask')}
            </Button>
          )}
        </Group>
        {requests.isPending && <PageLoader />}
        {requests.isError && <ProblemAlert error={requests.error} onRetry={() => void requests.refetch()} />}
        {requests.data?.length === 0 && <EmptyState py="xs" title={t('feedbackRequest.emptyTitle')} description={t('feedbackRequest.emptyBody')} />}
        {requests.data && requests.data.length > 0 && (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {latestFirst(requests.data).map((request) => {
              const isOpen = request.status === 'open';
              return (
                <Stack key={request.id} component="li" gap={2} data-testid="feedback-request" data-status={request.status}>
                  <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                    {/* A long name wraps rather than being cut short: it is who was asked. */}
                    <Text size="sm" fw={600} style={{ minWidth: 0, overflowWrap: 'anywhere' }} data-testid="feedback-stakeholder">
                      {request.stakeholderName}
                    </Text>
                    <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                      <PageLanguageBadge locale={request.locale} />
                      <FeedbackStatusBadge status={request.status} />
                    </Group>
                  </Group>
                  <LongText c="dark.6" testId="feedback-question">
                    {t('common.quoted', { text: request.question })}
                  </LongText>
                  <Group justify="space-between" wrap="nowrap" gap="xs" align="center">
                    <Stack gap={0}>
                      <RequestHistory request={request} />
                      <EmailLine request={request} />
                    </Stack>
                    {isOpen && confirmingId !== request.id && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="gray"
                        onClick={() => confirm(request.id)}
                        aria-label={t('feedbackRequest.withdrawAria', { name: request.stakeholderName })}
                        style={{ flexShrink: 0 }}
                        data-testid="withdraw-feedback-request"
                      >
                        {t('feedbackRequest.withdraw')}
                      </Button>
                    )}
                  </Group>
                  {isOpen && confirmingId === request.id && (
                    <RemovalConfirmation
                      question={t('feedbackRequest.withdrawConfirm', { name: request.stakeholderName })}
                      confirmLabel={t('feedbackRequest.withdraw')}
                      isPending={withdraw.isPending}
                      // Refused because it was answered or expired meanwhile: the list, asked again, shows which.
                      error={isProblem(withdraw.error, 'invalid_transition') ? null : withdraw.error}
                      onConfirm={() => withdraw.mutate(request.id, { onSuccess: () => setConfirmingId(null) })}
                      onCancel={() => confirm(null)}
                      testId="withdraw-feedback-request-confirmation"
                    />
                  )}
                </Stack>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
