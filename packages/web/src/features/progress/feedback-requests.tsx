import '../../i18n/progress-catalog';
import { Badge, Button, Card, EmptyState, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FeedbackRequest, FeedbackStatus } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { useFeedbackRequests } from './progress-queries';

const STATUS_COLORS: Record<FeedbackStatus, string> = { open: 'blue', answered: 'teal', expired: 'gray' };

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

/** The questions asked of stakeholders about this goal, whether each has been answered, and in which language its page opens. */
export function FeedbackRequests({ goalId, onAsk }: { goalId: string; onAsk?: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const requests = useFeedbackRequests(goalId);

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
            {requests.data.map((request) => (
              <Stack key={request.id} component="li" gap={2} data-testid="feedback-request" data-status={request.status}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" fw={600} truncate>
                    {request.stakeholderName}
                  </Text>
                  <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                    <PageLanguageBadge locale={request.locale} />
                    <FeedbackStatusBadge status={request.status} />
                  </Group>
                </Group>
                <Text size="sm" c="dark.6" lineClamp={2}>
                  {t('common.quoted', { text: request.question })}
                </Text>
                <Text size="xs" c="dimmed">
                  {request.answeredAt
                    ? t('feedbackRequest.answeredOn', { date: format.instantDate(request.answeredAt) })
                    : request.status === 'expired'
                      ? t('feedbackRequest.expiredOn', { date: format.instantDate(request.expiresAt) })
                      : t('feedbackRequest.askedBy', { name: request.requestedBy.name, date: format.instantDate(request.createdAt), until: format.instantDate(request.expiresAt) })}
                </Text>
              </Stack>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
