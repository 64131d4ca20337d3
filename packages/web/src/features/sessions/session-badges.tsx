import '../../i18n/sessions-catalog';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CarryKind, SessionStatus } from '../../api/types';

const STATUS_COLORS: Record<SessionStatus, { color: string; variant: 'light' | 'outline' }> = {
  planned: { color: 'blue', variant: 'light' },
  held: { color: 'teal', variant: 'light' },
  cancelled: { color: 'gray', variant: 'outline' },
};

/** A session's status; a planned session whose time has passed shows that it waits to be marked. */
export function SessionStatusBadge({ status, isUnmarked = false }: { status: SessionStatus; isUnmarked?: boolean }) {
  const { t } = useTranslation();
  const { color, variant } = isUnmarked ? { color: 'orange', variant: 'light' as const } : STATUS_COLORS[status];
  return (
    <Badge color={color} variant={variant} style={{ minWidth: 'max-content' }} data-testid="session-status" data-status={status}>
      {isUnmarked ? t('sessionStatus.unmarked') : t(`sessionStatus.${status}`)}
    </Badge>
  );
}

const CARRY_COLORS: Record<CarryKind, string> = { commitment: 'violet', goal_at_risk: 'red', review_due: 'orange' };

/** Marks an agenda item carried over from before the session, and why. */
export function CarriedOverBadge({ kind }: { kind: CarryKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={CARRY_COLORS[kind]} variant="light" size="sm" radius="sm" data-testid="carried-over" data-kind={kind}>
      {t('agenda.carriedOver')} · {t(`agenda.kind.${kind}`)}
    </Badge>
  );
}
