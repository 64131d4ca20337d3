import type { TFunction } from 'i18next';
import type { AuditEvent } from '../../api/types';
import '../../i18n/security-catalog';

/**
 * Whom a hand-over took the client from and to, as the log says it ("From Ilze Ozola to Pēteris
 * Liepa"), so that two hand-overs of one client read differently; null for any other event. A
 * coach whose account the owner may no longer see is named as unknown.
 */
export function handOverText(t: TFunction, event: Pick<AuditEvent, 'handOver'>): string | null {
  if (!event.handOver) return null;
  const unknown = t('audit.nobody');
  return t('audit.handedOver', { from: event.handOver.from ?? unknown, to: event.handOver.to ?? unknown });
}
