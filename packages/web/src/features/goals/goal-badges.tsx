import '../../i18n/goals-catalog';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GoalState, Horizon } from '../../api/types';

const STATE_COLORS: Record<GoalState, { color: string; variant: 'light' | 'outline' }> = {
  draft: { color: 'gray', variant: 'light' },
  proposed: { color: 'yellow', variant: 'light' },
  active: { color: 'teal', variant: 'light' },
  achieved: { color: 'indigo', variant: 'light' },
  dropped: { color: 'gray', variant: 'outline' },
};

export function GoalStateBadge({ state }: { state: GoalState }) {
  const { t } = useTranslation();
  const { color, variant } = STATE_COLORS[state];
  return (
    <Badge color={color} variant={variant} style={{ minWidth: 'max-content' }} data-testid="goal-state" data-state={state}>
      {t(`goalState.${state}`)}
    </Badge>
  );
}

export function HorizonBadge({ horizon }: { horizon: Horizon }) {
  const { t } = useTranslation();
  return (
    <Badge color="indigo" variant="outline" style={{ minWidth: 'max-content' }} data-testid="goal-horizon" data-horizon={horizon}>
      {t(`horizon.${horizon}`)}
    </Badge>
  );
}

/** Marks a goal whose words wait for the reader's agreement. */
export function AwaitingMeBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="orange" variant="filled" style={{ minWidth: 'max-content' }} data-testid="awaits-me">
      {t('goals.awaitsYou')}
    </Badge>
  );
}
