import type { AgendaItem } from '../../api/types';

/** The agenda with one item moved one place up (-1) or down (+1), as the list of ids to send. */
export function movedOrder(agenda: readonly Pick<AgendaItem, 'id'>[], index: number, step: -1 | 1): string[] {
  const ids = agenda.map((item) => item.id);
  const target = index + step;
  const moving = ids[index];
  const other = ids[target];
  if (moving === undefined || other === undefined) return ids;
  ids[index] = other;
  ids[target] = moving;
  return ids;
}
