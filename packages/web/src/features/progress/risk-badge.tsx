import '../../i18n/progress-catalog';
import { Badge, Box, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RiskStatus } from '../../api/types';

export const RISK_COLORS: Record<RiskStatus, string> = {
  on_track: 'teal',
  needs_attention: 'orange',
  at_risk: 'red',
  not_judged: 'gray',
};

/** How a goal (or a client) stands: on track, needs attention, at risk; colour-coded, always worded. */
export function RiskBadge({ status, size = 'md' }: { status: RiskStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={RISK_COLORS[status]}
      variant={status === 'at_risk' ? 'filled' : 'light'}
      size={size}
      leftSection={status === 'not_judged' ? undefined : <Box w={7} h={7} bg={status === 'at_risk' ? 'white' : `${RISK_COLORS[status]}.6`} style={{ borderRadius: '50%' }} />}
      style={{ minWidth: 'max-content' }}
      data-testid="risk-badge"
      data-risk={status}
    >
      {t(`risk.status.${status}`)}
    </Badge>
  );
}
