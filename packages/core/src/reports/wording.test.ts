import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locale.ts';
import { EXPORT_LEFT_OUT, formatShare, GOAL_STATE_LABELS, HORIZON_LABELS, REPORT_WORDS } from './wording.ts';

describe('report wording', () => {
  it('has every phrase, horizon and goal state in every language, none left empty', () => {
    for (const phrases of [...Object.values(REPORT_WORDS), ...Object.values(HORIZON_LABELS), ...Object.values(GOAL_STATE_LABELS), ...Object.values(EXPORT_LEFT_OUT)]) {
      for (const locale of LOCALES) expect(phrases[locale].trim()).not.toBe('');
    }
  });

  it.each([
    [0.424, 'en', '42%'],
    [1, 'en', '100%'],
    [0.5, 'lv', '50%'],
  ] as const)('writes %s as a percentage in %s', (share, locale, expected) => {
    expect(formatShare(share, locale)).toBe(expected);
  });
});
