import { ThemeIcon } from '@mantine/core';
import type { SmartCriterion, SmartVerdict } from '../../api/types';

/** The five SMART criteria in the order of the acronym. */
export const SMART_CRITERIA: readonly SmartCriterion[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];

export const VERDICT_COLORS: Record<SmartVerdict, string> = { met: 'teal', partly: 'yellow', missing: 'red' };

const PATHS: Record<SmartVerdict, string> = {
  met: 'M5 12.5l4.5 4.5L19 7.5',
  partly: 'M6 12h12',
  missing: 'M7 7l10 10M17 7L7 17',
};

/** A verdict as a coloured icon; its meaning is spoken by the text next to it. */
export function VerdictIcon({ verdict, size = 'md' }: { verdict: SmartVerdict; size?: 'sm' | 'md' }) {
  const pixels = size === 'sm' ? 12 : 16;
  return (
    <ThemeIcon color={VERDICT_COLORS[verdict]} variant={verdict === 'met' ? 'filled' : 'light'} radius="xl" size={size} aria-hidden="true">
      <svg width={pixels} height={pixels} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round">
        <path d={PATHS[verdict]} />
      </svg>
    </ThemeIcon>
  );
}
