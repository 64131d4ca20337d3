import { describe, expect, it } from 'vitest';
import type { Locale } from '../locale.ts';
import { assessSmart } from './assess-smart.ts';

const assess = (whyItMatters: string, linkedValueCount: number, locale: Locale) =>
  assessSmart({ title: 'Give 5 talks', whyItMatters, linkedValueCount }, { locale, today: '2026-03-10' }).relevant.reason;

describe('assessSmart: relevant quotes a why that has its own full stop', () => {
  it.each<[string, number, Locale, string]>([
    ['To be seen by people who already know you.', 1, 'en', 'Linked to 1 value or aspiration, and it says why it matters: “To be seen by people who already know you”.'],
    ['Lai mani pamanītu cilvēki, kas mani jau pazīst.', 1, 'lv', 'Saistīts ar 1 vērtību vai centienu, un ir pateikts, kāpēc tas ir svarīgi: „Lai mani pamanītu cilvēki, kas mani jau pazīst”.'],
    // A question or an exclamation keeps its mark, and the sentence ends with it.
    ['Who else would show the team how?', 1, 'en', 'Linked to 1 value or aspiration, and it says why it matters: “Who else would show the team how?”'],
    ['Jo man tas patīk!', 1, 'lv', 'Saistīts ar 1 vērtību vai centienu, un ir pateikts, kāpēc tas ir svarīgi: „Jo man tas patīk!”'],
    ['To be seen by people who already know you.', 0, 'en', 'It says why it matters (“To be seen by people who already know you”), but is not linked to a value, an aspiration or a bigger goal.'],
  ])('%s (%i linked, %s)', (why, linked, locale, reason) => {
    expect(assess(why, linked, locale)).toBe(reason);
  });
});
