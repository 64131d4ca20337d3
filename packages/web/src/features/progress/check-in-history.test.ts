import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../../api/types';
import { checkInHistory } from './check-in-history';

function checkIn(id: string, init: Partial<CheckIn> = {}): CheckIn {
  return {
    id,
    goalId: 'g',
    kind: 'observation',
    effectiveOn: '2026-11-10',
    text: id,
    confidence: null,
    rating: null,
    values: [],
    author: { id: 'u', name: 'Marta', side: 'client' },
    stakeholderName: null,
    supersedesId: null,
    supersededById: null,
    createdAt: '2026-11-10T10:00:00.000Z',
    ...init,
  };
}

describe('checkInHistory', () => {
  it('lists the check-ins latest first, by the day they speak for, then by when they were written', () => {
    const history = checkInHistory([
      checkIn('older', { effectiveOn: '2026-11-01', createdAt: '2026-11-20T10:00:00.000Z' }),
      checkIn('same day, earlier', { createdAt: '2026-11-10T08:00:00.000Z' }),
      checkIn('same day, later', { createdAt: '2026-11-10T09:00:00.000Z' }),
    ]);
    expect(history.map((entry) => entry.checkIn.id)).toEqual(['same day, later', 'same day, earlier', 'older']);
  });

  it('shows a correction in place of what it corrected, which it carries, latest correction first', () => {
    const history = checkInHistory([
      checkIn('first', { supersededById: 'second' }),
      checkIn('second', { supersedesId: 'first', supersededById: 'third' }),
      checkIn('third', { supersedesId: 'second' }),
      checkIn('other', { effectiveOn: '2026-11-01' }),
    ]);
    expect(history.map((entry) => [entry.checkIn.id, entry.corrected.map((old) => old.id)])).toEqual([
      ['third', ['second', 'first']],
      ['other', []],
    ]);
  });

  it('keeps a check-in whose correction is missing from the list', () => {
    expect(checkInHistory([checkIn('lonely', { supersededById: 'gone' })]).map((entry) => entry.checkIn.id)).toEqual(['lonely']);
  });
});
