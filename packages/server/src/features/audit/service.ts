import type { Scope } from '../../context.ts';
import { insertAuditEvent, type AuditEvent } from './repo.ts';

/** Who did what to which row, and when: sign-ups, sign-ins, invitations, acceptances. */
export function recordAuditEvent(scope: Scope, event: AuditEvent): Promise<void> {
  return insertAuditEvent(scope.tx, event, scope.now);
}
