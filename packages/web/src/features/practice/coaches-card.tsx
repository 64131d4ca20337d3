import '../../i18n/practice-catalog';
import { Badge, Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Coach } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { CountBadge } from '../../ui/count-badge';
import { RemoveCoachButton } from './remove-coach-button';

/** The count columns, in the order a reader asks about them: who is working now comes first. */
const COUNTED = ['active', 'invited', 'paused', 'ended'] as const;

/**
 * The practice's coaches, each with their clients counted by status. Picking a coach (the row or
 * its button) shows only their clients in the list below; picking them again shows everyone's.
 */
export function CoachesCard({ coaches, pickedId, onPick }: { coaches: readonly Coach[]; pickedId: string | null; onPick: (coachId: string | null) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toggle = (coach: Coach) => onPick(coach.id === pickedId ? null : coach.id);

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} fz="lg">
            {t('practice.coaches.title')}
          </Title>
          <CountBadge variant="light" color="gray" data-testid="coach-count">
            {t('practice.coaches.count', { count: coaches.length })}
          </CountBadge>
        </Group>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" highlightOnHover aria-label={t('practice.coaches.listLabel')} data-testid="coach-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('practice.coaches.columns.coach')}</Table.Th>
                {COUNTED.map((status) => (
                  <Table.Th key={status} ta="right">
                    {t(`practice.coaches.columns.${status}`)}
                  </Table.Th>
                ))}
                <Table.Th>
                  <VisuallyHidden>{t('practice.coaches.columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {coaches.map((coach) => {
                const isPicked = coach.id === pickedId;
                return (
                  <Table.Tr
                    key={coach.id}
                    onClick={() => toggle(coach)}
                    bg={isPicked ? 'teal.0' : undefined}
                    style={{ cursor: 'pointer' }}
                    data-testid="coach-row"
                    data-picked={isPicked}
                  >
                    <Table.Td>
                      <Stack gap={2} align="flex-start">
                        <Text size="sm" fw={600} data-testid="coach-name">
                          {coach.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {coach.email}
                        </Text>
                        {coach.role === 'owner' && (
                          <Badge variant="light" color="teal" size="xs" data-testid="owner-badge">
                            {t('role.owner')}
                          </Badge>
                        )}
                      </Stack>
                    </Table.Td>
                    {COUNTED.map((status) => (
                      <Table.Td key={status} ta="right" data-testid={`coach-${status}`}>
                        {format.number(coach.engagements[status])}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right">
                      <Stack gap={4} align="flex-end">
                        <Button
                          size="xs"
                          variant={isPicked ? 'filled' : 'light'}
                          aria-pressed={isPicked}
                          aria-label={t('practice.coaches.showAria', { name: coach.name })}
                          onClick={(event) => {
                            // The row would take the same click as a second pick.
                            event.stopPropagation();
                            toggle(coach);
                          }}
                          data-testid="show-coach-clients"
                        >
                          {t('practice.coaches.show')}
                        </Button>
                        {coach.role === 'coach' && <RemoveCoachButton coach={coach} />}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
