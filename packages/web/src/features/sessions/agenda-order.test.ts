import { describe, expect, it } from 'vitest';
import { movedOrder } from './agenda-order';

const agenda = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('movedOrder', () => {
  it.each([
    [1, -1, ['b', 'a', 'c']],
    [1, 1, ['a', 'c', 'b']],
    [0, 1, ['b', 'a', 'c']],
    [2, -1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
  ] as const)('moves the item at %i by %i', (index, step, expected) => {
    expect(movedOrder(agenda, index, step)).toEqual(expected);
  });
});
