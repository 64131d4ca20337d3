import '../../i18n/sessions-catalog';
import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment, CommitmentStatus } from '../../api/types';
import { useFormat } from '../../i18n/use-format';

const STATUS_COLORS: Record<CommitmentStatus, string> = { open: 'blue', done: 'teal', dropped: 'gray' };

/** Names to show for who owns a commitment: the engagement's coach and client. */
export type OwnerNames = { coach: string; client: string };

/**
 * One commitment: its words, whose it is, when it is due (overdue marked), the goal it serves,
 * its latest follow-up. `children` holds what the reader may do with it.
 */
export function CommitmentItem({
  commitment,
  names,
  goalTitle,
  context,
  showStatus = true,
  children,
}: {
  commitment: Commitment;
  names?: OwnerNames;
  goalTitle?: string | undefined;
  context?: ReactNode;
  /** Off where every commitment listed is open anyway (the reader's action items). */
  showStatus?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const accent = commitment.overdue ? 'red' : STATUS_COLORS[commitment.status];
  return (
    <Box
      component="li"
      py="xs"
      px="sm"
      style={{ borderLeft: `3px solid var(--mantine-color-${accent}-6)`, borderRadius: 4 }}
      bg="var(--mantine-color-gray-0)"
      data-testid="commitment"
      data-commitment-id={commitment.id}
      data-status={commitment.status}
      data-overdue={commitment.overdue}
      data-owner={commitment.owner}
    >
      <Stack gap={4}>
        {/* On a narrow screen the badges go under the words rather than squeeze them a few letters a line. */}
        <Group justify="space-between" wrap="wrap" align="flex-start" gap="sm">
          <Text
            size="sm"
            fw={600}
            td={commitment.status === 'dropped' ? 'line-through' : undefined}
            style={{ flex: '1 1 12rem', minWidth: 0, overflowWrap: 'anywhere' }}
            data-testid="commitment-text"
          >
            {commitment.text}
          </Text>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            {commitment.overdue && (
              <Badge color="red" variant="filled" size="sm" style={{ minWidth: 'max-content' }} data-testid="commitment-overdue">
                {t('commitments.overdue')}
              </Badge>
            )}
            {showStatus && (
              <Badge color={STATUS_COLORS[commitment.status]} variant="light" size="sm" style={{ minWidth: 'max-content' }} data-testid="commitment-status">
                {t(`commitments.status.${commitment.status}`)}
              </Badge>
            )}
          </Group>
        </Group>
        <Group gap="md" wrap="wrap">
          {names && (
            <Text size="xs" c="dimmed">
              {t('commitments.owner', { name: names[commitment.owner] })}
            </Text>
          )}
          {commitment.dueOn && (
            <Text size="xs" c={commitment.overdue ? 'red.7' : 'dimmed'} fw={commitment.overdue ? 600 : undefined} data-testid="commitment-due">
              {t('commitments.due', { date: format.calendarDate(commitment.dueOn) })}
            </Text>
          )}
          {goalTitle && (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {t('commitments.goal', { title: goalTitle })}
            </Text>
          )}
          {context}
        </Group>
        {commitment.followUp && commitment.followUp.outcome && (
          <Text size="xs" c="dimmed" fs="italic" data-testid="commitment-follow-up">
            {t('commitments.followUp', { outcome: commitment.followUp.outcome })}
          </Text>
        )}
        {children}
      </Stack>
    </Box>
  );
}
