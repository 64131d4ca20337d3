import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EngagementStatus } from '../../api/types';

const COLORS: Record<EngagementStatus, string> = {
  invited: 'yellow',
  active: 'teal',
  paused: 'gray',
  ended: 'dark',
};

export function StatusBadge({ status }: { status: EngagementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLORS[status]}
      variant="light"
      style={{ minWidth: 'max-content' }}
      data-testid="status-badge"
      data-status={status}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
