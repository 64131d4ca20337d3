import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ACTIONS_BY_CATEGORY, AUDIT_CATEGORIES } from './audit-actions.ts';

describe('the kinds of audit event', () => {
  const kindsOf = (action: string) => AUDIT_CATEGORIES.filter((category) => AUDIT_ACTIONS_BY_CATEGORY[category].some((known) => known === action));

  it.each(AUDIT_ACTIONS)('%s is of exactly one kind', (action) => {
    expect(kindsOf(action)).toHaveLength(1);
  });

  it('hold only known actions, each listed once', () => {
    const grouped = AUDIT_CATEGORIES.flatMap((category) => AUDIT_ACTIONS_BY_CATEGORY[category]);
    expect([...grouped].sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it('each hold at least one action, with no kind left unlisted', () => {
    expect(Object.keys(AUDIT_ACTIONS_BY_CATEGORY).sort()).toEqual([...AUDIT_CATEGORIES].sort());
    for (const category of AUDIT_CATEGORIES) expect(AUDIT_ACTIONS_BY_CATEGORY[category].length, category).toBeGreaterThan(0);
  });

  it.each([
    ['signed_in', 'sign_ins'],
    ['sign_in_failed', 'sign_ins'],
    ['recovery_code_used', 'sign_ins'],
    ['password_changed', 'account_security'],
    ['two_factor_disabled', 'account_security'],
    ['coach_removed', 'people'],
    ['engagement_handed_over', 'people'],
    ['goal_agreed', 'agreements'],
    ['journal_entry_shared', 'sharing'],
    ['calendar_feed_opened', 'sharing'],
    ['export.engagement', 'exports'],
  ])('%s is of the kind %s', (action, category) => {
    expect(kindsOf(action)).toEqual([category]);
  });
});
