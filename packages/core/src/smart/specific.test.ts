import { describe, expect, it } from 'vitest';
import type { Locale } from '../locale.ts';
import { assessSmart } from './assess-smart.ts';

const assess = (title: string, locale: Locale) => assessSmart({ title }, { locale, today: '2026-03-10' });

describe('assessSmart: specific finds the action in Latvian', () => {
  it.each<[string, Locale, string]>([
    // Two verbs sharing one object: the action is both with the object, cut before "par".
    ['Sagatavot un izmēģināt prezentāciju par ceturkšņa rezultātiem 3 reizes', 'lv', 'Nosaukta konkrēta darbība: „Sagatavot un izmēģināt prezentāciju”.'],
    ['Līdz martam trīs reizes nedēļā iet uz sporta zāli', 'lv', 'Nosaukta konkrēta darbība: „iet uz sporta zāli”.'],
    ['Katru nedēļu iešu uz baseinu', 'lv', 'Nosaukta konkrēta darbība: „iešu uz baseinu”.'],
    // The same in English, which keeps what it found before.
    ['Prepare and rehearse a talk on quarterly results', 'en', 'Names a concrete action: “Prepare and rehearse a talk on quarterly results”.'],
    ['Write and publish 3 articles', 'en', 'Names a concrete action: “Write and publish 3 articles”.'],
    ['Deliver 5 company presentations and write 2 posts', 'en', 'Names a concrete action: “Deliver 5 company presentations”.'],
  ])('%s (%s)', (title, locale, reason) => {
    const { specific } = assess(title, locale);
    expect(specific).toMatchObject({ verdict: 'met', reason });
  });

  it('does not take a look-alike for "iet"', () => {
    expect(assess('Iegūt sertifikātu', 'lv').specific.reason).not.toContain('Nosaukta konkrēta darbība');
  });
});
